"""What is due, and what the user does about it: done, skip this round, snooze.

Three kinds of reminders come from stored ``follow_up`` rows (``explicit``
with a reason, ``event`` after meeting someone, and a ``cadence`` round once
it has been snoozed); the plain cadence round is computed from
``contact.next_follow_up_on``; birthdays are computed from ``contact.birthday``
and remembered once handled. Every function takes ``today`` so that scripts
and tests can ask "as of" any date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from kith.services import schedule
from kith.services.contact_rows import conn
from kith.services.records import clean_text
from kith.store import connection as store

BIRTHDAY_CATCH_UP_DAYS = 7
KIND_ORDER = {"explicit": 0, "event": 1, "birthday": 2, "cadence": 3}


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

_STORED_SQL = (
    "SELECT f.id, f.contact_id, c.display_name, f.due_on, f.snoozed_until, f.reason, f.kind "
    "FROM follow_up f JOIN contact c ON c.id = f.contact_id "
    "WHERE f.status = 'open' AND f.kind != 'birthday' AND c.deleted_at IS NULL "
    f"AND f.due_on <= :horizon AND {_EFFECTIVE} <= :horizon"  # the first one is indexed
)

_CADENCE_SQL = (
    "SELECT c.id, c.display_name, c.next_follow_up_on, c.last_contact_on, c.cadence_days, "
    "ci.cadence_days FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id "
    "WHERE c.deleted_at IS NULL AND c.next_follow_up_on {range} AND NOT EXISTS ("
    "SELECT 1 FROM follow_up f WHERE f.contact_id = c.id AND f.status = 'open' "
    "AND f.kind != 'birthday')"
)


def _bands(today: dt.date, horizon: str) -> list[tuple[str, tuple[str, ...]]]:
    """The three bands a view shows apart, as SQL ranges: overdue, today, coming."""
    day, tomorrow = today.isoformat(), (today + dt.timedelta(days=1)).isoformat()
    return [("< ?", (day,)), ("= ?", (day,)), ("BETWEEN ? AND ?", (tomorrow, horizon))]


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
    return _due(today, days, only, limit, _birthdays(today, days, only))


def agenda(today: dt.date, days: int = 7,
           limit: int | None = None) -> tuple[list[DueItem], dict[str, int]]:
    """``due(today, days, limit=limit)`` and ``counts(today, days)``, birthdays read once."""
    birthdays = _birthdays(today, days)
    return _due(today, days, "", limit, birthdays), counts(today, days, birthdays)


def _due(today: dt.date, days: int, only: str, limit: int | None,
         birthdays: list[DueItem]) -> list[DueItem]:
    horizon = (today + dt.timedelta(days=days)).isoformat()
    c = conn()
    items: list[DueItem] = []
    # Stored follow-ups (explicit, post-event, snoozed cadence rounds): few, all read.
    kept = {-1: 0, 0: 0, 1: 0}  # how many of each band (coming, today, overdue) so far
    for fid, cid, name, due_on, snoozed, reason, kind in c.execute(
            _STORED_SQL + only + f" ORDER BY {_EFFECTIVE}, c.sort_name", {"horizon": horizon}):
        when = schedule.effective_due(dt.date.fromisoformat(due_on), schedule.as_date(snoozed))
        overdue = (today - when).days
        band = (overdue > 0) - (overdue < 0)
        if limit is not None and kept[band] >= limit:
            continue
        kept[band] += 1
        items.append(DueItem(cid, name, when, overdue, reason or "Follow up",
                             "cadence" if kind == "cadence" else kind, fid))
    # Plain cadence rounds: contacts due with no open follow-up standing in for them.
    ranges: list[tuple[str, tuple[str, ...]]] = [("<= ?", (horizon,))]
    order = ""
    if limit is not None:  # the earliest of each band, from the index
        ranges = _bands(today, horizon)
        order = f" ORDER BY c.next_follow_up_on, c.sort_name LIMIT {int(limit)}"
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


def _birthdays(today: dt.date, days: int, only: str = "") -> list[DueItem]:
    c = conn()
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
    month_days = sorted({f"{d:%m-%d}" for d in window} | (
        {"02-29"} if any(d.month in (2, 3) for d in window) else set()))
    where = f" AND substr(c.birthday, -5) IN ({','.join('?' * len(month_days))})" \
        if month_days else ""
    for cid, name, birthday in c.execute(
        "SELECT c.id, c.display_name, c.birthday FROM contact c "
        "WHERE c.deleted_at IS NULL AND c.birthday IS NOT NULL" + where + only, month_days
    ):
        day = schedule.birthday_near(birthday, today, BIRTHDAY_CATCH_UP_DAYS, days)
        if day is None:
            continue
        state = handled.get((cid, day.isoformat()))
        when = day
        if state is not None:
            status, snoozed = state
            if status != "open":
                continue
            when = schedule.effective_due(day, schedule.as_date(snoozed))
            if (when - today).days > days:
                continue
        age = schedule.age_on(birthday, day)
        reason = f"Birthday ({'turns ' + str(age) + ', ' if age else ''}{day:%d %B})"
        out.append(DueItem(cid, name, when, (today - when).days, reason, "birthday",
                           birthday_on=day))
    return out


def counts(today: dt.date, days: int = 7,
           birthdays: list[DueItem] | None = None) -> dict[str, int]:
    """How many reminders are overdue, due today, and coming in the next ``days`` days
    (birthdays counted apart, as ``birthdays``: those of today and the catch-up week).

    The cadence rounds are counted in SQL over the index of next follow-ups; the
    few people with an open follow-up (it stands in for their round) are taken
    off while their follow-ups are counted.
    """
    c = conn()
    day, horizon = today.isoformat(), (today + dt.timedelta(days=days)).isoformat()
    out = {"overdue": 0, "today": 0, "soon": 0, "birthdays": 0}
    live = "SELECT COUNT(*) FROM contact c WHERE c.deleted_at IS NULL AND c.next_follow_up_on"
    out["overdue"], out["today"], out["soon"] = c.execute(
        f"SELECT ({live} < :day), ({live} = :day), ({live} > :day AND "
        "c.next_follow_up_on <= :horizon)", {"day": day, "horizon": horizon}).fetchone()

    def band(on: str) -> str:
        return "overdue" if on < day else "today" if on == day else "soon"

    standing_in: set[int] = set()
    for cid, stored, cadence in c.execute(
        f"SELECT f.contact_id, {_EFFECTIVE}, c.next_follow_up_on FROM follow_up f "
        "JOIN contact c ON c.id = f.contact_id WHERE f.status = 'open' "
        "AND f.kind != 'birthday' AND c.deleted_at IS NULL"
    ):
        if stored <= horizon:
            out[band(stored)] += 1
        if cid not in standing_in:
            standing_in.add(cid)
            if cadence is not None and cadence <= horizon:
                out[band(cadence)] -= 1
    for item in _birthdays(today, days) if birthdays is None else birthdays:
        out["birthdays" if item.overdue_days >= 0 else "soon"] += 1
    return out


# --- acting on a reminder -------------------------------------------------------
@dataclass(frozen=True)
class Applied:
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
    c = conn()
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
    with store.atomic():
        fid, inserted, old_status, old_snooze = _row_for(item, today)
        conn().execute("UPDATE follow_up SET status = ?, resolved_at = ? WHERE id = ?",
                       (status, _stamp(today), fid))
        verb = "Followed up" if status == "done" else "Skipped this round"
        cursor = conn().execute(
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
    with store.atomic():
        fid, inserted, old_status, old_snooze = _row_for(item, today)
        conn().execute("UPDATE follow_up SET snoozed_until = ? WHERE id = ?",
                       (until.isoformat(), fid))
        schedule.refresh([item.contact_id])
    return Applied(item.contact_id, fid, inserted, old_status, old_snooze, None)


def revert(applied: Applied) -> None:
    """Undo a done, skip or snooze."""
    c = conn()
    with store.atomic():
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
    with store.atomic():
        return [snooze(item, until, today) for item in due(today)]


def set_explicit(contact_id: int, on: dt.date, reason: str, today: dt.date) -> int:
    """A follow-up for a date with a reason; it stands in for the cadence until done."""
    reason = clean_text(reason)
    if not reason:
        raise ValueError("Say why: a follow-up needs a reason.")
    with store.atomic():
        cursor = conn().execute(
            "INSERT INTO follow_up (contact_id, due_on, reason, kind, created_at) "
            "VALUES (?, ?, ?, 'explicit', ?)",
            (contact_id, on.isoformat(), reason, _stamp(today)),
        )
        schedule.refresh([contact_id])
    return int(cursor.lastrowid or 0)


def for_contact(contact_id: int, today: dt.date, days: int = 3650) -> list[DueItem]:
    return due(today, days, contact_id)
