"""Create, read, update, delete (and undelete) contacts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from kith.services import contact_rows as rows
from kith.services import schedule, search
from kith.services.records import ContactRecord
from kith.store.models import Circle, Contact, database


class NotFound(LookupError):
    pass


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _require_name(record: ContactRecord) -> None:
    if not record.display_name:
        raise ValueError("A contact needs a name, an organisation, an e-mail or a phone number.")


def create(record: ContactRecord, when: dt.datetime | None = None) -> int:
    """Store a new contact (in the default circle unless it names one); returns its id."""
    record = record.cleaned()
    _require_name(record)
    with database.atomic():
        circle = rows.circle_id(record.circle) if record.circle else rows.default_circle_id()
        contact_id = rows.insert_contact(record, when or now(), circle)
        rows.replace_children(contact_id, record)
        search.reindex([contact_id])
        schedule.refresh([contact_id])
    return contact_id


def update(contact_id: int, record: ContactRecord) -> None:
    record = record.cleaned()
    _require_name(record)
    with database.atomic():
        if not rows.update_contact(contact_id, record, now(), rows.circle_id(record.circle)):
            raise NotFound(f"No contact with id {contact_id}.")
        rows.replace_children(contact_id, record)
        search.reindex([contact_id])
        schedule.refresh([contact_id])


def load(contact_id: int, include_deleted: bool = False) -> ContactRecord:
    record = rows.read_record(contact_id)
    deleted = rows.conn().execute(
        "SELECT deleted_at IS NOT NULL FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()
    if record is None or (deleted[0] and not include_deleted):
        raise NotFound(f"No contact with id {contact_id}.")
    return record


def delete(contact_ids: Sequence[int]) -> list[int]:
    """Move contacts to the trash (undoable); returns the ids actually deleted."""
    ids = [int(i) for i in contact_ids]
    with database.atomic():
        live = [
            c.id
            for c in Contact.select(Contact.id).where(
                Contact.id.in_(ids), Contact.deleted_at.is_null()
            )
        ]
        if live:
            Contact.update(deleted_at=now()).where(Contact.id.in_(live)).execute()
    return live


def undelete(contact_ids: Iterable[int]) -> None:
    ids = [int(i) for i in contact_ids]
    with database.atomic():
        Contact.update(deleted_at=None).where(Contact.id.in_(ids)).execute()


def count() -> int:
    return int(Contact.select().where(Contact.deleted_at.is_null()).count())


def circles() -> list[tuple[str, int | None]]:
    return [(c.name, c.cadence_days) for c in Circle.select().order_by(Circle.position)]
