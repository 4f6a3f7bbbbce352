"""Natural sort keys, so that `Mi 99 < Mi 100 < Mi 100a` and `Ba9 < Ba79 < Ba80`."""

from __future__ import annotations

import re
import unicodedata

_DIGITS = re.compile(r"\d+")
_WIDTH = 10


def natural_key(text: str) -> str:
    """A string that sorts like `text` read by a person: digit runs compare as numbers.

    Stored in the database (catalogue numbers, serials) so SQL `ORDER BY` sorts naturally.
    """
    folded = unicodedata.normalize("NFKC", text).strip().casefold()
    return _DIGITS.sub(lambda m: m.group().lstrip("0").rjust(_WIDTH, "0")[-_WIDTH:], folded)
