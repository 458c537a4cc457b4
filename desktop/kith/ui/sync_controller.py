"""When the window syncs, and what it says about it.

A sync runs on a worker (``kith.ui.worker.Task``, a writer): on start, every
``settings.SYNC_MINUTES`` minutes, on demand (F5, the tray's "Sync now") and
after local edits (``local_edit()``, debounced). One at a time: asking while one
runs just runs one more afterwards. The status ("Synced 2 minutes ago", or the
last error with what to do) goes out through ``statusChanged`` for the status bar
and the tray tooltip.

After an account's sync, the same worker pushes its follow-ups and birthdays to its
calendar when the person switched that on in Preferences > Accounts
(``kith.services.calendar.follow``); the status line says where they went, or why not.

The controller reads no secrets: the platform layer hands it ``password_for``.

A sync that completed with per-card errors says how many in the status line, and
names each card in ``details`` (the status bar's tooltip): the line stays short.
People moved to the trash because their card was deleted on the phone can be brought
back with the window's undo (``SyncDeletions``, pushed by ``push_deletions``).

Signals:
    statusChanged(str): the line to show.
    detailsChanged(str): the rest, for the line's tooltip ("" when there is nothing more).
    synced(object): a sync finished (the SyncReport); the window reloads its lists.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kith import clock
from kith.i18n import plural, translate
from kith.services.sync import summary
from kith.ui.commands import DeleteContacts
from kith.ui.undo_stack import Refresh, UndoStack
from kith.ui.worker import Work

log = logging.getLogger(__name__)
EDIT_DEBOUNCE_MS = 30_000
STATUS_EVERY_MS = 60_000
PasswordFor = Callable[[int], "str | None"]


def _push_calendar(account_id: int, password: str, progress: Callable[[int, int], None],
                   cancelled: Callable[[], bool]) -> list[tuple[str, str]]:
    """After an account's sync, on the same worker: its follow-ups to its calendar when
    that is switched on (Preferences > Accounts). [(calendar, error or "")], [] when off.
    A failed push is told in the status line; it does not fail the sync."""
    from kith.services.calendar import follow
    from kith.services.sync import accounts
    from kith.services.sync.dav import DavClient, DavError

    on, name = follow.choice(account_id)
    if not on:
        return []
    account = accounts.get_account(account_id)
    try:
        with DavClient(account.url, account.user, password) as client:
            report = follow.push_after_sync(client, account_id, progress=progress,
                                            cancelled=cancelled)
    except DavError as exc:
        return [(name, str(exc))]
    if report is None:
        return []
    return [(report.calendar, report.errors[0][1] if report.errors else "")]


class SyncDeletions(DeleteContacts):
    """People a sync moved to the trash (their card was deleted on the phone): already
    done when pushed; undo brings them back (the next sync uploads them again)."""

    def __init__(self, trashed: list[tuple[int, str]], names: list[str],
                 refresh: Refresh) -> None:
        from kith.services.contacts.people import Trashed

        super().__init__([cid for cid, _ in trashed], names, refresh)
        self.setText(plural("Sync", "Delete %Ln person deleted on the phone",
                            "Delete %Ln people deleted on the phone", len(trashed))
                     if len(names) != 1 else translate(
                         "Sync", "Delete {name} (deleted on the phone)").format(name=names[0]))
        # One sync trashes each person with a stamp of their own: undone one by one.
        self._all = [Trashed([cid], stamp) for cid, stamp in trashed]
        self._pushed = True

    def work(self, undoing: bool) -> Work | None:
        return None  # a handful of people, written here

    def apply(self) -> None:
        if self._pushed:  # the sync did it already
            self._pushed = False
            return
        super().apply()
        self._all = []

    def revert(self) -> None:
        from kith.services.contacts import people

        if self._all:
            lost = [cid for trashed in self._all for cid in people.undelete(trashed)]
            self._all = []
            self._trashed = people.Trashed(self._ids, "")
            self.finish(True, lost)
            return
        super().revert()


def push_deletions(stack: UndoStack, report: Any, refresh: Refresh) -> None:
    """After a sync: its moves to the trash become one undoable step on ``stack``."""
    trashed = list(getattr(report, "trashed", []))
    if trashed:
        stack.push(SyncDeletions(trashed, list(report.deleted_names), refresh))


class SyncController(QObject):
    statusChanged = Signal(str)
    detailsChanged = Signal(str)
    synced = Signal(object)

    def __init__(self, parent: QObject | None = None, minutes: int = 15,
                 password_for: PasswordFor | None = None) -> None:
        super().__init__(parent)
        self.password_for = password_for
        self.task: Any = None
        self.again = False
        self.last_ok: dt.datetime | None = None
        self.last_error = ""
        self.calendar_note = ""  # where the follow-ups went after the last sync, if anywhere
        self.status = ""
        self.details = ""  # the rest of the last error, for the tooltip
        self._action: Any = None  # File > Sync now, kept enabled only with an account
        self.every = QTimer(self)
        self.every.timeout.connect(self.sync_now)
        self.set_minutes(minutes)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(EDIT_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.sync_now)
        self.ticker = QTimer(self)
        self.ticker.setInterval(STATUS_EVERY_MS)
        self.ticker.timeout.connect(self._show)

    def set_minutes(self, minutes: int) -> None:
        """Sync every ``minutes`` (0: only on start, on demand and after edits)."""
        self.every.stop()
        if minutes > 0:
            self.every.setInterval(minutes * 60_000)
            self.every.start()

    def start(self) -> None:
        """The first sync, soon after start-up (when an account exists)."""
        self.ticker.start()
        QTimer.singleShot(0, self.sync_now)

    def stop(self) -> None:
        for timer in (self.every, self.debounce, self.ticker):
            timer.stop()
        if self.task is not None:
            self.task.cancel()

    def local_edit(self) -> None:
        """Something changed in Kith: sync a little later (edits come in bursts)."""
        if self._accounts():
            self.debounce.start()

    @property
    def running(self) -> bool:
        return self.task is not None

    def _accounts(self) -> list[int]:
        from kith.services.sync import accounts

        try:
            return [a.id for a in accounts.list_accounts() if a.address_books]
        except Exception:  # noqa: BLE001 - no database yet: nothing to sync
            return []

    def sync_now(self) -> None:
        if self.task is not None:
            self.again = True
            return
        self.debounce.stop()
        ids = self._accounts()
        if not ids:
            return
        passwords: dict[int, str] = {}
        for account_id in ids:
            password = self.password_for(account_id) if self.password_for else None
            if password is None:
                self._failed(translate(
                    "Sync", "No password is stored for a sync account. Choose it in "
                    "Preferences > Accounts and click Set password…."))
                return
            passwords[account_id] = password
        from kith.errors import Cancelled
        from kith.ui.worker import Task

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            from kith.services.sync.engine import SyncReport, sync_account

            total = SyncReport()
            pushes: list[tuple[str, str]] = []  # (calendar, error or "")
            for account_id, password in passwords.items():
                report = sync_account(account_id, password, progress=progress,
                                      cancelled=cancelled)
                for name in ("downloaded", "uploaded", "deleted_local", "deleted_remote",
                             "conflicts"):
                    setattr(total, name, getattr(total, name) + getattr(report, name))
                total.errors.extend(report.errors)
                total.deleted_names.extend(report.deleted_names)
                total.trashed.extend(report.trashed)
                pushes.extend(_push_calendar(account_id, password, progress, cancelled))
            return total, pushes

        self.task = Task(work, Cancelled, writes=True)
        self.task.signals.succeeded.connect(self._succeeded)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.finished.connect(self._finished)
        self.status = translate("Sync", "Syncing…")
        self.statusChanged.emit(self.status)
        self.task.start()

    def _succeeded(self, result: Any) -> None:
        report, pushes = result
        self.last_ok, self.last_error = clock.now(), ""
        self.calendar_note = ""
        for calendar, error in pushes:
            if error:
                self.last_error = translate(
                    "Sync", "The calendar “{calendar}” was not updated: {message}").format(
                    calendar=calendar, message=error)
            else:
                self.calendar_note = translate(
                    "Sync", "Follow-ups are on the calendar “{calendar}”.").format(
                    calendar=calendar)
        log.info("sync finished: %d downloaded, %d uploaded, %d deleted here, %d deleted on "
                 "the server, %d conflicts", report.downloaded, report.uploaded,
                 report.deleted_local, report.deleted_remote, report.conflicts)
        self._set_details(summary.details(report.errors) if report.errors else "")
        if report.errors and not self.last_error:
            self.last_error = summary.short(report.errors)
        self._show()
        self.synced.emit(report)

    def _failed(self, message: str) -> None:
        log.info("sync failed: %s", message)
        first, _, rest = message.partition(". ")
        self._set_details(message if rest else "")
        self.last_error = translate("Sync", "Sync failed: {message}").format(
            message=first.rstrip(".") + ".")
        self._show()

    def _set_details(self, text: str) -> None:
        if text != self.details:
            self.details = text
            self.detailsChanged.emit(text)

    def watch(self, window: QObject, action: Any) -> None:
        """Keep ``action``'s state true whenever ``window`` is activated again (after
        Preferences, where accounts are added and removed)."""
        self._action = action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.WindowActivate and self._action is not None:
            self.update_action(self._action)
        return False

    def has_account(self) -> bool:
        return bool(self._accounts())

    def update_action(self, action: Any) -> None:
        """File > Sync now (F5): enabled when an account exists, else says how to add one."""
        have = self.has_account()
        action.setEnabled(have)
        action.setToolTip(translate("Sync", "Sync with your phone's address book now") if have
                          else translate("Sync", "Add a sync account first: Preferences > "
                                                 "Accounts."))

    def _finished(self) -> None:
        self.task = None
        if self.again:
            self.again = False
            QTimer.singleShot(0, self.sync_now)

    def status_text(self) -> str:
        if self.last_ok is None:
            return self.last_error
        minutes = int((clock.now() - self.last_ok).total_seconds() // 60)
        if minutes < 1:
            when = translate("Sync", "Synced just now")
        else:
            when = plural("Sync", "Synced %Ln minute ago", "Synced %Ln minutes ago", minutes)
        if self.last_error:
            return f"{when}. {self.last_error}"
        return f"{when}. {self.calendar_note}" if self.calendar_note else when

    def _show(self) -> None:
        text = self.status_text()
        if text and text != self.status:
            self.status = text
            self.statusChanged.emit(text)
