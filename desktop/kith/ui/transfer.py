"""Import and export from the window: the dialog, drops, undo, and export off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from kith.ui.commands import ImportBatchCommand
from kith.ui.worker import Task

if TYPE_CHECKING:
    from kith.ui.main_window import MainWindow


class Transfer(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog = None
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

    def _imported(self, dialog, result) -> None:  # type: ignore[no-untyped-def]
        window = self.window
        plan, spec = dialog.model.plan, dialog.event_spec()
        window.undo_stack.push(ImportBatchCommand(result, plan, spec, window.refresh_all))
        window.refresh_all(None)
        window.show_page("contacts")
        window.activateWindow()
        window.contacts_page.view.setFocus()
        window.statusBar().showMessage(
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

        window.refresh_all()
        summary, *kept = describe(result)
        window.statusBar().showMessage(summary, 10000)
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
        ids = window.selected_contact_ids()
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

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            from kith.private_files import write_private_text

            text, count = exporter.export(ids or None, version, progress)
            write_private_text(target, text)  # 0600, like the database
            return count

        task = Task(work)
        task.signals.succeeded.connect(
            lambda n: window.statusBar().showMessage(f"Exported {n} contacts to {target}", 10000))
        task.signals.failed.connect(
            lambda m: QMessageBox.warning(window, "Export failed", f"Nothing was exported: {m}"))
        self._export_task = task
        window.statusBar().showMessage("Exporting…")
        task.start()
