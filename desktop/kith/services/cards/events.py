"""Events people were met at."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kith.services.contacts.rows import conn


@dataclass(frozen=True)
class EventInfo:
    id: int
    name: str
    date: dt.date | None
    place: str
    people: int

    def label(self) -> str:
        when = f" · {self.date:%d %b %Y}" if self.date else ""
        where = f" · {self.place}" if self.place else ""
        return f"{self.name}{when}{where}"


def list_events() -> list[EventInfo]:
    """All events, most recent first, with how many people are linked to each."""
    out = []
    for eid, name, date, place, people in conn().execute(
        "SELECT e.id, e.name, e.date, e.place, "
        "(SELECT COUNT(*) FROM contact_event ce JOIN contact c ON c.id = ce.contact_id "
        " WHERE ce.event_id = e.id AND c.deleted_at IS NULL) "
        "FROM event e ORDER BY COALESCE(e.date, date(e.created_at)) DESC, e.id DESC"
    ):
        out.append(EventInfo(eid, name, dt.date.fromisoformat(date) if date else None,
                             place, people))
    return out


def people_at(event_id: int) -> list[tuple[int, str]]:
    """(id, name) of the live contacts linked to an event, by name."""
    return [(r[0], r[1]) for r in conn().execute(
        "SELECT c.id, c.display_name FROM contact_event ce JOIN contact c "
        "ON c.id = ce.contact_id WHERE ce.event_id = ? AND c.deleted_at IS NULL "
        "ORDER BY c.sort_name", (event_id,))]
