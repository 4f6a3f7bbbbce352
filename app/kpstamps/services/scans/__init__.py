"""Scans: image files of items and series, checked, stored by content hash, thumbnailed."""
