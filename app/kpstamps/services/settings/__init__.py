"""Preferences kept in settings.json in the data directory."""
