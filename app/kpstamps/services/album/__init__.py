"""Album pages and printed lists: what goes on them, read from the catalogue (no Qt)."""
