"""The story of a relationship: interactions, meetings, notes, changes and follow-ups.

Entries come from several tables through one UNION query, newest first, read a
page at a time, so a person with thousands of entries opens instantly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kith import clock, errors
from kith.services.contacts.records import clean_text
from kith.store.database import connection, database
from kith.store.models import Interaction, TimelineEntry

KINDS = {
    "interaction": "Interactions",
    "met": "Meetings",
    "note": "Notes",
    "change": "Changes",
    "follow_up": "Follow-ups",
    "introduction": "Introductions",
}


@dataclass(frozen=True)
class Entry:
    date: dt.date
    kind: str
    channel: str | None
    summary: str
    contact_id: int
    display_name: str
    ref: str  # "interaction:ID" or "entry:ID", to edit or delete it
    help: str | None = None
    initiated_by: str | None = None

    def as_json(self) -> dict[str, object]:
        return {"date": self.date.isoformat(), "kind": self.kind, "channel": self.channel,
                "summary": self.summary}


# Each branch is cut to the page's end before the union is sorted, so a page
# costs what it shows, not the whole history.
_UNION = """
SELECT * FROM (SELECT i.occurred_on AS d, 'interaction' AS kind, i.channel, i.summary,
       i.contact_id, 'interaction:' || i.id AS ref, i.help, i.initiated_by, i.id AS tie
  FROM interaction i JOIN contact c ON c.id = i.contact_id
  WHERE i.deleted_at IS NULL AND c.deleted_at IS NULL {ci} {ki}
  ORDER BY i.occurred_on DESC, i.id DESC LIMIT {end})
UNION ALL
SELECT * FROM (SELECT t.occurred_on, t.kind, NULL, t.summary, t.contact_id, 'entry:' || t.id,
       NULL, NULL, t.id
  FROM timeline_entry t JOIN contact c ON c.id = t.contact_id
  WHERE c.deleted_at IS NULL {ct} {kt}
  ORDER BY t.occurred_on DESC, t.id DESC LIMIT {end})
"""


def _query(contact_id: int | None, kinds: set[str] | None, limit: int, offset: int,
           since: dt.date | None = None) -> list[Entry]:
    conditions: list[str] = []
    values: list[object] = []
    if contact_id is not None:
        conditions.append("AND {a}.contact_id = ?")
        values.append(contact_id)
    if since is not None:
        conditions.append("AND {a}.occurred_on >= ?")
        values.append(since.isoformat())
    ci = " ".join(conditions).format(a="i")
    ct = " ".join(conditions).format(a="t")
    ki = kt = ""
    kind_values: list[object] = []
    if kinds:
        entry_kinds = sorted(k for k in kinds if k != "interaction")
        ki = "" if "interaction" in kinds else "AND 0"
        kt = f"AND t.kind IN ({','.join('?' * len(entry_kinds))})" if entry_kinds else "AND 0"
        kind_values = list(entry_kinds)
    params: list[object] = values + values + kind_values
    union = _UNION.format(ci=ci, ct=ct, ki=ki, kt=kt, end=int(limit + offset))
    sql = (f"SELECT u.*, c.display_name FROM ({union}) u JOIN contact c ON c.id = u.contact_id"
           " ORDER BY u.d DESC, u.kind = 'interaction' DESC, u.tie DESC LIMIT ? OFFSET ?")
    params.extend([limit, offset])
    # Raw SQL, not yet measured against Peewee's union_all: left as it was (issue #11).
    rows = connection().execute(sql, params)
    return [
        Entry(dt.date.fromisoformat(d), kind, channel, summary, cid, name, ref, help_, who)
        for d, kind, channel, summary, cid, ref, help_, who, _tie, name in rows
    ]


def for_contact(contact_id: int, kinds: set[str] | None = None, limit: int = 200,
                offset: int = 0) -> list[Entry]:
    """A page of one person's timeline, newest first."""
    return _query(contact_id, kinds, limit, offset)


def count_for_contact(contact_id: int) -> int:
    interactions = Interaction.select().where(Interaction.contact == contact_id,
                                              Interaction.deleted_at.is_null()).count()
    entries = TimelineEntry.select().where(TimelineEntry.contact == contact_id).count()
    return int(interactions) + int(entries)


def recent(limit: int = 200, offset: int = 0, kinds: set[str] | None = None,
           since: dt.date | None = None) -> list[Entry]:
    """Everyone's timeline together, newest first (the Recent view)."""
    return _query(None, kinds, limit, offset, since)


def add_note(contact_id: int, text: str, on: dt.date) -> int:
    text = clean_text(text, multiline=True)
    if not text:
        raise errors.Invalid("The note is empty.")
    with database.atomic():
        entry = TimelineEntry.insert(contact=contact_id, occurred_on=on, kind="note",
                                     summary=text, created_at=clock.now()).execute()
    return int(entry)


def delete_entry(entry_id: int) -> None:
    TimelineEntry.delete().where(TimelineEntry.id == entry_id).execute()
