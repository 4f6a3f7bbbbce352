"""Refresh the Qt Linguist files and compile them.

    python packaging/update_translations.py          # lupdate (keeps existing translations) + lrelease
    python packaging/update_translations.py --check  # exit 1 if a .ts file is stale

Sources are every module under app/kpstamps/ui/ (the only layer with UI strings).
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


def stale_files() -> list[str]:
    """Names of .ts files whose source strings differ from what lupdate finds now."""
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
        stale = stale_files()
        print("stale: " + ", ".join(stale) if stale else "translations are up to date")
        return 1 if stale else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [TRANSLATIONS / f"kpstamps_{lang}.ts" for lang in LANGUAGES]
    lupdate(files)
    lrelease(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
