"""The system-tray icon: a count of who is due, and a menu to act without the window."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from kith.i18n import plural, translate
from kith.services.followups.actions import DueItem

TOP = 5


def menu_text(text: str) -> str:
    """Menu items take '&' as a mnemonic marker: show it literally."""
    return text.replace("&", "&&")


class Tray(QObject):
    """Signals:
    openRequested(): show the window.
    contactRequested(int): show this person.
    logRequested(): open the log-interaction dialog.
    snoozeAllRequested(): snooze everything due until tomorrow.
    pauseRequested(): no more reminders today.
    quitRequested(): quit Kith.
    messageClicked(): the notification was clicked (show Today).
    """

    openRequested = Signal()
    contactRequested = Signal(int)
    logRequested = Signal()
    snoozeAllRequested = Signal()
    pauseRequested = Signal()
    quitRequested = Signal()
    syncRequested = Signal()  # "Sync now" (issue #14)
    messageClicked = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.messageClicked)
        self.last_message: tuple[str, str] | None = None
        self.sync_status = ""  # the sync's status line, under the tooltip's first
        self.update([], paused=False)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def update(self, items: list[DueItem], paused: bool, total: int | None = None) -> None:
        """Rebuild the tooltip and menu: the most urgent ``items`` (due today or earlier)
        out of ``total`` reminders (all of ``items`` when not given)."""
        count = len(items) if total is None else total
        if not count:
            tip = translate("Tray", "Kith: nothing is due")
        else:
            tip = plural("Tray", "Kith: %Ln follow-up due", "Kith: %Ln follow-ups due", count)
        if paused:
            tip = translate("Tray", "{status} (reminders paused today)").format(status=tip)
        self.icon.setToolTip(f"{tip}\n{self.sync_status}" if self.sync_status else tip)
        self.menu.clear()
        self.open_action = self.menu.addAction(translate("Tray", "Open Kith"),
                                               self.openRequested.emit)
        self.menu.addSeparator()
        self.contact_actions: list[QAction] = []
        for item in items[:TOP]:
            action = self.menu.addAction(menu_text(f"{item.display_name} — {item.reason}"))
            action.triggered.connect(lambda _=False, cid=item.contact_id:
                                     self.contactRequested.emit(cid))
            self.contact_actions.append(action)
        if count > min(len(items), TOP):
            more = self.menu.addAction(
                plural("Tray", "%Ln more…", "%Ln more…", count - min(len(items), TOP)),
                self.openRequested.emit)
            self.contact_actions.append(more)
        if items:
            self.menu.addSeparator()
        self.log_action = self.menu.addAction(translate("Tray", "Log interaction…"),
                                              self.logRequested.emit)
        self.snooze_action = self.menu.addAction(translate("Tray", "Snooze all until tomorrow"),
                                                 self.snoozeAllRequested.emit)
        self.snooze_action.setEnabled(bool(items))
        self.pause_action = self.menu.addAction(translate("Tray", "Pause reminders for today"),
                                                self.pauseRequested.emit)
        self.pause_action.setEnabled(not paused)
        if self.sync_status:  # there is a sync account: it has said how it went
            self.sync_action = self.menu.addAction(translate("Tray", "Sync now"),
                                                   self.syncRequested.emit)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(translate("Tray", "Quit"),
                                               self.quitRequested.emit)

    def notify(self, title: str, message: str) -> None:
        """Show a notification. Notification servers read markup: the text is escaped."""
        self.last_message = (title, message)
        self.icon.showMessage(html.escape(title), html.escape(message),
                              QSystemTrayIcon.MessageIcon.Information, 15000)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openRequested.emit()
