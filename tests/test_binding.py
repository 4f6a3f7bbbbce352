"""The installed Qt binding must not lose references to None.

PySide6 6.12.0 on Python 3.11 decrements None's reference count on every void method call
made from Python (setText, update, QPainter.draw*): a long session then aborts with
"Fatal Python error: none_dealloc". pyproject.toml keeps such a binding out; this test
fails if one is installed anyway. It counts in a child process, since a binding with the
bug can abort the interpreter that counts.
"""

import os
import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
image = QImage(20, 20, QImage.Format.Format_RGB32)
painter = QPainter(image)
before = sys.getrefcount(None)
for i in range(1000):
    label.setText(str(i))
    label.update()
    painter.drawPoint(QPointF(1, 1))
print(before - sys.getrefcount(None))
painter.end()
"""


def test_void_calls_keep_references_to_none():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    lost = int(done.stdout.strip().splitlines()[-1])
    assert lost < 50, f"the Qt binding lost {lost} references to None in 3,000 void calls"
