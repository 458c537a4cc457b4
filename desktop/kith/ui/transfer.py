"""Import and export from the window: the dialog, drops, undo, and export off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from kith.ui.commands import ImportBatchCommand, UndoStack
from kith.ui.worker import IsCancelled, Progress, Task

if TYPE_CHECKING:
    from kith.services.cards.importer import ImportResult
    from kith.ui.import_dialog import ImportDialog


class Host(Protocol):
    """What import and export need of the window, and all they use (MainWindow is one)."""

    undo_stack: UndoStack

    def refresh_all(self, contact_id: int | None = None) -> None: ...

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
        self._export_task: Task | None = None

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
        host.undo_stack.push(ImportBatchCommand(result, dialog.plan(), dialog.event_spec(),
                                                host.refresh_all))
        host.refresh_all(None)
        host.show_contact_list()
        host.show_status(
            f"Imported {result.cards_read} cards: {result.created} new, {result.merged} merged, "
            f"{result.unchanged} unchanged. Undo with Ctrl+Z.", 15000)

    def undo_an_import(self) -> None:
        """File > Undo an import…: any earlier batch, also from before a restart."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from kith.services.cards import importer

        window = self.window
        batches = [b for b in importer.batches() if b["status"] == "committed"]
        if not batches:
            QMessageBox.information(window, "Undo an import", "There is no import to undo.")
            return
        labels = [f"{b['created_at']} · {b['event'] or 'no event'} · {b['created']} new, "
                  f"{b['merged']} merged (import {b['id']})" for b in batches]
        choice, ok = QInputDialog.getItem(window, "Undo an import",
                                          "Take back this import (merged people are put back "
                                          "as they were):", labels, 0, False)
        if not ok:
            return
        batch = batches[labels.index(choice)]
        from kith.ui.failures import attempt

        done, result = attempt(window, "Undo an import",
                               lambda: importer.undo(int(str(batch["id"]))))
        if not done or result is None:
            return
        from kith.services.cards.undo import describe

        self.host.refresh_all()
        summary, *kept = describe(result)
        self.host.show_status(summary, 10000)
        if kept:
            box = QMessageBox(QMessageBox.Icon.Information, "Undo an import", summary,
                              QMessageBox.StandardButton.Ok, window)
            box.setTextFormat(Qt.TextFormat.PlainText)  # names come from vCards
            box.setInformativeText("Changes made since the import were kept.")
            box.setDetailedText("\n".join(kept))
            box.open()

    def export(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from kith.services.cards import exporter

        window = self.window
        ids = self.host.selected_contact_ids()
        what = f"the {len(ids)} selected contacts" if len(ids) > 1 else "all contacts"
        if len(ids) <= 1:
            ids = []
        path, chosen = QFileDialog.getSaveFileName(
            window, f"Export {what}", str(Path.home() / "kith-contacts.vcf"),
            "vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf)")
        if not path:
            return
        version = "4.0" if "4.0" in chosen else "3.0"
        target = Path(path)

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            from kith.private_files import write_private_text

            text, count = exporter.export(ids or None, version, progress)
            write_private_text(target, text)  # 0600, like the database
            return count

        task = Task(work)
        task.signals.succeeded.connect(
            lambda n: self.host.show_status(f"Exported {n} contacts to {target}", 10000))
        task.signals.failed.connect(
            lambda m: QMessageBox.warning(window, "Export failed", f"Nothing was exported: {m}"))
        self._export_task = task
        self.host.show_status("Exporting…")
        task.start()
