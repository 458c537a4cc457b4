"""When each contact is next due: the date rules, and the stored next follow-up.

The result of the rules is kept on ``contact.next_follow_up_on`` (and the last
logged contact on ``contact.last_contact_on``), so lists sort and show it, and
``followups.due`` answers from an index, without computing anything per view.

Rules:
- Each contact has a cadence: their own (``cadence_days``; 0 means none) or
  their circle's. The clock restarts at the last logged interaction, the last
  follow-up marked done or skipped, or when the contact was added.
- An open follow-up (explicit with a reason, post-event, or a snoozed cadence
  round) replaces the cadence round until it is resolved; a snooze moves it
  to the snooze date.
- Birthdays are separate reminders (``followups``), never the next follow-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import JOIN, Select, fn

from kith import clock
from kith.store.database import chunks, connection
from kith.store.models import Circle, Contact, FollowUp, Interaction

DEFAULT_CIRCLE = "Network"


def as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def effective_cadence(own: int | None, circle: int | None) -> int | None:
    """Days between contacts, or None when this person has no cadence."""
    days = own if own is not None else circle
    return days if days else None


def cadence_anchor(
    created: dt.date, last_contact: dt.date | None, last_resolved: dt.date | None
) -> dt.date:
    """The day the cadence clock last restarted."""
    return max(d for d in (created, last_contact, last_resolved) if d is not None)


def cadence_due(created: dt.date, last_contact: dt.date | None, last_resolved: dt.date | None,
                days: int | None) -> dt.date | None:
    if days is None:
        return None
    return cadence_anchor(created, last_contact, last_resolved) + dt.timedelta(days=days)


def effective_due(due_on: dt.date, snoozed_until: dt.date | None) -> dt.date:
    return max(due_on, snoozed_until) if snoozed_until else due_on


def birthday_in(birthday: str, year: int) -> dt.date | None:
    """The day a birthday ('YYYY-MM-DD' or '--MM-DD') falls on in ``year``.

    29 February is kept on 28 February in years without one.
    """
    try:
        month, day = int(birthday[-5:-3]), int(birthday[-2:])
    except (ValueError, IndexError):
        return None
    if month == 2 and day == 29:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return dt.date(year, 2, 29 if leap else 28)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def birthday_near(birthday: str, today: dt.date, back: int, ahead: int) -> dt.date | None:
    """The birthday occurrence within [today - back, today + ahead], if any."""
    for year in (today.year - 1, today.year, today.year + 1):
        day = birthday_in(birthday, year)
        if day is not None and -back <= (day - today).days <= ahead:
            return day
    return None


def age_on(birthday: str, day: dt.date) -> int | None:
    if birthday.startswith("--"):
        return None
    return day.year - int(birthday[:4])


def local_today(now: dt.datetime | None = None) -> dt.date:
    """Today's date in the local time zone (or in ``now``'s zone when given)."""
    if now is None:
        return clock.now().astimezone().date()
    return now.astimezone().date() if now.tzinfo is None else now.date()


def _inputs(ids: list[int] | None) -> Select:
    """What the rule needs of each contact (all if ``ids`` is None): id, added, own and
    circle cadence, last logged contact, last resolved follow-up, earliest open one."""
    # Read as stored (text): ``as_date`` takes them, without Peewee parsing each value.
    last = (Interaction.select(fn.MAX(Interaction.occurred_on).coerce(False))
            .where(Interaction.contact == Contact.id, Interaction.deleted_at.is_null()))
    rounds = (FollowUp.contact == Contact.id) & (FollowUp.kind != "birthday")
    resolved = (FollowUp.select(fn.MAX(fn.date(FollowUp.resolved_at)))
                .where(rounds, FollowUp.status != "open"))
    earliest = (FollowUp.select(fn.MIN(fn.MAX(FollowUp.due_on, fn.COALESCE(
        FollowUp.snoozed_until, FollowUp.due_on)))).where(rounds, FollowUp.status == "open"))
    query = (Contact.select(Contact.id, Contact.created_at.coerce(False), Contact.cadence_days,
                            Circle.cadence_days, last, resolved, earliest)
             .join(Circle, JOIN.LEFT_OUTER))
    return query if ids is None else query.where(Contact.id.in_(ids))


def refresh(contact_ids: Iterable[int] | None = None) -> None:
    """Recompute ``last_contact_on`` and ``next_follow_up_on`` (all contacts if None)."""
    ids = None if contact_ids is None else [int(i) for i in contact_ids]
    if ids is not None and not ids:
        return
    today = clock.today()
    updates = []
    for piece in [None] if ids is None else chunks(ids):
        for cid, created, own, circle, last, resolved, open_due in \
                _inputs(piece).tuples().iterator():
            last_d = as_date(last)
            nxt = as_date(open_due)
            if nxt is None:
                nxt = cadence_due(as_date(created) or today, last_d, as_date(resolved),
                                  effective_cadence(own, circle))
            updates.append((last_d.isoformat() if last_d else None,
                            nxt.isoformat() if nxt else None, cid))
    # Raw SQL: for the 900 people of an import's chunk, Peewee's update per contact took
    # 90 ms and its bulk_update 42 ms, against 10 ms for this executemany (on the
    # 50,000-contact profile of bench_due).
    connection().executemany(
        "UPDATE contact SET last_contact_on = ?, next_follow_up_on = ? WHERE id = ?", updates)
