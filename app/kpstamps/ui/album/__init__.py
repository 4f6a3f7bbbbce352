"""The album: the in-app view of album pages, and printing album pages and lists."""
