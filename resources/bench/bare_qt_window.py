"""The start-up floor of `kpstamps bench`: a bare PySide6 main window with a table.

Run as a script in a child process; it reports its first paint of the table's viewport (from
the next turn of the event loop) and its resident memory to $KPSTAMPS_FIRST_PAINT_PROBE, as
the app's own probe (ui/common/first_paint.py) does, then quits.
"""
import json, os, sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

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
