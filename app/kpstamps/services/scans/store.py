"""Scans: image files of items and series, stored once by content hash.

A scan file lives at `scans/<sha256[:2]>/<sha256>.<ext>` under the data home and is written
atomically (temp file in the same folder, fsync, os.replace, fsync of the folder), so a
crash or a full disk never leaves half a file under its final name. The same image
attached twice is stored once. Removing a scan only removes its row: the file stays until
`cleanup_scans` runs (when the catalogue closes or from Tools → Check scans), so undo works.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.exc import DBAPIError

from kpstamps.db.copies import fsync_folder
from kpstamps.db.models import Item, Scan, Series
from kpstamps.db.session import describe_operational_error
from kpstamps.domain.enums import ScanRole
from kpstamps.domain.titles import DEFAULT_NAME_ORDER
from kpstamps.errors import CatalogueError, ScanError
from kpstamps.services.browse.rows import RowKey, fetch_rows
from kpstamps.services.catalogue.opening import Catalogue
from kpstamps.services.scans.types import (
    AttachResult,
    PreparedFile,
    RepairResult,
    ScanHealth,
    ScanInfo,
    StoredFile,
)

__all__ = [
    "AttachResult", "PreparedFile", "RepairResult", "ScanError", "ScanHealth", "ScanInfo", "StoredFile",
    "attach_scans", "check_owner", "cleanup_scans", "detach_scans", "list_scans", "move_scan", "prepare_files",
    "record_scans", "repair_scans", "restore_scans", "scan_file", "scan_health", "scan_owner_labels",
    "scans_for_keys", "set_scan_role", "store_file",
]

_ALL_SCANS_ABOVE = 2000  # rows shown above which scans_for_keys reads the whole scan table
_HASHED_NAME = re.compile(r"^[0-9a-f]{64}\.[a-z0-9]{1,8}$")
_CHUNK = 1 << 20


def scan_file(scans_dir: Path, sha256: str, extension: str) -> Path:
    """Where the file of a scan with this hash and extension lives."""
    return scans_dir / sha256[:2] / f"{sha256}.{extension}"


_SCAN_COLUMNS = (Scan.id, Scan.item_id, Scan.series_id, Scan.role, Scan.position, Scan.sha256, Scan.extension,
                 Scan.size_bytes, Scan.width, Scan.height, Scan.original_name)  # ScanInfo's fields, in order


def _info(scan: Scan) -> ScanInfo:
    return ScanInfo(scan.id, scan.item_id, scan.series_id, scan.role, scan.position, scan.sha256, scan.extension,
                    scan.size_bytes, scan.width, scan.height, scan.original_name)


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _write_atomically(source: Path, target: Path) -> None:
    """Copy `source` to `target` so that `target` is either absent or complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out, _CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def store_file(scans_dir: Path, source: str | os.PathLike[str]) -> StoredFile:
    """Validate an image and copy it into the scan store (once per content); never alters `source`.

    Raises ScanError naming the file for a bad image or a folder that cannot be written.
    """
    from kpstamps.services.scans.images import validate_image  # Pillow: when a scan is added

    source = Path(source)
    facts = validate_image(source)
    try:
        sha = _hash_file(source)
        target = scan_file(scans_dir, sha, facts.extension)
        created = not target.exists()
        if created:
            _write_atomically(source, target)
        size = target.stat().st_size
    except OSError as exc:
        reason = "the disk is full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else exc.strerror or str(exc)
        raise ScanError(source, f"could not be copied into the scan folder {scans_dir} ({reason})") from exc
    return StoredFile(sha, facts.extension, size, facts.width, facts.height, target, created)


def _owner_clause(item_id: int | None, series_id: int | None):
    return Scan.item_id == item_id if item_id is not None else Scan.series_id == series_id


def prepare_files(scans_dir: Path, files: Iterable[str | os.PathLike[str]]) -> list[PreparedFile]:
    """Validate and store files, no database: the slow part of attaching, safe in a worker thread."""
    prepared = []
    for name in files:
        source = Path(name)
        try:
            prepared.append(PreparedFile(source, store_file(scans_dir, source)))
        except ScanError as exc:
            prepared.append(PreparedFile(source, error=str(exc)))
    return prepared


def attach_scans(catalogue: Catalogue, files: Iterable[str | os.PathLike[str]], *, item_id: int | None = None,
                 series_id: int | None = None, role: str | None = None) -> list[AttachResult]:
    """Attach image files to one item or one series, each with `role`, after the existing scans.

    Without a role the first file becomes the front if there is none yet, the next the
    back, the rest details. Returns one result per file: a bad file gets an error
    message, the others still attach. Raises CatalogueError if the owner does not exist
    or the role is unknown.
    """
    check_owner(catalogue, item_id=item_id, series_id=series_id, role=role)
    return record_scans(catalogue, prepare_files(catalogue.home.scans, files),
                        item_id=item_id, series_id=series_id, role=role)


def check_owner(catalogue: Catalogue, *, item_id: int | None = None, series_id: int | None = None,
                role: str | None = None) -> None:
    """Raise CatalogueError unless exactly one existing item or series is named and the role is known."""
    if (item_id is None) == (series_id is None):
        raise CatalogueError("attach scans to exactly one item or one series")
    if role is not None:
        _check_role(role)
    with catalogue.sessions() as session:
        owner = session.get(Item, item_id) if item_id is not None else session.get(Series, series_id)
        if owner is None:
            raise CatalogueError(f"no {'item' if item_id is not None else 'series'} with id {item_id or series_id}")


def record_scans(catalogue: Catalogue, prepared: Sequence[PreparedFile], *, item_id: int | None = None,
                 series_id: int | None = None, role: str | None = None) -> list[AttachResult]:
    """Add a scan row for each stored file (see `attach_scans`); files with an error are reported."""
    check_owner(catalogue, item_id=item_id, series_id=series_id, role=role)  # may be gone since prepare_files
    results: list[AttachResult] = []
    try:
        _record_each(catalogue, prepared, results, item_id, series_id, role)
    except DBAPIError as exc:  # e.g. a full disk: the files stored for rows not written go again
        for file in prepared[len(results):]:
            if file.stored is not None and file.stored.created:
                file.stored.path.unlink(missing_ok=True)
        done = f" ({len(results)} of {len(prepared)} were attached)" if results else ""
        raise CatalogueError(describe_operational_error(exc, catalogue.url) + done) from None
    return results


def _record_each(catalogue: Catalogue, prepared: Sequence[PreparedFile], results: list[AttachResult],
                 item_id: int | None, series_id: int | None, role: str | None) -> None:
    for file in prepared:
        if file.stored is None:
            results.append(AttachResult(file.source, error=file.error))
            continue
        stored = file.stored
        with catalogue.sessions.begin() as session:
            owner = _owner_clause(item_id, series_id)
            last = session.scalar(select(func.max(Scan.position)).where(owner))
            scan = Scan(item_id=item_id, series_id=series_id, role=role or _free_role(session, owner),
                        position=(last or 0) + 1,
                        sha256=stored.sha256, extension=stored.extension, size_bytes=stored.size_bytes,
                        width=stored.width, height=stored.height, original_name=file.source.name)
            session.add(scan)
            session.flush()
            info = _info(scan)
        results.append(AttachResult(file.source, scan=info))


def _check_role(role: str) -> str:
    role = str(role)
    if role not in {r.value for r in ScanRole}:
        raise CatalogueError(f"unknown scan role {role!r}; use front, back or detail")
    return role


def _free_role(session, owner) -> str:
    taken = set(session.scalars(select(Scan.role).where(owner)))
    return next((r.value for r in (ScanRole.FRONT, ScanRole.BACK) if r.value not in taken), ScanRole.DETAIL.value)


def set_scan_role(catalogue: Catalogue, scan_id: int, role: str) -> str:
    """Give a scan another role; returns the role it had (for undo)."""
    role = _check_role(role)
    with catalogue.sessions.begin() as session:
        scan = session.get(Scan, scan_id)
        if scan is None:
            raise CatalogueError(f"no scan with id {scan_id}")
        previous, scan.role = scan.role, role
    return previous


def move_scan(catalogue: Catalogue, scan_id: int, offset: int) -> bool:
    """Move a scan `offset` places (-1 earlier, +1 later) among its owner's scans.

    Returns False when it is already first or last; `move_scan(id, -offset)` undoes it.
    """
    with catalogue.sessions.begin() as session:
        scan = session.get(Scan, scan_id)
        if scan is None:
            raise CatalogueError(f"no scan with id {scan_id}")
        owner = _owner_clause(scan.item_id, scan.series_id)
        siblings = list(session.scalars(select(Scan).where(owner).order_by(Scan.position, Scan.id)))
        index = siblings.index(scan)
        target = index + offset
        if offset == 0 or not 0 <= target < len(siblings):
            return False
        siblings.insert(target, siblings.pop(index))
        for position, sibling in enumerate(siblings, start=1):
            sibling.position = position  # also mends duplicate positions left by older versions
    return True


def detach_scans(catalogue: Catalogue, scan_ids: Sequence[int]) -> list[ScanInfo]:
    """Remove scan rows (the files stay until cleanup); returns them for `restore_scans`."""
    with catalogue.sessions.begin() as session:
        scans = session.scalars(select(Scan).where(Scan.id.in_(list(scan_ids))).order_by(Scan.id)).all()
        removed = [_info(s) for s in scans]
        for scan in scans:
            session.delete(scan)
    return removed


def restore_scans(catalogue: Catalogue, scans: Sequence[ScanInfo]) -> None:
    """Put detached scan rows back with their ids (undo of `detach_scans`)."""
    with catalogue.sessions.begin() as session:
        for info in scans:
            session.add(Scan(**asdict(info)))


def list_scans(catalogue: Catalogue, *, item_id: int | None = None, series_id: int | None = None) -> list[ScanInfo]:
    """The scans of one item or one series in their order."""
    with catalogue.sessions() as session:
        rows = session.scalars(
            select(Scan).where(_owner_clause(item_id, series_id)).order_by(Scan.position, Scan.id)).all()
        return [_info(s) for s in rows]


def scans_for_keys(catalogue: Catalogue, keys: Sequence[RowKey]) -> list[ScanInfo]:
    """The scans of the rows shown: item scans for item rows, series scans for series rows, in row order."""
    item_ids = [k.item_id for k in keys if k.item_id is not None]
    series_ids = [k.series_id for k in keys if k.item_id is None]
    if not item_ids and not series_ids:
        return []
    columns = select(*_SCAN_COLUMNS)
    if len(item_ids) + len(series_ids) > _ALL_SCANS_ABOVE:
        # Thousands of rows shown: one pass over the scan table beats hundreds of IN queries
        # (100,000 rows took 2 s that way); scans of rows not shown are skipped below.
        queries = [columns]
    else:
        queries = [columns.where(or_(Scan.item_id.in_(items), Scan.series_id.in_(series)))
                   for items, series in _chunks(item_ids, series_ids)]
    found: dict[tuple[str, int], list[ScanInfo]] = {}
    with catalogue.sessions() as session:
        for query in queries:
            for row in session.execute(query.order_by(Scan.position, Scan.id)):
                scan = ScanInfo(*row)
                owner = ("i", scan.item_id) if scan.item_id is not None else ("s", scan.series_id)
                found.setdefault(owner, []).append(scan)
    ordered: list[ScanInfo] = []
    for key in keys:
        owner = ("i", key.item_id) if key.item_id is not None else ("s", key.series_id)
        ordered.extend(found.get(owner, []))
    return ordered


def scan_owner_labels(catalogue: Catalogue, scans: Sequence[ScanInfo],
                      name_order: Sequence[str] = DEFAULT_NAME_ORDER) -> dict[int, str]:
    """A short name of each scan's owner by scan id: "Ba79" for a series, "Ba79 #2" for its second item.

    A series without a KSC serial is named by its title.
    """
    item_ids = sorted({s.item_id for s in scans if s.item_id is not None})
    with catalogue.sessions() as session:
        series_of: dict[int, int] = {}
        for batch in _batches(item_ids):
            series_of.update(session.execute(select(Item.id, Item.series_id).where(Item.id.in_(batch))).all())
        owners = {s.id: _owner_key(s, series_of) for s in scans}
        names: dict[RowKey, str] = {}
        for batch in _batches(list({k for k in owners.values() if k is not None})):
            for key, row in zip(batch, fetch_rows(session, batch, name_order)):
                owner = row.serial or row.series_title
                names[key] = f"{owner} #{row.position}" if row.position is not None else owner
    return {scan_id: names[key] for scan_id, key in owners.items() if key in names}


def _owner_key(scan: ScanInfo, series_of: dict[int, int]) -> RowKey | None:
    if scan.item_id is not None:
        return RowKey(series_of[scan.item_id], scan.item_id) if scan.item_id in series_of else None
    return RowKey(scan.series_id, None) if scan.series_id is not None else None


def _batches(values: list, size: int = 400):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _chunks(item_ids: list[int], series_ids: list[int], size: int = 400):
    # SQLite limits the number of bound parameters; stay well below it.
    for start in range(0, max(len(item_ids), len(series_ids)), size):
        yield item_ids[start:start + size], series_ids[start:start + size]


def _stored_files(scans_dir: Path) -> list[Path]:
    if not scans_dir.is_dir():
        return []
    return sorted(p for p in scans_dir.glob("*/*") if p.is_file())


def scan_health(catalogue: Catalogue) -> ScanHealth:
    """Files in the scan folder no row refers to (orphans) and rows whose file is gone (missing)."""
    scans_dir = catalogue.home.scans
    with catalogue.sessions() as session:
        rows = [_info(s) for s in session.scalars(select(Scan).order_by(Scan.id))]
    referenced = {r.relative_path for r in rows}
    health = ScanHealth()
    for path in _stored_files(scans_dir):
        relative = f"{path.parent.name}/{path.name}"
        # Leftover temp files of an interrupted copy are orphans too.
        if relative not in referenced and (_HASHED_NAME.match(path.name) or path.name.startswith(".tmp-")):
            health.orphans.append(path)
    health.missing = [r for r in rows if not (scans_dir / r.relative_path).is_file()]
    return health


def cleanup_scans(catalogue: Catalogue, only: Collection[str] | None = None) -> int:
    """Delete the files no scan refers to any more, and their thumbnails; returns how many were deleted.

    With `only` (SHA-256 hashes), just those files: in a scan folder shared by several people
    a window cleans up what it removed itself, not what another member may still undo.
    """
    deleted = 0
    for path in scan_health(catalogue).orphans:
        if only is not None and path.stem not in only:
            continue
        try:
            path.unlink()
            deleted += 1
        except FileNotFoundError:
            pass
        except OSError:
            continue  # read-only or busy: it stays an orphan for the next check
        if _HASHED_NAME.match(path.name):
            for thumbnail in (catalogue.home.thumbnails / path.name[:2]).glob(f"{path.stem}-*"):
                thumbnail.unlink(missing_ok=True)
    return deleted


def repair_scans(catalogue: Catalogue) -> RepairResult:
    """Remove rows whose files are missing and delete orphan files (ask the person first)."""
    health = scan_health(catalogue)
    if health.missing:
        detach_scans(catalogue, [s.id for s in health.missing])
    return RepairResult(len(health.missing), cleanup_scans(catalogue))
