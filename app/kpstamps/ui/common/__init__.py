"""What every window shares: translations, icons, colours, errors, undo commands, shortcuts."""
