"""Undoable changes, for the window's undo stack (Ctrl+Z / Ctrl+Shift+Z).

Every command is a ``Command``: its ``apply`` and ``revert`` write, and a
failure there never escapes into Qt (where it would only reach stderr). A
change that could not be made is taken off the stack (``setObsolete``) and
the person is told why; an undo that could not be made leaves the change on
the stack as done, since it still is, and says so. ``UndoStack`` carries the
messages to the window.

The services are imported where a command first writes: the window imports this
module at start-up, and the contacts, import and interactions services together
would add ~30 ms there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kith.errors import Conflict
from kith.services.followups.channels import CHANNELS
from kith.ui.failures import message_for

if TYPE_CHECKING:
    from kith.services.cards.importer import EventSpec, ImportPlan, ImportResult
    from kith.services.contacts.people import Trashed
    from kith.services.contacts.records import ContactRecord
    from kith.services.followups.interactions import Interaction


Refresh = Callable[[int | None], None]


class UndoStack(QUndoStack):
    """The window's undo stack; it tells the window what went wrong.

    Signals:
        failed(str, str): a title and a plain-text message: a change (or its undo)
            could not be made.

    ``take_note`` hands over a line for the status bar that the last undo or redo
    left (say, people it could not bring back); the window shows it instead of
    the usual "Undo with Ctrl+Z".
    """

    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._note = ""
        self._push_failed = False
        self._undo_failed = False

    def push(self, cmd: QUndoCommand) -> None:
        if isinstance(cmd, Command):
            cmd.stack = self
        self._push_failed = False
        super().push(cmd)

    def do(self, cmd: QUndoCommand) -> bool:
        """Push ``cmd``; returns whether its change was made (else the person was told)."""
        self.push(cmd)
        return not self._push_failed

    def undo(self) -> None:
        """Ctrl+Z. If the undo fails the change is still in place: the stack says so too."""
        self._undo_failed = False
        super().undo()
        if self._undo_failed:
            self._undo_failed = False
            super().redo()  # the command knows its change is still there: nothing is written

    def note(self, text: str) -> None:
        self._note = text

    def take_note(self) -> str:
        note, self._note = self._note, ""
        return note

    def fail(self, title: str, text: str, *, undoing: bool) -> None:
        if undoing:
            self._undo_failed = True
        else:
            self._push_failed = True
        self.failed.emit(title, text)


class Command(QUndoCommand):
    """An undoable change whose failures reach the person, not stderr.

    Subclasses write in ``apply`` (redo) and ``revert`` (undo), and show the
    result with ``refresh``.
    """

    def __init__(self, text: str, refresh: Refresh) -> None:
        super().__init__(text)
        self._refresh = refresh
        self.stack: UndoStack | None = None
        self._still_done = False  # an undo failed: the change is still in the database

    # --- for subclasses ---------------------------------------------------------
    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def refresh(self, contact_id: int | None) -> None:
        """Show the result; a failure here is a failure to show, not to write."""
        try:
            self._refresh(contact_id)
        except Exception as exc:  # noqa: BLE001 - told to the person
            self._tell("Not shown", f"“{self.text()}” was done, but the window could not "
                       f"show the result. {message_for(exc)}", undoing=False, failed=False)

    def note(self, text: str) -> None:
        """A line for the status bar after this undo or redo."""
        if self.stack is not None:
            self.stack.note(text)

    # --- QUndoCommand -------------------------------------------------------------
    def redo(self) -> None:
        if self._still_done:  # the undo before failed, so there is nothing to write again
            self._still_done = False
            return
        try:
            self.apply()
        except Exception as exc:  # noqa: BLE001 - told to the person
            self.setObsolete(True)  # the stack drops it: it never claims a change not made
            self._tell("Change not made", f"“{self.text()}” was not done. {message_for(exc)}",
                       undoing=False)

    def undo(self) -> None:
        try:
            self.revert()
        except Exception as exc:  # noqa: BLE001 - told to the person
            self._still_done = True
            self._tell("Undo failed", f"Could not undo “{self.text()}”; it is still in place. "
                       f"{message_for(exc)}", undoing=True)

    def _tell(self, title: str, text: str, *, undoing: bool, failed: bool = True) -> None:
        if self.stack is not None:
            if failed:
                self.stack.fail(title, text, undoing=undoing)
            else:
                self.stack.failed.emit(title, text)
        else:  # not on the window's stack (never in the app): at least not silent
            import logging

            logging.getLogger(__name__).error("%s: %s", title, text)


def _brought_back(lost: list[int], total: int) -> str:
    if total == 1:
        return ("The contact could not be brought back: something else removed it since "
                "(an import undone elsewhere?).")
    return (f"{len(lost)} of the {total} contacts could not be brought back: something else "
            "removed them since (an import undone elsewhere?).")


class SaveContact(Command):
    """Create a contact (``before`` is None), or change one from ``before`` to ``after``.

    Redo and undo write only the fields this edit changed, onto the contact as
    it is stored then: what changed meanwhile elsewhere (the command line, an
    import) stays. Undo leaves a field alone that was changed again since.
    """

    def __init__(self, before: ContactRecord | None, after: ContactRecord, refresh: Refresh):
        name = after.derived_name() or "contact"
        super().__init__(f"Add {name}" if before is None else f"Edit {name}", refresh)
        self._before = before
        self._after = after
        self.contact_id: int | None = after.id
        self._trashed: Trashed | None = None

    def apply(self) -> None:
        from kith.services.contacts import people

        if self._before is None:
            if self.contact_id is None:
                self.contact_id = people.create(self._after)
            elif self._trashed is not None:
                if people.undelete(self._trashed):
                    raise Conflict("Something else removed this contact since it was added.")
                self._trashed = None
        else:
            assert self.contact_id is not None
            people.change(self.contact_id, self._before, self._after, overwrite=True)
        self.refresh(self.contact_id)

    def revert(self) -> None:
        from kith.services.contacts import people

        assert self.contact_id is not None
        if self._before is None:
            self._trashed = people.delete([self.contact_id])
            self.refresh(None)
        else:
            people.change(self.contact_id, self._after, self._before, overwrite=False)
            self.refresh(self.contact_id)


class DeleteContacts(Command):
    """Move contacts to the trash; undo brings back exactly those this delete trashed."""

    def __init__(self, contact_ids: list[int], names: list[str], refresh: Refresh):
        label = names[0] if len(names) == 1 else f"{len(names)} contacts"
        super().__init__(f"Delete {label}", refresh)
        self._ids = contact_ids
        self._trashed: Trashed | None = None

    def apply(self) -> None:
        from kith.services.contacts import people

        self._trashed = people.delete(self._ids)
        self.refresh(None)

    def revert(self) -> None:
        from kith.services.contacts import people

        trashed = self._trashed
        if trashed is None:
            return
        lost = people.undelete(trashed)
        self._trashed = None
        if lost:
            self.note(_brought_back(lost, len(trashed.ids)))
        back = [cid for cid in trashed.ids if cid not in lost]
        self.refresh(back[0] if back else None)


class ImportBatchCommand(Command):
    """An import that already happened; undo takes the batch back, redo writes it again.

    An import already undone elsewhere (``kith undo-import``, another window)
    counts as undone here too: Ctrl+Z then only says so.
    """

    def __init__(self, result: ImportResult, plan: ImportPlan, spec: EventSpec | None,
                 refresh: Refresh):
        name = spec.name if spec is not None and spec.name else "cards"
        super().__init__(f"Import {name}", refresh)
        self.batch_id = result.batch_id
        self._plan, self._spec = plan, spec
        self._first = True

    def apply(self) -> None:
        if self._first:
            self._first = False
            return
        from kith.services.cards import importer

        spec = self._spec
        if spec is not None and spec.event_id is None and not spec.name:
            spec = None
        self.batch_id = importer.commit(self._plan, spec).batch_id
        self.refresh(None)

    def revert(self) -> None:
        from kith.services.cards import importer

        try:
            importer.undo(self.batch_id)
        except Conflict:
            if importer.status(self.batch_id) != "undone":
                raise
            self.note(f"“{self.text()}” was already undone elsewhere (the command line or "
                      "another window); nothing more to take back.")
        self.refresh(None)


class LogInteraction(Command):
    """Log (or, with ``before``, edit) an interaction; undo takes it back."""

    def __init__(self, item: Interaction, refresh: Refresh, before: Interaction | None = None):
        label = CHANNELS[item.channel].lower()
        super().__init__(f"Edit {label}" if before is not None else f"Log {label}", refresh)
        self._item, self._before = item, before
        self.interaction_id: int | None = item.id

    def apply(self) -> None:
        from kith.services.followups import interactions

        if self._before is not None:
            interactions.update(self._item)
        elif self.interaction_id is None:
            self.interaction_id = interactions.log(self._item)
        else:
            interactions.undelete(self.interaction_id)
        self.refresh(self._item.contact_id)

    def revert(self) -> None:
        from kith.services.followups import interactions

        if self._before is not None:
            interactions.update(self._before)
        elif self.interaction_id is not None:
            interactions.delete(self.interaction_id)
        self.refresh(self._item.contact_id)


class DeleteInteraction(Command):
    def __init__(self, interaction_id: int, contact_id: int, refresh: Refresh):
        super().__init__("Delete interaction", refresh)
        self._id, self._contact_id = interaction_id, contact_id

    def apply(self) -> None:
        from kith.services.followups import interactions

        interactions.delete(self._id)
        self.refresh(self._contact_id)

    def revert(self) -> None:
        from kith.services.followups import interactions

        interactions.undelete(self._id)
        self.refresh(self._contact_id)


class FollowUpAction(Command):
    """Done, skip or snooze on a reminder; undo puts the reminder back as it was."""

    def __init__(self, label: str, act: Callable[[], Any], refresh: Refresh):
        super().__init__(label, refresh)
        self._act = act
        self._applied: list[Any] = []

    def apply(self) -> None:
        result = self._act()
        self._applied = result if isinstance(result, list) else [result]
        self.refresh(self._applied[0].contact_id if self._applied else None)

    def revert(self) -> None:
        from kith.services.followups import actions as followups
        from kith.store.database import database

        with database.atomic():  # all of them back, or none
            for applied in reversed(self._applied):
                followups.revert(applied)
        self.refresh(self._applied[0].contact_id if self._applied else None)
