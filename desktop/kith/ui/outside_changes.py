"""Noticing what another process wrote (``kith log`` in a terminal, a second window).

SQLite's ``PRAGMA data_version`` on this thread's connection moves whenever
another connection commits; asking costs microseconds. A timer asks every two
seconds and says when it moved, so the window refreshes within a few seconds
of a change made elsewhere, and does nothing while nothing changes.

The window's own workers write on their own connections, which moves
``data_version`` too: those commits are told apart by the workers' write count
(``kith.ui.worker.local_writes``). While one runs, nothing is decided; once it
has ended, a moved version is its doing and the window's own refresh shows it
(with anything another process wrote meanwhile, since that refresh reads it all).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kith.store.database import connection, database
from kith.ui.worker import local_writes

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
        self._writes_seen = local_writes()[1]
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

    def check(self) -> bool:
        """Emit ``changed`` if another process committed since the last check."""
        running, ended = local_writes()
        if running:  # this window is writing: its own refresh will follow
            return False
        version = self._version()
        moved = version is not None and self._seen is not None and version != self._seen
        ours = ended != self._writes_seen
        self._seen, self._writes_seen = version, ended
        if moved and not ours:
            self.changed.emit()
            return True
        return False
