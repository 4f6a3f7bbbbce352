"""`kpstamps album` and `kpstamps list`, run in-process."""

from __future__ import annotations

import pytest
from kpstamps.cli import main
from kpstamps.db.models import Item, Want
from kpstamps.services.catalogue.opening import open_catalogue
from pypdf import PdfReader
from sqlalchemy import select


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """Start pytest-qt's QApplication before the command would start a QGuiApplication."""
    return qapp


@pytest.fixture(autouse=True)
def _fixture_catalogue(home):
    """The commands open the catalogue of `home`: the fixed test issues (their counts are asserted)."""
    from fixture_catalogue import open_fixture_catalogue

    open_fixture_catalogue(home).close()


def _text(path) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_album_of_a_search_in_russian_on_letter(home, tmp_path, capsys):
    out = tmp_path / "album.pdf"
    code = main(["album", "--query", "year:2025", "--lang", "ru", "--paper", "letter", "--margin-mm", "1.5",
                 "--header", "Моя коллекция", "--out", str(out)])
    assert code == 0
    assert "2 series, 13 spaces (13 of assumed size)" in capsys.readouterr().out
    text = _text(out)
    assert "Новый2025год" in text and "Мояколлекция" in text and "(продолжение)" in text
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 612


def test_album_of_named_series_in_chinese(home, tmp_path):
    out = tmp_path / "ba.pdf"
    assert main(["album", "--series", "Ba79", "Ba80", "--lang", "zh", "--out", str(out)]) == 0
    text = _text(out)
    assert "朝俄友好" in text and "朝中友好" in text and "Новый" not in text


@pytest.mark.parametrize("args, message", [
    (["--paper", "a3"], "unknown paper"),
    (["--series", "Nope"], "no series 'Nope'"),
    (["--margin-mm", "-1"], "--margin-mm"),
])
def test_album_refuses_bad_input_with_a_message(home, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert main(["album", "--lang", "en", "--out", str(out), *args]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_lists_as_pdf_and_csv(home, tmp_path, capsys):
    catalogue = open_catalogue(home)
    with catalogue.sessions.begin() as session:
        item = session.scalars(select(Item).order_by(Item.id)).first()
        session.add(Want(item_id=item.id, quantity=1, condition="cto", max_price_cents=300, currency="EUR"))
    catalogue.close()
    pdf, csv_file = tmp_path / "wanted.pdf", tmp_path / "check.csv"
    assert main(["list", "wanted", "--lang", "ko", "--out", str(pdf)]) == 0
    assert "구입희망목록" in _text(pdf) and "3.00EUR" in _text(pdf)
    assert main(["list", "checklist", "--query", "year:2025", "--lang", "en", "--out", str(csv_file)]) == 0
    lines = csv_file.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 14 and lines[0].startswith("Serial,Year,Series,Item")
    assert main(["list", "swap", "--lang", "en", "--out", str(tmp_path / "swap.txt")]) == 2
    assert "--out must end in .pdf or .csv" in capsys.readouterr().err
