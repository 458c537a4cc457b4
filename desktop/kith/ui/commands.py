"""Undoable changes to contacts, for the window's QUndoStack (Ctrl+Z / Ctrl+Shift+Z)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from kith.services.contacts.records import ContactRecord


def _contacts():  # type: ignore[no-untyped-def]
    """The contacts service, imported on first use (not at start-up)."""
    from kith.services.contacts import people as contacts

    return contacts

Refresh = Callable[[int | None], None]


class SaveContact(QUndoCommand):
    """Create a contact (``before`` is None), or change one from ``before`` to ``after``.

    Redo and undo write only the fields this edit changed, onto the contact as
    it is stored then: what changed meanwhile elsewhere (the command line, an
    import) stays. Undo leaves a field alone that was changed again since.
    """

    def __init__(self, before: ContactRecord | None, after: ContactRecord, refresh: Refresh):
        name = after.derived_name() or "contact"
        super().__init__(f"Add {name}" if before is None else f"Edit {name}")
        self._before = before
        self._after = after
        self._refresh = refresh
        self.contact_id: int | None = after.id

    def redo(self) -> None:
        if self._before is None:
            if self.contact_id is None:
                self.contact_id = _contacts().create(self._after)
            else:
                _contacts().undelete([self.contact_id])
        else:
            assert self.contact_id is not None
            _contacts().change(self.contact_id, self._before, self._after, overwrite=True)
        self._refresh(self.contact_id)

    def undo(self) -> None:
        assert self.contact_id is not None
        if self._before is None:
            _contacts().delete([self.contact_id])
            self._refresh(None)
        else:
            _contacts().change(self.contact_id, self._after, self._before, overwrite=False)
            self._refresh(self.contact_id)


class DeleteContacts(QUndoCommand):
    def __init__(self, contact_ids: list[int], names: list[str], refresh: Refresh):
        label = names[0] if len(names) == 1 else f"{len(names)} contacts"
        super().__init__(f"Delete {label}")
        self._ids = contact_ids
        self._refresh = refresh

    def redo(self) -> None:
        _contacts().delete(self._ids)
        self._refresh(None)

    def undo(self) -> None:
        _contacts().undelete(self._ids)
        self._refresh(self._ids[0] if self._ids else None)


class ImportBatchCommand(QUndoCommand):
    """An import that already happened; undo takes the batch back, redo writes it again."""

    def __init__(self, result, plan, spec, refresh: Refresh):  # type: ignore[no-untyped-def]
        from kith.services.cards import importer

        self._importer = importer
        name = spec.name if spec is not None and spec.name else "cards"
        super().__init__(f"Import {name}")
        self.batch_id = result.batch_id
        self._plan, self._spec, self._refresh = plan, spec, refresh
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        spec = self._spec
        if spec is not None and spec.event_id is None and not spec.name:
            spec = None
        self.batch_id = self._importer.commit(self._plan, spec).batch_id
        self._refresh(None)

    def undo(self) -> None:
        self._importer.undo(self.batch_id)
        self._refresh(None)


class LogInteraction(QUndoCommand):
    """Log (or, with ``before``, edit) an interaction; undo takes it back."""

    def __init__(self, item, refresh: Refresh, before=None):  # type: ignore[no-untyped-def]
        from kith.services.followups import interactions

        self._svc = interactions
        label = interactions.CHANNELS[item.channel].lower()
        super().__init__(f"Edit {label}" if before is not None else f"Log {label}")
        self._item, self._before, self._refresh = item, before, refresh
        self.interaction_id: int | None = item.id

    def redo(self) -> None:
        if self._before is not None:
            self._svc.update(self._item)
        elif self.interaction_id is None:
            self.interaction_id = self._svc.log(self._item)
        else:
            self._svc.undelete(self.interaction_id)
        self._refresh(self._item.contact_id)

    def undo(self) -> None:
        if self._before is not None:
            self._svc.update(self._before)
        elif self.interaction_id is not None:
            self._svc.delete(self.interaction_id)
        self._refresh(self._item.contact_id)


class DeleteInteraction(QUndoCommand):
    def __init__(self, interaction_id: int, contact_id: int, refresh: Refresh):
        from kith.services.followups import interactions

        self._svc = interactions
        super().__init__("Delete interaction")
        self._id, self._contact_id, self._refresh = interaction_id, contact_id, refresh

    def redo(self) -> None:
        self._svc.delete(self._id)
        self._refresh(self._contact_id)

    def undo(self) -> None:
        self._svc.undelete(self._id)
        self._refresh(self._contact_id)


class FollowUpAction(QUndoCommand):
    """Done, skip or snooze on a reminder; undo puts the reminder back as it was."""

    def __init__(self, label: str, act, refresh: Refresh):  # type: ignore[no-untyped-def]
        super().__init__(label)
        self._act, self._refresh = act, refresh
        self._applied: list = []  # type: ignore[type-arg]

    def redo(self) -> None:
        result = self._act()
        self._applied = result if isinstance(result, list) else [result]
        self._refresh(self._applied[0].contact_id if self._applied else None)

    def undo(self) -> None:
        from kith.services.followups import actions as followups

        for applied in reversed(self._applied):
            followups.revert(applied)
        self._refresh(self._applied[0].contact_id if self._applied else None)
