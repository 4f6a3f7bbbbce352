"""A 200-line order form renders to PDF in at most 1 s and 500 KB, in every form language.

Run: python -m pytest -m benchmark tests/benchmarks/test_order_form_bench.py -s
"""

from __future__ import annotations

import pytest
from kpstamps.printing.order_form import render_pdf
from kpstamps.services.orders.form_data import FormLine, OrderForm
from kpstamps.services.orders.orders import shipping_route

TITLES = {
    "en": "Kim Kum Yong, women's singles gold, 2024 Asian Table Tennis Championships",
    "zh": "金琴英，2024年亚洲乒乓球锦标赛女单金牌",
    "ru": "Ким Гым Ён — золото в женском одиночном разряде чемпионата Азии по настольному теннису 2024",
}
KINDS = ("stamp", "souvenir_sheet", "postcard", "first_day_cover")
CONDITIONS = ("mnh", "cto", "used")


def _form(lang: str) -> OrderForm:
    lines = tuple(FormLine(serial=f"Ba{n}", title=f"{TITLES[lang]} {n}", title_ko=f"김금용, 아시아탁구선수권대회 {n}",
                           numbers=f"Mi {6000 + n}, Sc {5000 + n}", kind=KINDS[n % 4], condition=CONDITIONS[n % 3],
                           quantity=1 + n % 4, unit_price_cents=95 + n) for n in range(200))
    return OrderForm("2026-200", "2026-11-22", lang, "EUR", {"name": "Korea Stamp Corporation", "address": "Pyongyang"},
                     {"name": "Collector", "country": "Russia"}, shipping_route("russian_post_parcel"), 1500,
                     "Please register the parcel.", lines)


@pytest.mark.benchmark
@pytest.mark.parametrize("lang", ["en", "zh", "ru"])
def test_200_line_form_renders_fast_and_small(qapp, tmp_path, lang):
    render_pdf(_form(lang), tmp_path / "warm.pdf")  # font registration and first layout are one-off
    result = render_pdf(_form(lang), tmp_path / f"form-{lang}.pdf")
    print(f"\n{lang}: {result.pages} pages, {result.size_bytes / 1024:.0f} KB, {result.seconds:.3f} s")
    assert result.seconds <= 1.0
    assert result.size_bytes <= 500 * 1024
