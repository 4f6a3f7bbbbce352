"""Refresh the Qt Linguist files and compile them.

    python packaging/update_translations.py          # lupdate (keeps existing translations) + lrelease
    python packaging/update_translations.py --check  # exit 1 if a .ts file is stale or unfinished

Sources are every module under app/kpstamps/ui/ (the only layer with UI strings). Without
pyside6-lupdate, --check compares the .ts files with packaging/ts_extract.py's reading of
the sources instead (the same strings; tests/ui/test_translations.py checks that they agree).
New strings: run this, translate them (Qt Linguist, or packaging/fill_translations.py), run again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
SOURCES = ROOT / "app" / "kpstamps" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "ko", "zh", "ru")
QT_LANGUAGE = {"en": "en", "ko": "ko_KR", "zh": "zh_CN", "ru": "ru_RU"}


def sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    for ts in ts_files:
        lang = ts.stem.split("_", 1)[1]
        args = ["pyside6-lupdate", "-no-obsolete", "-locations", "none", "-target-language", QT_LANGUAGE[lang],
                *sources(), "-ts", str(ts)]
        subprocess.run(args, check=True, capture_output=True)


def lrelease(ts_files: list[Path]) -> None:
    for ts in ts_files:
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), msg.findtext("source"))
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def unfinished_files() -> list[str]:
    """Names of .ts files with an unfinished or empty translation."""
    from ts_extract import ts_entries

    return [f"kpstamps_{lang}.ts" for lang in LANGUAGES
            if any(not e.finished or not all(e.translations) for e in ts_entries(TRANSLATIONS / f"kpstamps_{lang}.ts"))]


def stale_files() -> list[str]:
    """Names of .ts files whose source strings differ from what lupdate finds now."""
    if shutil.which("pyside6-lupdate") is None:
        from ts_extract import stale_languages

        return [f"kpstamps_{lang}.ts" for lang in stale_languages()]
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            committed = TRANSLATIONS / f"kpstamps_{lang}.ts"
            fresh = Path(tmp) / committed.name
            if committed.exists():
                shutil.copy(committed, fresh)
            lupdate([fresh])
            if not committed.exists() or messages(fresh) != messages(committed):
                stale.append(committed.name)
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        stale, unfinished = stale_files(), unfinished_files()
        for label, names in (("stale", stale), ("unfinished", unfinished)):
            if names:
                print(f"{label}: " + ", ".join(names))
        if not stale and not unfinished:
            print("translations are up to date")
        return 1 if stale or unfinished else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [TRANSLATIONS / f"kpstamps_{lang}.ts" for lang in LANGUAGES]
    lupdate(files)
    lrelease(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
