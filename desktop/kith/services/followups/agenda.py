"""What is due: reminders as of a day, most urgent first, and how many in each band.

Three kinds of reminders come from stored ``follow_up`` rows (``explicit``
with a reason, ``event`` after meeting someone, and a ``cadence`` round once
it has been snoozed); the plain cadence round is computed from
``contact.next_follow_up_on``; birthdays are computed from ``contact.birthday``
and remembered once handled. Every function takes ``today`` so that scripts
and tests can ask "as of" any date. Acting on a reminder is ``followups``.

Read at start-up for the Today view, so this module imports little: the
connection, and ``schedule`` for dates.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from kith.services.followups import schedule
from kith.store.database import connection

BIRTHDAY_CATCH_UP_DAYS = 7
KIND_ORDER = {"explicit": 0, "event": 1, "birthday": 2, "cadence": 3}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


class DueItem(NamedTuple):
    """One reminder. A named tuple: ``due`` builds tens of thousands at once."""

    contact_id: int
    display_name: str
    due: dt.date
    overdue_days: int
    reason: str
    kind: str  # cadence | event | birthday | explicit
    follow_up_id: int | None = None
    birthday_on: dt.date | None = None  # the birthday itself (``due`` moves when snoozed)

    def as_json(self) -> dict[str, object]:
        return {
            "contact_id": self.contact_id,
            "display_name": self.display_name,
            "due": self.due.isoformat(),
            "overdue_days": self.overdue_days,
            "reason": self.reason,
            "kind": self.kind,
        }


def _ago(days: int) -> str:
    if days <= 0:
        return "today"
    if days < 60:
        return f"{days} days ago"
    if days < 730:
        return f"{days // 30} months ago"
    return f"{days // 365} years ago"


def _cadence_reason(last: dt.date | None, cadence: int | None, today: dt.date) -> str:
    every = f"every {cadence} days" if cadence else "keep in touch"
    if last is None:
        return f"Keep in touch ({every}); no contact logged yet"
    return f"Keep in touch ({every}); last contact {_ago((today - last).days)}"


# When a stored follow-up is due: its date, or the end of its snooze.
_EFFECTIVE = "MAX(f.due_on, COALESCE(f.snoozed_until, f.due_on))"

# Open follow-ups due by a day, earliest first. ``due_on`` <= the day is implied by the
# second test (a snooze only moves a date later) and is the one the index answers.
_STORED_SQL = (
    "SELECT f.id, f.contact_id, c.display_name, f.due_on, f.snoozed_until, f.reason, f.kind "
    "FROM follow_up f JOIN contact c ON c.id = f.contact_id "
    "WHERE f.status = 'open' AND f.kind != 'birthday' AND c.deleted_at IS NULL "
    f"AND f.due_on <= :horizon AND {_EFFECTIVE} <= :horizon{{only}} "
    # The order the views sort by (date, kind, name), so a limit keeps what they show first.
    f"ORDER BY {_EFFECTIVE}, CASE f.kind WHEN 'explicit' THEN 0 WHEN 'event' THEN 1 ELSE 3 END, "
    "c.sort_name"
)

_CADENCE_SQL = (
    "SELECT c.id, c.display_name, c.next_follow_up_on, c.last_contact_on, c.cadence_days, "
    "ci.cadence_days FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id "
    "WHERE c.deleted_at IS NULL AND c.next_follow_up_on {range} AND NOT EXISTS ("
    "SELECT 1 FROM follow_up f WHERE f.contact_id = c.id AND f.status = 'open' "
    "AND f.kind != 'birthday')"
)

_Stored = tuple[int, int, str, str, "str | None", "str | None", str]


def _bands(today: dt.date, horizon: str) -> list[tuple[str, tuple[str, ...]]]:
    """The three bands a view shows apart, as SQL ranges: overdue, today, coming."""
    day, tomorrow = today.isoformat(), (today + dt.timedelta(days=1)).isoformat()
    return [("< ?", (day,)), ("= ?", (day,)), ("BETWEEN ? AND ?", (tomorrow, horizon))]


def _horizon(today: dt.date, days: int) -> str:
    return (today + dt.timedelta(days=days)).isoformat()


def _stored(horizon: str, only: str = "") -> list[_Stored]:
    return connection().execute(_STORED_SQL.format(only=only),
                                      {"horizon": horizon}).fetchall()


def due(today: dt.date, days: int = 0, contact_id: int | None = None,
        limit: int | None = None) -> list[DueItem]:
    """Everything due on or before ``today + days``, most urgent first.

    With ``limit``, at most that many stored follow-ups and as many plain
    cadence rounds are kept in each band (overdue, today, coming; the earliest
    first): enough for a view that shows the most urgent of each section,
    without building every item for fifty thousand people. ``counts`` gives the
    totals, and ``agenda`` both at once.
    """
    only = "" if contact_id is None else f" AND c.id = {int(contact_id)}"
    horizon = _horizon(today, days)
    return _items(today, horizon, only, limit, _stored(horizon, only),
                  _birthdays(today, days, only))


def agenda(today: dt.date, days: int = 7,
           limit: int | None = None) -> tuple[list[DueItem], dict[str, int]]:
    """``due(today, days, limit=limit)`` and ``counts(today, days)``, each table read once."""
    horizon = _horizon(today, days)
    stored, birthdays = _stored(horizon), _birthdays(today, days)
    return (_items(today, horizon, "", limit, stored, birthdays),
            _counts(today, horizon, stored, birthdays))


def counts(today: dt.date, days: int = 7) -> dict[str, int]:
    """How many reminders are overdue, due today, and coming in the next ``days`` days
    (birthdays counted apart, as ``birthdays``: those of today and the catch-up week)."""
    horizon = _horizon(today, days)
    return _counts(today, horizon, _stored(horizon), _birthdays(today, days))


def _items(today: dt.date, horizon: str, only: str, limit: int | None,
           stored: list[_Stored], birthdays: list[DueItem]) -> list[DueItem]:
    items: list[DueItem] = []
    day = today.isoformat()
    kept = {-1: 0, 0: 0, 1: 0}  # how many of each band (coming, today, overdue) so far
    for fid, cid, name, due_on, snoozed, reason, kind in stored:
        on = max(due_on, snoozed) if snoozed else due_on  # ISO dates compare as text
        band = (on < day) - (on > day)
        if limit is not None and kept[band] >= limit:
            continue
        kept[band] += 1
        when = dt.date.fromisoformat(on)
        items.append(DueItem(cid, name, when, (today - when).days, reason or "Follow up",
                             "cadence" if kind == "cadence" else kind, fid))
    # Plain cadence rounds: contacts due with no open follow-up standing in for them.
    ranges: list[tuple[str, tuple[str, ...]]] = [("<= ?", (horizon,))]
    order = ""
    if limit is not None:  # the earliest of each band, from the index
        ranges = _bands(today, horizon)
        order = f" ORDER BY c.next_follow_up_on, c.sort_name LIMIT {int(limit)}"
    c = connection()
    for where, params in ranges:
        for cid, name, nxt, last, own, circle in c.execute(
                _CADENCE_SQL.format(range=where) + only + order, params):
            when = dt.date.fromisoformat(nxt)
            reason = _cadence_reason(dt.date.fromisoformat(last) if last else None,
                                     schedule.effective_cadence(own, circle), today)
            items.append(DueItem(cid, name, when, (today - when).days, reason, "cadence"))
    items.extend(birthdays)
    items.sort(key=lambda i: (-i.overdue_days, KIND_ORDER[i.kind], i.display_name.casefold()))
    return items


def _counts(today: dt.date, horizon: str, stored: list[_Stored],
            birthdays: list[DueItem]) -> dict[str, int]:
    """The cadence rounds are counted in SQL over the index of next follow-ups; people
    whose open follow-up stands in for their round are taken off again.

    Those are told apart without a query per person: ``schedule.refresh`` keeps
    ``next_follow_up_on`` at the earliest open follow-up of anyone who has one, so
    the people to take off are those among ``stored``, by their earliest.
    """
    day = today.isoformat()
    out = {"overdue": 0, "today": 0, "soon": 0, "birthdays": 0}
    live = "SELECT COUNT(*) FROM contact c WHERE c.deleted_at IS NULL AND c.next_follow_up_on"
    out["overdue"], out["today"], out["soon"] = connection().execute(
        f"SELECT ({live} < :day), ({live} = :day), ({live} > :day AND "
        "c.next_follow_up_on <= :horizon)", {"day": day, "horizon": horizon}).fetchone()

    def band(on: str) -> str:
        return "overdue" if on < day else "today" if on == day else "soon"

    earliest: dict[int, str] = {}
    for _fid, cid, _name, due_on, snoozed, _reason, _kind in stored:
        when = max(due_on, snoozed) if snoozed else due_on
        out[band(when)] += 1
        earliest.setdefault(cid, when)  # ``stored`` is in date order
    for when in earliest.values():
        out[band(when)] -= 1
    for item in birthdays:
        out["birthdays" if item.overdue_days >= 0 else "soon"] += 1
    return out


def _birthdays(today: dt.date, days: int, only: str = "") -> list[DueItem]:
    c = connection()
    handled: dict[tuple[int, str], tuple[str, str | None]] = {
        (cid, due_on): (status, snoozed)
        for cid, due_on, status, snoozed in c.execute(
            "SELECT contact_id, due_on, status, snoozed_until FROM follow_up "
            "WHERE kind = 'birthday' AND due_on >= ?",
            ((today - dt.timedelta(days=BIRTHDAY_CATCH_UP_DAYS + 1)).isoformat(),),
        )
    }
    out = []
    # Only the month-days in the window (indexed), unless the window is a year or more.
    window = [today + dt.timedelta(days=n)
              for n in range(-BIRTHDAY_CATCH_UP_DAYS - 1, days + 2)] if days < 360 else []
    month_days = sorted({f"{d.month:02d}-{d.day:02d}" for d in window} | (
        {"02-29"} if any(d.month in (2, 3) for d in window) else set()))
    where = f" AND substr(c.birthday, -5) IN ({','.join('?' * len(month_days))})" \
        if month_days else ""
    # The day each month-day falls on in the window, worked out once (29 February too).
    near = {md: schedule.birthday_near(f"--{md}", today, BIRTHDAY_CATCH_UP_DAYS, days)
            for md in month_days}
    for cid, name, birthday in c.execute(
        "SELECT c.id, c.display_name, c.birthday FROM contact c "
        "WHERE c.deleted_at IS NULL AND c.birthday IS NOT NULL" + where + only, month_days
    ):
        day = near.get(birthday[-5:]) if near else \
            schedule.birthday_near(birthday, today, BIRTHDAY_CATCH_UP_DAYS, days)
        if day is None:
            continue
        state = handled.get((cid, day.isoformat())) if handled else None
        when = day
        if state is not None:
            status, snoozed = state
            if status != "open":
                continue
            when = schedule.effective_due(day, schedule.as_date(snoozed))
            if (when - today).days > days:
                continue
        age = schedule.age_on(birthday, day)
        # Not strftime: it imports the time module on every call (hundreds of rows).
        reason = (f"Birthday ({'turns ' + str(age) + ', ' if age else ''}"
                  f"{day.day:02d} {MONTHS[day.month - 1]})")
        out.append(DueItem(cid, name, when, (today - when).days, reason, "birthday",
                           birthday_on=day))
    return out
