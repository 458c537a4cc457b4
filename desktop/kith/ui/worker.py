"""Running slow work (reading files, writing a batch) off the GUI thread.

A ``Task`` wraps a function that takes ``progress`` and ``cancelled``
callables. It runs on the global QThreadPool and reports back through signals,
which Qt delivers on the GUI thread; widgets are never touched from the worker.

Quitting calls ``shutdown`` (on ``QApplication.aboutToQuit``): every task is
asked to stop and waited for, and from then on no task emits, so no thread
touches a Qt object while Qt is tearing the application down.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)
_LIVE: set[Task] = set()
# Held while a task emits and while shutdown starts: once ``_CLOSING`` is set, no emission
# is under way and none begins.
_EMIT_LOCK = threading.RLock()
_CLOSING = threading.Event()
SHUTDOWN_WAIT_MS = 30_000
PROGRESS_PER_SECOND = 10
# A worker reporting progress sleeps this long after this much work, so the window gets
# the GIL (switching by the interpreter alone left it waiting up to 0.3 s at a time).
YIELD_EVERY_S = 0.005
YIELD_FOR_S = 0.001
# Writes to the database by this process's workers: how many run now, how many ended.
# The window's watch for changes made elsewhere (ui/outside_changes.py) reads them, so
# that its own workers' commits are not taken for another process's.
_WRITES_LOCK = threading.Lock()
_WRITES = {"running": 0, "ended": 0}
Progress = Callable[[int, int], None]  # (done, total)
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], Any]


class TaskSignals(QObject):
    """Signals:
    progress(int, int): done, total.
    succeeded(object): the function's result.
    failed(str): a message for the user (the traceback goes to the log).
    cancelled(): the work stopped because cancel() was called.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


# Python's full garbage collection walks every object the process holds (half a second
# with 50,000 people and a 20,000-card plan in memory) and holds the GIL all along:
# the window froze whenever a worker's allocations set one off. While any task runs,
# automatic collection waits; when the last one ends, what survived is frozen
# (``gc.freeze``: later collections skip it; reference counting still frees it) and
# collection resumes. Kith's data holds no reference cycles worth reclaiming.
_GC_LOCK = threading.Lock()
_GC_HOLD = [0]


def _hold_collection(hold: bool) -> None:
    with _GC_LOCK:
        if hold:
            _GC_HOLD[0] += 1
            if _GC_HOLD[0] == 1:
                gc.disable()
        else:
            _GC_HOLD[0] -= 1
            if _GC_HOLD[0] == 0:
                gc.freeze()
                gc.enable()


def _spent(progress: Progress, cancelled: IsCancelled) -> None:
    """What a task's work becomes once it has run."""


def local_writes() -> tuple[int, int]:
    """(writing tasks running now, writing tasks ended so far) in this process."""
    with _WRITES_LOCK:
        return _WRITES["running"], _WRITES["ended"]


def _count_write(started: bool, succeeded: bool = False) -> None:
    """A writing task began, or ended. Only one that succeeded counts as the window's own
    write: a cancelled or failed one rolled back, so a moved ``data_version`` after it is
    another process's doing and must still be shown."""
    with _WRITES_LOCK:
        if started:
            _WRITES["running"] += 1
        else:
            _WRITES["running"] -= 1
            if succeeded:
                _WRITES["ended"] += 1


class Task(QRunnable):
    """``writes``: the work writes to the database (an import, an undo, a delete)."""

    def __init__(self, work: Work, cancelled_exception: type[BaseException] | None = None,
                 writes: bool = False):
        super().__init__()
        self._writes = writes
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self._cancelled_exception = cancelled_exception
        self.done = threading.Event()
        self._awake = time.monotonic()
        # Kept alive until its last signal has been delivered on the GUI thread, even if
        # the caller drops it from inside a handler (which would delete the signals'
        # sender in the middle of an emission).
        _LIVE.add(self)
        self.signals.finished.connect(self._release)

    def _release(self) -> None:
        QTimer.singleShot(0, lambda: _LIVE.discard(self))

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _emit(self, name: str, *args: object) -> None:
        """Emit unless Kith is quitting (nobody would see it, and Qt may be going away)."""
        with _EMIT_LOCK:
            if _CLOSING.is_set() or not isValid(self.signals):
                return
            try:
                getattr(self.signals, name).emit(*args)
            except RuntimeError:  # deleted between the check and the emit
                pass

    def _throttled_progress(self) -> Progress:
        """At most ``PROGRESS_PER_SECOND`` progress signals (and always the last one): each
        is a queued call and a repaint on the GUI thread, and a commit reporting every
        50 of 20,000 cards kept it busy."""
        last = [-1.0]

        def progress(done: int, total: int) -> None:
            now = self._breathe()
            if done >= total or now - last[0] >= 1 / PROGRESS_PER_SECOND:
                last[0] = now
                self._emit("progress", done, total)

        return progress

    def _breathe(self) -> float:
        """Called from the work's progress and cancellation checks: after ``YIELD_EVERY_S``
        of work, sleep ``YIELD_FOR_S``. Pure-Python work holds the GIL, and the GUI thread
        needs it for every event it handles; the interpreter's own switching left the
        window waiting while two workers passed it between them."""
        now = time.monotonic()
        if now - self._awake >= YIELD_EVERY_S:
            time.sleep(YIELD_FOR_S)
            now = self._awake = time.monotonic()
        return now

    def _is_cancelled(self) -> bool:
        self._breathe()
        return self._cancel.is_set()

    def run(self) -> None:
        from kith.store.database import database

        if self._writes:
            _count_write(started=True)
        _hold_collection(True)
        succeeded = False
        try:
            try:
                self._awake = time.monotonic()
                result = self._work(self._throttled_progress(), self._is_cancelled)
                succeeded = True
            finally:
                _hold_collection(False)
                # The work (and what it holds: a plan of 20,000 cards) goes now: the task
                # object itself lives on in Qt's pool.
                self._work = _spent
                if self._writes:  # counted before anyone hears of it
                    _count_write(started=False, succeeded=succeeded)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never lost
            if self._cancelled_exception is not None and isinstance(
                exc, self._cancelled_exception
            ):
                self._emit("cancelled")
            else:
                log.error("background task failed:\n%s", traceback.format_exc())
                from kith.ui.failures import reason_for

                self._emit("failed", reason_for(exc))
        else:
            self._emit("succeeded", result)
        finally:
            try:
                if not database.is_closed():
                    database.close()  # this thread's own connection
            except Exception:  # noqa: BLE001 - never keep waiters waiting for a close
                log.exception("closing a background task's database connection failed")
            finally:
                self.done.set()
                self._emit("finished")

    def start(self) -> None:
        if _CLOSING.is_set():  # quitting: nothing new starts
            self.cancel()
            self.done.set()
            return
        QThreadPool.globalInstance().start(self)


def shutdown(wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
    """Before the application goes away: silence, cancel and wait for every task.

    After this returns no task emits again; True if all of them ended within ``wait_ms``
    (work that ignores cancellation, such as a backup copy, is waited for, not cut short).
    Calling it again does no harm.
    """
    with _EMIT_LOCK:
        _CLOSING.set()
    for task in list(_LIVE):
        task.cancel()
    return bool(QThreadPool.globalInstance().waitForDone(wait_ms))
