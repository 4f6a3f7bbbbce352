"""Bad input at the import boundary: a clear message naming where, and nothing changed.

Also hypothesis property tests for every importer: whatever bytes come in, only the
documented error types escape (TransferError for the file, RowProblem for rows), and a
rejected file changes nothing in the catalogue.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpstamps.db.models import Item, Series
from kpstamps.errors import TransferError
from kpstamps.services.transfer.importing import (
    FORMATS,
    commit_import,
    detect_format,
    dry_run,
    parse_bytes,
    read_import_file,
)
from sqlalchemy import func, select

DATA = Path(__file__).parents[1] / "data" / "transfer"
HEADER = b"serial,kind,position,series_title_en,title_en,michel\n"


def _count(catalogue) -> tuple[int, int]:
    with catalogue.sessions() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Series, Item))


def test_unterminated_quote_names_the_line_and_imports_nothing(empty_catalogue):
    data = HEADER + b'Zz1,stamp,1,S,"A,1\nZz2,stamp,1,S,B,2\nZz3,stamp,1,S,C,3\n'
    with pytest.raises(TransferError, match=r"line 2: a quote opens a cell that is never closed"):
        parse_bytes(data, "csv")
    assert _count(empty_catalogue) == (0, 0)


def test_stray_quote_inside_a_cell_is_read_literally():
    parsed = parse_bytes(HEADER + b'Zz1,stamp,1,S,5" gun,1\n', "csv")
    assert parsed.rows[0].item["title_en"] == '5" gun'


@pytest.mark.parametrize(("cell", "message"), [
    ("9223372036854775808", "too large"),
    ("-1", "negative"),
    ("1" * 40, "too large a number"),
])
def test_out_of_range_positions_are_row_problems(empty_catalogue, cell, message):
    parsed = parse_bytes(HEADER + f"Zz1,stamp,{cell},S,T,1\n".encode(), "csv")
    assert parsed.rows == [] and message in parsed.problems[0].message
    assert parsed.problems[0].column == "position"
    assert commit_import(empty_catalogue.sessions, parsed).rejected == 1
    assert _count(empty_catalogue) == (0, 0)


def _json(series) -> bytes:
    return json.dumps({"format": "kpstamps-export", "version": 1, "themes": [], "series": series}).encode()


def test_json_integers_beyond_64_bits_and_deep_nesting(empty_catalogue):
    parsed = parse_bytes(_json([{"serial": "Zz1", "items": [{"kind": "stamp", "face_value_cents": 2 ** 63}]}]), "json")
    assert parsed.rows == [] and "too large" in parsed.problems[0].message
    holding = [{"serial": "Zz1", "items": [{"kind": "stamp", "holdings": [{"quantity": 2 ** 64}]}]}]
    assert "too large" in parse_bytes(_json(holding), "json").problems[0].message
    deep = b'{"format": "kpstamps-export", "version": 1, "series": ' + b"[" * 100000 + b"]" * 100000 + b"}"
    with pytest.raises(TransferError, match="nests lists or objects too deeply"):
        parse_bytes(deep, "json")
    huge = _json([]).replace(b'"series": []', b'"series": [' + b"9" * 5000 + b"]")
    with pytest.raises(TransferError, match="cannot be read"):
        parse_bytes(huge, "json")
    assert _count(empty_catalogue) == (0, 0)


def test_json_text_is_not_trimmed():
    parsed = parse_bytes(_json([{"serial": "Zz1", "title_en": " a ", "notes": "x\n",
                                 "items": [{"kind": "stamp", "description": "  d  "}]}]), "json")
    assert parsed.rows[0].series["title_en"] == " a " and parsed.rows[0].series["notes"] == "x\n"
    assert parsed.rows[0].item["description"] == "  d  "


def test_nul_in_a_cell_rejects_the_row():
    parsed = parse_bytes(HEADER + b"Zz1,stamp,1,S,bad\x00title,1\nZz2,stamp,1,T,good,2\n", "csv")
    assert len(parsed.rows) == 1 and "NUL" in parsed.problems[0].message and parsed.problems[0].line == 2


def test_utf16_without_bom_and_random_bytes(tmp_path):
    text = "serial,title_en\nBa1,우표\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        parsed = parse_bytes(text.encode(encoding), "csv")
        assert parsed.encoding == encoding and parsed.rows[0].item["title_en"] == "우표"
    noise = tmp_path / "noise.csv"
    noise.write_bytes(bytes(range(256)) * 8 + os.urandom(2048))
    with pytest.raises(TransferError, match="not a text file"):
        read_import_file(noise)
    with pytest.raises(TransferError, match="try utf-16-le or utf-16-be"):
        parse_bytes(text.encode("utf-16-le"), "csv", encoding="utf-8")


# --- property tests: every importer, arbitrary input ---------------------------------------

SAMPLES = {
    "csv": (DATA / "utf8-bom.csv").read_bytes(),
    "colnect": (DATA / "colnect-stamp-list.csv").read_bytes(),
    "json": _json([{"serial": "Zz1", "title_en": "x", "items": [{"kind": "stamp", "numbers": [
        {"catalogue": "michel", "number": "1"}]}]}]),
    "tellico": (DATA / "tellico-stamps.xml").read_bytes(),
    "gcstar": (DATA / "gcstar-stamps.gcs").read_bytes(),
}
assert set(SAMPLES) == set(FORMATS)


def _mutations():
    """A real file of each format with bytes replaced, inserted or cut off, or plain noise."""
    fmt = st.sampled_from(FORMATS)

    def mutate(args):
        name, cuts, insert = args
        data = bytearray(SAMPLES[name])
        for position, value in cuts:
            data[position % len(data)] = value
        point = insert[0] % len(data)
        return name, bytes(data[:point] + insert[1] + data[point:])
    edits = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=8)
    return st.one_of(
        st.tuples(fmt, edits, st.tuples(st.integers(0, 1 << 20), st.binary(max_size=40))).map(mutate),
        st.tuples(fmt, st.binary(max_size=300)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_mutations())
def test_importers_raise_only_documented_errors(empty_catalogue, sample):
    name, data = sample
    try:
        parsed = parse_bytes(data, name, name="sample")
    except TransferError as exc:
        assert str(exc) and "\n" not in str(exc).strip()
        return
    for problem in parsed.problems:
        assert problem.message
    dry_run(empty_catalogue.sessions, parsed)  # the plan never raises for parsed rows


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_rejected_input_changes_nothing(empty_catalogue, noise):
    before = _count(empty_catalogue)
    for name in FORMATS:
        try:
            parsed = parse_bytes(noise, name)
        except TransferError:
            continue
        if not parsed.rows:
            commit_import(empty_catalogue.sessions, parsed)
            assert _count(empty_catalogue) == before


def test_detection_of_every_fixture(tmp_path):
    expected = {"colnect-stamp-list.csv": "colnect", "colnect.csv": "colnect", "tellico-stamps-images.tc": "tellico",
                "tellico-stamps.xml": "tellico", "gcstar-stamps.gcs": "gcstar", "utf8-bom.csv": "csv"}
    for name, fmt in expected.items():
        assert detect_format(DATA / name, (DATA / name).read_bytes()) == fmt, name
    gcs_as_xml = tmp_path / "stamps.xml"
    gcs_as_xml.write_bytes((DATA / "gcstar-stamps.gcs").read_bytes())
    assert detect_format(gcs_as_xml, gcs_as_xml.read_bytes()) == "gcstar"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("other.txt", "x")
    with pytest.raises(TransferError, match="without tellico.xml"):
        parse_bytes(buffer.getvalue(), "tellico")
