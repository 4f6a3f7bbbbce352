"""The order form PDF, read back with pypdf: labels, titles, totals, pages, embedded fonts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess

import pytest
from kpstamps.db.models import Item, Series
from kpstamps.printing.order_form import format_amount, format_date, render_pdf
from kpstamps.services.catalogue.glossary import term
from kpstamps.services.orders.form_data import FormLine, OrderForm, order_form
from kpstamps.services.orders.orders import (
    lines_from_series,
    new_order,
    shipping_route,
)
from kpstamps.services.settings.preferences import CustomerProfile
from pypdf import PdfReader
from sqlalchemy import select

CUSTOMER = CustomerProfile(name='Li <Wei> & "Co"', address="Tverskaya 1\nMoscow", country="Russia",
                           email="li@example.org")
REFERENCE = ["Ba79", "Ba80", "New Year 2025", "Sports achievements of 2024"]


def _text(reader: PdfReader, page: int | None = None) -> str:
    pages = reader.pages if page is None else [reader.pages[page]]
    return " ".join(" ".join(p.extract_text().split()) for p in pages)


def _reference_form(catalogue, lang: str) -> OrderForm:
    with catalogue.sessions() as session:
        lines = lines_from_series(session, REFERENCE, 2)
    draft = new_order(catalogue.sessions, lines, CUSTOMER, language=lang, today=dt.date(2026, 11, 22))
    for n, line in enumerate(draft.lines):
        line.unit_price_cents = 100 + 10 * n
    draft.shipping_route, draft.shipping_cents = "russian_post_parcel", 1250
    return order_form(catalogue.sessions, draft)


def _fonts(reader: PdfReader) -> set[tuple[str, bool]]:
    found = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.add((str(font["/BaseFont"]), embedded))
    return found


@pytest.mark.parametrize("lang", ["en", "zh", "ru"])
def test_reference_issues_in_each_language(qapp, catalogue, tmp_path, lang):
    form = _reference_form(catalogue, lang)
    result = render_pdf(form, tmp_path / f"order-{lang}.pdf")
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages
    text = _text(reader)
    for key in ("title", "order_no", "date", "recipient", "customer", "item", "catalogue_numbers", "condition",
                "unit_price", "line_total", "subtotal", "shipping", "route"):
        assert " ".join(term(f"form.{key}", lang).split()) in text, key
    assert " ".join(term("form.total", lang).split()) in _text(reader, -1)
    squashed = "".join(text.split())  # long titles wrap; compare without the line breaks
    with catalogue.sessions() as session:
        titles = {s.titles()[lang] for s in session.scalars(select(Series).where(Series.year >= 2024))}
    printed = {line.title for line in form.lines}
    assert printed >= titles - {"Sports achievements of 2024", "2024年体育成就", "Спортивные достижения 2024 года"}
    for line in form.lines:
        assert "".join(line.title.split()) in squashed
        assert "".join(line.title_ko.split()) in squashed  # the Korean title beside, for the issuer
    assert format_date("2026-11-22", lang) in text
    assert " ".join(f"{format_amount(form.total_cents, lang)} EUR".split()) in text
    assert " ".join(shipping_route("russian_post_parcel").name(lang).split()) in text
    assert 'Li <Wei> & "Co"' in text  # printed literally, never as markup
    assert "".join(term("condition.mnh", lang).split()) in squashed
    assert all(name.split("+")[0].isupper() and "+" in name and embedded for name, embedded in _fonts(reader))


def test_totals_are_exact(qapp, catalogue, tmp_path):
    form = _reference_form(catalogue, "en")
    expected = sum(2 * (100 + 10 * n) for n in range(len(form.lines))) + 1250
    assert form.total_cents == expected
    text = _text(PdfReader(render_pdf(form, tmp_path / "o.pdf").path))
    assert f"Total {expected // 100:,}.{expected % 100:02d} EUR" in text


def _long_form(lang: str, count: int = 200) -> OrderForm:
    lines = tuple(FormLine(serial=f"Ba{n}", title=f"Title {n:03d} " + ("very long words " * 12 if n % 50 == 0 else ""),
                           title_ko=f"제목 {n:03d}", numbers=f"Mi {7000 + n}", kind="stamp", condition="cto",
                           quantity=n % 3 + 1, unit_price_cents=125) for n in range(1, count + 1))
    return OrderForm("2026-007", "2026-11-22", lang, "EUR", {"name": "Korea Stamp Corporation"},
                     {"name": "<b>bold?</b>"}, None, 0, "a & b < c", lines)


def test_two_hundred_lines_span_pages_with_repeated_header(qapp, tmp_path):
    form = _long_form("en")
    result = render_pdf(form, tmp_path / "long.pdf")
    reader = PdfReader(result.path)
    pages = len(reader.pages)
    assert pages == result.pages > 3
    texts = [_text(reader, index) for index in range(pages)]
    for index, page in enumerate(texts):
        assert f"Page {index + 1} of {pages}" in page
        assert "Catalogue numbers" in page  # the table header repeats
        assert ("Total" in page.split("Catalogue numbers")[1]) == (index == pages - 1)
    for n in range(1, 201):  # rows never split: each title and its Korean title on one page
        assert sum(f"Title {n:03d}" in page and f"제목 {n:03d}" in page for page in texts) == 1
    text = " ".join(texts)
    assert "<b>bold?</b>" in text and "a & b < c" in text


def test_letter_paper(qapp, tmp_path):
    reader = PdfReader(render_pdf(_long_form("ru", 5), tmp_path / "letter.pdf", "letter").path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Страница 1 из 1" in _text(reader)
    with pytest.raises(ValueError, match="unknown paper"):
        render_pdf(_long_form("ru", 1), tmp_path / "x.pdf", "a5")


@pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None, reason="poppler-utils")
def test_chinese_text_copies_out_exactly_and_fonts_are_embedded_subsets(qapp, catalogue, tmp_path):
    with catalogue.sessions.begin() as session:
        item = session.scalars(select(Item).order_by(Item.id)).first()
        item.title_zh = "日期胶水测试：金琴英"  # characters that share glyphs with radicals in full fonts
    form = _reference_form(catalogue, "zh")
    path = render_pdf(form, tmp_path / "zh.pdf").path
    copied = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for source in ("订购单", "日期", "日期胶水测试：金琴英", "朝俄友好", "2025年新年", "经莫斯科的俄罗斯邮政包裹"):
        assert source in copied
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all(row[-5:-2] == ["yes", "yes", "yes"] for row in rows)  # emb sub uni


def test_characters_that_share_glyphs_in_noto_copy_out_as_printed(qapp, tmp_path):
    """En dash and figure dash, ideographic and em space, full-width tilde and wave dash,
    Hangul jamo and their half-width forms, bullet and middle dot: one glyph each in the
    bundled font, so each copies out as itself."""
    title = "A–B ‒ C\u3000D～E〜F ㄱ ﾡ G\tH • · 金"
    line = dataclasses.replace(_long_form("en", 1).lines[0], title=title)
    form = dataclasses.replace(_long_form("en", 1), lines=(line,))
    copied = "".join(PdfReader(render_pdf(form, tmp_path / "shared.pdf").path).pages[0].extract_text().split("\n"))
    for word in ("A–B ‒ C\u3000D～E〜F", "ㄱ", "ﾡ", "•", "·", "金"):
        assert word in copied, word
    assert "\t" not in copied.replace("G\tH", "")  # a space never copies out as a tab


def test_the_bundled_fonts_map_each_glyph_to_one_character():
    from fontTools.ttLib import TTFont  # noqa: I001  (fontTools comes with the dev extras)
    from importlib import resources

    for name in ("NotoSansCJKsc-Subset-Regular.otf", "NotoSansCJKsc-Subset-Bold.otf"):
        with resources.as_file(resources.files("kpstamps.resources") / "fonts" / name) as path:
            font = TTFont(str(path))
        cmap = font.getBestCmap()
        assert len(set(cmap.values())) == len(cmap), name
        assert font["name"].getDebugName(1) == "KP Stamps CJK SC"


def test_the_same_renderer_paints_on_a_printer(qapp, catalogue, tmp_path):
    from kpstamps.printing.order_form import paint_order_form
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    pages = paint_order_form(_reference_form(catalogue, "ru"), printer)
    del printer
    reader = PdfReader(tmp_path / "printer.pdf")
    assert len(reader.pages) == pages
    assert "Бланк заказа" in _text(reader, 0)


@pytest.mark.parametrize("lang", ["en", "zh", "ru"])
def test_unpriced_lines_stay_blank_and_ask_for_a_quote(qapp, catalogue, tmp_path, lang):
    form = _reference_form(catalogue, lang)
    lines = list(form.lines)
    lines[0] = dataclasses.replace(lines[0], unit_price_cents=0)
    unpriced = dataclasses.replace(form, lines=tuple(lines))
    text = _text(PdfReader(render_pdf(unpriced, tmp_path / "o.pdf").path))
    assert " ".join(term("form.unpriced", lang).split()) in text
    assert format_amount(0, lang) + " " not in text.split(term("form.subtotal", lang))[0]
    priced = _text(PdfReader(render_pdf(form, tmp_path / "p.pdf").path))
    assert " ".join(term("form.unpriced", lang).split()) not in priced


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["Korea Stamp Corporation", "Pyongyang", "DPR Korea"]),
    ("zh", ["朝鲜邮票社", "平壤", "朝鲜民主主义人民共和国"]),
    ("ru", ["Корейская марочная корпорация", "Пхеньян", "КНДР"]),
])
def test_the_recipient_is_printed_in_the_form_language(qapp, catalogue, tmp_path, lang, expected):
    form = _reference_form(catalogue, lang)
    assert [form.recipient[k] for k in ("address", "country")] == expected[1:]
    text = _text(PdfReader(render_pdf(form, tmp_path / f"{lang}.pdf").path), 0)
    squeezed = "".join(text.split())
    for words in expected:
        assert "".join(words.split()) in squeezed, (words, text[:400])


def test_a_catalogue_number_never_breaks_between_catalogue_and_number(qapp, catalogue, tmp_path):
    """Narrow number column: "Mi 7003" stays on one line (no-break space), other numbers wrap."""
    form = _reference_form(catalogue, "en")
    # with a plain space the column breaks this as "Mi 7003, Mi" / "7004–7009"
    lines = [dataclasses.replace(form.lines[0], numbers="Mi\u00a07003, Mi\u00a07004–7009")] * 3
    reader = PdfReader(render_pdf(dataclasses.replace(form, lines=tuple(lines)), tmp_path / "n.pdf").path)
    printed = reader.pages[0].extract_text().replace("\u00a0", " ").splitlines()  # the PDF keeps the no-break space
    assert not any(line.rstrip().endswith("Mi") for line in printed), printed
    assert any(line.strip().startswith("Mi 7004") for line in printed), printed
