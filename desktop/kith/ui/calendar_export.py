"""File > Export calendar…: follow-ups and birthdays as an .ics file, written on a worker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kith import clock
from kith.errors import Cancelled, KithError
from kith.i18n import plural, translate
from kith.ui.transfer import Host
from kith.ui.worker import IsCancelled, Progress, Task


def export_calendar(host: Host, window: QWidget) -> Task | None:
    """Ask where, then write the calendar there (``None`` if the person chose nothing)."""
    from kith.services.calendar.items import DEFAULT_DAYS

    title = translate("CalendarExport", "Export calendar")
    if host.undo_stack.busy() or host.busy_bar.busy():
        QMessageBox.information(window, title, translate(
            "CalendarExport", "Other work is still under way; try again when it has finished."))
        return None
    path, _chosen = QFileDialog.getSaveFileName(
        window, title, str(Path.home() / "kith-calendar.ics"),
        translate("CalendarExport", "iCalendar (*.ics)"))
    if not path:
        return None
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(".ics")
    return export_calendar_to(host, window, target, clock.today(), DEFAULT_DAYS)


def export_calendar_to(host: Host, window: QWidget, target: Path, today: dt.date,
                       days: int) -> Task:
    """Write the calendar as of ``today`` to ``target`` on a worker, with progress and
    Cancel; the file (0600) is written only once every event is ready."""

    def work(progress: Progress, cancelled: IsCancelled) -> int:
        from kith.private_files import write_private_text
        from kith.services.calendar import ics

        def step(done: int, total: int) -> None:
            if cancelled():
                raise Cancelled("calendar export cancelled")
            progress(done, total)

        text, count = ics.export(today, days, step)
        if cancelled():
            raise Cancelled("calendar export cancelled")
        try:
            write_private_text(target, text)  # 0600, like the database
        except OSError as exc:
            raise KithError(translate(
                "CalendarExport", "could not write {file} ({reason}); choose another folder."
            ).format(file=str(target), reason=exc.strerror or str(exc))) from exc
        return count

    task = Task(work, Cancelled)
    task.signals.succeeded.connect(lambda n: host.show_status(
        plural("CalendarExport", "Exported %Ln calendar event to {file}.",
               "Exported %Ln calendar events to {file}.", int(n)).format(file=str(target)),
        10000))
    task.signals.failed.connect(lambda m: _failed(window, m))
    task.signals.cancelled.connect(lambda: host.show_status(
        translate("CalendarExport", "Calendar export cancelled; no file was written."), 10000))
    host.busy_bar.track(task, translate("CalendarExport", "Exporting the calendar…"))
    host.undo_stack.busyChanged.emit(True)  # no undo or redo meanwhile
    task.signals.finished.connect(lambda: host.undo_stack.busyChanged.emit(False))
    task.start()
    return task


def _failed(window: QWidget, message: str) -> None:
    from kith.ui.failures import show_error

    show_error(window, translate("CalendarExport", "Calendar export failed"),
               translate("CalendarExport", "No calendar was written: {reason}").format(
                   reason=message))
