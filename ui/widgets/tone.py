"""Colours that stay readable in light and dark mode (Windows dark mode gives a dark palette).

Hard-coded text colours chosen for a white window (dark red errors, grey hints)
nearly vanish on a dark one, and a light background without a text colour shows
the palette's white text on pastel. So: text tones are picked for the palette's
window colour, and every light background comes with its own dark text.

    tone.css(widget, "error")         -> "color: #b71c1c;" (light) / "color: #ff8a80;" (dark)
    tone.colour("muted", palette)     -> QColor
    tone.on_light("#fff3e0")          -> "background: #fff3e0; color: #1f2d3a;"
    tone.contrast(a, b)               -> WCAG contrast ratio (tests use it)
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

#: Text on a light background (the pastel boxes, chips, marked cells), in any mode.
INK = "#1f2d3a"

#: name -> (on a light window, on a dark window); each at least 4.5:1 against its window.
TONES: dict[str, tuple[str, str]] = {
    "error": ("#b71c1c", "#ff8a80"),
    "success": ("#1b5e20", "#a5d6a7"),
    "muted": ("#546e7a", "#a7b6c2"),
    "section": ("#37474f", "#cfd8dc"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window background is dark (text must then be light)."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str, palette: QPalette | None = None) -> QColor:
    """The tone ``name`` (see :data:`TONES`) for this palette."""
    light, dark = TONES[name]
    return QColor(dark if is_dark(palette) else light)


def css(widget: QWidget | None, name: str) -> str:
    """A ``color: …;`` style for a label on ``widget``'s window background."""
    palette = widget.palette() if widget is not None else None
    return f"color: {colour(name, palette).name()};"


def on_light(background: str, extra: str = "") -> str:
    """Declarations for a light background that keeps its text dark in dark mode too."""
    return f"background: {background}; color: {INK}; {extra}".strip()


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; 4.5 is enough for body text)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
