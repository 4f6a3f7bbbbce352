"""ui/common/tasks.py: result, error, cancel and progress arrive in the GUI thread."""

from __future__ import annotations

import threading

import pytest
from kpstamps.ui.common.tasks import Job, deliver_now, run_task
from PySide6.QtCore import QObject, QThread, QThreadPool
from PySide6.QtWidgets import QApplication


@pytest.fixture
def owner(qapp):
    parent = QObject()
    yield parent
    QThreadPool.globalInstance().waitForDone(5000)
    parent.deleteLater()


def _gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_the_result_arrives_in_the_gui_thread(qtbot, owner):
    seen = {}

    def work(job: Job) -> int:
        seen["worker_off_gui"] = not _gui_thread()
        return 42

    def done(value) -> None:
        seen["value"], seen["in_gui"] = value, _gui_thread()

    task = run_task(work, parent=owner, on_result=done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == {"worker_off_gui": True, "value": 42, "in_gui": True}
    assert not task.running


def test_an_error_arrives_in_the_gui_thread(qtbot, owner):
    errors = []
    task = run_task(lambda job: 1 / 0, parent=owner, on_error=lambda exc: errors.append((exc, _gui_thread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(errors) == 1 and isinstance(errors[0][0], ZeroDivisionError) and errors[0][1]


def test_an_unhandled_error_reaches_the_excepthook(qtbot, owner, monkeypatch):
    hooked = []
    monkeypatch.setattr("sys.excepthook", lambda kind, exc, tb: hooked.append((kind, _gui_thread())))
    task = run_task(lambda job: [][1], parent=owner)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert hooked == [(IndexError, True)]


def test_cancel_stops_the_work_and_drops_its_result(qtbot, owner):
    started, results, cancelled = threading.Event(), [], []

    def work(job: Job) -> str:
        started.set()
        while True:
            job.stop_if_cancelled()
            QThread.msleep(5)

    task = run_task(work, parent=owner, on_result=results.append, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
    assert cancelled == [True] and results == []


def test_progress_arrives_in_order_in_the_gui_thread(qtbot, owner):
    steps = []

    def work(job: Job) -> None:
        for done in range(1, 6):
            job.progress(done, 5)

    task = run_task(work, parent=owner, on_progress=lambda d, t: steps.append((d, t, _gui_thread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert steps == [(n, 5, True) for n in range(1, 6)]


def test_the_work_gets_its_own_session(qtbot, owner, catalogue):
    from kpstamps.db.models import Series
    from sqlalchemy import func, select

    results = []
    task = run_task(lambda job: job.session.scalar(select(func.count()).select_from(Series)), parent=owner,
                    sessions=catalogue.sessions, on_result=results.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [4]


def test_deliver_now_hands_over_outcomes_before_a_window_closes(qapp, owner):
    pool, results = QThreadPool(), []
    pool.setMaxThreadCount(1)
    tasks = [run_task(lambda job, n=n: n, parent=owner, pool=pool, on_result=results.append) for n in range(3)]
    deliver_now(pool, tasks)
    assert results == [0, 1, 2]


def test_an_outcome_after_the_owner_is_gone_is_dropped(qtbot, qapp):
    owner, results, release = QObject(), [], threading.Event()
    task = run_task(lambda job: release.wait(5) and "late", parent=owner, on_result=results.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: task._orphaned, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert results == []
