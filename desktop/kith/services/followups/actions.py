"""Acting on what is due: done, skip this round, snooze, an explicit follow-up.

What is due, and how many, is ``kith.services.followups.agenda`` (re-exported here).
Every function takes ``today`` so that scripts and tests can ask "as of" any
date.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from kith import clock, errors
from kith.i18n import translate
from kith.services.followups import schedule
from kith.services.followups.agenda import DueItem, agenda, counts, due
from kith.store.database import database
from kith.store.models import FollowUp, TimelineEntry

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


def _stamp(today: dt.date) -> dt.datetime:
    """``today`` at the time it is now: when an action done "as of" a day happened."""
    return dt.datetime.combine(today, clock.now().time())


def _row_for(item: DueItem, today: dt.date) -> tuple[int, bool, str, dt.date | None]:
    """The follow-up row behind ``item`` (made for computed reminders): id, new?, state."""
    if item.follow_up_id is not None:
        row = FollowUp.get_by_id(item.follow_up_id)
        return item.follow_up_id, False, row.status, row.snoozed_until
    fid = FollowUp.insert(contact=item.contact_id, due_on=item.birthday_on or item.due,
                          reason=item.reason, kind=item.kind,
                          created_at=_stamp(today)).execute()
    return int(fid), True, "open", None


def _resolve(item: DueItem, status: str, today: dt.date) -> Applied:
    with database.atomic():
        fid, inserted, old_status, old_snooze = _row_for(item, today)
        FollowUp.update(status=status, resolved_at=_stamp(today)).where(
            FollowUp.id == fid).execute()
        verb = "Followed up" if status == "done" else "Skipped this round"
        entry = TimelineEntry.insert(contact=item.contact_id, occurred_on=today,
                                     kind="follow_up", summary=f"{verb}: {item.reason}",
                                     ref_id=fid, created_at=_stamp(today)).execute()
        schedule.refresh([item.contact_id])
    return Applied(item.contact_id, fid, inserted, old_status, _iso(old_snooze), int(entry))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def done(item: DueItem, today: dt.date) -> Applied:
    return _resolve(item, "done", today)


def skip(item: DueItem, today: dt.date) -> Applied:
    """Skip this round: the cadence starts again from today."""
    return _resolve(item, "skipped", today)


def snooze(item: DueItem, until: dt.date, today: dt.date) -> Applied:
    if until <= today:
        raise errors.Invalid(translate("FollowUps", "Snooze to a day after today."))
    with database.atomic():
        fid, inserted, old_status, old_snooze = _row_for(item, today)
        FollowUp.update(snoozed_until=until).where(FollowUp.id == fid).execute()
        schedule.refresh([item.contact_id])
    return Applied(item.contact_id, fid, inserted, old_status, _iso(old_snooze), None)


def revert(applied: Applied) -> None:
    """Undo a done, skip or snooze."""
    with database.atomic():
        if applied.inserted:
            FollowUp.delete().where(FollowUp.id == applied.follow_up_id).execute()
        else:
            FollowUp.update(status=applied.status, snoozed_until=applied.snoozed_until,
                            resolved_at=None).where(
                FollowUp.id == applied.follow_up_id).execute()
        if applied.timeline_id is not None:
            TimelineEntry.delete().where(TimelineEntry.id == applied.timeline_id).execute()
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
        raise errors.Invalid(translate("FollowUps", "Say why: a follow-up needs a reason."))
    with database.atomic():
        fid = FollowUp.insert(contact=contact_id, due_on=on, reason=reason, kind="explicit",
                              created_at=_stamp(today)).execute()
        schedule.refresh([contact_id])
    return int(fid)


def for_contact(contact_id: int, today: dt.date, days: int = 3650) -> list[DueItem]:
    return due(today, days, contact_id)
