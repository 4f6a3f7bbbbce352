"""Property tests of the backup reader: whatever a backup file holds (flipped bytes, cut
short, any manifest), restore either works or refuses with a CatalogueError, and a refused
restore changes nothing: the same catalogue bytes, no scan written, no hidden folder left."""

from __future__ import annotations

import io
import json
import shutil
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpstamps.errors import CatalogueError, TransferError
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.transfer.backup import create_backup
from kpstamps.services.transfer.backup_reader import MANIFEST, read_manifest
from kpstamps.services.transfer.restore import restore_backup

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                    max_leaves=12)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A catalogue with a scan, its backup's bytes, and a pristine copy of the data folder."""
    root = tmp_path_factory.mktemp("reader")
    home = DataHome(root / "home")
    catalogue = open_catalogue(home, reference=False)
    folder = home.scans / "ab"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ab12.jpg").write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 4)
    archive = create_backup(catalogue, root / "good.zip")
    catalogue.close()
    pristine = root / "pristine"
    shutil.copytree(home.root, pristine)
    return home, archive.read_bytes(), pristine


def _reset(home: DataHome, pristine) -> None:
    shutil.rmtree(home.root)
    shutil.copytree(pristine, home.root)


def _attempt(world, data: bytes) -> None:
    home, _good, pristine = world
    _reset(home, pristine)
    before = home.database.read_bytes()
    scans_before = sorted(p.relative_to(home.scans) for p in home.scans.rglob("*"))
    candidate = home.root.parent / "candidate.zip"
    candidate.write_bytes(data)
    try:
        restore_backup(home, candidate)
    except CatalogueError:
        assert home.database.read_bytes() == before
        assert sorted(p.relative_to(home.scans) for p in home.scans.rglob("*")) == scans_before
        assert not list(home.root.glob(".restore-*"))


@SETTINGS
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), min_size=1, max_size=6))
def test_flipped_bytes_are_restored_or_refused(world, flips):
    data = bytearray(world[1])
    for position, value in flips:
        data[position % len(data)] = value
    _attempt(world, bytes(data))


@SETTINGS
@given(st.integers(min_value=0))
def test_a_cut_backup_is_refused(world, length):
    data = world[1]
    _attempt(world, data[: length % len(data)])


@SETTINGS
@given(JSON, st.sampled_from(["manifest", "files", "entry", "revision"]))
def test_any_manifest_is_read_or_refused_with_a_transfer_error(world, value, where):
    with zipfile.ZipFile(io.BytesIO(world[1])) as source:
        manifest = json.loads(source.read(MANIFEST))
        if where == "manifest":
            manifest = value
        elif where == "files":
            manifest["files"] = value
        elif where == "entry":
            manifest["files"]["catalogue.sqlite3"] = value
        else:
            manifest["schema_revision"] = value
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as target:
            for info in source.infolist():
                if info.filename != MANIFEST:
                    target.writestr(info, source.read(info))
            target.writestr(MANIFEST, json.dumps(manifest))
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        try:
            read_manifest(archive)
        except TransferError:
            pass
    _attempt(world, buffer.getvalue())
