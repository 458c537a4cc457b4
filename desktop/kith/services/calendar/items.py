"""What goes on the calendar: follow-ups and birthdays as dated items with stable UIDs.

- Every reminder ``kith due --days N`` lists (cadence rounds, follow-ups after an
  event, explicit follow-ups), except birthdays, which come as their own yearly
  events. An overdue reminder is put on ``today``: a calendar entry in the past is
  one nobody sees; its description says since when it is due.
- Every open follow-up set with a date (explicit, after an event, a snoozed round)
  after the window too: it is a date someone chose.
- Every live contact's birthday as an event that recurs every year (a birthday
  without a year starts in 2000, a leap year, so 29 February is a valid first day).

The UID says what the item is, never where it was in a list, so exporting again
after a change updates the entries a calendar already has instead of adding more:
a stored follow-up is known by its id, a cadence round and a birthday by the person
(one of each per person at a time). The person's part is their card's UID when
they have one (it survives an export and import into another profile), hashed so
that nothing of a card's text ends up in a calendar's resource names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from peewee import fn

from kith.i18n import plural, show_day_month, translate
from kith.services.followups import schedule
from kith.services.followups.agenda import due, shown_reason  # the Today list's words
from kith.store.database import chunks, fetch
from kith.store.models import Contact, FollowUp

DEFAULT_DAYS = 30
YEARLESS_START = 2000  # a leap year: every month-day, 29 February too, is a valid first day
UID_DOMAIN = "kith.invalid"  # RFC 2606: a name that is nobody's host


@dataclass(frozen=True)
class CalendarItem:
    """One entry: an all-day event on ``day`` (every year on it when ``yearly``)."""

    uid: str
    kind: str  # cadence | event | explicit | birthday
    contact_id: int
    summary: str
    description: str
    day: dt.date
    yearly: bool = False


def contact_key(uid: str | None, contact_id: int) -> str:
    """The person's part of a UID: from their card's UID, else their id here."""
    source = f"card:{uid}" if uid else f"contact:{contact_id}"
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:20]


def item_uid(kind: str, key: str, follow_up_id: int | None = None) -> str:
    if kind in ("cadence", "birthday") or follow_up_id is None:
        return f"kith-{kind}-{key}@{UID_DOMAIN}"
    return f"kith-followup-{follow_up_id}-{key}@{UID_DOMAIN}"


def _shared_uids() -> set[str]:
    """Card UIDs more than one contact has (two people's events must never share a UID:
    those people are known by their ids instead)."""
    return {uid for (uid,) in fetch(
        Contact.select(Contact.uid).where(Contact.uid.is_null(False))
        .group_by(Contact.uid).having(fn.COUNT(Contact.id) > 1))}


def _key(uid: str | None, contact_id: int, shared: set[str]) -> str:
    return contact_key(None if uid in shared else uid, contact_id)


def _keys(contact_ids: set[int], shared: set[str]) -> dict[int, str]:
    out: dict[int, str] = {}
    for piece in chunks(sorted(contact_ids)):
        for cid, uid in fetch(Contact.select(Contact.id, Contact.uid)
                              .where(Contact.id.in_(piece))):
            out[cid] = _key(uid, cid, shared)
    return out


def _due_text(due_on: dt.date, today: dt.date, reason: str) -> str:
    late = (today - due_on).days
    if late <= 0:
        return reason
    since = plural("Calendar", "Due since {day} (%n day overdue).",
                   "Due since {day} (%n days overdue).", late).format(day=show_day_month(due_on))
    return f"{since}\n{reason}" if reason else since


def _summary(kind: str, name: str, reason: str) -> str:
    if kind == "cadence":
        return translate("Calendar", "Keep in touch with {name}").format(name=name)
    return translate("Calendar", "{name}: {reason}").format(name=name, reason=reason)


def follow_ups(today: dt.date, days: int) -> list[CalendarItem]:
    """The reminders due by ``today + days`` and the dated follow-ups after that."""
    horizon = today + dt.timedelta(days=days)
    listed = [i for i in due(today, days) if i.kind != "birthday"]
    later = list(fetch(
        FollowUp.select(FollowUp.id, FollowUp.contact, Contact.display_name, FollowUp.due_on,
                        FollowUp.snoozed_until, FollowUp.reason, FollowUp.kind)
        .join(Contact)
        .where(FollowUp.status == "open", FollowUp.kind != "birthday",
               Contact.deleted_at.is_null(),
               (FollowUp.due_on > horizon) | (FollowUp.snoozed_until > horizon))
        .order_by(FollowUp.due_on, FollowUp.id)))
    keys = _keys({i.contact_id for i in listed} | {row[1] for row in later}, _shared_uids())
    out = []
    for item in listed:
        reason = item.reason
        out.append(CalendarItem(
            item_uid(item.kind, keys[item.contact_id], item.follow_up_id), item.kind,
            item.contact_id, _summary(item.kind, item.display_name, reason),
            _due_text(item.due, today, reason), max(item.due, today)))
    for fid, cid, name, due_on, snoozed, reason, kind in later:
        when = schedule.effective_due(dt.date.fromisoformat(due_on),
                                      dt.date.fromisoformat(snoozed) if snoozed else None)
        if when <= horizon:
            continue  # listed above
        text = shown_reason(reason, kind)
        out.append(CalendarItem(item_uid(kind, keys[cid], fid), kind, cid,
                                _summary(kind, name, text), text, when))
    return out


def birthdays() -> Iterator[CalendarItem]:
    """Every live contact's birthday, recurring yearly."""
    shared = _shared_uids()
    query = (Contact.select(Contact.id, Contact.uid, Contact.display_name, Contact.birthday)
             .where(Contact.deleted_at.is_null(), Contact.birthday.is_null(False))
             .order_by(Contact.id))
    for cid, uid, name, birthday in fetch(query):
        yearless = birthday.startswith("--")
        try:
            year = YEARLESS_START if yearless else int(birthday[:4])
        except ValueError:
            continue
        first = schedule.birthday_in(birthday, year)
        if first is None or (not yearless and first.month == 2 and first.day != int(
                birthday[-2:])):
            # Born on 29 February of a year without one: not a date.
            continue
        description = ("" if yearless else
                       translate("Calendar", "Born {date}.").format(date=first.isoformat()))
        yield CalendarItem(item_uid("birthday", _key(uid, cid, shared)), "birthday", cid,
                           translate("Calendar", "Birthday: {name}").format(name=name),
                           description, first, yearly=True)


def collect(today: dt.date, days: int = DEFAULT_DAYS,
            step: Callable[[int, int], None] | None = None) -> list[CalendarItem]:
    """Everything the calendar holds as of ``today``: follow-ups first, then birthdays."""
    items = follow_ups(today, days)
    if step is not None:
        step(1, 2)
    items.extend(birthdays())
    if step is not None:
        step(2, 2)
    return items
