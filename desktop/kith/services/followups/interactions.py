"""Logging, editing and deleting interactions. Logging any contact resets the cadence clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kith.services.contacts.records import clean_text
from kith.services.followups import schedule
from kith.services.followups.channels import CHANNELS
from kith.store.database import connection as conn
from kith.store.database import database

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
            raise ValueError(
                f"Unknown channel {self.channel!r}; use one of {', '.join(CHANNELS)}.")
        if self.initiated_by not in INITIATORS:
            raise ValueError("initiated_by is 'me' or 'them'.")
        if self.help not in HELP:
            raise ValueError("help is 'none', 'gave' or 'asked'.")
        summary = clean_text(self.summary) or clean_text(self.note).split("\n")[0][:120]
        return Interaction(self.contact_id, self.occurred_on, self.channel, self.initiated_by,
                           self.help, summary, clean_text(self.note, multiline=True), self.id)


def _resolve_clock_follow_ups(contact_id: int, on: dt.date) -> None:
    """Contact happened: the cadence round and the post-event follow-up are done.

    Only by contact on or after the event (the follow-up is due two days after
    it), or after a snoozed cadence round was set: back-filling an old call
    does not close a newer reminder. Explicit follow-ups stay until done.
    """
    day = on.isoformat()
    conn().execute(
        "UPDATE follow_up SET status = 'done', resolved_at = ? WHERE contact_id = ? "
        "AND status = 'open' AND ((kind = 'event' AND date(due_on, '-2 days') <= ?) "
        "OR (kind = 'cadence' AND date(created_at) <= ?))",
        (f"{day} 00:00:00", contact_id, day, day),
    )


def log(item: Interaction) -> int:
    item = item.validated()
    with database.atomic():
        exists = conn().execute(
            "SELECT 1 FROM contact WHERE id = ? AND deleted_at IS NULL", (item.contact_id,)
        ).fetchone()
        if not exists:
            raise LookupError(f"No contact with id {item.contact_id}.")
        cursor = conn().execute(
            "INSERT INTO interaction (contact_id, occurred_on, channel, initiated_by, help, "
            "summary, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item.contact_id, item.occurred_on.isoformat(), item.channel, item.initiated_by,
             item.help, item.summary, item.note, str(dt.datetime.now().replace(microsecond=0))),
        )
        _resolve_clock_follow_ups(item.contact_id, item.occurred_on)
        schedule.refresh([item.contact_id])
    return int(cursor.lastrowid or 0)


def get(interaction_id: int) -> Interaction:
    row = conn().execute(
        "SELECT contact_id, occurred_on, channel, initiated_by, help, summary, note, id "
        "FROM interaction WHERE id = ?", (interaction_id,)
    ).fetchone()
    if row is None:
        raise LookupError(f"No interaction with id {interaction_id}.")
    return Interaction(row[0], dt.date.fromisoformat(row[1]), *row[2:])


def update(item: Interaction) -> None:
    if item.id is None:
        raise ValueError("Only a stored interaction can be updated.")
    interaction_id = item.id
    item = item.validated()
    with database.atomic():
        old = get(interaction_id)
        conn().execute(
            "UPDATE interaction SET contact_id = ?, occurred_on = ?, channel = ?, "
            "initiated_by = ?, help = ?, summary = ?, note = ? WHERE id = ?",
            (item.contact_id, item.occurred_on.isoformat(), item.channel, item.initiated_by,
             item.help, item.summary, item.note, item.id),
        )
        schedule.refresh({old.contact_id, item.contact_id})


def delete(interaction_id: int) -> None:
    with database.atomic():
        item = get(interaction_id)
        conn().execute("UPDATE interaction SET deleted_at = ? WHERE id = ?",
                       (str(dt.datetime.now().replace(microsecond=0)), interaction_id))
        schedule.refresh([item.contact_id])


def undelete(interaction_id: int) -> None:
    with database.atomic():
        item = get(interaction_id)
        conn().execute("UPDATE interaction SET deleted_at = NULL WHERE id = ?", (interaction_id,))
        schedule.refresh([item.contact_id])
