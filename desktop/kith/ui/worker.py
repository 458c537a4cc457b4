"""Running slow work (reading files, writing a batch) off the GUI thread.

A ``Task`` wraps a function that takes ``progress`` and ``cancelled``
callables. It runs on the global QThreadPool and reports back through signals,
which Qt delivers on the GUI thread; widgets are never touched from the worker.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)
_LIVE: set[Task] = set()
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


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


class Task(QRunnable):
    def __init__(self, work: Work, cancelled_exception: type[BaseException] | None = None):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self._cancelled_exception = cancelled_exception
        self.done = threading.Event()
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
        """Emit unless the application is gone (a task finishing while Kith quits)."""
        if isValid(self.signals):
            try:
                getattr(self.signals, name).emit(*args)
            except RuntimeError:  # deleted between the check and the emit
                pass

    def run(self) -> None:
        from kith.store.database import database

        try:
            result = self._work(lambda done, total: self._emit("progress", done, total),
                                self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never lost
            if self._cancelled_exception is not None and isinstance(
                exc, self._cancelled_exception
            ):
                self._emit("cancelled")
            else:
                log.error("background task failed:\n%s", traceback.format_exc())
                self._emit("failed", str(exc) or exc.__class__.__name__)
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
        QThreadPool.globalInstance().start(self)
