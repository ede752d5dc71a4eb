"""Small reusable input widgets: optional dates, euro amounts, record pickers with completion."""

from ui.widgets.date_edit import DateEdit, parse_date
from ui.widgets.euro_edit import EuroEdit, parse_euros
from ui.widgets.record_picker import RecordPicker

__all__ = ["DateEdit", "EuroEdit", "RecordPicker", "parse_date", "parse_euros"]
