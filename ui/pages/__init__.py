"""Record pages (initiative, partner, person) for the main window to embed.

page = RecordPage(db, "organisation", 12)
page.openRecord.connect(window.open_record)   # (entity, id)
page.undo_stack = window.undo_stack           # Ctrl+Z undoes a delete made here
page.loaded.connect(...)                      # data is read in a worker; emitted once shown
"""

from ui.pages.record_page import RecordPage

__all__ = ["RecordPage"]
