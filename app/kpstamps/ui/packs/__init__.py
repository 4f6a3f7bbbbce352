"""File ▸ Export catalogue pack… and Update from catalogue pack… (services/packs)."""
