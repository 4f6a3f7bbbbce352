"""The Orders menu and the order editor window."""
