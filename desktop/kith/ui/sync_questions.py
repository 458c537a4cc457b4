"""A calm question above the pages after a sync: someone was deleted on the phone (or
anywhere on the server), but Kith holds their history, so it kept them. Keep them in
Kith only, or delete them here too?

One person at a time, in a line with two buttons (reached with Tab, pressed with
Space or Enter); never a modal box in the middle of the person's work. "Keep in
Kith only" keeps the person and their history in Kith and stops asking: they are
not put back on the server (``local.keep_removed``). "Delete here too" moves them
to the trash as the window's Delete does, undoable with Ctrl+Z, which asks again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from kith.i18n import plural, translate
from kith.ui.safety import plain_label
from kith.ui.undo_stack import Command, Refresh, UndoStack

if TYPE_CHECKING:
    from kith.services.contacts.people import Trashed
    from kith.services.sync.questions import Removed


class DeleteRemoved(Command):
    """Delete here too a person deleted on the server; undo brings them back and asks again."""

    def __init__(self, contact_id: int, name: str, refresh: Refresh) -> None:
        super().__init__(translate("SyncQuestions", "Delete {name} here too").format(name=name),
                         refresh)
        self._id = contact_id
        self._trashed: Trashed | None = None

    def apply(self) -> None:
        from kith.services.sync import local

        self._trashed = local.delete_removed(self._id)
        self.refresh(None)

    def revert(self) -> None:
        from kith.services.sync import local

        if self._trashed is not None:
            local.undo_delete_removed(self._trashed)
            self._trashed = None
        self.refresh(self._id)


def question_text(person: Removed) -> str:
    if person.interactions:
        held = plural("SyncQuestions", "%Ln interaction", "%Ln interactions",
                      person.interactions)
        return translate(
            "SyncQuestions", "Deleted on your phone or server: {name} ({held}). Kith kept "
            "them for their history. Keep them in Kith only (not put back on the server), "
            "or delete them here too?").format(name=person.name, held=held)
    return translate(
        "SyncQuestions", "Deleted on your phone or server: {name}. Kith kept them for their "
        "history. Keep them in Kith only (not put back on the server), or delete them here "
        "too?").format(name=person.name)


class SyncQuestions(QFrame):
    """The people deleted on the server whom Kith kept, asked about one at a time.

    Signals:
        answered(): an answer was written; the window shows the lists again.
    """

    answered = Signal()

    def __init__(self, undo_stack: UndoStack, refresh: Refresh,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")  # the banner's look
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_stack = undo_stack
        self._refresh = refresh
        self.person: Removed | None = None
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.more = plain_label()
        self.keep = QPushButton(translate("SyncQuestions", "Keep in Kith only"))
        self.keep.setAccessibleName(translate("SyncQuestions", "Keep in Kith only"))
        self.keep.setToolTip(translate("SyncQuestions", "Keep this person and their history "
                                       "in Kith; Kith does not put them back on the server"))
        self.keep.clicked.connect(self._keep)
        self.delete = QPushButton(translate("SyncQuestions", "Delete here too"))
        self.delete.setAccessibleName(translate("SyncQuestions", "Delete here too"))
        self.delete.setToolTip(translate("SyncQuestions", "Move this person to the trash, as "
                                         "on the server; Ctrl+Z undoes it"))
        self.delete.clicked.connect(self._delete)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.keep)
        layout.addWidget(self.delete)
        self.hide()

    def reload(self) -> None:
        """Ask about the first person waiting for an answer, or hide."""
        from kith.services.sync import questions

        try:
            waiting = questions.removed_on_server()
        except Exception:  # noqa: BLE001 - no database (yet): nothing to ask
            waiting = []
        self.person = waiting[0] if waiting else None
        if self.person is None:
            self.hide()
            return
        self.label.setText(question_text(self.person))
        self.more.setText(plural("SyncQuestions", "%Ln more waiting", "%Ln more waiting",
                                 len(waiting) - 1) if len(waiting) > 1 else "")
        self.more.setVisible(len(waiting) > 1)
        self.show()

    def _keep(self) -> None:
        from kith.services.sync import local

        if self.person is not None:
            local.keep_removed(self.person.contact_id)
        self._after(None)

    def _delete(self) -> None:
        if self.person is not None:
            self.undo_stack.push(DeleteRemoved(self.person.contact_id, self.person.name,
                                               self._after))
        else:
            self._after(None)

    def _after(self, contact_id: int | None) -> None:
        self._refresh(contact_id)
        self.reload()
        if self.isVisible():
            self.keep.setFocus()  # the next question, ready for the keyboard
        self.answered.emit()


__all__ = ["DeleteRemoved", "SyncQuestions", "question_text"]
