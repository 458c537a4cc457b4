"""Import and export from the window: the dialog, drops, undo, and export off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from kith.errors import Cancelled
from kith.i18n import plural, translate
from kith.ui.busy import BusyBar
from kith.ui.commands import ImportBatchCommand, UndoStack
from kith.ui.formats import number
from kith.ui.worker import IsCancelled, Progress, Task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from kith.services.cards.importer import ImportResult
    from kith.services.cards.undo import UndoResult
    from kith.ui.import_dialog import ImportDialog


class Host(Protocol):
    """What import and export need of the window, and all they use (MainWindow is one)."""

    undo_stack: UndoStack
    busy_bar: BusyBar

    def refresh_all(self, contact_id: int | None = None, keep_form: bool = False,
                    later: bool = False) -> None: ...

    def selected_contact_ids(self) -> list[int]: ...

    def show_contact_list(self) -> None:
        """Bring the window forward on the contacts list, the list focused."""

    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...


class Transfer(QObject):
    """The import dialog, undoing an import, and the export, for ``host``; ``window`` is
    the parent of their dialogs."""

    def __init__(self, host: Host, window: QWidget) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        self.dialog: ImportDialog | None = None
        self._task: Task | None = None
        self.report_box: QMessageBox | None = None

    def open_import(self, paths: list[str] | None = None) -> None:
        """Show the import dialog, pre-filled with ``paths`` (from a drop or the command line)."""
        from kith.ui.import_dialog import ImportDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_paths(paths or [])
            self.dialog.raise_()
            return
        dialog = ImportDialog(paths or [], self.window)
        dialog.imported.connect(lambda result: self._imported(dialog, result))
        self.dialog = dialog
        dialog.open()

    def _imported(self, dialog: ImportDialog, result: ImportResult) -> None:
        host = self.host
        # Big work: Today reads on a worker after it, and after its undo and redo.
        host.undo_stack.push(ImportBatchCommand(
            result, dialog.plan(), dialog.event_spec(),
            lambda contact_id: host.refresh_all(contact_id, later=True)))
        host.refresh_all(None, later=True)
        host.show_contact_list()
        # The preview's words for the same outcomes (ui/import_words.py).
        host.show_status(dialog.result_text(), 15000)

    def busy(self) -> bool:
        """Work of the window's runs on a worker (an undo, a delete, an export)."""
        return self.host.undo_stack.busy() or self.host.busy_bar.busy()

    def _wait_message(self, title: str) -> bool:
        """Tell the person to wait if other work is under way; True if it is."""
        if not self.busy():
            return False
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, title, translate(
            "Transfer", "Other work is still under way; try again when it has finished."))
        return True

    def undo_an_import(self) -> None:
        """File > Undo an import…: any earlier batch, also from before a restart."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from kith.services.cards import importer

        window = self.window
        title = translate("Transfer", "Undo an import")
        if self._wait_message(title):
            return
        batches = [b for b in importer.batches() if b["status"] == "committed"]
        if not batches:
            QMessageBox.information(window, title,
                                    translate("Transfer", "There is no import to undo."))
            return
        labels: list[str] = []
        for b in batches:
            event = str(b["event"]) if b["event"] else translate("Transfer", "no event")
            label = translate("Transfer", "{when} · {event} · {new} new, {merged} merged").format(
                when=str(b["created_at"])[:16], event=event, new=number(int(str(b["created"]))),
                merged=number(int(str(b["merged"]))))
            while label in labels:  # two alike: the list must still tell them apart
                label += " ·"
            labels.append(label)
        choice, ok = QInputDialog.getItem(
            window, title, translate("Transfer", "Take back this import (merged people are put "
                                     "back as they were):"), labels, 0, False)
        if not ok:
            return
        batch_id = int(str(batches[labels.index(choice)]["id"]))
        self.run_undo_import(batch_id)

    def run_undo_import(self, batch_id: int) -> Task:
        """Take import ``batch_id`` back on a worker, with progress and Cancel (one
        transaction: a cancelled undo leaves the import in place)."""
        from kith.services.cards.undo import describe, undo

        def work(progress: Progress, cancelled: IsCancelled) -> object:
            return undo(batch_id, progress, cancelled)

        task = Task(work, Cancelled, writes=True)
        title = translate("Transfer", "Undo an import")

        def done(result: object) -> None:
            summary, *kept = describe(cast("UndoResult", result), with_id=False)
            self.host.refresh_all(None, later=True)
            self.host.show_status(summary, 10000)
            if kept:
                self.show_report(title, summary, "\n".join(kept))

        task.signals.succeeded.connect(done)
        task.signals.failed.connect(lambda m: self._failed(title, m))
        task.signals.cancelled.connect(lambda: self.host.show_status(
            translate("Transfer", "Cancelled: the import is still in place."), 10000))
        self._track(task, translate("Transfer", "Undoing the import…"))
        return task

    def show_report(self, title: str, summary: str, details: str) -> None:
        """What an undo of an import kept, in a dialog (names come from vCards)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, summary,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(translate("Transfer", "Changes made since the import were kept."))
        box.setDetailedText(details)
        box.setAccessibleName(title)
        self.report_box = box
        box.open()

    def _failed(self, title: str, message: str) -> None:
        from kith.ui.failures import show_error

        show_error(self.window, title, message)

    def _track(self, task: Task, text: str) -> None:
        self.host.busy_bar.track(task, text)
        self.host.undo_stack.busyChanged.emit(True)  # no undo or redo meanwhile
        task.signals.finished.connect(lambda: self.host.undo_stack.busyChanged.emit(False))
        self._task = task
        task.start()

    def export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        window = self.window
        ids = self.host.selected_contact_ids()
        if len(ids) > 1:
            title = plural("Transfer", "Export the %Ln selected contact",
                           "Export the %Ln selected contacts", len(ids))
        else:
            title = translate("Transfer", "Export all contacts")
            ids = []
        if self._wait_message(title):
            return
        path, chosen = QFileDialog.getSaveFileName(
            window, title, str(Path.home() / "kith-contacts.vcf"),
            ";;".join([translate("Transfer", "vCard 3.0 (*.vcf)"),
                       translate("Transfer", "vCard 4.0 (*.vcf)")]))
        if not path:
            return
        self.export_to(Path(path), "4.0" if "4.0" in chosen else "3.0", ids)

    def export_to(self, target: Path, version: str, ids: list[int]) -> Task:
        """Write the contacts ``ids`` (all if empty) to ``target`` on a worker, with
        progress and Cancel; the file is written only once every card is ready (0600)."""
        from kith.services.cards import exporter

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            from kith.private_files import write_private_text

            def step(done: int, total: int) -> None:
                if cancelled():
                    raise Cancelled("export cancelled")
                progress(done, total)

            text, count = exporter.export(ids or None, version, step)
            if cancelled():
                raise Cancelled("export cancelled")
            write_private_text(target, text)  # 0600, like the database
            return count

        task = Task(work, Cancelled)
        task.signals.succeeded.connect(lambda n: self.host.show_status(
            plural("Transfer", "Exported %Ln contact to {file}.",
                   "Exported %Ln contacts to {file}.", int(n)).format(file=str(target)), 10000))
        task.signals.failed.connect(lambda m: self._failed(
            translate("Transfer", "Export failed"),
            translate("Transfer", "Nothing was exported: {reason}").format(reason=m)))
        task.signals.cancelled.connect(lambda: self.host.show_status(
            translate("Transfer", "Export cancelled; no file was written."), 10000))
        self._track(task, translate("Transfer", "Exporting…"))
        return task
