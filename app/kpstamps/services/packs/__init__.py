"""Catalogue packs: versioned files of series, items, themes and sources (no personal data)."""
