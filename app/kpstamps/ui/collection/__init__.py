"""The checklist dock, holdings and wants, and the statistics window."""
