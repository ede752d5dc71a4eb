"""Excel exchange in the app: the import wizard, the export dialog, the calendar action."""
