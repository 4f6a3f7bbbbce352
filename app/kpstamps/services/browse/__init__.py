"""Finding rows: the search language over the catalogue, the first page and every row key of a result."""
