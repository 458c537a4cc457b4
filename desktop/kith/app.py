"""Starting the window, in a fixed order: folders -> single instance -> database -> window.

A second ``kith`` for the same data folder hands its arguments to the first
and exits 0 before it touches the database.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt and the rest are imported once the command line has been read
    from PySide6.QtWidgets import QWidget

    from kith.dirs import Dirs
    from kith.ui.worker import Task

_LAST = [0.0]


def _trace(phase: str) -> None:
    """With KITH_TRACE_STARTUP=1, how long each start-up phase took (on standard error)."""
    if os.environ.get("KITH_TRACE_STARTUP"):
        import kith

        now = (time.perf_counter() - kith.STARTED_AT) * 1000
        print(f"kith: start-up: {phase:<10} {now - _LAST[0]:6.1f} ms  (at {now:6.1f})",
              file=sys.stderr)
        _LAST[0] = now


def _logging() -> None:
    level = os.environ.get("KITH_LOG", "warning").upper()
    logging.basicConfig(level=getattr(logging, level, logging.WARNING),
                        format="kith: %(levelname)s: %(name)s: %(message)s")


def run(args: argparse.Namespace, files: list[str]) -> int:
    import kith

    _trace("arguments")
    from kith import dirs
    from kith.errors import DatabaseError
    from kith.profile import open_profile

    _logging()
    where = dirs.resolve(args.data_dir)  # 1. folders
    _trace("folders")

    # Heavy imports only now: the CLI never pays for Qt.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    # argv[0] "kith" names the X11 window class (StartupWMClass), however we were started.
    existing = QApplication.instance()
    # Tests run the window in their own QApplication; a QCoreApplication cannot show one.
    assert existing is None or isinstance(existing, QApplication)
    app = existing or QApplication(["kith"])
    app.setApplicationName("Kith")
    app.setOrganizationName("Kith")
    app.setDesktopFileName("kith")
    _trace("qt")

    server = None
    if not args.exit_after_start:  # 2. single instance (a measurement run stands alone)
        from kith.platform.single_instance import HandOverRefused, InstanceServer, hand_over

        try:
            if hand_over(where.instance_socket, files):
                print("kith: Kith is already running; handed over to it.", file=sys.stderr)
                return 0
        except HandOverRefused as exc:
            print(f"kith: Kith is already running on this data folder but did not take "
                  f"the request ({exc}); switch to its window, or quit it and try again.",
                  file=sys.stderr)
            return 1
        server = InstanceServer(where.instance_socket)
        server.listen()

    try:  # 3. database
        where = open_profile(args.data_dir, daily_backup=False)
        _trace("database")
    except DatabaseError as exc:
        print(f"kith: {exc}", file=sys.stderr)
        if not args.exit_after_start:
            from kith.i18n import translate

            QMessageBox.critical(None, translate("App", "Kith cannot open its database"),
                                 str(exc))
        return 1

    from kith import settings as opts  # 4. window and tray
    from kith.platform.shell import Shell
    from kith.settings import Settings
    from kith.ui import language
    from kith.ui.main_window import MainWindow
    from kith.ui.theme import apply_theme
    _trace("imports")

    settings = Settings(where.settings_file)
    language.install(app, settings.get(opts.LANGUAGE))  # before any text is built
    apply_theme(app)
    from kith.ui import worker

    # Workers stop, and are waited for, before any Qt object goes away.
    app.aboutToQuit.connect(worker.shutdown)
    window = MainWindow()
    _trace("window")
    shell = Shell(app, window, settings)
    _trace("shell")
    if args.data_dir:
        shell.autostart_args = ["--data-dir", str(where.data)]
    if server is not None:
        server.activated.connect(shell.handle_files)
    if not args.minimized or shell.tray is None:
        window.show()
    if files:
        QTimer.singleShot(0, lambda: shell.handle_files(files))
    shell.start()
    _trace("shown")
    # The daily backup copies the whole database: after the window is up, off the GUI thread.
    _start_daily_backup(where, window)
    _trace("backup")

    if args.exit_after_start:
        def report() -> None:
            _trace("first turn")
            elapsed = (time.perf_counter() - kith.STARTED_AT) * 1000
            print(f"ready in {elapsed:.0f} ms", file=sys.stderr)
            app.quit()

        QTimer.singleShot(0, report)
    code = app.exec()
    worker.shutdown()  # done on aboutToQuit already; this covers any other way out of exec
    if server is not None:
        server.close()
    from kith.store.db import close_database

    close_database()
    return int(code)


def _start_daily_backup(where: Dirs, window: QWidget) -> Task:
    from kith.store import backup
    from kith.ui.worker import Task

    task = Task(lambda progress, cancelled: backup.daily_backup(where.database, where.backups))
    # A backup that failed (a damaged database, a full disk) is news the person needs.
    task.signals.failed.connect(lambda message: _backup_failed(window, message))
    task.start()
    return task


def _backup_failed(window: QWidget, message: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from kith.i18n import translate

    box = QMessageBox(QMessageBox.Icon.Warning, translate("App", "Today's backup was not made"),
                      message,
                      QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
