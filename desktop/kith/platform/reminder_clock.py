"""The timer that asks ``Reminders`` what to announce, and notices sleep and clock jumps."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kith import clock
from kith.services.followups.reminders import Announcement, Reminders

log = logging.getLogger(__name__)
TICK_MS = 30_000
JUMP_SECONDS = 90


class ReminderClock(QObject):
    """Signals:
    announce(object): an Announcement to show.
    dayChanged(): the date changed (midnight, wake-up, clock change): refresh due lists.
    """

    announce = Signal(object)
    dayChanged = Signal()

    def __init__(self, reminders: Reminders,
                 now: Callable[[], dt.datetime] = clock.stamp,
                 monotonic: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._now = now
        self._monotonic = monotonic
        self._last_wall = now()
        self._last_mono = monotonic()
        self._checked = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()
        self.tick()

    def tick(self) -> None:
        now, mono = self._now(), self._monotonic()
        wall_step = (now - self._last_wall).total_seconds()
        mono_step = mono - self._last_mono
        if abs(wall_step - mono_step) > JUMP_SECONDS:
            log.info("clock jumped by %.0f s (sleep or clock change): re-checking",
                     wall_step - mono_step)
        if now.date() != self._last_wall.date():
            self.dayChanged.emit()
        self._last_wall, self._last_mono = now, mono
        try:
            found: Announcement | None = self._reminders.check(now)
        except Exception:  # noqa: BLE001 - a failed check must not stop the timer
            log.exception("reminder check failed")
            return
        if found is not None:
            log.info("notification: %s: %s", found.title, found.message.replace("\n", " / "))
            self.announce.emit(found)
        if not self._checked:
            self._checked = True
            log.info("reminders: first check done")
