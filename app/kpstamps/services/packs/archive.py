"""The catalogue pack file: a zip with manifest.json, catalogue.json and optional scans/.

manifest.json: {"format": "kpstamps-pack", "format_version": 1, "name", "publisher",
"version", "date", "content_sha256", "files": {"scans/<sha256>.<ext>": sha256}}.
`content_sha256` is the SHA-256 of catalogue.json's bytes; every scan file is listed with its
own SHA-256. Reading refuses, with one clear line and before anything is written: a newer
format, a damaged zip, a checksum mismatch, and any entry whose name is not one of those
(absolute paths, `..`, backslashes, links, anything unexpected).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpstamps.errors import PackError

FORMAT = "kpstamps-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CONTENT = "catalogue.json"
_SCAN_NAME = re.compile(r"^scans/([0-9a-f]{64})\.([a-z0-9]{1,8})$")
MAX_CONTENT_BYTES = 200 * 1024 * 1024  # a zip bomb stops here, not in memory
MAX_SCAN_BYTES = 200 * 1024 * 1024


@dataclass
class Manifest:
    name: str
    publisher: str = ""
    version: str = ""
    date: str = ""
    content_sha256: str = ""
    files: dict[str, str] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION

    def as_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "format_version": self.format_version, "name": self.name,
                "publisher": self.publisher, "version": self.version, "date": self.date,
                "content_sha256": self.content_sha256, "files": dict(sorted(self.files.items()))}


@dataclass
class Pack:
    """A pack read and verified: its manifest, its content, and where its scan files are."""

    manifest: Manifest
    content: dict[str, Any]
    path: Path | None = None

    def scan_bytes(self, name: str) -> bytes:
        """The bytes of scan `name` (listed in the manifest), verified again."""
        if self.path is None or name not in self.manifest.files:
            raise PackError(f"the pack has no scan {name}")
        with zipfile.ZipFile(self.path) as archive:
            data = _read(archive, name, MAX_SCAN_BYTES)
        if hashlib.sha256(data).hexdigest() != self.manifest.files[name]:
            raise PackError(f"{name} in the pack does not match its checksum")
        return data


def content_bytes(content: dict[str, Any]) -> bytes:
    return json.dumps(content, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _scan_sha(name: str) -> str:
    match = _SCAN_NAME.match(name)
    if match is None:
        raise PackError(f"{name!r} is not a scan name of a pack")
    return match.group(1)


def write_pack(path: Path, manifest: Manifest, content: dict[str, Any], scans: dict[str, Path]) -> int:
    """Write a pack atomically (temporary file, then rename); returns its size in bytes.

    `scans` maps the name in the pack (scans/<sha256>.<ext>) to the file on disk.
    """
    data = content_bytes(content)
    manifest.content_sha256 = hashlib.sha256(data).hexdigest()
    manifest.files = {name: _scan_sha(name) for name in scans}
    manifest.date = manifest.date or dt.date.today().isoformat()
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".pack-", suffix=".tmp", dir=path.parent or ".")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest.as_dict(), ensure_ascii=False, indent=1))
            archive.writestr(CONTENT, data)
            for name, source in sorted(scans.items()):
                archive.write(source, name, compress_type=zipfile.ZIP_STORED)  # images are compressed already
        os.chmod(tmp, 0o666 & ~_umask())  # a pack is for sharing: mkstemp's 0600 would hide it
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path.stat().st_size


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _read(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise PackError(f"{name} in the pack is too large ({info.file_size} bytes)")
    with archive.open(info) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise PackError(f"{name} in the pack is too large")
    return data


def _check_names(archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        name = info.filename
        hostile = (name.startswith(("/", "\\")) or "\\" in name or ".." in name.split("/")
                   or re.match(r"^[A-Za-z]:", name) or (info.external_attr >> 16) & 0o170000 == 0o120000)
        if hostile:
            raise PackError(f"the pack contains a file outside the pack ({name!r}); refused")
        if name not in (MANIFEST, CONTENT) and not _SCAN_NAME.match(name):
            raise PackError(f"the pack contains an unexpected file {name!r}; refused")


def _manifest(raw: bytes) -> Manifest:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"the pack's manifest is not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PackError("this is not a KP Stamps catalogue pack (no kpstamps-pack manifest)")
    version = data.get("format_version")
    if not isinstance(version, int):
        raise PackError("the pack's manifest has no format version")
    if version > FORMAT_VERSION:
        raise PackError(f"the pack has format version {version}; this KP Stamps reads up to version "
                        f"{FORMAT_VERSION}: please update KP Stamps")
    files = data.get("files") or {}
    if not isinstance(files, dict) or not isinstance(data.get("name"), str) or not data["name"].strip():
        raise PackError("the pack's manifest has no name or a malformed file list")
    return Manifest(name=data["name"], publisher=str(data.get("publisher") or ""),
                    version=str(data.get("version") or ""), date=str(data.get("date") or ""),
                    content_sha256=str(data.get("content_sha256") or ""), files=dict(files), format_version=version)


def read_pack(path: Path) -> Pack:
    """Open and verify a pack; PackError (one line) for anything wrong, before anything is written."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_names(archive)
            names = set(archive.namelist())
            if MANIFEST not in names or CONTENT not in names:
                raise PackError("the pack has no manifest.json or catalogue.json")
            manifest = _manifest(_read(archive, MANIFEST, 1024 * 1024))
            data = _read(archive, CONTENT, MAX_CONTENT_BYTES)
            if hashlib.sha256(data).hexdigest() != manifest.content_sha256:
                raise PackError("the pack's catalogue does not match its checksum (damaged or altered)")
            listed = {name for name in names if name.startswith("scans/")}
            if listed != set(manifest.files):
                raise PackError("the pack's scan files do not match its manifest")
            for name in sorted(listed):
                if hashlib.sha256(_read(archive, name, MAX_SCAN_BYTES)).hexdigest() != manifest.files[name]:
                    raise PackError(f"{name} in the pack does not match its checksum")
    except FileNotFoundError:
        raise PackError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise PackError(f"{path} is a folder, not a pack") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise PackError(f"{path.name} is damaged or not a zip file ({exc})") from None
    try:
        content = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"the pack's catalogue is not valid JSON ({exc})") from None
    if not isinstance(content, dict) or not isinstance(content.get("series", []), list):
        raise PackError("the pack's catalogue has no series list")
    return Pack(manifest, content, path)
