"""Scans in the window: attaching, gallery, viewer, thumbnail loading and the check tool."""
