"""Checks after a fault: is the catalogue sound, and did its content change?"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

from kpstamps.db.fts import INDEXED, fts_table
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import open_catalogue

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "benchmarks"))
from test_transfer_bench import write_big_csv

JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a"
    "1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f000001050101010101"
    "0100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107"
    "227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a"
    "636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7"
    "c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9")


def build_home(root: Path, rows: int = 40) -> Path:
    """A data folder with `rows` items (four per series), some holdings and one scan."""
    from kpstamps.services.scans.store import attach_scans
    from kpstamps.services.transfer.importing import commit_import, read_import_file

    source = root.parent / "seed.csv"
    write_big_csv(source, rows=rows)
    image = root.parent / "front.jpg"
    image.write_bytes(JPEG)
    catalogue = open_catalogue(DataHome(root), reference=False)
    try:
        commit_import(catalogue.sessions, read_import_file(source))
        with catalogue.engine.connect() as conn:
            series_id = conn.exec_driver_sql("SELECT min(id) FROM series").scalar()
        attach_scans(catalogue, [image], series_id=series_id)
    finally:
        catalogue.close()
    return root


def copy_home(template: Path, target: Path) -> DataHome:
    shutil.copytree(template, target, ignore=shutil.ignore_patterns("*.lock", "*.holders"))
    return DataHome(target)


def soundness(database: Path) -> list[str]:
    """Problems found by PRAGMA integrity_check, foreign_key_check and FTS5's integrity-check."""
    problems = []
    conn = sqlite3.connect(database)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            problems.append(f"integrity_check: {verdict}")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"foreign_key_check: {len(broken)} rows")
        for table in INDEXED:
            fts = fts_table(table)
            try:
                conn.execute(f"INSERT INTO {fts}({fts}) VALUES('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"{fts} integrity-check: {exc}")
    finally:
        conn.close()
    return problems


def export_bytes(home: DataHome, out: Path) -> bytes:
    """The CSV export (byte-exact, no time stamps) of the catalogue; opening it also migrates it."""
    from kpstamps.services.transfer.exporting import export_csv

    catalogue = open_catalogue(home, reference=False)
    try:
        export_csv(catalogue.sessions, out)
    finally:
        catalogue.close()
    data = out.read_bytes()
    out.unlink()
    return data


def hidden_leftovers(home: DataHome) -> list[str]:
    """Temporary files of ours that should not survive a finished or refused operation."""
    found = [p.name for p in home.root.glob(".restore-*")]
    found += [p.name for p in home.backups.glob(".*")] if home.backups.exists() else []
    found += [p.name for p in home.scans.rglob(".tmp-*")] if home.scans.exists() else []
    return found


def empty_backups(home: DataHome) -> list[str]:
    """Files in backups/ that look like backups but hold nothing."""
    if not home.backups.exists():
        return []
    return [p.name for p in home.backups.iterdir() if p.is_file() and p.stat().st_size == 0]


def log_fault(record: dict) -> None:
    """Append a record to $KPSTAMPS_FAULT_LOG (JSON lines) when set: the figures of a run."""
    target = os.environ.get("KPSTAMPS_FAULT_LOG")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
