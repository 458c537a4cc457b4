"""Noticing what another process wrote (``kith log`` in a terminal, a second window).

SQLite's ``PRAGMA data_version`` on this thread's connection moves whenever
another connection commits; asking costs microseconds. A timer asks every two
seconds and says when it moved, so the window refreshes within a few seconds
of a change made elsewhere, and does nothing while nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kith.store.database import connection, database

CHECK_EVERY_MS = 2000


class OutsideChanges(QObject):
    """Watches the database for commits by other connections.

    Signals:
        changed(): someone else committed a change since the last check.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None, every_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self._seen = self._version()
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _version(self) -> int | None:
        if database.database is None:
            return None
        try:
            return int(connection().execute("PRAGMA data_version").fetchone()[0])
        except Exception:  # noqa: BLE001 - a database in trouble is reported by the writes
            return None

    def seen(self) -> None:
        """This process wrote on another connection (a worker) and has shown the result:
        the commit it made is not news."""
        self._seen = self._version()

    def check(self) -> bool:
        """Emit ``changed`` if another connection committed since the last check."""
        version = self._version()
        moved = version is not None and self._seen is not None and version != self._seen
        self._seen = version
        if moved:
            self.changed.emit()
        return moved
