"""The layers hold: import contracts (pyproject.toml [tool.importlinter]), no import cycles,
no SQLAlchemy in ui/, no ctypes and no PySide6 `__feature__` in the app."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app" / "kpstamps"


def _imports(path: Path) -> set[str]:
    """Top-level names of every module `path` imports (also inside functions)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_import_contracts_are_kept():
    """Layers ui|cli > printing > services > db > domain; no Qt below ui/printing/cli;
    nothing imports ui but ui and cli; ui reaches SQLAlchemy only through the services."""
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is part of the test extras"
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_import_cycles():
    graph = grimp.build_graph("kpstamps", cache_dir=None)
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported != module and graph.chain_exists(importer=imported, imported=module):
                cycles.append(f"{module} <-> {imported}")
    assert cycles == []


# `__feature__` (snake_case, true_property): the GUI starts without PySide6's import hook that
# serves it (kpstamps/startup.py), so a module selecting a feature would silently get none.
@pytest.mark.parametrize("forbidden", ["sqlalchemy", "ctypes", "__feature__"])
def test_ui_imports_no_sqlalchemy_and_nothing_imports_ctypes_or_features(forbidden):
    folder = APP / "ui" if forbidden == "sqlalchemy" else APP
    offenders = [str(p.relative_to(ROOT)) for p in sorted(folder.rglob("*.py")) if forbidden in _imports(p)]
    assert offenders == []


def test_one_undo_command_type():
    """Every undo step goes through ui/common/undo_commands.py (its error handling included)."""
    subclassing = []
    for path in sorted((APP / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") == "QUndoCommand" for b in node.bases):
                subclassing.append(str(path.relative_to(APP)))
    assert set(subclassing) == {"ui/common/undo_commands.py"}


def test_one_background_task_helper():
    """Background work goes through ui/common/tasks.py (errors delivered, never lost in a thread)."""
    runnables = [str(p.relative_to(APP)) for p in sorted(APP.rglob("*.py")) if "QRunnable" in p.read_text("utf-8")]
    assert runnables == ["ui/common/tasks.py"]
