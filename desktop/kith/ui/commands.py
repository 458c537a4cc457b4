"""Undoable changes to contacts, for the window's QUndoStack (Ctrl+Z / Ctrl+Shift+Z)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kith.services import contacts
from kith.services.records import ContactRecord

Refresh = Callable[[int | None], None]


class SaveContact(QUndoCommand):
    """Create a contact (``before`` is None) or replace one with ``after``."""

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
                self.contact_id = contacts.create(self._after)
            else:
                contacts.undelete([self.contact_id])
        else:
            assert self.contact_id is not None
            contacts.update(self.contact_id, self._after)
        self._refresh(self.contact_id)

    def undo(self) -> None:
        assert self.contact_id is not None
        if self._before is None:
            contacts.delete([self.contact_id])
            self._refresh(None)
        else:
            contacts.update(self.contact_id, self._before)
            self._refresh(self.contact_id)


class DeleteContacts(QUndoCommand):
    def __init__(self, contact_ids: list[int], names: list[str], refresh: Refresh):
        label = names[0] if len(names) == 1 else f"{len(names)} contacts"
        super().__init__(f"Delete {label}")
        self._ids = contact_ids
        self._refresh = refresh

    def redo(self) -> None:
        contacts.delete(self._ids)
        self._refresh(None)

    def undo(self) -> None:
        contacts.undelete(self._ids)
        self._refresh(self._ids[0] if self._ids else None)
