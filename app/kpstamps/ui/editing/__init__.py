"""Editing series, items and themes: the series dialog, the theme manager, undo/redo actions."""
