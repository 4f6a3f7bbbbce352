"""The search language: `friendship year:2020..2024 theme:sport -postcard "table tennis" OR mi:6789`.

Pure Python: `parse(text)` returns a `ParseResult` (AST + hints); the SQL lives in db/search_sql.py.
"""

from kpstamps.domain.query.parser import ParseResult, parse

__all__ = ["ParseResult", "parse"]
