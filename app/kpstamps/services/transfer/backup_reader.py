"""Reading a backup zip safely: its layout, its manifest, sizes, and each member's content.

Everything here refuses with TransferError (one line) and writes nothing but the member it
is asked to extract. An archive is checked before anything is written: no absolute or
`..` paths, backslashes or symbolic links; the manifest lists exactly the stored files with
the same sizes as the zip entries; scans are images of a sane size. Extraction stops as
soon as a member yields more bytes than declared, or a scan does not start like an image.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from kpstamps.db.copies import sqlite_uri
from kpstamps.errors import NotACatalogue, TransferError

FORMAT_NAME = "kpstamps-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "catalogue.sqlite3"
CHUNK = 1 << 20
MAX_MANIFEST_BYTES = 64 << 20
MAX_SCAN_BYTES = 512 << 20  # a 600 dpi 16-bit TIFF of a full sheet is about 200 MB
# The first bytes of the image formats a scan may have (see services/scans/images.py).
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")
DAMAGED = (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from kpstamps.db.migrate import alembic_config

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_member(info: zipfile.ZipInfo) -> None:
    """Refuse a member whose name or type could write outside the restore folder."""
    name = info.filename
    path = PurePosixPath(name)
    if name.startswith(("/", "\\")) or path.is_absolute() or (path.parts and ":" in path.parts[0]):
        raise TransferError(f"the backup holds an absolute path ({name!r}); refused")
    if "\\" in name:
        raise TransferError(f"the backup holds a path with a backslash ({name!r}); refused")
    if ".." in path.parts:
        raise TransferError(f"the backup holds a path leaving its folder ({name!r}); refused")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise TransferError(f"the backup holds a symbolic link ({name!r}); refused")
    if name != MANIFEST and name != DATABASE and not (name.startswith("scans/") or info.is_dir()):
        raise TransferError(f"the backup holds an unexpected file ({name!r})")


def read_manifest(archive: zipfile.ZipFile) -> dict:
    """Check the archive's layout, manifest and sizes; returns the manifest."""
    for info in archive.infolist():
        check_member(info)
    manifest = _load_manifest(archive)
    files = manifest.get("files")
    if not isinstance(files, dict) or DATABASE not in files or not all(isinstance(v, dict) for v in files.values()):
        raise TransferError("the backup's manifest lists no catalogue database")
    stored = {i.filename: i for i in archive.infolist() if not i.is_dir() and i.filename != MANIFEST}
    if set(stored) != set(files):
        missing, extra = sorted(set(files) - set(stored)), sorted(set(stored) - set(files))
        raise TransferError(f"the backup does not match its manifest (missing {missing[:3]}, unlisted {extra[:3]})")
    for name, info in stored.items():
        _check_size(name, files[name], info)
    revision = manifest.get("schema_revision")
    if not isinstance(revision, str) or revision not in known_revisions():
        raise TransferError(f"the backup has schema {revision!r}, newer than this KP Stamps knows; update the app")
    return manifest


def _load_manifest(archive: zipfile.ZipFile) -> dict:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise TransferError("the backup has no manifest.json; is it a KP Stamps backup?") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise TransferError(f"the backup's manifest is implausibly large ({info.file_size} bytes); refused")
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except (ValueError, RecursionError) as exc:
        raise TransferError(f"the backup's manifest is not valid JSON ({str(exc)[:80]})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise TransferError("the backup's manifest is not a KP Stamps backup manifest")
    if manifest.get("version") != FORMAT_VERSION:
        raise TransferError(f"backup format version {manifest.get('version')!r} is not one this KP Stamps reads")
    return manifest


def _check_size(name: str, entry: dict, info: zipfile.ZipInfo) -> None:
    declared = entry.get("size")
    if not isinstance(declared, int) or isinstance(declared, bool) or declared != info.file_size:
        raise TransferError(f"{name} in the backup has size {info.file_size}, its manifest says {declared!r}; refused")
    if not isinstance(entry.get("sha256"), str):
        raise TransferError(f"{name} in the backup has no checksum in its manifest; refused")
    if name.startswith("scans/") and info.file_size > MAX_SCAN_BYTES:
        raise TransferError(f"{name} in the backup is {info.file_size / 1e6:.0f} MB, larger than any scan; refused")


def unpacked_size(manifest: dict) -> int:
    """The bytes extracting every member will write."""
    return sum(int(entry["size"]) for entry in manifest["files"].values())


def extract(archive: zipfile.ZipFile, name: str, target: Path, entry: dict) -> None:
    """Write one member to `target`, checking its size, its checksum and (scans) that it is an image."""
    digest, written, limit = hashlib.sha256(), 0, int(entry["size"])
    with archive.open(name) as source, target.open("wb") as out:
        for block in iter(lambda: source.read(CHUNK), b""):
            if written == 0 and name.startswith("scans/") and not is_image_start(block):
                raise TransferError(f"{name} in the backup is not an image; refused")
            written += len(block)
            if written > limit:
                raise TransferError(f"{name} in the backup is larger than its manifest says; refused")
            digest.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != entry["sha256"]:
        raise TransferError(f"{name} in the backup is damaged (its checksum does not match the manifest)")


def is_image_start(block: bytes) -> bool:
    return block.startswith(_IMAGE_MAGIC) or (block[:4] == b"RIFF" and block[8:12] == b"WEBP")


def check_database(path: Path) -> str:
    """The schema revision of an extracted catalogue; refuses a damaged or foreign one.

    Opened immutable: the check writes nothing (no journal, no WAL index), so it also works
    on a disk the extraction has just filled.
    """
    conn = sqlite3.connect(sqlite_uri(path, immutable=True), uri=True)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
            if "alembic_version" in tables else None
    except sqlite3.DatabaseError as exc:
        raise TransferError(f"the backup's database is not usable ({exc})") from None
    finally:
        conn.close()
    if verdict != "ok":
        raise TransferError(f"the backup's database fails its integrity check ({verdict})")
    if revision is None or not {"series", "item"} <= tables:
        raise NotACatalogue("the backup's database is not a KP Stamps catalogue (empty or from another program)")
    if revision[0] not in known_revisions():
        raise TransferError("the backup's database has a schema newer than this KP Stamps knows; update the app")
    return revision[0]
