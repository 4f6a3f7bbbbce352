"""Entering and editing series, items and themes, with exact undo that never overwrites a newer save."""
