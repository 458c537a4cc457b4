"""A daily backup that fails (a damaged database, a full disk) is shown, not only logged."""

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QMessageBox

from kith import app
from kith.errors import Damaged
from kith.store import backup


def test_a_failed_daily_backup_is_shown_in_the_window(window, qtbot, db: Path,
                                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def damaged(database, folder):  # type: ignore[no-untyped-def]
        raise Damaged(f"{database} is damaged (page 3). Restore a backup with 'kith restore'.")

    monkeypatch.setattr(backup, "daily_backup", damaged)
    task = app._start_daily_backup(SimpleNamespace(database=db, backups=db.parent), window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    box = window.findChild(QMessageBox)
    assert box.windowTitle() == "Today's backup was not made"
    assert "is damaged (page 3)" in box.text()
    box.close()
    task.done.wait(5)
