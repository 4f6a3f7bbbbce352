"""A 100,000-row Colnect stamp list imports in ≤ 10 s (run with -m benchmark).

The list has Colnect's exact shape (BOM, CRLF, preamble, 39 columns, footer), four stamps
to a series, three countries, two lists (wish list → wants, collection → holdings), HTML
perforations and face-value expressions. Wall and CPU time are printed with the load
average; as in test_transfer_bench, the budget is wall time (what the person waits).
"""

from __future__ import annotations

import csv
import io

import pytest
from kpstamps.db.models import Holding, Item, Want
from kpstamps.services.transfer.importing import commit_import, read_import_file
from kpstamps.services.transfer.importing.colnect import COLUMNS
from sqlalchemy import func, select
from test_transfer_bench import Timed

ROWS = 100_000
HEADER = ["Name", "Country", "Series", "Catalog Codes", "Issued on", "Expiry date", "Width", "Height", "Watermark",
          "Format", "Emission", "Perforation", "Printing", "Paper", "Gum", "Ord Mi", "Ord Sn", "Ord Yt", "Ord Sg",
          "Currency", "FaceValue", "Print run", "Parent Item", "Variant", "Overprint Variant", "Score", "Accuracy",
          "Colors", "Designers", "Printers", "Issuers", "Themes", "Description", "Link", "List", "Quantity",
          "Condition", "Public Note", "Private Note"]
COUNTRIES = (("Korea, North", "KP", "₩ - North Korean won"), ("Albania", "AL", "L - Albanian lek"),
             ("Argentina", "AR", "$ - Argentine peso"))


def write_colnect_list(path, rows: int = ROWS) -> None:
    assert [h.casefold() for h in HEADER] == list(COLUMNS)
    out = io.StringIO(newline="")
    out.write('"Stamps on Colnect","List exported on 2026-08-22 10:06:42 GMT+0"\r\n'
              '"Launched by collector: ",bench\r\n'
              '"Collector profile on Colnect at: ",https://colnect.com/en/collectors/collector/bench\r\n'
              f'"This list contains {rows} Stamps"\r\n'
              '"For the updated list on Colnect visit: ",https://colnect.com/en/stamps/list/collector/bench\r\n\r\n')
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n in range(rows):
        s = n // 4
        country, code, currency = COUNTRIES[s % 3]
        wish = n % 5 == 0
        writer.writerow([
            f"Stamp {n}", country, f"Series {s}", f"Mi:{code} {10_000 + n}, Sn:{code} {20_000 + n}a",
            f"{1960 + s % 60}-{s % 12 + 1:02d}-{s % 28 + 1:02d}", "", "30", "40", "", "Stamp", "Commemorative",
            "comb<i> 12½</i>", "Offset", "", "", str(n), str(n), "0", "0", currency, f"{n % 9 + 1}*10", "", "0", "",
            "", "0", "0", "Red", "", "", "", "", "", f"https://colnect.com/en/stamps/stamp/{1_000_000 + n}-Stamp",
            "Wish,Collection" if wish else "Collection", "[1],[2]" if wish else "[1]",
            "[MNH],[U]" if wish else "[MNH]", "", ""])
    out.write('\r\n"END of Colnect list launched on 2026-08-22 10:06:42 GMT+0"\r\n')
    path.write_text(out.getvalue(), encoding="utf-8-sig", newline="")


@pytest.mark.benchmark
@pytest.mark.timeout(900)
def test_import_100k_colnect_rows(empty_catalogue, tmp_path):
    source = tmp_path / "colnect-100k.csv"
    write_colnect_list(source)
    with Timed(f"Colnect list of {ROWS} rows ({source.stat().st_size >> 20} MiB): read and parse") as parsing:
        parsed = read_import_file(source)
    with Timed("commit") as committing:
        report = commit_import(empty_catalogue.sessions, parsed)
    total = parsing.wall + committing.wall, parsing.cpu + committing.cpu
    print(f"\ntotal: wall {total[0]:.2f} s, CPU {total[1]:.2f} s")
    assert report.new == ROWS and report.rejected == 0 and report.series_new == ROWS // 4
    with empty_catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == ROWS
        assert s.scalar(select(func.count()).select_from(Want)) == ROWS // 5
        assert s.scalar(select(func.count()).select_from(Holding)) == ROWS
    assert total[0] <= 10, f"a 100,000-row Colnect list took {total[0]:.2f} s wall (goal 10 s)"
