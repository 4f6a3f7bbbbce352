"""Start-up order: the data layer before Qt, PySide6's import hook dropped, the collector paused.

Importing PySide6 replaces `builtins.__import__` with shiboken's `__feature_import__`, which
serves `from __feature__ import snake_case, true_property`. After every import it asks whether
the new module uses PySide6 by reading the module's source (`inspect.getsource`, which also
walks all of `sys.modules`), so each later import costs more the more modules are loaded.
KP Stamps selects no `__feature__` (tests/test_architecture.py keeps it so), so the GUI path:

- `import_data_layer()` imports SQLAlchemy, the models and the services the window opens with
  before PySide6: SQLAlchemy's imports took 185 ms after PySide6 against 155 ms before it;
- `import_qt()` then imports PySide6 and puts the original `__import__` back, so the window's
  own modules (and the features loaded on first use) import at plain Python speed: the first
  paint came 40 ms sooner (median of 15, 100,000 items). Shiboken's lazy type loading does not
  depend on the hook; its own `__lazy_import__` (for star imports) wraps the original again.

Importing SQLAlchemy, the models and the window allocates several hundred thousand objects
and nothing that becomes garbage in cycles; the collector's passes over them while they are
created cost about a tenth of the start (measured with `kpstamps bench --section startup`).
`pause_collector()` runs first thing in `main()`; `start_collector()` runs once the program is
ready (after the first paint, or before a command does its work) and moves everything made so
far into the permanent generation (`gc.freeze`), so later passes skip these long-lived objects.

The ORM configures every mapper on the first statement that uses one (30 ms). The window reads
its first page, its totals and what else it shows at start with Core statements
(`db.models.table`), and `finish_start()` configures the mappers after the first paint.
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


def import_qt() -> None:
    """Import PySide6 and drop its `__feature__` import hook (see the module docstring)."""
    import builtins

    import PySide6.QtCore  # noqa: F401 - installs the hook

    original = getattr(builtins, "__orig_import__", None)
    if original is not None and getattr(builtins.__import__, "__name__", "") == "__feature_import__":
        builtins.__import__ = original


def pause_collector() -> None:
    gc.disable()


def finish_start() -> None:
    """After the window's first paint: configure the ORM mappers, which the first page and the
    totals did without (`db.models.table`; 30 ms, not on the way to the first paint), then
    start the collector."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    start_collector()


def mappers_configured() -> bool:
    """Whether the ORM has configured the models' mappers yet (the first-paint probe reports it)."""
    from kpstamps.db.models import Base

    return all(mapper.configured for mapper in Base.registry.mappers)


def start_collector() -> None:
    """Idempotent: the collector on, with what start-up made frozen."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
