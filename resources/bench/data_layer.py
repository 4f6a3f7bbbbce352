"""The data layer before the floor window: `kpstamps bench` runs this, then bare_qt_window.py, in
one child process (the data-layer floor). It loads the catalogue's data layer the way the app
does: garbage collector paused, SQLAlchemy and the ORM models imported, an engine on
$KPSTAMPS_HOME's catalogue, one count.

What the app spends above that floor is its own work (windows, features, queries, fonts);
what the floor spends above the bare window is the price of SQLAlchemy's import.
"""
import gc

gc.disable()
import os  # noqa: E402

from sqlalchemy import create_engine, func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from kpstamps.db.models import Item  # noqa: E402

_engine = create_engine("sqlite:///" + os.path.join(os.environ["KPSTAMPS_HOME"], "catalogue.sqlite3"))
with Session(_engine) as _session:
    _session.scalar(select(func.count()).select_from(Item))
