"""Where file dialogs start: the folder last used for that kind of file, else the user's
Documents (forms, exports, backups) or Pictures (scans) — never the current directory,
which for a desktop app is wherever it happened to be started from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

_Location = QStandardPaths.StandardLocation
# kind → the standard place to start in before anything was chosen
KINDS = {"order_pdf": _Location.DocumentsLocation, "export": _Location.DocumentsLocation,
         "import": _Location.DocumentsLocation, "backup": _Location.DocumentsLocation,
         "statistics": _Location.DocumentsLocation, "scans": _Location.PicturesLocation}


def start_dir(kind: str) -> str:
    """The folder to open a dialog for `kind` in (an existing folder, or the home folder)."""
    remembered = QSettings().value(f"fileDialogs/{kind}")
    if remembered and Path(str(remembered)).is_dir():
        return str(remembered)
    standard = QStandardPaths.writableLocation(KINDS.get(kind, _Location.DocumentsLocation))
    return standard if standard and Path(standard).is_dir() else str(Path.home())


def start_path(kind: str, file_name: str) -> str:
    """A suggested file name inside `start_dir(kind)`."""
    return str(Path(start_dir(kind)) / file_name)


def remember(kind: str, chosen: str | Path) -> None:
    """Remember the folder of a chosen file (or a chosen folder) for the next dialog of `kind`."""
    if not chosen:
        return
    path = Path(chosen)
    QSettings().setValue(f"fileDialogs/{kind}", str(path if path.is_dir() else path.parent))
