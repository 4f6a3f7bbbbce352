"""Start-up order: the data layer before Qt, and the cyclic garbage collector paused.

`import_data_layer()` imports SQLAlchemy, the models and the services the window opens with
before anything imports PySide6. Importing PySide6 replaces `builtins.__import__` with
shiboken's `__feature_import__` (for `from __feature__ import snake_case`), which makes every
later import statement slower: SQLAlchemy's own imports took 185 ms after PySide6 against
155 ms before it, and the window's first paint came 29-35 ms sooner (medians of 9, 100,000 items).

Importing SQLAlchemy, the models and the window allocates several hundred thousand objects
and nothing that becomes garbage in cycles; the collector's passes over them while they are
created cost about a tenth of the start (measured with `kpstamps bench --section startup`).
`pause_collector()` runs first thing in `main()`; `start_collector()` runs once the program is
ready (after the first paint, or before a command does its work) and moves everything made so
far into the permanent generation (`gc.freeze`), so later passes skip these long-lived objects.
"""

from __future__ import annotations

import gc
import importlib

# The window's non-Qt modules: what ui/app.py, ui/main_window.py and ui/table_model.py import
# from services/ (they bring SQLAlchemy, the models, domain/ and db/ with them).
DATA_LAYER = (
    "kpstamps.services.catalogue.opening",
    "kpstamps.services.catalogue.glossary",
    "kpstamps.services.browse.rows",
    "kpstamps.services.browse.view",
    "kpstamps.services.collection.statistics",
    "kpstamps.services.settings.preferences",
)


def import_data_layer() -> None:
    """Import `DATA_LAYER` (no Qt); call before the first import of PySide6."""
    for name in DATA_LAYER:
        importlib.import_module(name)


def pause_collector() -> None:
    gc.disable()


def start_collector() -> None:
    """Idempotent: the collector on, with what start-up made frozen."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
