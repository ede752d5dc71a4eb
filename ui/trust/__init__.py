"""Trust in the app: record history, backup/restore actions, privacy dialogs, damaged-DB dialog."""
