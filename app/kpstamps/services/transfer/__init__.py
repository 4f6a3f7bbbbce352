"""Moving catalogues in and out: import, export, backup, restore, copying between engines."""
