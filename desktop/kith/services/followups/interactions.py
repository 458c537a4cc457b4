"""Logging, editing and deleting interactions. Logging any contact resets the cadence clock.

An interaction can involve several people (a lunch with three, a group call): it is
one row per person, the rows sharing ``moment_id`` (see ``kith.store.models.Interaction``),
so each person's clock, give/ask balance and timeline read their own row. Logging,
editing, deleting and undeleting act on every row of the moment at once, in one
transaction. A person in the trash keeps their row (restoring them brings them back
into the moment) but is no longer named among the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import Expression, fn

from kith import clock, errors
from kith.services.contacts.records import clean_text
from kith.services.followups import schedule
from kith.services.followups.channels import CHANNELS
from kith.store import models
from kith.store.database import chunks, database
from kith.store.models import Contact, FollowUp

__all__ = ["CHANNELS", "HELP", "INITIATORS", "Interaction", "delete", "get", "log", "undelete",
           "update", "with_whom"]

INITIATORS = ("me", "them")
HELP = ("none", "gave", "asked")


@dataclass
class Interaction:
    contact_id: int
    occurred_on: dt.date
    channel: str
    initiated_by: str = "me"
    help: str = "none"
    summary: str = ""
    note: str = ""
    id: int | None = None
    # The other people of the moment, in the order they were named (none: just one).
    with_ids: tuple[int, ...] = field(default=())

    def people(self) -> list[int]:
        """Everyone in it: ``contact_id`` first, then the others, each once."""
        return list(dict.fromkeys([self.contact_id, *self.with_ids]))

    def validated(self) -> Interaction:
        if self.channel not in CHANNELS:
            raise errors.Invalid(
                f"Unknown channel {self.channel!r}; use one of {', '.join(CHANNELS)}.")
        if self.initiated_by not in INITIATORS:
            raise errors.Invalid("initiated_by is 'me' or 'them'.")
        if self.help not in HELP:
            raise errors.Invalid("help is 'none', 'gave' or 'asked'.")
        summary = clean_text(self.summary) or clean_text(self.note).split("\n")[0][:120]
        return Interaction(self.contact_id, self.occurred_on, self.channel, self.initiated_by,
                           self.help, summary, clean_text(self.note, multiline=True), self.id,
                           tuple(self.people()[1:]))


def _resolve_clock_follow_ups(contact_ids: list[int], on: dt.date) -> None:
    """Contact happened: the cadence round and the post-event follow-up are done.

    Only by contact on or after the event (the follow-up is due two days after
    it), or after a snoozed cadence round was set: back-filling an old call
    does not close a newer reminder. Explicit follow-ups stay until done.
    """
    created_on = fn.date(FollowUp.created_at)
    (FollowUp.update(status="done", resolved_at=dt.datetime.combine(on, dt.time()))
     .where(FollowUp.contact.in_(contact_ids), FollowUp.status == "open",
            ((FollowUp.kind == "event") & (fn.date(FollowUp.due_on, "-2 days") <= on))
            | ((FollowUp.kind == "cadence") & (created_on <= on)))
     .execute())


def _shared(item: Interaction) -> dict[str, object]:
    """What every row of a moment holds alike."""
    return {"occurred_on": item.occurred_on, "channel": item.channel,
            "initiated_by": item.initiated_by, "help": item.help, "summary": item.summary,
            "note": item.note}


def _check_live(contact_ids: Iterable[int]) -> None:
    wanted = list(contact_ids)
    live = {cid for (cid,) in Contact.select(Contact.id).where(
        Contact.id.in_(wanted), Contact.deleted_at.is_null()).tuples()}
    for cid in wanted:
        if cid not in live:
            raise errors.NotFound(f"No contact with id {cid}.")


def log(item: Interaction) -> int:
    """Store it for everyone in it; the id of ``item.contact_id``'s row."""
    item = item.validated()
    people = item.people()
    with database.atomic():
        _check_live(people)
        now = clock.now()
        iid = int(models.Interaction.insert(contact=item.contact_id, **_shared(item),
                                            created_at=now).execute())
        if len(people) > 1:
            models.Interaction.update(moment_id=iid).where(
                models.Interaction.id == iid).execute()
            models.Interaction.insert_many(
                [{"contact": cid, **_shared(item), "created_at": now, "moment_id": iid}
                 for cid in people[1:]]).execute()
        _resolve_clock_follow_ups(people, item.occurred_on)
        schedule.refresh(people)
    return iid


def _in_moment(interaction_id: int) -> Expression:
    """The row ``interaction_id`` and the other rows of its moment (if it has one)."""
    i = models.Interaction
    moment = i.select(i.moment_id).where(i.id == interaction_id)
    return (i.id == interaction_id) | (i.moment_id == moment)


def with_whom(interaction_ids: Iterable[int]) -> dict[int, list[tuple[int, str]]]:
    """For each interaction, the other people of its moment (id and name), in the order
    they were logged; people in the trash are left out, one-person interactions too."""
    me = models.Interaction.alias("me")
    other = models.Interaction.alias("other")
    found: dict[int, list[tuple[int, str]]] = {}
    for piece in chunks(list(interaction_ids)):
        query = (me.select(me.id, other.contact, Contact.display_name)
                 .join(other, on=((other.moment_id == me.moment_id) & (other.id != me.id)
                                  & (other.contact != me.contact)))
                 .join(Contact, on=(Contact.id == other.contact))
                 .where(me.id.in_(piece), me.moment_id.is_null(False),
                        Contact.deleted_at.is_null(),
                        (other.deleted_at.is_null() & me.deleted_at.is_null())
                        | (other.deleted_at == me.deleted_at))
                 .order_by(me.id, other.id).tuples())
        for iid, cid, name in query:
            found.setdefault(iid, []).append((cid, name))
    return found


def get(interaction_id: int) -> Interaction:
    i = models.Interaction
    row = (i.select(i.contact, i.occurred_on, i.channel, i.initiated_by, i.help, i.summary,
                    i.note, i.id)
           .where(i.id == interaction_id).tuples().first())
    if row is None:
        raise errors.NotFound(f"No interaction with id {interaction_id}.")
    cid, on, channel, initiated_by, help_, summary, note, iid = row
    others = with_whom([interaction_id]).get(interaction_id, [])
    return Interaction(cid, on, channel, initiated_by, help_, summary, note, iid,
                       tuple(other for other, _ in others))


def _people_of(interaction_id: int) -> set[int]:
    i = models.Interaction
    return {cid for (cid,) in i.select(i.contact).where(_in_moment(interaction_id)).tuples()}


def update(item: Interaction) -> None:
    """Change it for everyone in it; the people become ``item.people()``: a row for each
    one added, and those taken out lose theirs (a person in the trash keeps theirs)."""
    if item.id is None:
        raise errors.Invalid("Only a stored interaction can be updated.")
    interaction_id = item.id
    item = item.validated()
    people = item.people()
    i = models.Interaction
    with database.atomic():
        get(interaction_id)
        before = _people_of(interaction_id)
        _check_live(set(people) - before)
        i.update(contact=item.contact_id, **_shared(item)).where(i.id == interaction_id).execute()
        moment = i.select(i.moment_id).where(i.id == interaction_id).scalar()
        kept = {item.contact_id}
        rows = (i.select(i.id, i.contact, Contact.deleted_at.is_null())
                .join(Contact, on=(Contact.id == i.contact))
                .where(_in_moment(interaction_id), i.id != interaction_id)
                .order_by(i.id).tuples())
        for rid, cid, live in list(rows):
            if live and (cid in kept or cid not in people):
                i.delete().where(i.id == rid).execute()
                continue
            kept.add(cid)
            i.update(**_shared(item)).where(i.id == rid).execute()
        added = [cid for cid in people if cid not in kept]
        if added:
            if moment is None:
                moment = interaction_id
                i.update(moment_id=moment).where(i.id == interaction_id).execute()
            row = i.get_by_id(interaction_id)
            i.insert_many([{"contact": cid, **_shared(item), "created_at": row.created_at,
                            "deleted_at": row.deleted_at, "moment_id": moment}
                           for cid in added]).execute()
        schedule.refresh(before | set(people))


def delete(interaction_id: int) -> None:
    """Delete it for everyone in it (``undelete`` brings it back for them all)."""
    i = models.Interaction
    with database.atomic():
        get(interaction_id)
        i.update(deleted_at=clock.now()).where(_in_moment(interaction_id),
                                               i.deleted_at.is_null()).execute()
        schedule.refresh(_people_of(interaction_id))


def undelete(interaction_id: int) -> None:
    """Bring back the rows of the moment deleted with this one."""
    i = models.Interaction
    with database.atomic():
        get(interaction_id)
        when = i.select(i.deleted_at).where(i.id == interaction_id)
        i.update(deleted_at=None).where(_in_moment(interaction_id),
                                        i.deleted_at == when).execute()
        schedule.refresh(_people_of(interaction_id))
