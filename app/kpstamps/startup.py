"""The cyclic garbage collector during start-up.

Importing SQLAlchemy, the models and the window allocates several hundred thousand objects
and nothing that becomes garbage in cycles; the collector's passes over them while they are
created cost about a tenth of the start (measured with `kpstamps bench --section startup`).
`pause_collector()` runs first thing in `main()`; `start_collector()` runs once the program is
ready (after the first paint, or before a command does its work) and moves everything made so
far into the permanent generation (`gc.freeze`), so later passes skip these long-lived objects.
"""

from __future__ import annotations

import gc


def pause_collector() -> None:
    gc.disable()


def start_collector() -> None:
    """Idempotent: the collector on, with what start-up made frozen."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
