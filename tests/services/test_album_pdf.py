"""Album pages and lists as PDF and CSV: read back with pypdf, geometry from the renderer."""

from __future__ import annotations

import csv

import pytest
from kpstamps.db.models import CatalogueNumber, Holding, Item, Series, Want
from kpstamps.domain.album.geometry import Shape
from kpstamps.errors import CatalogueError
from kpstamps.printing.album import AlbumOptions, parse_paper, render_album_pdf
from kpstamps.printing.lists import render_list_pdf
from kpstamps.services.album.lists import build_list, set_keep_quantity, write_csv
from kpstamps.services.album.pages import load_album
from pypdf import PdfReader
from sqlalchemy import select

TITLES = {"ko": "2025년 새해", "en": "New Year 2025", "zh": "2025年新年", "ru": "Новый 2025 год"}


def _text(reader: PdfReader, page: int | None = None) -> str:
    pages = reader.pages if page is None else [reader.pages[page]]
    return "".join("".join(p.extract_text().split()) for p in pages)


def _fonts(reader: PdfReader) -> set[tuple[str, bool]]:
    found = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            found.add((str(font["/BaseFont"]), any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))))
    return found


@pytest.fixture
def numbered(catalogue):
    """Test numbers (not real KSC numbers) on every item, so captions can be checked."""
    with catalogue.sessions.begin() as s:
        for item in s.scalars(select(Item)):
            s.add(CatalogueNumber(item_id=item.id, catalogue="ksc", number=f"T{item.id:03d}", sort_key=f"t{item.id:03d}"))
        item = s.scalar(select(Item).join(Series).where(Series.title_en == "New Year 2025").order_by(Item.position))
        item.face_value_cents = 1000
    return catalogue


@pytest.mark.parametrize("lang", ["ko", "en", "zh", "ru"])
def test_every_page_in_each_language_with_numbers_and_embedded_subset_fonts(qapp, numbered, tmp_path, lang):
    album = load_album(numbered.sessions)
    result = render_album_pdf(album, tmp_path / f"album-{lang}.pdf", AlbumOptions(lang=lang, header="Collection"))
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages >= 4
    text = _text(reader)
    assert "".join(TITLES[lang].split()) in text
    if lang != "ko":
        assert "2025년새해" in text  # the Korean title beneath, smaller
    with numbered.sessions() as s:
        for item_id in s.scalars(select(Item.id)):
            assert f"T{item_id:03d}" in text
    assert "10.00KPW" in text
    for page in range(len(reader.pages)):
        assert f"{page + 1}" in _text(reader, page)
    fonts = _fonts(reader)
    assert fonts and all(embedded for _name, embedded in fonts)
    assert all("+" in name.split("/")[-1][:8] for name, _e in fonts)  # subset tag, e.g. /QQBAAA+Noto…


def test_geometry_reported_by_the_renderer_fits_the_paper(qapp, numbered, tmp_path):
    options = AlbumOptions(lang="en", paper="230x300mm", mount_mm=2.0)
    result = render_album_pdf(load_album(numbered.sessions), tmp_path / "custom.pdf", options)
    page = PdfReader(result.path).pages[0]
    assert abs(float(page.mediabox.width) / 72 * 25.4 - 230) < 0.5
    area = result.layout.spec.area()
    shapes = set()
    for page in result.layout.pages:
        boxes = [s.space for s in page.spaces]
        for i, box in enumerate(boxes):
            assert box.inside(area)
            assert not any(box.overlaps(other) for other in boxes[i + 1:])
        for space in page.spaces:
            g = result.layout.items[space.item_id].geometry
            assert abs(space.item.width - g.width_mm) < 0.2 and abs(space.item.height - g.height_mm) < 0.2
            assert abs(space.space.width - g.width_mm - 4.0) < 0.2
            shapes.add(g.shape)
    assert Shape.OVAL in shapes


def test_papers_and_a_custom_size():
    assert parse_paper("A4") == (210.0, 297.0) and parse_paper("letter") == (215.9, 279.4)
    assert parse_paper("230x300mm") == (230.0, 300.0)
    for bad in ("a3", "230x300", "10x10mm"):
        with pytest.raises(CatalogueError):
            parse_paper(bad)


def test_illustrated_album_draws_scans_downsampled(qapp, numbered, tmp_path, home):
    from kpstamps.printing.album import scan_images
    from kpstamps.services.scans.store import attach_scans
    from PIL import Image

    source = tmp_path / "big.jpg"
    Image.new("RGB", (4000, 3000), (200, 30, 30)).save(source, quality=90)
    with numbered.sessions() as s:
        first = s.scalar(select(Item.id).join(Series).where(Series.title_en == "New Year 2025").order_by(Item.position))
    attach_scans(numbered, [source], item_id=first)
    album = load_album(numbered.sessions, series=["New Year 2025"])
    images = scan_images(home.scans, home.thumbnails, 200)
    plain = render_album_pdf(album, tmp_path / "plain.pdf", AlbumOptions(lang="en"))
    illustrated = render_album_pdf(album, tmp_path / "ill.pdf", AlbumOptions(lang="en", images=True), images)
    drawn = [img for p in PdfReader(illustrated.path).pages for img in p.images]
    assert len(drawn) == 1 and max(drawn[0].image.size) <= 40 / 25.4 * 200 * 1.1
    assert plain.size_bytes < illustrated.size_bytes < plain.size_bytes + 200_000


def test_want_list_checklist_and_swap_list(qapp, numbered, tmp_path):
    with numbered.sessions.begin() as s:
        ids = list(s.scalars(select(Item.id).join(Series).where(Series.title_en == "New Year 2025").order_by(Item.position)))
        s.add(Want(item_id=ids[1], quantity=2, condition="mnh", max_price_cents=450, currency="EUR", note="A6 card"))
        s.add(Holding(item_id=ids[0], condition="mnh", quantity=3))
        s.add(Holding(item_id=ids[2], condition="used", quantity=1))
    set_keep_quantity(numbered.sessions, ids[2], 0)  # marked for swap: every copy
    wanted = build_list(numbered.sessions, "wanted", "ru", series=["New Year 2025"])
    assert [(r.item.id, r.quantity, r.max_price) for r in wanted.rows] == [(ids[1], 2, "4.50 EUR")]
    swap = build_list(numbered.sessions, "swap", "en")
    assert [(r.item.id, r.quantity) for r in swap.rows] == [(ids[0], 2), (ids[2], 1)]
    checklist = build_list(numbered.sessions, "checklist", "zh", query="year:2025")
    assert len(checklist.rows) == 13 and [r.owned for r in checklist.rows].count(True) == 2
    pdf = render_list_pdf(wanted, tmp_path / "wanted.pdf")
    text = _text(PdfReader(pdf.path))
    assert "Списокжелаемого" in text and f"T{ids[1]:03d}" in text and "4.50EUR" in text
    assert write_csv(swap, tmp_path / "swap.csv") == 2
    with open(tmp_path / "swap.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Serial", "Year", "Series"] and rows[1][-1] == "2" and f"KSC T{ids[0]:03d}" in rows[1]
    with pytest.raises(CatalogueError):
        build_list(numbered.sessions, "gifts", "en")
