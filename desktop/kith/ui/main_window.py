"""The main window: navigation, pages, menus and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from kith import __version__
from kith.ui.contacts_page import ContactsPage


class MainWindow(QMainWindow):
    """Kith's window.

    Signals:
        closing(): the window is about to close (the app decides whether to quit).
    """

    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kith")
        self.resize(1100, 700)
        self.undo_stack = QUndoStack(self)
        self.contacts_page = ContactsPage(self.undo_stack)
        self.setCentralWidget(self.contacts_page)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.contacts_page.countChanged.connect(self._count_changed)
        self._count_changed(self.contacts_page.model.rowCount())
        self._build_menus()
        self.undo_stack.indexChanged.connect(self._announce_undo)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.new_action = self._action(file_menu, "&New contact", QKeySequence.StandardKey.New,
                                       self.contacts_page.new_contact)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit,
                                        self.quit_requested)

        edit_menu = bar.addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        self.find_action = self._action(edit_menu, "&Find", QKeySequence.StandardKey.Find,
                                        self.contacts_page.focus_search)
        self.save_action = self._action(edit_menu, "&Save contact", QKeySequence.StandardKey.Save,
                                        self.contacts_page.editor.save_button.click)
        edit_menu.addAction(self.contacts_page.delete_action)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About Kith", None, self._about)

    def _action(self, menu, text, shortcut, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _count_changed(self, count: int) -> None:
        self.count_label.setText(f"{count:,} contacts" if count != 1 else "1 contact")

    def _announce_undo(self) -> None:
        text = self.undo_stack.undoText()
        if text:
            self.statusBar().showMessage(f"{text}. Undo with Ctrl+Z.", 6000)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, "About Kith",
            f"Kith {__version__}\nA local-first personal relationship manager.\n"
            "Your data stays on this computer.")

    def quit_requested(self) -> None:
        from PySide6.QtWidgets import QApplication

        self._flush_edits()
        QApplication.quit()

    def _flush_edits(self) -> None:
        editor = self.contacts_page.editor
        if editor.is_dirty() and editor.record().display_name:
            self.contacts_page.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._flush_edits()
        self.closing.emit()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def] # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.contacts_page.search.hasFocus():
            self.contacts_page.search.clear()
            return
        super().keyPressEvent(event)
