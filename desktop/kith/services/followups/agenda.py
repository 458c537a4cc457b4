"""What is due: reminders as of a day, most urgent first, and how many in each band.

Three kinds of reminders come from stored ``follow_up`` rows (``explicit``
with a reason, ``event`` after meeting someone, and a ``cadence`` round once
it has been snoozed); the plain cadence round is computed from
``contact.next_follow_up_on``; birthdays are computed from ``contact.birthday``
and remembered once handled. Every function takes ``today`` so that scripts
and tests can ask "as of" any date. Acting on a reminder is ``actions``.

Who has an open follow-up standing in for their cadence round is known without
a query per person: ``schedule.refresh`` keeps ``next_follow_up_on`` at the
earliest open follow-up of anyone who has one, so whoever is due by a day and
has one is among the stored follow-ups read for that day.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from peewee import SQL, Case, Select, fn

from kith.i18n import plural, show_day_month, translate
from kith.services.followups import schedule
from kith.store.database import database, fetch
from kith.store.models import Circle, Contact, FollowUp

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
        return translate("Agenda", "today")
    if days < 60:
        return plural("Agenda", "%n day ago", "%n days ago", days)
    if days < 730:
        return plural("Agenda", "%n month ago", "%n months ago", days // 30)
    return plural("Agenda", "%n year ago", "%n years ago", days // 365)


_AFTER_EVENT = "Follow up after "  # how an import words the follow-up it sets (commit.py)


def shown_reason(reason: str, kind: str) -> str:
    """A stored follow-up's reason as the reader's language says it: the words an import
    wrote (kept in English in the database, as the command line prints them) are
    translated; what a person typed is theirs. The Today list and the calendar's events
    word a follow-up alike."""
    if not reason:
        return translate("Agenda", "Follow up")
    if kind == "event" and reason.startswith(_AFTER_EVENT):
        return translate("Agenda", "Follow up after {event}").format(
            event=reason[len(_AFTER_EVENT):])
    return reason


def _cadence_reason(last: dt.date | None, cadence: int | None, today: dt.date) -> str:
    every = (plural("Agenda", "every %n day", "every %n days", cadence) if cadence
             else translate("Agenda", "keep in touch"))
    if last is None:
        return translate("Agenda", "Keep in touch ({every}); no contact logged yet").format(
            every=every)
    return translate("Agenda", "Keep in touch ({every}); last contact {ago}").format(
        every=every, ago=_ago((today - last).days))


# --- the queries ------------------------------------------------------------------
# When a stored follow-up is due: its date, or the end of its snooze.
_EFFECTIVE = fn.MAX(FollowUp.due_on, fn.COALESCE(FollowUp.snoozed_until, FollowUp.due_on))


class _Stored(NamedTuple):
    """An open follow-up, as ``due`` needs it."""

    id: int
    contact_id: int
    display_name: str
    due: dt.date  # the effective date: its own, or the end of its snooze
    reason: str
    kind: str


def _stored(horizon: dt.date, contact_id: int | None = None) -> list[_Stored]:
    """Open follow-ups due by ``horizon``, in the order the views sort by (date, kind,
    name), so a limit keeps what they show first. ``due_on <= horizon`` is implied by
    the second test (a snooze only moves a date later) and is the one the index answers."""
    query = (FollowUp
             .select(FollowUp.id, FollowUp.contact, Contact.display_name, _EFFECTIVE,
                     FollowUp.reason, FollowUp.kind)
             .join(Contact)
             .where(FollowUp.status == "open", FollowUp.kind != "birthday",
                    Contact.deleted_at.is_null(), FollowUp.due_on <= horizon,
                    _EFFECTIVE <= horizon)
             .order_by(_EFFECTIVE, Case(FollowUp.kind, (("explicit", 0), ("event", 1)), 3),
                       Contact.sort_name))
    if contact_id is not None:
        query = query.where(FollowUp.contact == contact_id)
    days: dict[str, dt.date] = {}
    out = []
    for fid, cid, name, on, reason, kind in fetch(query):
        day = days.get(on)
        if day is None:
            day = days[on] = dt.date.fromisoformat(on)
        out.append(_Stored(fid, cid, name, day, reason, kind))
    return out


def _standing(stored: list[_Stored]) -> dict[int, dt.date]:
    """The people whose open follow-up stands in for their cadence round, each with
    their earliest: what ``schedule.refresh`` keeps as their ``next_follow_up_on``."""
    earliest: dict[int, dt.date] = {}
    for item in stored:  # in date order
        earliest.setdefault(item.contact_id, item.due)
    return earliest


def _cadence_rows(on: Any, contact_id: int | None, limit: int | None) -> Iterable[tuple[Any, ...]]:
    """(id, name, next follow-up, last contact, own cadence, circle) of the live contacts
    whose next follow-up meets ``on``; from the covering index ``contact_due_cover``."""
    query = (Contact
             .select(Contact.id, Contact.display_name, Contact.next_follow_up_on,
                     Contact.last_contact_on, Contact.cadence_days, Contact.circle)
             .where(Contact.deleted_at.is_null(), on))
    if contact_id is not None:
        query = query.where(Contact.id == contact_id)
    if limit is not None:
        query = query.order_by(Contact.next_follow_up_on, Contact.sort_name).limit(limit)
    return fetch(query)


def _band(when: dt.date, today: dt.date) -> int:
    """1 overdue, 0 today, -1 coming."""
    return (when < today) - (when > today)


def _bands(today: dt.date, horizon: dt.date) -> list[tuple[int, Any]]:
    """The three bands a view shows apart (overdue, today, coming), as conditions."""
    on = Contact.next_follow_up_on
    return [(1, on < today), (0, on == today),
            (-1, on.between(today + dt.timedelta(days=1), horizon))]


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while the items are built.

    Tens of thousands of new items (which hold no reference cycles: reference
    counting frees them) trip its full passes over every object the process has
    loaded: at 50,000 contacts, due() took a median 137-149 ms with it and 84-92 ms
    without, in the same run (23,244 items).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --- what is due ------------------------------------------------------------------
def due(today: dt.date, days: int = 0, contact_id: int | None = None,
        limit: int | None = None) -> list[DueItem]:
    """Everything due on or before ``today + days``, most urgent first.

    With ``limit``, at most that many stored follow-ups and as many plain
    cadence rounds are kept in each band (overdue, today, coming; the earliest
    first): enough for a view that shows the most urgent of each section,
    without building every item for fifty thousand people. ``counts`` gives the
    totals, and ``agenda`` both at once.
    """
    horizon = today + dt.timedelta(days=days)
    with _no_cycle_collection():
        birthdays = _birthdays(today, days, contact_id)
        if limit is not None:
            return _top(today, horizon, contact_id, limit, birthdays)
        return _items(today, horizon, contact_id, None, _stored(horizon, contact_id), birthdays)


def agenda(today: dt.date, days: int = 7,
           limit: int | None = None) -> tuple[list[DueItem], dict[str, int]]:
    """``due(today, days, limit=limit)`` and ``counts(today, days)``, each table read once."""
    horizon = today + dt.timedelta(days=days)
    with _no_cycle_collection():
        birthdays = _birthdays(today, days)
        if limit is not None:  # the most urgent and the totals, counted in SQL
            return (_top(today, horizon, None, limit, birthdays),
                    _sql_counts(today, horizon, birthdays))
        stored = _stored(horizon)
        return (_items(today, horizon, None, None, stored, birthdays),
                _counts(today, horizon, stored, birthdays))


def counts(today: dt.date, days: int = 7) -> dict[str, int]:
    """How many reminders are overdue, due today, and coming in the next ``days`` days
    (birthdays counted apart, as ``birthdays``: those of today and the catch-up week)."""
    horizon = today + dt.timedelta(days=days)
    return _sql_counts(today, horizon, _birthdays(today, days))


# (date, kind, name, which list, position): the views' order, compared in C.
_Keyed = tuple[str, int, str, int, int, DueItem]


def _items(today: dt.date, horizon: dt.date, contact_id: int | None, limit: int | None,
           stored: list[_Stored], birthdays: list[DueItem]) -> list[DueItem]:
    """Every reminder in the views' order: by date, kind (explicit, event, birthday,
    cadence), then name; ties as they were read (stored, cadence rounds, birthdays).

    Each item is sorted under a key made beside it: at 50,000 people ``due`` sorts
    ~23,000 items, and a key function called per item cost ~15 ms of it.
    """
    keyed: list[_Keyed] = []
    kept = {-1: 0, 0: 0, 1: 0}  # how many of each band (coming, today, overdue) so far
    for n, (fid, cid, name, when, reason, kind) in enumerate(stored):
        band = _band(when, today)
        if limit is not None and kept[band] >= limit:
            continue
        kept[band] += 1
        keyed.append((when.isoformat(), KIND_ORDER[kind], name.casefold(), 0, n, DueItem(
            cid, name, when, (today - when).days, shown_reason(reason, kind),
            kind, fid)))
    _cadence_rounds(keyed, today, horizon, contact_id, limit, _standing(stored))
    keyed.extend((item.due.isoformat(), 2, item.display_name.casefold(), 2, n, item)
                 for n, item in enumerate(birthdays))
    keyed.sort()
    return [entry[5] for entry in keyed]


def _cadence_rounds(keyed: list[_Keyed], today: dt.date, horizon: dt.date,
                    contact_id: int | None, limit: int | None,
                    standing: dict[int, dt.date]) -> None:
    """Add to ``keyed`` the plain cadence rounds: the people due with no open
    follow-up (``standing``) in their place."""
    circles: dict[int, int | None] = dict(
        Circle.select(Circle.id, Circle.cadence_days).tuples().iterator())
    # Thousands of people share a day and a reason: each worked out once.
    days: dict[str, tuple[dt.date, int]] = {}
    reasons: dict[tuple[str | None, int | None, int | None], str] = {}
    ranges = [(2, Contact.next_follow_up_on <= horizon)] if limit is None else \
        _bands(today, horizon)
    left_out = Counter(_band(when, today) for when in standing.values())
    for band, on in ranges:
        # With a limit, read as many more as there are people to leave out.
        cut = None if limit is None else limit + left_out[band]
        kept = 0
        for cid, name, nxt, last, own, circle in _cadence_rows(on, contact_id, cut):
            if cid in standing or (limit is not None and kept >= limit):
                continue
            kept += 1
            day = days.get(nxt)
            if day is None:
                when = dt.date.fromisoformat(nxt)
                day = days[nxt] = (when, (today - when).days)
            reason = reasons.get((last, own, circle))
            if reason is None:
                reason = reasons[last, own, circle] = _cadence_reason(
                    dt.date.fromisoformat(last) if last else None,
                    schedule.effective_cadence(own, circles.get(circle)), today)
            keyed.append((nxt, 3, name.casefold(), 1, len(keyed),
                          DueItem(cid, name, day[0], day[1], reason, "cadence")))


# --- the most urgent of each band, read with LIMIT --------------------------------
# Once tens of thousands are due (a 20,000-card event imported: a follow-up each), a
# view that shows 100 per section must not read, build and skip everyone: each band's
# stored follow-ups and cadence rounds are read with LIMIT, and the totals are counted
# in SQL (``_sql_counts``). ``_items`` over everything stays the reference (and ``due``
# without a limit).
def _open_stored(horizon: dt.date) -> Any:
    """The conditions of ``_stored``: open follow-ups (birthdays aside) of live people,
    due by ``horizon``."""
    return ((FollowUp.status == "open") & (FollowUp.kind != "birthday")
            & Contact.deleted_at.is_null() & (FollowUp.due_on <= horizon)
            & (_EFFECTIVE <= horizon))


def _band_conditions(column: Any, today: dt.date, horizon: dt.date) -> list[tuple[int, Any]]:
    return [(1, column < today), (0, column == today),
            (-1, (column > today) & (column <= horizon))]


def _band_case(column: Any, today: dt.date) -> Any:
    return Case(None, ((column < today, 1), (column == today, 0)), -1)


def _standing_ids(horizon: dt.date) -> Select:
    """The people whose open follow-up stands in for their cadence round (``_standing``),
    as a subquery that SQLite builds once (correlated, it probed the wrong index per row)."""
    f = FollowUp.alias("standing")
    effective = fn.MAX(f.due_on, fn.COALESCE(f.snoozed_until, f.due_on))
    return f.select(f.contact).where(
        (f.status == "open") & (f.kind != "birthday") & (f.due_on <= horizon)
        & (effective <= horizon))


def _top(today: dt.date, horizon: dt.date, contact_id: int | None, limit: int,
         birthdays: list[DueItem]) -> list[DueItem]:
    """What ``_items`` returns with ``limit``: per band, the first ``limit`` stored
    follow-ups and the first ``limit`` plain cadence rounds in the views' order."""
    keyed: list[_Keyed] = []
    kinds = Case(FollowUp.kind, (("explicit", 0), ("event", 1)), 3)
    # A snooze only moves a date later: the effective date of the overdue band and of today
    # bounds ``due_on`` too, which narrows the index range read.
    stored_bands = _band_conditions(_EFFECTIVE, today, horizon)
    stored_bands[0] = (1, stored_bands[0][1] & (FollowUp.due_on < today))
    stored_bands[1] = (0, stored_bands[1][1] & (FollowUp.due_on <= today))
    for _band_no, condition in stored_bands:
        query = (FollowUp
                 .select(FollowUp.id, FollowUp.contact, Contact.display_name, _EFFECTIVE,
                         FollowUp.reason, FollowUp.kind)
                 .join(Contact)
                 .where(_open_stored(horizon), condition)
                 .order_by(_EFFECTIVE, kinds, Contact.sort_name)
                 .limit(limit))
        if contact_id is not None:
            query = query.where(FollowUp.contact == contact_id)
        for fid, cid, name, on, reason, kind in fetch(query):
            when = dt.date.fromisoformat(on)
            keyed.append((on, KIND_ORDER[kind], name.casefold(), 0, len(keyed), DueItem(
                cid, name, when, (today - when).days, shown_reason(reason, kind),
            kind, fid)))
    circles: dict[int, int | None] = dict(
        Circle.select(Circle.id, Circle.cadence_days).tuples().iterator())
    for _band_no, condition in _band_conditions(Contact.next_follow_up_on, today, horizon):
        query = (Contact
                 .select(Contact.id, Contact.display_name, Contact.next_follow_up_on,
                         Contact.last_contact_on, Contact.cadence_days, Contact.circle)
                 .where(Contact.deleted_at.is_null(), condition,
                        Contact.id.not_in(_standing_ids(horizon)))
                 .order_by(Contact.next_follow_up_on, Contact.sort_name)
                 .limit(limit))
        if contact_id is not None:
            query = query.where(Contact.id == contact_id)
        for cid, name, nxt, last, own, circle in fetch(query):
            when = dt.date.fromisoformat(nxt)
            reason = _cadence_reason(dt.date.fromisoformat(last) if last else None,
                                     schedule.effective_cadence(own, circles.get(circle)), today)
            keyed.append((nxt, 3, name.casefold(), 1, len(keyed),
                          DueItem(cid, name, when, (today - when).days, reason, "cadence")))
    keyed.extend((item.due.isoformat(), 2, item.display_name.casefold(), 2, n, item)
                 for n, item in enumerate(birthdays))
    keyed.sort()
    return [entry[5] for entry in keyed]


def _sql_counts(today: dt.date, horizon: dt.date, birthdays: list[DueItem]) -> dict[str, int]:
    """``_counts`` without reading every stored follow-up: per band, everyone due (counted
    over the index of next follow-ups), the stored follow-ups, and the people whose open
    follow-up stands in for their round taken off again (by the band they are listed in).
    Each of these reads only what it counts: no list of 20,000 ids is matched against the
    50,000 next follow-ups."""
    on = Contact.next_follow_up_on
    live = Contact.deleted_at.is_null()
    everyone = [Contact.select(fn.COUNT(Contact.id)).where(live, condition)
                for _band_no, condition in _band_conditions(on, today, horizon)]
    overdue, due_today, soon = Select(columns=everyone).scalar(database, as_tuple=True)
    out = {"overdue": overdue, "today": due_today, "soon": soon, "birthdays": 0}
    names = {1: "overdue", 0: "today", -1: "soon"}
    band = _band_case(_EFFECTIVE, today)
    stored = (FollowUp.select(band, fn.COUNT(FollowUp.id)).join(Contact)
              .where(_open_stored(horizon)).group_by(band))
    for which, n in fetch(stored):
        out[names[which]] += n
    listed = Case(None, ((on < today, 1), (on == today, 0),
                         ((on > today) & (on <= horizon), -1)), None)
    standing = (Contact.select(listed, fn.COUNT(Contact.id))
                .where(live, Contact.id.in_(_standing_ids(horizon)))
                .group_by(listed))
    for which, n in fetch(standing):
        if which is not None:
            out[names[which]] -= n
    for birthday in birthdays:
        out["birthdays" if birthday.overdue_days >= 0 else "soon"] += 1
    return out


# --- how many -----------------------------------------------------------------------
def _counts(today: dt.date, horizon: dt.date, stored: list[_Stored],
            birthdays: list[DueItem]) -> dict[str, int]:
    """The cadence rounds are counted in SQL over the index of next follow-ups; people
    whose open follow-up stands in for their round are taken off again."""
    on = Contact.next_follow_up_on

    def live(condition: Any) -> Select:
        return Contact.select(fn.COUNT(Contact.id)).where(Contact.deleted_at.is_null(), condition)

    overdue, due_today, soon = Select(columns=(
        live(on < today), live(on == today),
        live(on.between(today + dt.timedelta(days=1), horizon)))).scalar(database, as_tuple=True)
    out = {"overdue": overdue, "today": due_today, "soon": soon, "birthdays": 0}
    names = {1: "overdue", 0: "today", -1: "soon"}
    for item in stored:
        out[names[_band(item.due, today)]] += 1
    for when in _standing(stored).values():
        out[names[_band(when, today)]] -= 1
    for birthday in birthdays:
        out["birthdays" if birthday.overdue_days >= 0 else "soon"] += 1
    return out


# --- birthdays ----------------------------------------------------------------------
def _birthdays(today: dt.date, days: int, contact_id: int | None = None) -> list[DueItem]:
    handled: dict[tuple[int, dt.date], tuple[str, dt.date | None]] = {
        (cid, due_on): (status, snoozed)
        for cid, due_on, status, snoozed in FollowUp
        .select(FollowUp.contact, FollowUp.due_on, FollowUp.status, FollowUp.snoozed_until)
        .where(FollowUp.kind == "birthday",
               FollowUp.due_on >= today - dt.timedelta(days=BIRTHDAY_CATCH_UP_DAYS + 1))
        .tuples().iterator()
    }
    query = Contact.select(Contact.id, Contact.display_name, Contact.birthday).where(
        Contact.deleted_at.is_null(), Contact.birthday.is_null(False))
    # Only the month-days in the window, unless the window is a year or more: the
    # expression index ``contact_birthday_md`` answers ``substr(birthday, -5)`` (-5 written
    # into the SQL, as in the index, not passed as a parameter).
    window = [today + dt.timedelta(days=n)
              for n in range(-BIRTHDAY_CATCH_UP_DAYS - 1, days + 2)] if days < 360 else []
    month_days = sorted({f"{d.month:02d}-{d.day:02d}" for d in window} | (
        {"02-29"} if any(d.month in (2, 3) for d in window) else set()))
    if month_days:
        query = query.where(fn.substr(Contact.birthday, SQL("-5")).in_(month_days))
    if contact_id is not None:
        query = query.where(Contact.id == contact_id)
    # The day each month-day falls on in the window, worked out once (29 February too).
    near = {md: schedule.birthday_near(f"--{md}", today, BIRTHDAY_CATCH_UP_DAYS, days)
            for md in month_days}
    out = []
    for cid, name, birthday in fetch(query):
        day = near.get(birthday[-5:]) if near else \
            schedule.birthday_near(birthday, today, BIRTHDAY_CATCH_UP_DAYS, days)
        if day is None:
            continue
        state = handled.get((cid, day)) if handled else None
        when = day
        if state is not None:
            status, snoozed = state
            if status != "open":
                continue
            when = schedule.effective_due(day, snoozed)
            if (when - today).days > days:
                continue
        age = schedule.age_on(birthday, day)
        reason = (translate("Agenda", "Birthday (turns {age}, {day})").format(
            age=age, day=show_day_month(day)) if age else
            translate("Agenda", "Birthday ({day})").format(day=show_day_month(day)))
        out.append(DueItem(cid, name, when, (today - when).days, reason, "birthday",
                           birthday_on=day))
    return out
