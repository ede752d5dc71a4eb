"""Colours that stay readable in light and dark mode (Windows dark mode gives a dark palette).

Hard-coded text colours chosen for a white window (dark red errors, grey hints)
nearly vanish on a dark one, and a light background without a text colour shows
the palette's white text on pastel. So: text tones are picked for the palette's
window colour, and every light background comes with its own dark text.

    tone.css(widget, "error")         -> "color: #b71c1c;" (light) / "color: #ff8a80;" (dark)
    tone.colour("muted", palette)     -> QColor
    tone.on_light("#fff3e0")          -> "background: #fff3e0; color: #1f2d3a;"
    tone.contrast(a, b)               -> WCAG contrast ratio (tests use it)
    tone.follow_palette(app, qss)     # the app's style sheet, dark surfaces when dark
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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


#: Appended to resources/style.qss when the palette is dark: that sheet paints light
#: surfaces (table stripes, header sections, cards, the navigation) and leaves the text to
#: the palette, which is white in dark mode - white on #f6f8fa. Later rules win.
DARK_SHEET = """
QListWidget#navigation { background: #262a2e; border-right: 1px solid #3a4048; }
QListWidget#navigation::item { color: #e6eaee; }
QListWidget#navigation::item:selected { background: #24476b; color: #ffffff; }
QLabel#pageTitle, QLabel#cardTitle { color: palette(window-text); }
QLabel#muted, QLabel#countLabel, QLabel#placeholder { color: #a7b6c2; }
QFrame[card="true"] { background: palette(base); border: 1px solid #3a4048; }
QScrollArea#dashboard, QWidget#dashboardBody { background: palette(window); }
QFrame#searchPopup { background: palette(base); border: 1px solid #56606b; }
QLineEdit#globalSearch { border: 1px solid #56606b; }
QTableView {
    gridline-color: #3a4048;
    selection-background-color: #24476b;
    selection-color: #ffffff;
    alternate-background-color: #2a2e33;
}
QHeaderView::section {
    background: #2d3237;
    color: #e6eaee;
    border-right: 1px solid #3a4048;
    border-bottom: 1px solid #4a525b;
}
"""


#: Appended in every mode: resources/style.qss gives the global search field a border of
#: its own, which replaces the style's focus frame, so Ctrl+K showed only a caret.
FOCUS_SHEET = """
QLineEdit#globalSearch:focus { border: 2px solid palette(highlight); padding: 3px 7px; }
"""


def style_sheet(base: str, palette: QPalette | None = None) -> str:
    """The application's style sheet for this palette: ``base`` (resources/style.qss),
    with its light surfaces turned dark when the palette is dark (Windows dark mode), and
    a visible focus where the base hides it."""
    return base + FOCUS_SHEET + (DARK_SHEET if is_dark(palette) else "")


class _PaletteWatcher(QWidget):
    """Re-applies the style sheet when the palette changes (Windows switching to dark mode
    at sunset while Liaison is open): the dark surfaces come and go with it.

    A hidden widget of its own, told of the change like every widget, rather than an
    event filter on the application: that sent every event of every widget through
    Python, and its first events alone cost start-up 20 ms of enum set-up.
    """

    def __init__(self, app: QApplication, base: str) -> None:
        super().__init__()
        self.app, self.base = app, base
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            sheet = style_sheet(self.base, self.app.palette())
            if sheet != self.app.styleSheet():  # setting it changes no palette: no loop
                self.app.setStyleSheet(sheet)
        super().changeEvent(event)


_watcher: _PaletteWatcher | None = None


def follow_palette(app: QApplication, base: str) -> None:
    """Give ``app`` the style sheet for its palette now and whenever the palette changes."""
    global _watcher
    app.setStyleSheet(style_sheet(base, app.palette()))
    stop_following()
    _watcher = _PaletteWatcher(app, base)


def stop_following() -> None:
    """No more re-applying on a palette change (tests that set palettes of their own)."""
    global _watcher
    if _watcher is not None:
        _watcher.deleteLater()
        _watcher = None
