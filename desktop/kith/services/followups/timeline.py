"""The story of a relationship: interactions, meetings, notes, changes and follow-ups.

Entries come from several tables through one UNION query, newest first, read a
page at a time, so a person with thousands of entries opens instantly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from peewee import SQL, Select, Value, fn

from kith import clock, errors
from kith.i18n import translate
from kith.services.contacts.records import clean_text
from kith.services.followups import interactions
from kith.store.database import database
from kith.store.models import Contact, Interaction, TimelineEntry

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
    # The other people of a moment with several (id and name); people in the trash left out.
    with_people: tuple[tuple[int, str], ...] = ()

    def as_json(self) -> dict[str, object]:
        return {"date": self.date.isoformat(), "kind": self.kind, "channel": self.channel,
                "summary": self.summary, "with": [cid for cid, _ in self.with_people]}


def _first_of_moment() -> Any:
    """The first row of the moment of the outer query's interaction whose person is not in
    the trash (a correlated subquery, read only for rows of moments)."""
    other = Interaction.alias("other")
    person = Contact.alias("person")
    return (other.select(fn.MIN(other.id))
            .join(person, on=(person.id == other.contact))
            .where(other.moment_id == Interaction.moment_id, other.deleted_at.is_null(),
                   person.deleted_at.is_null()))


def page_query(contact_id: int | None, kinds: set[str] | None, limit: int, offset: int,
               since: dt.date | None = None) -> Any:
    """One page of entries, newest first: interactions and the other timeline entries, each
    cut to the page's end before the union is sorted, so a page costs what it shows, not
    the whole history."""
    end = limit + offset
    owner = Contact.alias("owner")
    branches = []
    if not kinds or "interaction" in kinds:
        where = [Interaction.deleted_at.is_null(), owner.deleted_at.is_null()]
        if contact_id is not None:
            where.append(Interaction.contact == contact_id)
        if since is not None:
            where.append(Interaction.occurred_on >= since)
        if contact_id is None:  # everyone's timeline shows a moment once, on its first person
            where.append(Interaction.moment_id.is_null() | (Interaction.id == _first_of_moment()))
        branches.append(
            Interaction.select(
                Interaction.occurred_on.alias("d"), Value("interaction").alias("kind"),
                Interaction.channel.alias("channel"), Interaction.summary.alias("summary"),
                Interaction.contact.alias("contact_id"),
                Value("interaction:").concat(Interaction.id).alias("ref"),
                Interaction.help.alias("help"), Interaction.initiated_by.alias("initiated_by"),
                Interaction.id.alias("tie"))
            .join(owner, on=(owner.id == Interaction.contact)).where(*where)
            .order_by(Interaction.occurred_on.desc(), Interaction.id.desc()).limit(end))
    entry_kinds = sorted(k for k in kinds if k != "interaction") if kinds else None
    if entry_kinds is None or entry_kinds:
        where = [owner.deleted_at.is_null()]
        if contact_id is not None:
            where.append(TimelineEntry.contact == contact_id)
        if since is not None:
            where.append(TimelineEntry.occurred_on >= since)
        if entry_kinds:
            where.append(TimelineEntry.kind.in_(entry_kinds))
        branches.append(
            TimelineEntry.select(
                TimelineEntry.occurred_on.alias("d"), TimelineEntry.kind.alias("kind"),
                Value(None).alias("channel"), TimelineEntry.summary.alias("summary"),
                TimelineEntry.contact.alias("contact_id"),
                Value("entry:").concat(TimelineEntry.id).alias("ref"),
                Value(None).alias("help"), Value(None).alias("initiated_by"),
                TimelineEntry.id.alias("tie"))
            .join(owner, on=(owner.id == TimelineEntry.contact)).where(*where)
            .order_by(TimelineEntry.occurred_on.desc(), TimelineEntry.id.desc()).limit(end))
    if not branches:
        return None
    # SQLite takes ORDER BY and LIMIT in a compound select's parts only inside subqueries.
    parts = [Select([branch.alias(f"part{i}")], [SQL("*")]) for i, branch in enumerate(branches)]
    union: Any = parts[0]
    for part in parts[1:]:
        union = union.union_all(part)
    u = union.alias("u")
    return (Select([u], [SQL("u.*"), Contact.display_name])
            .join(Contact, on=(Contact.id == u.c.contact_id))
            .order_by(u.c.d.desc(), (u.c.kind == "interaction").desc(), u.c.tie.desc())
            .limit(limit).offset(offset))


def _query(contact_id: int | None, kinds: set[str] | None, limit: int, offset: int,
           since: dt.date | None = None) -> list[Entry]:
    query = page_query(contact_id, kinds, limit, offset, since)
    if query is None:
        return []
    entries = [
        Entry(dt.date.fromisoformat(d), kind, channel, summary, cid, name, ref, help_, who)
        for d, kind, channel, summary, cid, ref, help_, who, _tie, name in database.execute(query)
    ]
    ids = [int(e.ref[12:]) for e in entries if e.ref.startswith("interaction:")]
    others = interactions.with_whom(ids)
    return [replace(e, with_people=tuple(others[int(e.ref[12:])]))
            if e.ref.startswith("interaction:") and int(e.ref[12:]) in others else e
            for e in entries]


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
        raise errors.Invalid(translate("Timeline", "The note is empty."))
    with database.atomic():
        entry = TimelineEntry.insert(contact=contact_id, occurred_on=on, kind="note",
                                     summary=text, created_at=clock.now()).execute()
    return int(entry)


def delete_entry(entry_id: int) -> None:
    TimelineEntry.delete().where(TimelineEntry.id == entry_id).execute()
