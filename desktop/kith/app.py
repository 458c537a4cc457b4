"""Starting the window, in a fixed order: folders -> single instance -> database -> window."""

from __future__ import annotations

import argparse
import sys
import time


def run(args: argparse.Namespace, files: list[str]) -> int:
    # Heavy imports only now: the CLI never pays for Qt.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    import kith
    from kith.profile import open_profile
    from kith.store.db import DatabaseError

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kith")
    app.setOrganizationName("Kith")
    app.setDesktopFileName("kith")

    try:
        open_profile(args.data_dir)
    except DatabaseError as exc:
        print(f"kith: {exc}", file=sys.stderr)
        if not args.exit_after_start:
            QMessageBox.critical(None, "Kith cannot open its database", str(exc))
        return 1

    from kith.ui.main_window import MainWindow
    from kith.ui.theme import apply_theme

    apply_theme(app)
    window = MainWindow()
    if not args.minimized:
        window.show()

    if args.exit_after_start:
        def report() -> None:
            elapsed = (time.perf_counter() - kith.STARTED_AT) * 1000
            print(f"ready in {elapsed:.0f} ms", file=sys.stderr)
            app.quit()

        QTimer.singleShot(0, report)
    code = app.exec()
    from kith.store.db import close_database

    close_database()
    return int(code)
