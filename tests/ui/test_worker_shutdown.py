"""Quitting stops background work before Qt goes away (issue 10, item 6).

A pool thread that emits into Qt while the application is being destroyed
crashes Kith on exit. Quitting cancels every task, waits for it, and from then
on no task emits.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

# A task that runs until it is cancelled (giving up after 5 s), started before the window:
# when Kith has quit, it must have been cancelled and waited for.
QUIT_WHILE_WORKING = """
import sys, threading
from PySide6.QtCore import QThreadPool
from kith.cli import main
from kith.ui.worker import Task

def work(progress, cancelled):
    pause = threading.Event()
    for _ in range(500):
        if cancelled():
            return "cancelled"
        progress(0, 1)
        pause.wait(0.01)
    return "never cancelled"

task = Task(work)
task.start()
code = main(["--data-dir", sys.argv[1], "--exit-after-start"])
print("exit", code)
print("task done", task.done.is_set(), task.is_cancelled())
print("threads still running", QThreadPool.globalInstance().activeThreadCount())
"""


def test_quitting_cancels_and_waits_for_running_work(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", QUIT_WHILE_WORKING, str(tmp_path / "profile")],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "exit 0", "task done True True", "threads still running 0"], result.stderr


def test_no_task_emits_once_shutdown_has_started(
    qtbot, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QCoreApplication

    from kith.ui import worker

    monkeypatch.setattr(worker, "_CLOSING", threading.Event())  # this test's own shutdown
    running = threading.Event()
    outcome: list[str] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        running.set()
        pause = threading.Event()
        while not cancelled():
            progress(1, 2)
            pause.wait(0.005)
        progress(2, 2)  # after shutdown began: must not reach anyone
        return "late result"

    task = worker.Task(work)
    received: list[object] = []
    task.signals.progress.connect(lambda done, total: received.append(done))
    task.signals.succeeded.connect(outcome.append)
    task.signals.finished.connect(lambda: outcome.append("finished"))
    task.start()
    assert running.wait(10)
    qtbot.waitUntil(lambda: bool(received))

    assert worker.shutdown(10_000) is True
    assert task.done.is_set()
    QCoreApplication.sendPostedEvents()  # deliver whatever was queued before
    assert 2 not in received and outcome == []

    later = worker.Task(lambda progress, cancelled: "started after quitting")
    later.signals.succeeded.connect(outcome.append)
    later.start()
    assert later.done.is_set() and later.is_cancelled()
    QCoreApplication.sendPostedEvents()
    assert outcome == []
