"""QA of the look in Windows dark mode: a dark palette, and every text must stay readable.

The checks render the real widgets offscreen and measure the WCAG contrast between
the text's pixels and the background they sit on (4.5:1 is the bar for body text).
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from ui_shell_data import filled, shell_env  # noqa: F401

from liaison.services import records
from liaison.storage.models import Organisation
from ui.widgets.tone import contrast

READABLE = 4.5


def dark_palette() -> QPalette:
    """What Fusion gives a Windows dark-mode user: light text on dark grey."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202020",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#191919",
        QPalette.ColorRole.AlternateBase: "#2b2b2b",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.Highlight: "#0078d7",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    return p


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(before)


@pytest.fixture(autouse=True)
def never_ask_on_teardown(qtbot):  # type: ignore[no-untyped-def]
    """A failed test must not leave a dirty form whose close() would ask and block."""
    yield
    from ui.editing.forms import RecordForm

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordForm):
            widget._baseline = widget.values()
            widget.hide()


def ink_contrast(widget: QWidget, inset: int = 4, part: QRect | None = None) -> float:
    """The strongest contrast between any pixel inside ``widget`` (its frame left out;
    only ``part`` of it if given) and the most common colour there (the background):
    how well its text stands out."""
    image = widget.grab().toImage()
    area = part or QRect(0, 0, image.width(), image.height())
    pixels = Counter(
        image.pixel(x, y)
        for x in range(area.left() + inset, area.right() + 1 - inset)
        for y in range(area.top() + inset, area.bottom() + 1 - inset)
    )
    assert pixels, "nothing rendered"
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(p), background) for p in pixels)


def test_an_invalid_field_keeps_its_text_readable_in_dark_mode(filled, dark, qtbot):
    """The pink 'invalid' background showed the palette's white text: 'info@buurt' vanished."""
    from ui.editing import make_form

    db, ids = filled
    form = make_form(db, "organisation", ids["food"])
    qtbot.addWidget(form)
    form.show()
    email = form.fields["email"].widget
    email.setText("info@buurt")
    assert "email" in form.errors()
    form._baseline = form.values()  # closing the form must not ask, whatever the outcome
    email.deselect()
    email.clearFocus()
    assert ink_contrast(email) >= READABLE


def test_a_forms_error_message_is_readable_on_a_dark_window(filled, dark, qtbot):
    """Dark red (#b71c1c) on dark grey is about 2.5:1."""
    from ui.editing import make_form

    db, ids = filled
    form = make_form(db, "organisation", ids["food"])
    qtbot.addWidget(form)
    form.show()
    form.fields["email"].widget.setText("info@buurt")
    assert form.message.isVisible()
    form._baseline = form.values()
    assert ink_contrast(form.message, inset=0) >= READABLE


def test_a_chosen_organisation_chip_is_readable_in_dark_mode(filled, dark, qtbot):
    """The quick log's chip (light blue) showed its name in white."""
    from ui.quick_log import QuickLogDialog

    db, ids = filled
    dialog = QuickLogDialog(db, None, ("initiative", ids["food"]))
    qtbot.addWidget(dialog)
    dialog.show()
    chips = [w for w in dialog.findChildren(QWidget) if w.objectName() == "chip"]
    assert chips
    assert ink_contrast(chips[0], inset=3) >= READABLE


def test_the_signals_box_and_subtitle_of_a_record_page_are_readable_in_dark_mode(
    filled, dark, qtbot
):
    """The orange signals box and the grey-blue subtitle were built for a white window."""
    from ui.pages import RecordPage

    db, _ids = filled
    with db.session_scope() as s:  # no support, no contact: it has signals
        lonely = records.create(s, Organisation, name="Buurttuin Oost", kind="initiative").id
    page = RecordPage(db, "organisation", lonely)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10000)  # inline here (shell_env)
    page.resize(1024, 700)
    page.show()
    assert page.signals_box.isVisible()
    lines = page.signals_box.findChildren(QLabel)
    assert len(lines) >= 2  # the heading and at least one signal
    for line in lines:  # each line on the box's own background
        assert ink_contrast(page.signals_box, inset=0, part=line.geometry()) >= READABLE
    assert ink_contrast(page.subtitle, inset=0) >= READABLE


def test_marked_cells_of_the_import_preview_have_dark_text(dark, qtbot):
    """Yellow and red cells kept the palette's white text ('lotte@' unreadable)."""
    from liaison.exchange.importer import Problem
    from ui.exchange.models import PreviewModel

    problems = [
        Problem(row=6, column=1, severity="warning", message="E-mail address looks incomplete."),
        Problem(row=7, column=0, severity="error", message="Name is empty."),
    ]
    model = PreviewModel(
        ["Naam", "E-mail"], [(6, ["Taalcafé", "lotte@"]), (7, ["", "mo@example.nl"])], problems
    )
    for row, col in ((0, 1), (1, 0)):
        index = model.index(row, col)
        background = model.data(index, Qt.ItemDataRole.BackgroundRole).color()
        ink = model.data(index, Qt.ItemDataRole.ForegroundRole)
        text = ink.color() if ink is not None else dark.color(QPalette.ColorRole.Text)
        assert contrast(text, background) >= READABLE


def test_list_stripes_and_column_headers_are_readable_with_the_apps_style_sheet(dark, qtbot):
    """resources/style.qss paints every other row #f6f8fa and the headers #eef1f4 and leaves
    the text to the palette: white on near-white in dark mode, in every list of the app."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from ui.app import STYLE
    from ui.widgets import tone

    model = QStandardItemModel(4, 2)
    model.setHorizontalHeaderLabels(["Naam", "Datum"])
    for row in range(4):
        model.setItem(row, 0, QStandardItem(f"Buurtkeuken {row}"))
        model.setItem(row, 1, QStandardItem("31-12-2026"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setStyleSheet(tone.style_sheet(STYLE.read_text(encoding="utf-8"), dark))
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    stripe = table.visualRect(model.index(1, 0)).translated(table.viewport().pos())
    header = table.horizontalHeader()
    section = QRect(header.pos(), header.size())
    assert ink_contrast(table, inset=1, part=stripe) >= READABLE
    assert ink_contrast(table, inset=1, part=section) >= READABLE


def test_the_dark_surfaces_follow_a_switch_to_dark_mode_while_liaison_is_open(qapp, qtbot):
    """Windows switches to dark mode at sunset: the style sheet was chosen once at start,
    so the light stripes and headers stayed, now under white text."""
    from ui.app import STYLE
    from ui.widgets import tone

    sheet_before, palette_before = qapp.styleSheet(), QPalette(qapp.palette())
    base = STYLE.read_text(encoding="utf-8")
    try:
        qapp.setPalette(QApplication.style().standardPalette())
        tone.follow_palette(qapp, base)
        assert tone.DARK_SHEET not in qapp.styleSheet()
        qapp.setPalette(dark_palette())
        QApplication.processEvents()
        assert qapp.styleSheet().endswith(tone.DARK_SHEET)
        qapp.setPalette(QApplication.style().standardPalette())
        QApplication.processEvents()
        assert tone.DARK_SHEET not in qapp.styleSheet()
    finally:
        tone.stop_following()
        qapp.setStyleSheet(sheet_before)
        qapp.setPalette(palette_before)
