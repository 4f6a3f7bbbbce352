"""Opening a catalogue, the bundled reference, glossary terms, what the detail pane and `info` show."""
