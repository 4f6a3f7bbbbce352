"""The log file: tracebacks of internal errors go here, never to the terminal.

`kpstamps.log` in the data directory, rotated at 1 MB with three old copies; when the data
directory cannot be written (read-only media) the system's temporary folder is used.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import tempfile
from pathlib import Path

LOG_NAME = "kpstamps.log"
MAX_BYTES = 1 << 20
BACKUP_COUNT = 3


def log_file(root: Path) -> Path:
    """Where the log goes: the data directory, or the temporary folder if that cannot be written."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        if os.access(root, os.W_OK):
            return root / LOG_NAME
    except OSError:
        pass
    return Path(tempfile.gettempdir()) / f"kpstamps-{os.getuid() if hasattr(os, 'getuid') else 'user'}.log"


def log_exception(root: Path, exc: BaseException, context: str) -> Path | None:
    """Write `exc` with its traceback to the rotating log; returns the file (None if even that fails)."""
    path = log_file(root)
    logger = logging.getLogger("kpstamps.internal")
    try:
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    try:
        logger.error("internal error in %s", context, exc_info=(type(exc), exc, exc.__traceback__))
    finally:
        logger.removeHandler(handler)
        handler.close()
    return path
