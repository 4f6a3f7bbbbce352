"""`kpstamps order-form` and `kpstamps orders`, run in-process."""

from __future__ import annotations

import datetime as dt

import pytest
from kpstamps.cli import main
from kpstamps.db.models import Item, Want
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.orders.orders import lines_from_series, new_order, save_order
from kpstamps.services.settings.preferences import CustomerProfile
from pypdf import PdfReader
from sqlalchemy import select


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """Without an application the command starts a QGuiApplication, which would leave later
    widget tests in this process without a QApplication: start pytest-qt's first."""
    return qapp


@pytest.fixture(autouse=True)
def _fixture_catalogue(home):
    """The commands open the catalogue of `home`: the fixed test issues (their titles are asserted)."""
    from fixture_catalogue import open_fixture_catalogue

    open_fixture_catalogue(home).close()


def _text(path) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_series_to_chinese_pdf(home, tmp_path, capsys):
    out = tmp_path / "ba.pdf"
    code = main(["order-form", "--lang", "zh", "--out", str(out), "--series", "Ba79", "Ba80", "--quantity", "3",
                 "--route", "dandong_sinuiju"])
    assert code == 0
    assert "2 lines, 1 pages" in capsys.readouterr().out
    text = _text(out)
    for expected in ("订购单", "朝俄友好", "조로친선", "朝中友好", "全套", "中朝陆路邮路（丹东—新义州）"):
        assert expected in text


def test_want_list_on_letter_paper_in_russian(home, tmp_path):
    catalogue = open_catalogue(home)
    with catalogue.sessions.begin() as session:
        item = session.scalars(select(Item).order_by(Item.id)).first()
        session.add(Want(item_id=item.id, quantity=2, condition="cto", max_price_cents=300, currency="EUR"))
    catalogue.close()
    out = tmp_path / "wants.pdf"
    assert main(["order-form", "--lang", "ru", "--out", str(out), "--wanted", "--paper", "letter"]) == 0
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = _text(out)
    assert "Новый2025год" in text and "Гашениепозаказу(CTO)" in text and "6,00EUR" in text


def test_saved_order_and_listing(home, tmp_path, capsys):
    catalogue = open_catalogue(home)
    with catalogue.sessions() as session:
        lines = lines_from_series(session, ["New Year 2025"], 1)
    draft = new_order(catalogue.sessions, lines, CustomerProfile(name="A. Collector"), today=dt.date(2026, 5, 1))
    save_order(catalogue.sessions, draft)
    catalogue.close()
    out = tmp_path / "saved.pdf"
    assert main(["order-form", "--out", str(out), "--order", "2026-001"]) == 0
    assert "A.Collector" in _text(out) and "NewYear2025" in _text(out)
    capsys.readouterr()
    assert main(["orders"]) == 0
    assert "2026-001" in capsys.readouterr().out


def test_clear_errors(home, tmp_path, capsys):
    assert main(["order-form", "--out", str(tmp_path / "x.pdf"), "--wanted"]) == 2
    assert "want list is empty" in capsys.readouterr().err
    assert main(["order-form", "--out", str(tmp_path / "x.pdf"), "--series", "Zz1"]) == 2
    assert "no series 'Zz1'" in capsys.readouterr().err
    assert main(["order-form", "--out", str(tmp_path / "no" / "x.pdf"), "--series", "Ba79"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["order-form", "--out", str(tmp_path / "x.pdf"), "--order", "1999-001"]) == 2
    assert "no order '1999-001'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_headless_in_a_fresh_process_without_a_display(home, tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "fresh.pdf"
    done = subprocess.run([sys.executable, "-m", "kpstamps", "order-form", "--lang", "ru", "--out", str(out),
                           "--series", "Ba80"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Корейско-китайскаядружба" in _text(out)


def test_unknown_route_lists_the_known_ones(home, tmp_path, capsys):
    code = main(["--home", str(home.root), "order-form", "--lang", "en", "--out", str(tmp_path / "o.pdf"),
                 "--series", "Ba79", "--route", "nope"])
    assert code != 0
    err = capsys.readouterr().err
    assert "unknown shipping route 'nope'" in err and "russian_post_parcel" in err
    assert not (tmp_path / "o.pdf").exists()
