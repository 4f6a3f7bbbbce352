"""File ▸ Import, Export, Backup and Restore."""
