"""The Qt GUI: windows, dialogs, item models, workers. The only layer importing QtWidgets."""
