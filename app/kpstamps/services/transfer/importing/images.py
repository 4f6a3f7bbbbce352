"""Images an import file carries (Tellico `.tc` images, embedded base64 images) → scans.

Each image is validated and stored like any scan (services/scans/store.py: decoded in full by
Pillow, content-hashed, written atomically), then referenced by its row. An image that is
not usable is reported on its row and left out; the row itself is imported.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from kpstamps.errors import ScanError
from kpstamps.services.transfer.importing.records import ParsedFile

ROLES = ("front", "back")  # the first two images of an item; later ones are details


def _store(scans_dir: Path, name: str, data: bytes) -> dict[str, Any]:
    from kpstamps.services.scans.store import store_file

    scans_dir.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".import-", suffix=Path(name).suffix[:9], dir=scans_dir)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        stored = store_file(scans_dir, temp)
    finally:
        Path(temp).unlink(missing_ok=True)
    return {"sha256": stored.sha256, "extension": stored.extension, "size_bytes": stored.size_bytes,
            "width": stored.width, "height": stored.height, "original_name": name}


def store_images(parsed: ParsedFile, scans_dir: Path | None) -> int:
    """Store the images rows refer to and turn the references into scans; returns how many
    scans were added. Without `scans_dir` the images are reported and left out."""
    stored: dict[str, dict[str, Any] | str] = {}
    added = 0
    for row in parsed.rows:
        refs, row.image_refs = row.image_refs, []
        for ref in refs:
            if scans_dir is None:
                row.notes.append(f"image {ref!r} not imported: no scan folder")
                continue
            if ref not in stored:
                try:
                    stored[ref] = _store(Path(scans_dir), ref, parsed.images[ref])
                except (ScanError, OSError) as exc:
                    stored[ref] = str(exc)
            found = stored[ref]
            if isinstance(found, str):
                row.notes.append(f"image {ref!r} not imported: {found}")
                continue
            position = len(row.scans)
            row.scans.append({"role": ROLES[position] if position < len(ROLES) else "detail",
                              "position": position, **found})
            added += 1
    return added
