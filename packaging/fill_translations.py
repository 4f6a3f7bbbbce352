"""Write translations into the Qt Linguist files from a table, then compile them.

    python packaging/fill_translations.py TABLE.json            # fill unfinished entries
    python packaging/fill_translations.py TABLE.json --overwrite

TABLE.json maps a language to {English source: translation}, e.g. {"ko": {"&File": "화일(&F)"}}.
A numerus source (`tr("%Ln item(s)", "", n)`) takes a list with one text per plural form of the
language: English 2 (1 / other), Russian 3 (1, 21 / 2-4, 22-24 / other), Korean and Chinese 1.
English (kpstamps_en.ts) is filled with the source text itself except where the table's "en"
gives forms (every numerus source needs them: "%Ln item" and "%Ln items"). The .ts files stay the
place where translations live: lupdate keeps them when strings are added, and Qt Linguist can
edit them. Philatelic terms (kinds, conditions, catalogue names) are not here but in
resources/reference/glossary.csv (kpstamps.services.catalogue.glossary), shared with the order forms.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ts_extract import LANGUAGES, TRANSLATIONS
from update_translations import lrelease

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def placeholders(text: str) -> list[str]:
    """`{name}` fields and `%n`, which a translation must keep (in any order)."""
    return sorted(_PLACEHOLDER.findall(text))


def _set(message: ET.Element, text: str | list[str]) -> None:
    node = message.find("translation")
    if node is None:
        node = ET.SubElement(message, "translation")
    node.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(node):
            node.remove(form)
        node.text = None
        for form in [text] if isinstance(text, str) else text:
            ET.SubElement(node, "numerusform").text = form
    else:
        node.text = text if isinstance(text, str) else text[0]


def fill(ts: Path, table: dict[str, str | list[str]] | None, overwrite: bool = False,
         identity: bool = False) -> list[str]:
    """Fill `ts` from `table` (None, or a source missing from it with `identity`: the source
    itself); returns the sources still untranslated."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        done = node is not None and node.get("type") is None and (
            (node.text or "").strip() or any((f.text or "") for f in node))
        if done and not overwrite:
            continue
        text = (table or {}).get(source, source if table is None or identity else None)
        if text is None:
            missing.append(source)
            continue
        for form in [text] if isinstance(text, str) else text:
            if placeholders(form) != placeholders(source):
                raise ValueError(f"{ts.name}: placeholders differ in {source!r} -> {form!r}")
        _set(message, text)
    _write(tree, ts)
    return missing


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", type=Path)
    parser.add_argument("--overwrite", action="store_true")
    args = parser.parse_args()
    tables = json.loads(args.table.read_text(encoding="utf-8"))
    files = []
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"kpstamps_{lang}.ts"
        missing = fill(ts, tables.get(lang, {}), args.overwrite, identity=lang == "en")
        for source in missing:
            print(f"{lang}: untranslated: {source!r}")
        files.append(ts)
    lrelease(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
