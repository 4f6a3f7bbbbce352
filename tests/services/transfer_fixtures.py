"""A small catalogue with every field filled, titles in four scripts (shared by the transfer tests)."""

from __future__ import annotations

from kpstamps.db.models import (
    CatalogueNumber,
    CatalogueValue,
    Holding,
    Item,
    Scan,
    Series,
    Source,
    Theme,
    Want,
)
from kpstamps.domain.sorting import natural_key


def fill_catalogue(sessions) -> None:
    with sessions.begin() as s:
        sport = Theme(key="sport", name_ko="체육", name_en="Sport", name_zh="体育", name_ru="Спорт")
        tennis = Theme(key="sport.table_tennis", parent=sport, name_ko="탁구", name_en="Table tennis",
                       name_zh="乒乓球", name_ru="Настольный теннис")
        s.add_all([sport, tennis])
        for n in range(1, 4):
            series = Series(serial=f"Ba{n}", serial_sort=natural_key(f"Ba{n}"), issue_date=f"2024-0{n}-1{n}",
                            year=2024, announced=f"2024-0{n}", title_ko=f"탁구 선수권 {n}",
                            title_en=f"=Table tennis {n}", title_zh=f"乒乓球 {n}", title_ru=f"Настольный теннис {n}",
                            notes="note, with \"quotes\"\nand a newline", source="KSC announcement")
            series.themes = [sport, tennis] if n != 2 else [sport]
            series.sources = [Source(position=1, title="KSC announcement", date=f"2024-0{n}",
                                     url=f"https://example.org/ksc/{n}")]
            for p in (1, 2):
                item = Item(position=p, kind="stamp" if p == 1 else "souvenir_sheet", face_value_cents=150 * p,
                            currency="KPW", perforation="perforated", perf_gauge="12", format="36x36 mm",
                            description=f"-{n}.{p} desc", title_ko=f"우표 {n}.{p}", title_en=f"+Stamp {n}.{p}",
                            title_zh=f"邮票 {n}.{p}", title_ru=f"@Марка {n}.{p}")
                item.numbers = [CatalogueNumber(catalogue="michel", number=f"{6000 + n * 10 + p}",
                                                sort_key=natural_key(f"{6000 + n * 10 + p}")),
                                CatalogueNumber(catalogue="scott", number=f"{5000 + n * 10 + p}a",
                                                sort_key=natural_key(f"{5000 + n * 10 + p}a"))]
                item.holdings = [Holding(condition="mnh", quantity=2, price_cents=120, price_currency="EUR",
                                         acquired="2024-05", location="Album 1", note="'quoted")]
                item.wants = [Want(quantity=1, condition="used", max_price_cents=300, currency="EUR", note="want")]
                item.values = [CatalogueValue(condition="mnh", amount_cents=250, currency="EUR",
                                              catalogue="michel", edition="2024")]
                series.items.append(item)
            s.add(series)
            s.flush()
            s.add(Scan(item_id=series.items[0].id, role="front", position=0, sha256=f"{n:064x}", extension="png",
                       size_bytes=10, width=3, height=4, original_name="front.png"))
            s.add(Scan(series_id=series.id, role="back", position=1, sha256=f"{n + 7:064x}", extension="jpg",
                       size_bytes=11, width=None, height=None, original_name=""))
        s.add(Series(serial="Ba9", serial_sort=natural_key("Ba9"), title_en="A series without items"))
