"""The data-layer floor of `kpstamps bench`: the bare window of bare_qt_window.py after the
catalogue's data layer has loaded the way the app loads it (garbage collector paused,
SQLAlchemy and the ORM models imported, an engine on $KPSTAMPS_HOME's catalogue, one count).

What the app spends above this line is its own work (windows, features, queries, fonts);
what this line spends above the bare window is the price of SQLAlchemy's import.
"""
import gc
gc.disable()
import json, os, sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session
from kpstamps.db.models import Item

engine = create_engine("sqlite:///" + os.path.join(os.environ["KPSTAMPS_HOME"], "catalogue.sqlite3"))
with Session(engine) as session:
    session.scalar(select(func.count()).select_from(Item))

def report():
    rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS:"))
    with open(os.environ["KPSTAMPS_FIRST_PAINT_PROBE"], "w") as out:
        json.dump({"painted": time.time(), "rss_kib": rss}, out)
    QCoreApplication.exit(0)

class Probe(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, report)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView(window)
window.setCentralWidget(table)
probe = Probe()
table.viewport().installEventFilter(probe)
window.resize(1400, 850)
window.show()
sys.exit(app.exec())
