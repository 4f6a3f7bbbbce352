"""Build resources/reference/catalogue.json from the project's researched issues.json.

    python packaging/reference_from_issues.py ../shared/reference/issues.json OLD_V1.json

Takes every `seed` and `sourced` record, and the `uncertain` records of KSC's 2026 plan as
`planned` series (their face values as the plan gives them). The other `uncertain` records
(titles from the 2024 programme with no verified issue data) are left out. Nothing is
invented: a value the record leaves null stays empty; an item kind whose count is unknown
becomes ONE entry whose description says the count is open. Sources get the titles and
dates of the source list in NOTES.md (or the date in their URL).

OLD_V1.json is the version-1 reference (4 series); it becomes the `legacy` section that lets
catalogues created with it adopt the new stable ids (services/packs/reference.py).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

VERSION = "2026.12.1"
OUT = Path(__file__).resolve().parents[1] / "resources" / "reference" / "catalogue.json"
RFA = "https://rfa.org/english/korea/2025/01/10/north-korea-stamps-russia-friendship"
# Titles and dates from the source list of NOTES.md (S1…S51), or the date in the URL.
SOURCES: dict[str, tuple[str, str | None]] = {
    RFA: ("RFA, “North Korean postage stamp announcement includes Russian for the first time”", "2025-01-10"),
    "http://kcna.co.jp/item/2023/202307/news26/20230726-08ee.html": ("KCNA, “New Stamps Issued”", "2023-07-26"),
    "http://kcna.co.jp/item/2023/202308/news30/20230830-02ee.html": ("KCNA", "2023-08-30"),
    "http://web-uridongpo.com/wp/wp-content/uploads/2023/08/rodong_nk230830_05.html":
        ("Rodong Sinmun (Korean)", "2023-08-30"),
    "http://www.spnews.co.kr/news/articleView.html?idxno=69195": ("SPN (Seoul)", None),
    "https://donga.com/news/amp/all/20240119/123129148/1": ("Dong-A Ilbo (WPK plenary stamps)", "2024-01-19"),
    "https://gazeta.ru/amp/social/news/2025/01/10/24799052.shtml": ("Gazeta.ru", "2025-01-10"),
    "https://imnews.imbc.com/news/2025/politics/article/6741213_36712.html": ("MBC", "2025-07-31"),
    "https://koreastampsociety.org/2024/01/06/2024-korea-stamp-corporations-stamps-program/":
        ("Korea Stamp Society, “2024 Korea Stamp Corporation's stamps program”", "2024-01-06"),
    "https://lenta.ru/news/2025/01/10/v-severnoy-koree-dobavili-russkiy-yazyk-v-opisanie-pochtovyh-marok":
        ("Lenta.ru", "2025-01-10"),
    "https://m.tf.co.kr/read/ptoday/2169242.htm": ("The Fact", "2025-01-10"),
    "https://news1.kr/amp/nk/politics-diplomacy/5657008": ("News1", "2025-01-10"),
    "https://news1.kr/nk/politics-diplomacy/5191097": ("News1", "2023-10-06"),
    "https://prim.rbc.ru/prim/freenews/65262a719a7947e7d8a39888": ("RBC Primorye (TASS)", "2023-10"),
    "https://tass.com/world/1997003": ("TASS (joint issue)", "2025-08-01"),
    "https://theotherukraine.info/2025/08/01/rossiya-i-kndr-vypustili-marki-s-izobrazheniem-monumenta-osvobozhdenie-voinam-krasnoj-armii":
        ("The Other Ukraine", "2025-08-01"),
    "https://timbredujura.blogspot.com/2025/11/80-years-of-liberation-of-korea-joint.html?m=1":
        ("Timbre du Jura", "2025-11-13"),
    "https://viewusglobal.com/asia/article/81935/?amp=1": ("ViewUS Global (2025 New Year stamp)", None),
    "https://weeklyblitz.net/2023/02/14/north-korea-will-issue-a-series-of-stamps-with-kim-jong-un-and-his-daughter-kim-joo-ae/":
        ("Weekly Blitz", "2023-02-14"),
    "https://ww2.asiatoday.co.kr/view.php?key=20250110010005144": ("Asia Today", "2025-01-10"),
    "https://www.chinatimes.com/realtimenews/20250110003778-260408": ("China Times", "2025-01-10"),
    "https://www.fnnews.com/news/202512151006162877":
        ("News1 via Financial News, KSC 2026 plan in four languages", "2025-12-15"),
    "https://www.nknews.org/2023/02/north-korea-to-issue-new-stamps-featuring-kim-jong-uns-daughter/":
        ("NK News", "2023-02"),
    "https://www.rfa.org/korean/in_focus/nk_nuclear_talks/north-korea-stamp-new-year-01092025084623.html":
        ("RFA Korean", "2025-01-09"),
    "https://www.upi.com/Top_News/World-News/2023/02/14/Kim-Jong-Un-stamps-Ju-Ae-daughter/5071676364989/":
        ("UPI (Hwasong-17 stamps)", "2023-02-14"),
    "https://www.vedomosti.ru/politics/news/2025/08/12/1130949-volodin-posetit-phenyan": ("Vedomosti", "2025-08-12"),
}
# issues.json theme keys -> the app's theme keys (the reference of version 1 already had some).
THEMES = {"theme.football": "sport.football", "theme.table_tennis": "sport.table_tennis",
          "theme.womens_football": "sport.football.womens", "theme.russia": "friendship.russia",
          "theme.china": "friendship.china", "theme.flowers": "flora.flowers"}
KINDS = {"fdc": "first_day_cover"}
FORMATS = {"2025-new-year/stamp-1": "oval"}  # RFA: "an oval-shaped stamp" (as in the version-1 reference)


def theme_key(key: str) -> str:
    return THEMES.get(key, key.removeprefix("theme."))


def parent_of(key: str) -> str | None:
    return key.rsplit(".", 1)[0] if "." in key else None


def glossary_names(glossary: Path) -> dict[str, dict[str, str]]:
    import csv

    names = {}
    for row in csv.DictReader(glossary.open(encoding="utf-8")):
        if row["key"].startswith("theme."):
            en = row["en"][:1].upper() + row["en"][1:]
            ru = row["ru"][:1].upper() + row["ru"][1:]
            names[theme_key(row["key"])] = {"en": en, "ko": row["ko"], "zh": row["zh"], "ru": ru}
    return names


def sources(record: dict) -> list[dict]:
    found = []
    for url in [record["source"], *record["other_sources"]]:
        if url.startswith("seed:000_"):
            url = RFA
        title, date = SOURCES[url]
        if all(s["url"] != url for s in found):
            found.append({"title": title, "date": date, "url": url})
    return found


def face_value(text: str | None) -> int | None:
    if not text:
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?) won", text.strip())
    return round(float(match.group(1)) * 100)


def items(record: dict) -> list[dict]:
    result, counts = [], {}
    for entry in record["items"]:
        kind = KINDS.get(entry["kind"], entry["kind"])
        count = entry["count"]
        note = entry["note"] or ""
        if count is None and "count" not in note.lower():
            note = ("Number of items not known. " + note).strip()
        for _ in range(count or 1):
            counts[kind] = counts.get(kind, 0) + 1
            item_id = f"{record['id']}/{kind}-{counts[kind]}"
            result.append({"id": item_id, "position": len(result) + 1, "kind": kind, "format": FORMATS.get(item_id, ""),
                           "face_value_cents": face_value(entry["face_value"]), "currency": "KPW",
                           "description": note, "titles": {}, "numbers": []})
        if kind == "stamp_folder" and record["ksc_serial"]:  # Ba79/Ba80 are the folders' KSC stock numbers
            result[-1]["numbers"] = [{"catalogue": "ksc", "number": record["ksc_serial"]}]
    return result


def series(record: dict) -> dict:
    planned = record["id"].startswith("2026-plan")
    keys = [theme_key(k) for k in record["themes"]]
    keys = sorted({k for k in keys if not any(other.startswith(k + ".") for other in keys)})
    notes = record["notes"] or ""
    if record.get("title_note"):
        notes += f"\n\nTitle: {record['title_note']}"
    if planned:
        notes = "From KSC's 2026 plan (published 15 Dec 2025): the plan may change; not verified as issued. " + notes
    first = sources(record)[0]
    serial = record["ksc_serial"]
    return {
        "id": record["id"], "serial": serial, "country": "KP",
        "status": "planned" if planned else "issued",
        "issue_date": record["issue_date"], "announced": None, "year": record["year"],
        "titles": {k: v for k, v in record["title"].items() if v},
        "notes": notes.strip(), "source": f"{first['title']}, {first['date']}" if first["date"] else first["title"],
        "themes": keys, "sources": sources(record), "items": items(record),
    }


def legacy(v1: dict) -> list[dict]:
    """The version-1 series as pack records, with the ids of the records that replace them."""
    ids = {"Ba79": "2024-ba79-dprk-russia-friendship", "Ba80": "2024-ba80-dprk-china-friendship",
           "New Year 2025": "2025-new-year", "Sports achievements of 2024": "2025-sport-u20-womens-world-cup"}
    sports = ["2025-sport-u20-womens-world-cup/stamp-1", "2025-sport-u20-womens-world-cup/stamp-2",
              "2025-sport-u17-womens-world-cup/stamp-1", "2025-sport-kim-kum-yong/stamp-1",
              "2025-sport-u20-womens-world-cup/postcard-1", "2025-sport-u17-womens-world-cup/postcard-1",
              "2025-sport-kim-kum-yong/postcard-1"]
    new_year = ["2025-new-year/stamp-1"] + [f"2025-new-year/postcard-{n}" for n in range(1, 6)]
    result = []
    for entry in v1["series"]:
        pack_id = ids[entry["serial"] or entry["titles"]["en"]]
        item_ids = sports if pack_id.startswith("2025-sport") else new_year
        match = {"serial": entry["serial"]} if entry["serial"] else {"title_en": entry["titles"]["en"],
                                                                     "year": entry["year"]}
        record = {
            "id": pack_id, "serial": entry["serial"], "country": "KP", "status": "issued",
            "issue_date": entry.get("issue_date"), "announced": entry.get("announced"), "year": entry["year"],
            "titles": entry["titles"], "notes": entry["notes"], "source": entry["source"],
            "themes": entry["themes"], "sources": [],
            "items": [{"id": item_ids[n], "position": n + 1, "kind": item["kind"], "format": item.get("format", ""),
                       "titles": item.get("titles", {}), "numbers": []} for n, item in enumerate(entry["items"])],
        }
        result.append({"match": match, "record": record})
    return result


def main(issues_path: str, v1_path: str) -> None:
    records = json.loads(Path(issues_path).read_text(encoding="utf-8"))
    v1 = json.loads(Path(v1_path).read_text(encoding="utf-8"))
    chosen = [r for r in records if r["confidence"] in ("seed", "sourced") or r["id"].startswith("2026-plan")]
    series_list = [series(r) for r in chosen]
    names = glossary_names(Path(issues_path).with_name("glossary.csv"))
    old = {t["key"]: t for t in v1["themes"]}
    keys = {k for s in series_list for k in s["themes"]}
    for key in list(keys):
        while (key := parent_of(key)) is not None:
            keys.add(key)
    themes = []
    for key in sorted(keys, key=lambda k: (k.count("."), k)):
        if key in old:
            themes.append({"id": key, "parent": old[key].get("parent"), "names": old[key]["names"]})
        else:
            themes.append({"id": key, "parent": parent_of(key), "names": names[key]})
    content = {"format": "kpstamps-reference", "name": "KP Stamps reference", "publisher": "KP Stamps",
               "version": VERSION, "themes": themes, "series": series_list, "recipients": v1["recipients"],
               "legacy": legacy(v1)}
    OUT.write_text(json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(series_list)} series, {sum(len(s['items']) for s in series_list)} items, {len(themes)} themes")


if __name__ == "__main__":
    main(*sys.argv[1:3])
