"""Use cases (catalogue, search, scans, orders, import/export, backup). No Qt widgets here."""
