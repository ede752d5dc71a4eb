"""The main window's views: lists, trash, search popup."""
