"""Circles: named default cadences (Close 14 days, Friends 30, Network 90, ...)."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from kith.errors import Invalid
from kith.services.contacts.records import clean_text
from kith.services.followups import schedule
from kith.store.database import chunks, database
from kith.store.models import Circle as CircleRow
from kith.store.models import Contact


@dataclass(frozen=True)
class Circle:
    id: int
    name: str
    cadence_days: int | None
    people: int


def list_circles() -> list[Circle]:
    people = (Contact.select(fn.COUNT(Contact.id))
              .where(Contact.circle == CircleRow.id, Contact.deleted_at.is_null()))
    query = (CircleRow.select(CircleRow.id, CircleRow.name, CircleRow.cadence_days,
                              people.alias("people"))
             .order_by(CircleRow.position, CircleRow.id))
    return [Circle(*row) for row in query.tuples()]


def _members(circle_id: int) -> list[int]:
    return [cid for (cid,) in Contact.select(Contact.id).where(
        Contact.circle == circle_id).tuples()]


def _refresh(members: list[int]) -> None:
    for piece in chunks(members):
        schedule.refresh(piece)


def save(name: str, cadence_days: int | None, circle_id: int | None = None) -> int:
    """Add a circle, or rename / re-time one; its people's due dates follow."""
    name = clean_text(name)
    if not name:
        raise Invalid("A circle needs a name.")
    if cadence_days is not None and cadence_days < 1:
        raise Invalid("A cadence is one day or more (or none).")
    with database.atomic():
        clash = CircleRow.select().where(CircleRow.name == name)
        if circle_id is not None:
            clash = clash.where(CircleRow.id != circle_id)
        if clash.exists():
            raise Invalid(f"There is already a circle called {name}.")
        if circle_id is None:
            last = CircleRow.select(fn.MAX(CircleRow.position)).scalar()
            position = 0 if last is None else last + 1
            return int(CircleRow.insert(name=name, cadence_days=cadence_days,
                                        position=position).execute())
        CircleRow.update(name=name, cadence_days=cadence_days).where(
            CircleRow.id == circle_id).execute()
        _refresh(_members(circle_id))
        return circle_id


def delete(circle_id: int) -> None:
    """Remove a circle; its people keep their own cadence, or have none."""
    with database.atomic():
        members = _members(circle_id)
        CircleRow.delete().where(CircleRow.id == circle_id).execute()
        _refresh(members)
