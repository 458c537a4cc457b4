"""Kith as a desktop citizen: the tray, reminders, closing to the tray, one instance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from kith import clock
from kith import settings as opts
from kith.i18n import translate
from kith.platform.reminder_clock import ReminderClock
from kith.platform.tray import TOP, Tray
from kith.services.followups import actions as followups
from kith.services.followups.reminders import Announcement, Reminders
from kith.settings import Settings
from kith.ui.main_window import MainWindow
from kith.ui.theme import tray_icon

FIRST_CHECK_MS = 1500


class Shell(QObject):
    def __init__(self, app: QApplication, window: MainWindow, settings: Settings,
                 now: Callable[[], dt.datetime] = clock.stamp) -> None:
        super().__init__(window)
        self.app, self.window, self.settings = app, window, settings
        self.tray: Tray | None = None
        if Tray.available():
            self.tray = Tray(tray_icon(), self)
            self.tray.openRequested.connect(self.show_window)
            self.tray.contactRequested.connect(self._open_contact)
            self.tray.logRequested.connect(self._log)
            self.tray.snoozeAllRequested.connect(self._snooze_all)
            self.tray.pauseRequested.connect(self._pause)
            self.tray.quitRequested.connect(self.quit)
            self.tray.syncRequested.connect(window.sync.sync_now)
            window.sync.statusChanged.connect(self._sync_status)
            self.tray.messageClicked.connect(self._show_today)
            self.tray.show()
            app.setQuitOnLastWindowClosed(False)
        window.closing.connect(self._window_closing)
        window.dueChanged.connect(lambda _n: self.refresh())
        self.reminders = Reminders(settings.notify_time,
                                   lambda: settings.get(opts.PAUSED_ON), self._top_prompt)
        self.clock = ReminderClock(self.reminders, now=now, parent=self)
        self.clock.announce.connect(self._announce)
        self.clock.dayChanged.connect(self._day_changed)
        self.autostart_args: list[str] = []
        window.preferences_action.triggered.disconnect()
        window.preferences_action.triggered.connect(self.preferences)
        window.preferences_action.setEnabled(True)
        window.set_name_order(settings.get(opts.SORT_BY))
        from kith.platform import secrets

        window.sync.password_for = secrets.get_password  # the one door to the keyring
        window.sync.set_minutes(settings.get(opts.SYNC_MINUTES))

    def start(self) -> None:
        self.refresh()
        if self.tray is None and not self.settings.get(opts.NO_TRAY_NOTICE_SHOWN):
            self.settings.set(opts.NO_TRAY_NOTICE_SHOWN, True)
            self.window.show_banner(translate(
                "Shell", "This desktop has no system tray, so Kith shows its reminders here, "
                "in the window, and closing the window quits Kith."))
        # Reminders a moment after the window is up: start-up stays quick.
        QTimer.singleShot(FIRST_CHECK_MS, self.clock.start)
        self.window.sync.start()

    def _sync_status(self, text: str) -> None:
        if self.tray is not None:
            self.tray.sync_status = text
            self.refresh()

    # --- reminders ----------------------------------------------------------------
    def refresh(self) -> None:
        if self.tray is None:
            return
        # What the Today page read (it refreshes after every change, and tells us):
        # no second pass over everyone on the GUI thread.
        today = clock.today()
        self.tray.update(self.window.due_now()[:TOP],
                         paused=self.settings.get(opts.PAUSED_ON) == today.isoformat(),
                         total=self.window.due_count())

    def _announce(self, found: Announcement) -> None:
        self.refresh()
        if self.tray is not None and self.tray.icon.isVisible():
            self.tray.notify(found.title, found.message)
        else:
            self.window.show_banner(f"{found.title}. {found.message}")

    def _day_changed(self) -> None:
        self.window.refresh_all()
        self.refresh()

    def _snooze_all(self) -> None:

        today = clock.today()
        self.window.follow_up_action(
            translate("Shell", "Snooze everyone until tomorrow"),
            lambda: followups.snooze_all(today + dt.timedelta(days=1), today))

    def _pause(self) -> None:
        self.settings.set(opts.PAUSED_ON, clock.today().isoformat())
        self.refresh()

    def _top_prompt(self, _today: dt.date) -> str | None:
        """The most urgent way to help, from the prompts the window computed in the background
        (never computed here: this runs on the GUI thread)."""
        latest = self.window.prompt_cache.latest
        return str(latest[0].text) if latest else None

    def preferences(self) -> None:
        from kith.platform import secrets
        from kith.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.autostart_args, self.window, secrets)
        dialog.accepted.connect(self._preferences_saved)
        self.preferences_dialog = dialog
        dialog.open()

    def _preferences_saved(self) -> None:
        self.window.set_name_order(self.settings.get(opts.SORT_BY))
        self.window.refresh_all()
        self.refresh()

    # --- the window -----------------------------------------------------------------
    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _show_today(self) -> None:
        self.show_window()
        self.window.show_page("today")

    def _open_contact(self, contact_id: int) -> None:
        self.show_window()
        self.window.open_contact(contact_id)

    def _log(self) -> None:
        self.show_window()
        self.window.log_interaction()

    def handle_files(self, files: list[str]) -> None:
        """A second ``kith`` (perhaps ``kith card.vcf``) handed over to us."""
        self.show_window()
        if files:
            self.window.open_import(files)

    def _window_closing(self) -> None:
        if self.tray is None or not self.settings.get(opts.CLOSE_TO_TRAY):
            self.quit()
            return
        if not self.settings.get(opts.TRAY_NOTICE_SHOWN):
            self.settings.set(opts.TRAY_NOTICE_SHOWN, True)
            self.tray.notify(translate("Shell", "Kith is still running"),
                             translate("Shell", "Kith keeps reminding you from the tray. Quit it "
                                       "from the tray menu, or turn this off in Preferences."))

    def quit(self) -> None:
        self.window.sync.stop()
        if self.tray is not None:
            self.tray.hide()
        self.app.quit()

