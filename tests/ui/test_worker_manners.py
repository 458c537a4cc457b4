"""A worker leaves the window room: it hands over the GIL while it works and keeps Python's
full garbage collection (which stops every thread) from starting in the middle."""

from __future__ import annotations

import gc
import time

from kith.ui import worker
from kith.ui.worker import Task


def test_a_long_task_sleeps_a_little_every_few_milliseconds(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    naps: list[float] = []
    real_sleep = time.sleep
    monkeypatch.setattr(worker.time, "sleep", lambda s: (naps.append(s), real_sleep(s)))

    def busy(progress, cancelled) -> int:  # type: ignore[no-untyped-def]
        end = time.monotonic() + 0.1
        checks = 0
        while time.monotonic() < end:  # pure-Python work that checks for Cancel
            checks += 1
            cancelled()
        return checks

    task = Task(busy)
    task.start()
    qtbot.waitUntil(task.done.is_set)
    assert naps.count(worker.YIELD_FOR_S) >= 0.1 / (worker.YIELD_EVERY_S + worker.YIELD_FOR_S) / 2


def test_collection_waits_while_a_task_runs_and_resumes_after(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    assert gc.isenabled()
    seen: list[bool] = []
    release = threading.Event()

    def work(progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        release.wait(5)

    frozen_before = gc.get_freeze_count()
    task = Task(work)
    task.start()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [False] and not gc.isenabled()
    release.set()
    qtbot.waitUntil(task.done.is_set)
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before  # survivors frozen, not collected again


def test_a_finished_task_lets_go_of_its_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    """What the work held (a plan of thousands of cards) is freed when it ends, though Qt's
    pool keeps the task object."""
    import weakref

    class Big:
        pass

    held = Big()
    ref = weakref.ref(held)

    def work(progress, cancelled, big=held) -> int:  # type: ignore[no-untyped-def]
        return 1

    task = Task(work)
    del held, work
    task.start()
    qtbot.waitUntil(task.done.is_set)
    gc.collect()
    assert ref() is None
