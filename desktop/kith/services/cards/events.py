"""Events people were met at."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from kith.store.models import Contact, ContactEvent, Event


@dataclass(frozen=True)
class EventInfo:
    id: int
    name: str
    date: dt.date | None
    place: str
    people: int


def list_events() -> list[EventInfo]:
    """All events, most recent first, with how many people are linked to each."""
    people = (ContactEvent.select(fn.COUNT(ContactEvent.contact)).join(Contact)
              .where(ContactEvent.event == Event.id, Contact.deleted_at.is_null()))
    query = (Event.select(Event.id, Event.name, Event.date, Event.place, people.alias("people"))
             .order_by(fn.COALESCE(Event.date, fn.date(Event.created_at)).desc(),
                       Event.id.desc()))
    return [EventInfo(*row) for row in query.tuples()]


def people_at(event_id: int) -> list[tuple[int, str]]:
    """(id, name) of the live contacts linked to an event, by name."""
    return list(Contact.select(Contact.id, Contact.display_name).join(ContactEvent)
                .where(ContactEvent.event == event_id, Contact.deleted_at.is_null())
                .order_by(Contact.sort_name).tuples())
