"""Importing other people's files into the catalogue: CSV (ours or mapped), JSON (ours),
Colnect stamp lists, Tellico stamp collections and GCstar stamp collections.

Every import is two steps: `read_import_file` parses (nothing touches the database) and
`dry_run` reports what would happen; `commit_import` then applies it in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kpstamps.errors import ImportCancelled, TransferError
from kpstamps.services.transfer.importing.commit import commit_import
from kpstamps.services.transfer.importing.plan import (
    ON_DUPLICATE,
    ImportReport,
    dry_run,
    find_item_by_number,
)
from kpstamps.services.transfer.importing.records import (
    ImportRow,
    ParsedFile,
    RowProblem,
    paused_gc,
)

FORMATS = ("csv", "json", "tellico", "colnect", "gcstar")
MAX_FILE = 512 * 1024 * 1024

__all__ = ["FORMATS", "ON_DUPLICATE", "ImportCancelled", "ImportReport", "ImportRow", "ParsedFile", "RowProblem",
           "TransferError", "commit_import", "detect_format", "dry_run", "find_item_by_number", "parse_bytes",
           "read_import_file"]


def detect_format(path: Path, data: bytes) -> str:
    """Guess the format from the name and the first bytes."""
    suffix = path.suffix.lower()
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix == ".gcs" or head.startswith(b"<") and b"<collection" in head and b"type=\"GC" in head:
        return "gcstar"
    if suffix == ".tc" or data.startswith(b"PK") or head.startswith(b"<"):
        return "tellico"
    if suffix == ".json" or head.startswith(b"{"):
        return "json"
    from kpstamps.services.transfer.importing.colnect import (
        is_colnect,
        looks_like_colnect,
    )
    from kpstamps.services.transfer.importing.csv_import import read_table
    from kpstamps.services.transfer.importing.encodings import decode

    try:
        text, _ = decode(data[:65536])
    except TransferError:
        return "csv"  # parse_csv says what is wrong with it
    try:
        table = read_table(data[:65536], None, None)
    except TransferError:
        return "colnect" if looks_like_colnect(text) else "csv"
    if table.own_format:  # our export: its link column may hold Colnect addresses
        return "csv"
    return "colnect" if looks_like_colnect(text) or is_colnect(table.header) else "csv"


def parse_bytes(data: bytes, fmt: str, *, name: str = "the file", encoding: str | None = None,
                delimiter: str | None = None, mapping: Mapping[str, str] | None = None,
                lists: Mapping[str, str] | None = None) -> ParsedFile:
    """Parse `data` in format `fmt` (one of FORMATS). `lists`: Colnect {list name: want|own|ignore}."""
    if fmt == "csv":
        from kpstamps.services.transfer.importing.csv_import import parse_csv

        return parse_csv(data, encoding, delimiter, mapping, name=name)
    if fmt == "colnect":
        from kpstamps.services.transfer.importing.colnect import parse_colnect

        return parse_colnect(data, encoding, delimiter, name=name, lists=lists)
    if fmt == "json":
        from kpstamps.services.transfer.importing.json_import import parse_json

        return parse_json(data, name=name)
    if fmt == "tellico":
        from kpstamps.services.transfer.importing.tellico import parse_tellico

        return parse_tellico(data, name=name)
    if fmt == "gcstar":
        from kpstamps.services.transfer.importing.gcstar import parse_gcstar

        return parse_gcstar(data, name=name)
    raise TransferError(f"unknown import format {fmt!r}; use one of {', '.join(FORMATS)}")


def read_import_file(path: Path, fmt: str | None = None, **options) -> ParsedFile:
    """Read and parse an import file; TransferError with one clear line if it cannot be read."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE:
            raise TransferError(f"{path.name} is larger than {MAX_FILE // (1024 * 1024)} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise TransferError(f"cannot read {path}: {exc.strerror or exc}") from None
    with paused_gc():
        return parse_bytes(data, fmt or detect_format(path, data), name=path.name, **options)
