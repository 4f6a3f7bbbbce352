"""The search box, the filter panel and the detail pane of the main window."""
