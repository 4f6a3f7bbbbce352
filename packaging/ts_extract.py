"""Pure-Python view of the UI's translatable strings and of the Qt Linguist files.

`source_messages()` reads app/kpstamps/ui/*.py with `ast` and returns the (context, source)
pairs that pyside6-lupdate would file: a bare `tr("…")` goes to the empty context,
`self.tr("…")` to the enclosing class, `QCoreApplication.translate("Ctx", "…")` and
`QT_TRANSLATE_NOOP("Ctx", "…")` to "Ctx". It also reports calls lupdate cannot see
(a `tr()` inside an f-string, a non-literal argument), so a test can insist on none.
Used by tests and by `update_translations.py --check` where lupdate is missing.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "kpstamps" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "ko", "zh", "ru")
# Calls that translate a literal, and where their context comes from.
_BARE = {"tr"}
_EXPLICIT = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass
class Extraction:
    messages: set[tuple[str, str]] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Visitor(ast.NodeVisitor):
    def __init__(self, name: str, out: Extraction):
        self.name, self.out = name, out
        self.classes: list[str] = []
        self.fstring_depth = 0

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.fstring_depth += 1
        self.generic_visit(node)
        self.fstring_depth -= 1

    def visit_Call(self, node: ast.Call) -> None:
        found = self._message(node)
        if found is not None:
            where = f"{self.name}:{node.lineno}"
            context, text = found
            if text is None and isinstance(node.func, ast.Attribute) and node.func.attr == "translate":
                pass  # a wrapper such as `def tr(text): return QCoreApplication.translate("", text)`
            elif text is None:
                self.out.problems.append(f"{where}: translated text is not a string literal")
            elif self.fstring_depth:
                self.out.problems.append(f"{where}: tr() inside an f-string is invisible to lupdate: {text!r}")
            else:
                self.out.messages.add((context, text))
        self.generic_visit(node)

    def _message(self, node: ast.Call) -> tuple[str, str | None] | None:
        func, args = node.func, node.args
        if isinstance(func, ast.Name) and func.id in _BARE and args:
            return "", _literal(args[0])
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                and func.value.id == "self" and args and self.classes:
            return self.classes[-1], _literal(args[0])
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name in _EXPLICIT and len(args) >= 2 and _literal(args[0]) is not None:
            return _literal(args[0]), _literal(args[1])
        return None


def extract(paths: list[Path] | None = None) -> Extraction:
    out = Extraction()
    for path in paths or sorted(SOURCES.rglob("*.py")):
        _Visitor(path.name, out).visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return out


def source_messages() -> set[tuple[str, str]]:
    return extract().messages


@dataclass
class TsEntry:
    context: str
    source: str
    translations: list[str]
    finished: bool
    numerus: bool


def ts_entries(ts: Path) -> list[TsEntry]:
    root = ET.parse(ts).getroot()
    entries = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            node = msg.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
            texts = forms if msg.get("numerus") == "yes" else [(node.text or "") if node is not None else ""]
            entries.append(TsEntry(name, msg.findtext("source") or "", texts,
                                   kind not in ("unfinished", "vanished", "obsolete"), msg.get("numerus") == "yes"))
    return entries


def ts_messages(ts: Path) -> set[tuple[str, str]]:
    return {(e.context, e.source) for e in ts_entries(ts)}


def stale_languages() -> list[str]:
    """Languages whose .ts file lacks a source string or keeps one the UI no longer has."""
    wanted = source_messages()
    return [lang for lang in LANGUAGES
            if not (TRANSLATIONS / f"kpstamps_{lang}.ts").exists()
            or ts_messages(TRANSLATIONS / f"kpstamps_{lang}.ts") != wanted]
