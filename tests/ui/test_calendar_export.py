"""File > Export calendar…: an .ics file written on a worker, private, read back by vobject."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import vobject
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kith import clock
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups


def test_export_calendar_from_the_file_menu(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    today = clock.today()
    ana = contacts.create(ContactRecord(display_name="Ana Silva", cadence_days=0,
                                        birthday="--02-29"))
    followups.set_explicit(ana, today + dt.timedelta(days=3), "send the slides", today)
    target = tmp_path / "calendar"  # no extension typed: .ics is added
    target.with_suffix(".ics").write_text("an earlier export")
    target.with_suffix(".ics").chmod(0o644)
    asked: list[str] = []

    def save_as(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[3])
        return str(target), args[3]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    (action,) = [a for a in window.menuBar().actions()[0].menu().actions()
                 if a.text() == "Export &calendar…"]
    old = os.umask(0o022)
    try:
        action.trigger()
        qtbot.waitUntil(lambda: "Exported 2 calendar events to" in
                        window.statusBar().currentMessage())
    finally:
        os.umask(old)
    assert asked == ["iCalendar (*.ics)"]
    written = target.with_suffix(".ics")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    cal = vobject.readOne(written.read_text(encoding="utf-8"))
    assert sorted(e.summary.value for e in cal.vevent_list) == [
        "Ana Silva: send the slides", "Birthday: Ana Silva"]
    assert not target.exists()


def test_a_calendar_that_cannot_be_written_says_so(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kith.ui.calendar_export import export_calendar_to

    contacts.create(ContactRecord(display_name="Ana Silva", birthday="1990-05-01"))
    target = tmp_path / "missing" / "kith.ics"
    export_calendar_to(window, window, target, clock.today(), 30)

    def box() -> QMessageBox | None:
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: box() is not None)
    shown = box()
    assert shown is not None
    assert shown.windowTitle() == "Calendar export failed"
    assert shown.text() == (f"No calendar was written: could not write {target} "
                            "(No such file or directory); choose another folder.")
    shown.close()
    assert not target.parent.exists()


def test_cancelling_the_export_writes_no_file(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kith.ui.calendar_export import export_calendar_to

    for n in range(450):
        contacts.create(ContactRecord(display_name=f"Person {n}", cadence_days=0,
                                      birthday=f"--{n % 12 + 1:02d}-{n % 28 + 1:02d}"))
    target = tmp_path / "out" / "kith.ics"
    target.parent.mkdir()
    cancelled: list[bool] = []
    task = export_calendar_to(window, window, target, clock.today(), 30)

    def cancel(done: int, total: int) -> None:
        if not cancelled:
            cancelled.append(True)
            window.busy_bar.cancel()  # the Cancel button's own slot

    task.signals.progress.connect(cancel)
    qtbot.waitUntil(lambda: "Calendar export cancelled; no file was written." ==
                    window.statusBar().currentMessage(), timeout=30000)
    assert cancelled == [True]
    assert list(target.parent.iterdir()) == []
