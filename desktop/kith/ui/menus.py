"""The window's menus and their shortcuts, in one place.

Ctrl+1..5 follow the sidebar's order (the README lists them); Ctrl+, opens
Preferences everywhere, beside the platform's own key where it has one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from kith.i18n import translate

if TYPE_CHECKING:
    from kith.ui.main_window import MainWindow


PAGE_KEYS = ("today", "contacts", "events", "help", "recent")  # sidebar order: Ctrl+1..5


def page_titles() -> dict[str, str]:
    """The pages in sidebar order, by key, with their names in the window's language."""
    return {"today": translate("MainWindow", "Today"),
            "contacts": translate("MainWindow", "Contacts"),
            "events": translate("MainWindow", "Events"),
            "help": translate("MainWindow", "Ideas"),
            "recent": translate("MainWindow", "Recent")}


def _action(window: MainWindow, menu: QMenu, text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | None,
            slot: Callable[..., object]) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _export_calendar(window: MainWindow) -> None:
    from kith.ui.calendar_export import export_calendar

    export_calendar(window, window)


def build_menus(window: MainWindow) -> None:
    """File, Edit, People and Help; the actions other code reaches become the window's
    attributes (``new_action``, ``undo_action``, ``delete_action``...)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    window.new_action = _action(window, file_menu, translate("Menus", "&New contact"),
                                QKeySequence.StandardKey.New, window.new_contact)
    window.import_action = _action(window, file_menu, translate("Menus", "&Import cards…"),
                                   QKeySequence("Ctrl+I"), lambda: window.open_import())
    window.export_action = _action(window, file_menu, translate("Menus", "&Export…"),
                                   QKeySequence("Ctrl+E"), window.transfer.export)
    window.export_calendar_action = _action(
        window, file_menu, translate("Menus", "Export &calendar…"), None,
        lambda: _export_calendar(window))
    _action(window, file_menu, translate("Menus", "&Undo an import…"), None,
            window.transfer.undo_an_import)
    # Sync now (F5): enabled once an account exists; checked again whenever it may have
    # changed (the menu opens, the window comes back from Preferences).
    file_menu.addSeparator()
    file_menu.addAction(window.sync_action)
    window.sync.update_action(window.sync_action)
    file_menu.aboutToShow.connect(lambda: window.sync.update_action(window.sync_action))
    window.sync.watch(window, window.sync_action)
    window.outside_changes.changed.connect(  # an account added with 'kith sync add'
        lambda: window.sync.update_action(window.sync_action))
    file_menu.addSeparator()
    window.quit_action = _action(window, file_menu, translate("Menus", "&Quit"),
                                 QKeySequence.StandardKey.Quit, window.quit_requested)

    edit_menu = bar.addMenu(translate("Menus", "&Edit"))
    stack = window.undo_stack
    undo = stack.createUndoAction(window, translate("Menus", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    # Through the stack's own undo and redo: they may run on a worker, and keep the stack
    # true to the data when one fails.
    undo.triggered.disconnect()
    undo.triggered.connect(lambda: stack.undo())
    redo = stack.createRedoAction(window, translate("Menus", "&Redo"))
    redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo),
                       QKeySequence("Ctrl+Shift+Z")])
    redo.triggered.disconnect()
    redo.triggered.connect(lambda: stack.redo())
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    window.undo_action, window.redo_action = undo, redo
    edit_menu.addSeparator()
    window.find_action = _action(window, edit_menu, translate("Menus", "&Find"),
                                 QKeySequence.StandardKey.Find, window.find_people)
    window.save_action = _action(window, edit_menu, translate("Menus", "&Save contact"),
                                 QKeySequence.StandardKey.Save, window.save_contact)
    # Until the contacts page exists there is nothing to delete; then its list's
    # action (with the Delete key, for the list only) takes this place.
    window.edit_menu = edit_menu
    window.delete_action = _action(window, edit_menu, translate("Menus", "&Delete"), None,
                                   lambda: None)
    edit_menu.addSeparator()
    window.preferences_action = _action(window, edit_menu, translate("Menus", "&Preferences…"),
                                        QKeySequence.StandardKey.Preferences, lambda: None)
    # The platform's key where it has one (Ctrl+, on macOS; none on most Linux
    # desktops), and Ctrl+, everywhere.
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences),
            QKeySequence("Ctrl+,")]
    window.preferences_action.setShortcuts(list(dict.fromkeys(keys)))
    window.preferences_action.setEnabled(False)  # the app's shell connects it

    people = bar.addMenu(translate("Menus", "&People"))
    window.log_action = _action(window, people, translate("Menus", "&Log interaction…"),
                                QKeySequence("Ctrl+L"), lambda: window.log_interaction())
    _action(window, people, translate("Menus", "My &needs and offers…"), None, window.my_needs)
    _action(window, people, translate("Menus", "Intro&ductions…"), None,
            window.show_introductions)
    window.duplicates_action = _action(window, people, translate("Menus", "Find d&uplicates…"),
                                       None, window.find_duplicates)
    people.addSeparator()
    # Each with its own mnemonic, which a translation chooses (no two alike in the menu).
    go_to = {"today": translate("Menus", "&Today"), "contacts": translate("Menus", "&Contacts"),
             "events": translate("Menus", "&Events"), "help": translate("Menus", "&Ideas"),
             "recent": translate("Menus", "&Recent")}
    for i, key in enumerate(PAGE_KEYS, start=1):
        _action(window, people, go_to[key], QKeySequence(f"Ctrl+{i}"),
                lambda _=False, k=key: window.show_page(k))

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    _action(window, help_menu, translate("Menus", "&About Kith"), None, window.about)
