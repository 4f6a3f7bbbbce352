"""The `startup` section of `kpstamps bench`: whole-process start to the first paint.

The real entry point is started as a child process with `KPSTAMPS_FIRST_PAINT_PROBE=FILE`
(see ui/common/first_paint.py): the window writes the wall-clock time of its first paint, its
resident memory, the rows and the status bar to FILE and quits. The floor is a bare PySide6
process showing a QMainWindow with a QTableView, timed the same way. The two alternate, a warm-up
of each first, so a busy machine slows both alike; the report gives both medians and their ratio.
`kpstamps --version` and `kpstamps search QUERY` are timed as whole processes in the same rounds.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any

from kpstamps.home import DataHome

PROBE_ENV = "KPSTAMPS_FIRST_PAINT_PROBE"  # read by ui/common/first_paint.py
SEARCH_QUERY = "friendship"
TIMEOUT_S = 120

# The floor: nothing but PySide6, a main window and a table, with the same probe; a script in
# resources/ (this layer imports no Qt), run in a child process.
FLOOR_SCRIPT = resources.files("kpstamps.resources").joinpath("bench", "bare_qt_window.py")
# The same window after loading the data layer as the app does (SQLAlchemy, the models, one
# query): what the app spends above it is its own; what it spends above the floor is SQLAlchemy's.
DATA_LAYER_SCRIPT = resources.files("kpstamps.resources").joinpath("bench", "data_layer.py")


def app_command() -> list[str]:
    """The real entry point: the frozen executable, or `python -m kpstamps`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "kpstamps"]


def _env(scratch: Path, home: DataHome) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("KPSTAMPS_") and key != "PYTHONDONTWRITEBYTECODE"}
    env.update({"KPSTAMPS_HOME": str(home.root), "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
                "XDG_CONFIG_HOME": str(scratch / "config"),  # the window layout of the runs stays here
                # Compiled bytecode, as an installed app has it, even where the source tree may
                # not be written (PYTHONDONTWRITEBYTECODE): the warm-up run fills this cache.
                "PYTHONPYCACHEPREFIX": str(scratch / "pycache")})
    if home.shared_scans is not None:
        env["KPSTAMPS_SCANS"] = str(home.shared_scans)
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _first_paint(command: list[str], env: dict[str, str], probe: Path) -> dict[str, Any]:
    """Start `command` with the probe; seconds from the start to its first paint, and the probe.
    `cpu` is the process's CPU time (user + system, to its exit right after the paint)."""
    probe.unlink(missing_ok=True)
    env = {**env, PROBE_ENV: str(probe)}
    cpu = _children_cpu()
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    cpu = _children_cpu() - cpu
    if done.returncode != 0 or not probe.exists():
        raise RuntimeError(f"{command[-1]} exited {done.returncode} without a first paint: {done.stderr[-2000:]}")
    record = json.loads(probe.read_text(encoding="utf-8"))
    record["seconds"], record["cpu"] = record["painted"] - started, cpu
    return record


def _whole_process(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[-2:])} exited {done.returncode}: {done.stderr[-2000:]}")
    return seconds


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def measure_startup(home: DataHome, runs: int = 7) -> dict[str, Any]:
    """Alternate the bare-Qt floor and the app (`runs` each after one warm-up of each)."""
    command = app_command()
    frozen = getattr(sys, "frozen", False)
    window = FLOOR_SCRIPT.read_text(encoding="utf-8")
    data_layer = DATA_LAYER_SCRIPT.read_text(encoding="utf-8")
    floors = [] if frozen else [("floor", [sys.executable, "-c", window]),
                                ("data_floor", [sys.executable, "-c", f"{data_layer}\n{window}"])]
    samples: dict[str, list[float]] = {"floor": [], "data_floor": [], "app": [], "version": [], "search": [],
                                       "floor_cpu": [], "data_floor_cpu": [], "app_cpu": []}
    rss: dict[str, list[int]] = {"floor": [], "data_floor": [], "app": []}
    with tempfile.TemporaryDirectory(prefix="kpstamps-startup-") as folder:
        scratch = Path(folder)
        env, probe = _env(scratch, home), scratch / "probe.json"
        last: dict[str, Any] = {}
        for run in range(runs + 1):  # run 0 warms the OS caches and is not counted
            rounds = [("app", command), *floors]
            for name, argv in rounds if run % 2 else reversed(rounds):
                record = _first_paint(argv, env, probe)
                if run:
                    samples[name].append(record["seconds"])
                    samples[f"{name}_cpu"].append(record["cpu"])
                    rss[name].append(record["rss_kib"])
                if name == "app":
                    last = record
            version = _whole_process([*command, "--version"], env)
            search = _whole_process([*command, "search", SEARCH_QUERY], env)
            if run:
                samples["version"].append(version)
                samples["search"].append(search)
    return _report(samples, rss, last, runs)


def _report(samples: dict[str, list[float]], rss: dict[str, list[int]], last: dict[str, Any],
            runs: int) -> dict[str, Any]:
    app, floor = _median_ms(samples["app"]), _median_ms(samples["floor"]) if samples["floor"] else None
    data_floor = _median_ms(samples["data_floor"]) if samples["data_floor"] else None
    return {
        "runs": runs,
        "floor_ms": floor, "app_ms": app,
        "ratio": round(app / floor, 2) if floor else None,
        "data_floor_ms": data_floor,
        "data_floor_ratio": round(data_floor / floor, 2) if floor and data_floor else None,
        "floor_cpu_ms": _median_ms(samples["floor_cpu"]) if samples["floor_cpu"] else None,
        "app_cpu_ms": _median_ms(samples["app_cpu"]),
        "app_rss_mb": round(statistics.median(rss["app"]) / 1024, 1),
        "floor_rss_mb": round(statistics.median(rss["floor"]) / 1024, 1) if rss["floor"] else None,
        "data_floor_rss_mb": round(statistics.median(rss["data_floor"]) / 1024, 1) if rss["data_floor"] else None,
        "version_ms": _median_ms(samples["version"]),
        "search_ms": _median_ms(samples["search"]), "search_query": SEARCH_QUERY,
        "rows": last.get("rows"), "status": last.get("status"), "pages_fetched": last.get("pages_fetched"),
        "app_samples_ms": [round(s * 1000, 1) for s in samples["app"]],
        "floor_samples_ms": [round(s * 1000, 1) for s in samples["floor"]],
        "data_floor_samples_ms": [round(s * 1000, 1) for s in samples["data_floor"]],
        "measures": "whole process from start to the first paint of the table (offscreen), medians; "
                    "floor: a bare PySide6 QMainWindow + QTableView; data_floor: the same window after "
                    "importing SQLAlchemy and the models and running one query (the app's data layer); *_cpu_ms: user + system time of the "
                    "process (a check when the machine is busy); version/search: whole processes",
        "goal": "ratio <= 4.5, version <= 100 ms, search <= 350 ms, app RSS <= 200 MB at 100,000 items",
    }
