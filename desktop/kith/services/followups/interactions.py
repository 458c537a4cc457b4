"""Logging, editing and deleting interactions. Logging any contact resets the cadence clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from kith import clock, errors
from kith.services.contacts.records import clean_text
from kith.services.followups import schedule
from kith.services.followups.channels import CHANNELS
from kith.store import models
from kith.store.database import database
from kith.store.models import Contact, FollowUp

__all__ = ["CHANNELS", "HELP", "INITIATORS", "Interaction", "delete", "get", "log", "undelete",
           "update"]

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
                           self.help, summary, clean_text(self.note, multiline=True), self.id)


def _resolve_clock_follow_ups(contact_id: int, on: dt.date) -> None:
    """Contact happened: the cadence round and the post-event follow-up are done.

    Only by contact on or after the event (the follow-up is due two days after
    it), or after a snoozed cadence round was set: back-filling an old call
    does not close a newer reminder. Explicit follow-ups stay until done.
    """
    created_on = fn.date(FollowUp.created_at)
    (FollowUp.update(status="done", resolved_at=dt.datetime.combine(on, dt.time()))
     .where(FollowUp.contact == contact_id, FollowUp.status == "open",
            ((FollowUp.kind == "event") & (fn.date(FollowUp.due_on, "-2 days") <= on))
            | ((FollowUp.kind == "cadence") & (created_on <= on)))
     .execute())


def _fields(item: Interaction) -> dict[str, object]:
    return {"contact": item.contact_id, "occurred_on": item.occurred_on,
            "channel": item.channel, "initiated_by": item.initiated_by, "help": item.help,
            "summary": item.summary, "note": item.note}


def log(item: Interaction) -> int:
    item = item.validated()
    with database.atomic():
        live = Contact.select().where(Contact.id == item.contact_id,
                                      Contact.deleted_at.is_null()).exists()
        if not live:
            raise errors.NotFound(f"No contact with id {item.contact_id}.")
        iid = models.Interaction.insert(**_fields(item), created_at=clock.now()).execute()
        _resolve_clock_follow_ups(item.contact_id, item.occurred_on)
        schedule.refresh([item.contact_id])
    return int(iid)


def get(interaction_id: int) -> Interaction:
    i = models.Interaction
    row = (i.select(i.contact, i.occurred_on, i.channel, i.initiated_by, i.help, i.summary,
                    i.note, i.id)
           .where(i.id == interaction_id).tuples().first())
    if row is None:
        raise errors.NotFound(f"No interaction with id {interaction_id}.")
    return Interaction(*row)


def update(item: Interaction) -> None:
    if item.id is None:
        raise errors.Invalid("Only a stored interaction can be updated.")
    interaction_id = item.id
    item = item.validated()
    with database.atomic():
        old = get(interaction_id)
        models.Interaction.update(**_fields(item)).where(
            models.Interaction.id == interaction_id).execute()
        schedule.refresh({old.contact_id, item.contact_id})


def _set_deleted(interaction_id: int, when: dt.datetime | None) -> None:
    with database.atomic():
        item = get(interaction_id)
        models.Interaction.update(deleted_at=when).where(
            models.Interaction.id == interaction_id).execute()
        schedule.refresh([item.contact_id])


def delete(interaction_id: int) -> None:
    _set_deleted(interaction_id, clock.now())


def undelete(interaction_id: int) -> None:
    _set_deleted(interaction_id, None)
