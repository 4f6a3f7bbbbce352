"""Property tests of the CSV and JSON importers (Colnect, Tellico and GCstar have their own):
any bytes either parse or are refused with TransferError; the dry run never raises; a
refused import changes nothing."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpstamps.errors import TransferError
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.transfer.exporting import CSV_COLUMNS
from kpstamps.services.transfer.importing import commit_import, dry_run, parse_bytes

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
CELL = st.text(max_size=12) | st.sampled_from(["Ba79", "2024-13", "1.50", "-3", "mnh", "stamp", "[{", "NaN", "1e999"])
CSV_ROWS = st.lists(st.lists(CELL, min_size=0, max_size=len(CSV_COLUMNS) + 2), max_size=6)
JSON_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                              st.sampled_from(["serial", "items", "series", "title_en", "kind", "themes",
                                               "holdings", "format", "version", "x"]), inner, max_size=5),
                          max_leaves=15)


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    cat = open_catalogue(DataHome(tmp_path_factory.mktemp("imports") / "home"), reference=False)
    yield cat
    cat.close()


def _counts(catalogue) -> tuple:
    with catalogue.engine.connect() as conn:
        return tuple(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in ("series", "item", "holding"))


def _try(catalogue, data: bytes, fmt: str) -> None:
    try:
        parsed = parse_bytes(data, fmt, name=f"x.{fmt}")
    except TransferError:
        return
    dry_run(catalogue.sessions, parsed, "skip")
    before = _counts(catalogue)
    try:
        commit_import(catalogue.sessions, parsed, "skip")
    except TransferError:
        assert _counts(catalogue) == before


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_as_csv(catalogue, data):
    _try(catalogue, data, "csv")


@SETTINGS
@given(CSV_ROWS)
def test_csv_rows_with_our_columns(catalogue, rows):
    lines = [",".join(CSV_COLUMNS)] + [",".join(json.dumps(c) for c in row) for row in rows]
    _try(catalogue, "\r\n".join(lines).encode(), "csv")


@SETTINGS
@given(st.binary(max_size=300) | JSON_VALUE.map(lambda v: json.dumps(v).encode()))
def test_any_json(catalogue, data):
    _try(catalogue, data, "json")


@SETTINGS
@given(JSON_VALUE)
def test_json_shaped_like_ours(catalogue, series):
    _try(catalogue, json.dumps({"format": "kpstamps-export", "version": 1, "series": [series]}).encode(), "json")
