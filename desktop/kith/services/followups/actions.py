"""Acting on what is due: done, skip this round, snooze, an explicit follow-up.

What is due, and how many, is ``kith.services.followups.agenda`` (re-exported here).
Every function takes ``today`` so that scripts and tests can ask "as of" any
date.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from kith.services.followups import schedule
from kith.services.followups.agenda import DueItem, agenda, counts, due
from kith.store.database import connection, database

__all__ = ["Applied", "DueItem", "agenda", "counts", "done", "due", "for_contact", "revert",
           "set_explicit", "skip", "snooze", "snooze_all"]


# --- acting on a reminder -------------------------------------------------------
class Applied(NamedTuple):
    """What an action changed, so that ``revert`` can undo it exactly."""

    contact_id: int
    follow_up_id: int
    inserted: bool
    status: str
    snoozed_until: str | None
    timeline_id: int | None


def _stamp(today: dt.date) -> str:
    now = dt.datetime.now()
    return f"{today.isoformat()} {now:%H:%M:%S}"


def _row_for(item: DueItem, today: dt.date) -> tuple[int, bool, str, str | None]:
    """The follow-up row behind ``item`` (made for computed reminders): id, new?, state."""
    c = connection()
    if item.follow_up_id is not None:
        status, snoozed = c.execute(
            "SELECT status, snoozed_until FROM follow_up WHERE id = ?", (item.follow_up_id,)
        ).fetchone()
        return item.follow_up_id, False, status, snoozed
    on = item.birthday_on or item.due
    cursor = c.execute(
        "INSERT INTO follow_up (contact_id, due_on, reason, kind, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (item.contact_id, on.isoformat(), item.reason, item.kind, _stamp(today)),
    )
    return int(cursor.lastrowid or 0), True, "open", None


def _resolve(item: DueItem, status: str, today: dt.date) -> Applied:
    with database.atomic():
        fid, inserted, old_status, old_snooze = _row_for(item, today)
        connection().execute("UPDATE follow_up SET status = ?, resolved_at = ? WHERE id = ?",
                       (status, _stamp(today), fid))
        verb = "Followed up" if status == "done" else "Skipped this round"
        cursor = connection().execute(
            "INSERT INTO timeline_entry (contact_id, occurred_on, kind, summary, ref_id, "
            "created_at) VALUES (?, ?, 'follow_up', ?, ?, ?)",
            (item.contact_id, today.isoformat(), f"{verb}: {item.reason}", fid, _stamp(today)),
        )
        schedule.refresh([item.contact_id])
    return Applied(item.contact_id, fid, inserted, old_status, old_snooze,
                   int(cursor.lastrowid or 0))


def done(item: DueItem, today: dt.date) -> Applied:
    return _resolve(item, "done", today)


def skip(item: DueItem, today: dt.date) -> Applied:
    """Skip this round: the cadence starts again from today."""
    return _resolve(item, "skipped", today)


def snooze(item: DueItem, until: dt.date, today: dt.date) -> Applied:
    if until <= today:
        raise ValueError("Snooze to a day after today.")
    with database.atomic():
        fid, inserted, old_status, old_snooze = _row_for(item, today)
        connection().execute("UPDATE follow_up SET snoozed_until = ? WHERE id = ?",
                       (until.isoformat(), fid))
        schedule.refresh([item.contact_id])
    return Applied(item.contact_id, fid, inserted, old_status, old_snooze, None)


def revert(applied: Applied) -> None:
    """Undo a done, skip or snooze."""
    c = connection()
    with database.atomic():
        if applied.inserted:
            c.execute("DELETE FROM follow_up WHERE id = ?", (applied.follow_up_id,))
        else:
            c.execute(
                "UPDATE follow_up SET status = ?, snoozed_until = ?, resolved_at = NULL "
                "WHERE id = ?", (applied.status, applied.snoozed_until, applied.follow_up_id))
        if applied.timeline_id is not None:
            c.execute("DELETE FROM timeline_entry WHERE id = ?", (applied.timeline_id,))
        schedule.refresh([applied.contact_id])


def snooze_all(until: dt.date, today: dt.date) -> list[Applied]:
    """Snooze everything due today or earlier to ``until``."""
    with database.atomic():
        return [snooze(item, until, today) for item in due(today)]


def set_explicit(contact_id: int, on: dt.date, reason: str, today: dt.date) -> int:
    """A follow-up for a date with a reason; it stands in for the cadence until done."""
    from kith.services.contacts.records import clean_text

    reason = clean_text(reason)
    if not reason:
        raise ValueError("Say why: a follow-up needs a reason.")
    with database.atomic():
        cursor = connection().execute(
            "INSERT INTO follow_up (contact_id, due_on, reason, kind, created_at) "
            "VALUES (?, ?, ?, 'explicit', ?)",
            (contact_id, on.isoformat(), reason, _stamp(today)),
        )
        schedule.refresh([contact_id])
    return int(cursor.lastrowid or 0)


def for_contact(contact_id: int, today: dt.date, days: int = 3650) -> list[DueItem]:
    return due(today, days, contact_id)
