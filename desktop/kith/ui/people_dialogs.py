"""The dialogs that record what happened with people: log, edit or delete an interaction,
add a note, make an introduction, the user's own needs and offers.

Each opens window-modal (``open()``, never a nested event loop) and writes
through the window's undo stack or its failure reporting.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QInputDialog

from kith import clock
from kith.i18n import translate
from kith.ui.commands import DeleteInteraction, LogInteraction
from kith.ui.failures import attempt

if TYPE_CHECKING:
    from kith.services.followups.timeline import Entry
    from kith.ui.intro_dialog import IntroductionDialog
    from kith.ui.log_dialog import LogDialog
    from kith.ui.main_window import MainWindow
    from kith.ui.needs_editor import MyNeedsDialog


class PeopleDialogs:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.log_dialog: LogDialog | None = None
        self.note_dialog: QInputDialog | None = None
        self.intro_dialog: IntroductionDialog | None = None
        self.my_needs_dialog: MyNeedsDialog | None = None

    def log_interaction(self, contact: tuple[int, str] | None = None) -> None:
        from kith.ui.log_dialog import LogDialog

        window = self.window
        if contact is None:
            contact = window.current_person()
        dialog = LogDialog(contact, parent=window)
        self.log_dialog = dialog
        dialog.accepted.connect(lambda: self._logged(dialog))
        dialog.open()

    def _logged(self, dialog: LogDialog) -> None:
        from kith.services.ideas import needs

        window = self.window
        from kith.ui.people_picker import and_list

        item = dialog.interaction()
        if not window.undo_stack.do(LogInteraction(item, window.refresh_all,
                                                   name=and_list(dialog.people.names()))):
            return
        window.prompt_cache.forget(item.people(), logged=True)
        added = False
        titles = {"need": translate("PeopleDialogs", "Need not added"),
                  "offer": translate("PeopleDialogs", "Offer not added")}
        for kind, field in (("need", dialog.need), ("offer", dialog.offer)):
            text = field.text()
            if text.strip():
                ok, _ = attempt(window, titles[kind],
                                partial(needs.add, item.contact_id, kind, text,
                                        item.occurred_on))
                added = added or ok
        if added:
            window.refresh_all(item.contact_id)

    def edit_interaction(self, entry: Entry) -> None:
        from kith.services.followups import interactions
        from kith.ui.log_dialog import LogDialog

        if entry.kind != "interaction":
            return
        window = self.window
        before = interactions.get(int(entry.ref.split(":")[1]))
        dialog = LogDialog((entry.contact_id, entry.display_name), existing=before,
                           parent=window)
        self.log_dialog = dialog
        dialog.accepted.connect(lambda: window.undo_stack.push(
            LogInteraction(dialog.interaction(), window.refresh_all, before)))
        dialog.open()

    def delete_entry(self, entry: Entry) -> None:
        kind, _, ident = entry.ref.partition(":")
        if kind == "interaction":
            self.window.undo_stack.push(
                DeleteInteraction(int(ident), entry.contact_id, self.window.refresh_all))

    def add_note(self) -> None:
        """A note on the shown person's timeline, typed in a window-modal dialog."""
        window = self.window
        contact = window.contacts_page.current_contact()
        if contact is None:
            return
        dialog = QInputDialog(window)
        dialog.setWindowTitle(translate("PeopleDialogs", "Add a note"))
        dialog.setLabelText(translate("PeopleDialogs", "Note about {name}:").format(
            name=contact[1]))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setOkButtonText(translate("PeopleDialogs", "Add note"))
        dialog.setCancelButtonText(translate("PeopleDialogs", "Cancel"))
        self.note_dialog = dialog
        dialog.finished.connect(lambda result: self._noted(dialog, result, contact[0]))
        dialog.open()

    def _noted(self, dialog: QInputDialog, result: int, contact_id: int) -> None:
        from kith.services.followups import timeline

        text = dialog.textValue()
        if result != QDialog.DialogCode.Accepted or not text.strip():
            return
        window = self.window
        added, _ = attempt(window, translate("PeopleDialogs", "Note not added"),
                           lambda: timeline.add_note(contact_id, text, clock.today()))
        if added:
            window.contacts_page.timeline.reload()

    def introduce(self, a_id: int, b_id: int, why: str) -> None:
        from kith.ui.intro_dialog import IntroductionDialog

        window = self.window
        dialog = IntroductionDialog(a_id, b_id, why, window)
        self.intro_dialog = dialog
        dialog.introduced.connect(lambda _id: window.refresh_all(a_id))
        dialog.open()

    def my_needs(self) -> None:
        from kith.ui.needs_editor import MyNeedsDialog

        window = self.window
        dialog = MyNeedsDialog(window)
        self.my_needs_dialog = dialog
        dialog.finished.connect(lambda _r: window.refresh_all())
        dialog.open()
