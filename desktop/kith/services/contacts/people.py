"""Create, read, update, delete (and undelete) contacts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kith import clock
from kith.errors import Cancelled, Invalid, NotFound
from kith.i18n import translate
from kith.services.contacts import rows, search
from kith.services.contacts.records import ContactRecord
from kith.services.followups import schedule
from kith.store.database import chunks, database
from kith.store.models import Circle, Contact

__all__ = ["Trashed", "change", "circles", "count", "create", "delete", "load", "undelete",
           "update"]


def _require_name(record: ContactRecord) -> None:
    if not record.display_name:
        raise Invalid(translate("People", "A contact needs a name, an organisation, an e-mail "
                                "or a phone number."))


def create(record: ContactRecord, when: dt.datetime | None = None) -> int:
    """Store a new contact (in the default circle unless it names one); returns its id."""
    record = record.cleaned()
    _require_name(record)
    with database.atomic():
        circle = rows.circle_id(record.circle) if record.circle else rows.default_circle_id()
        contact_id = rows.insert_contact(record, when or clock.now(), circle)
        rows.replace_children(contact_id, record)
        search.reindex([contact_id])
        schedule.refresh([contact_id])
    return contact_id


def update(contact_id: int, record: ContactRecord) -> None:
    record = record.cleaned()
    _require_name(record)
    with database.atomic():
        if not rows.update_contact(contact_id, record, clock.stamp(),
                                   rows.circle_id(record.circle), edited=True):
            raise NotFound(translate("People", "That contact no longer exists."))
        rows.replace_children(contact_id, record)
        search.reindex([contact_id])
        schedule.refresh([contact_id])


def change(contact_id: int, base: ContactRecord, target: ContactRecord,
           overwrite: bool = True) -> list[str]:
    """Apply the edit ``base`` -> ``target`` to the contact as it is stored now.

    Only the fields the edit changes are written: what another window, process
    or import changed meanwhile in other fields stays. Where both changed the
    same field, ``overwrite`` says whether the edit wins (a save) or the stored
    value stays (an undo). Returns the names of those fields.
    """
    from kith.services.contacts.changes import apply_change

    with database.atomic():
        current = load(contact_id, include_deleted=True)
        merged, conflicts = apply_change(current, base.cleaned(), target.cleaned(), overwrite)
        if merged != current:
            update(contact_id, merged)
    return conflicts


def load(contact_id: int, include_deleted: bool = False) -> ContactRecord:
    record = rows.read_record(contact_id)
    if record is None or (not include_deleted and Contact.select().where(
            Contact.id == contact_id, Contact.deleted_at.is_null(False)).exists()):
        raise NotFound(translate("People", "That contact no longer exists."))
    return record


@dataclass(frozen=True)
class Trashed:
    """What one delete did: the ids it moved to the trash, and the stamp it wrote on them.

    The stamp (to the microsecond, and never the same twice in this process) tells
    these rows apart from those something else trashed since: undoing an import
    overwrites ``deleted_at`` with its own stamp, and such a person stays gone.
    """

    ids: list[int]
    stamp: str


_last_stamp = ""


def _trash_stamp() -> str:
    global _last_stamp
    when = clock.stamp()
    stamp = when.isoformat(sep=" ", timespec="microseconds")
    while stamp <= _last_stamp:
        when += dt.timedelta(microseconds=1)
        stamp = when.isoformat(sep=" ", timespec="microseconds")
    _last_stamp = stamp
    return stamp


Progress = Callable[[int, int], None]  # (done, total)
IsCancelled = Callable[[], bool]


def _step(piece: int, done: int, total: int, progress: Progress | None,
          cancelled: IsCancelled | None) -> None:
    """Between two pieces of a delete or undelete: report, and stop if asked (rolled back)."""
    if cancelled is not None and cancelled():
        raise Cancelled(translate("People", "Cancelled; no contact was changed."))
    if progress is not None and piece:
        progress(done, total)


def delete(contact_ids: Sequence[int], progress: Progress | None = None,
           cancelled: IsCancelled | None = None) -> Trashed:
    """Move contacts to the trash (undoable with ``undelete``); says which ones it moved.

    One transaction: ``cancelled()``, asked between pieces, rolls it all back.
    """
    ids = [int(i) for i in contact_ids]
    live: list[int] = []
    stamp = _trash_stamp()
    done = 0
    with database.atomic():
        for piece in chunks(ids):
            _step(0, done, len(ids), progress, cancelled)
            alive = Contact.id.in_(piece) & Contact.deleted_at.is_null()
            live += [cid for (cid,) in Contact.select(Contact.id).where(alive).tuples()]
            Contact.update(deleted_at=stamp).where(alive).execute()
            done += len(piece)
            _step(len(piece), done, len(ids), progress, None)
    return Trashed(live, stamp)


def undelete(trashed: Trashed, progress: Progress | None = None,
             cancelled: IsCancelled | None = None) -> list[int]:
    """Take back a ``delete``: only the rows still in the trash with its stamp come back.

    Returns the ids that could not be brought back: something else removed them
    since (an import undone elsewhere) or they no longer exist.
    """
    back: set[int] = set()
    done = 0
    with database.atomic():
        for piece in chunks(trashed.ids):
            _step(0, done, len(trashed.ids), progress, cancelled)
            Contact.update(deleted_at=None).where(
                Contact.id.in_(piece), Contact.deleted_at == trashed.stamp).execute()
            back.update(cid for (cid,) in Contact.select(Contact.id).where(
                Contact.id.in_(piece), Contact.deleted_at.is_null()).tuples())
            done += len(piece)
            _step(len(piece), done, len(trashed.ids), progress, None)
    return [cid for cid in trashed.ids if cid not in back]


def count() -> int:
    """How many people (not counting the trash)."""
    return search.count()


def circles() -> list[tuple[str, int | None]]:
    """The circles (name, cadence in days), in their order."""
    return list(Circle.select(Circle.name, Circle.cadence_days)
                .order_by(Circle.position, Circle.id).tuples())
