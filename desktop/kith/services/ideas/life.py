"""The life-event prompts: news on re-import, a birthday this week, a need about to expire.

- news: a 'change' timeline entry (a new organisation or title on re-import)
  dated within the last ``CHANGE_WINDOW`` days with no interaction since;
- birthday: within the next ``BIRTHDAY_AHEAD`` days;
- expiring: an open need that expires within the next ``EXPIRING_AHEAD`` days.
"""

from __future__ import annotations

import datetime as dt

from peewee import SQL, fn

from kith.services.ideas import wording
from kith.services.ideas.context import (
    ACT_DISMISS,
    ACT_DRAFT,
    ACT_LOG,
    ACT_SNOOZE,
    Context,
    Prompt,
    ahead,
    day,
    quote,
    rows,
    select,
    show_date,
    when,
)
from kith.services.ideas.rules import silent_since
from kith.store.models import Contact, NeedOffer, TimelineEntry

CHANGE_WINDOW = 30
BIRTHDAY_AHEAD = 7
EXPIRING_AHEAD = 7


def life_events(ctx: Context) -> list[Prompt]:
    return _changes(ctx) + _birthdays(ctx) + _expiring(ctx)


def _changes(ctx: Context) -> list[Prompt]:
    t = TimelineEntry
    query = (select(t, t.contact, t.id, t.occurred_on, t.summary)
             .where(ctx.limit(t.contact, (t.kind == "change")
                              & t.occurred_on.between(
                                  ctx.today - dt.timedelta(days=CHANGE_WINDOW), ctx.today)
                              & silent_since(t.contact, t.occurred_on)))
             .order_by(t.occurred_on.desc(), t.id.desc()))
    found: dict[int, list[tuple[int, dt.date, str]]] = {}
    for cid, tid, date, summary in rows(query):
        if ctx.live(cid):
            found.setdefault(cid, []).append((tid, day(date), summary))
    out: list[Prompt] = []
    for cid, entries in found.items():
        days = (ctx.today - entries[0][1]).days
        what = "; ".join(dict.fromkeys(s for _, _, s in entries))
        subject, message = wording.news_mail(ctx.first(cid))
        ctx.add(out, Prompt(
            "life_event", [cid],
            wording.news(ctx.name(cid), ctx.first(cid), when(days), what),
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"life_event:change:{cid}", str(max(t for t, _, _ in entries)), 60 - days / 2,
            {"event": "change", "entries": [t for t, _, _ in entries],
             "subject": subject, "message": message},
        ))
    return out


def _birthdays(ctx: Context) -> list[Prompt]:
    days: dict[str, tuple[int, dt.date]] = {}
    for n in range(BIRTHDAY_AHEAD + 1):
        d = ctx.today + dt.timedelta(days=n)
        days.setdefault(f"{d:%m-%d}", (n, d))
        if f"{d:%m-%d}" == "02-28" and not _leap(d.year):  # 29 February, kept on the 28th
            days.setdefault("02-29", (n, d))
    # substr(birthday, -5) written as the expression index has it (schema 4), so SQLite
    # reads the index rather than every contact.
    month_day = fn.substr(Contact.birthday, SQL("-5"))
    query = (select(Contact, Contact.id, Contact.birthday)
             .where(ctx.limit(Contact.id, Contact.deleted_at.is_null()
                              & Contact.birthday.is_null(False) & month_day.in_(list(days)))))
    out: list[Prompt] = []
    for cid, birthday in rows(query):
        if not ctx.live(cid):
            continue
        n, on = days[birthday[-5:]]
        age = None
        if len(birthday) == 10 and birthday[:4].isdigit() and int(birthday[:4]) < on.year:
            age = on.year - int(birthday[:4])  # no age for a birth year not yet past
        subject, message = wording.birthday_mail(ctx.first(cid))
        ctx.add(out, Prompt(
            "life_event", [cid],
            wording.birthday(ctx.name(cid), ahead(n), show_date(on), age),
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"life_event:birthday:{cid}", on.isoformat(), 80 - 3 * n,
            {"event": "birthday", "date": on.isoformat(), "subject": subject,
             "message": message},
        ))
    return out


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _expiring(ctx: Context) -> list[Prompt]:
    n_ = NeedOffer
    query = (select(n_, n_.id, n_.contact, n_.text, n_.expires_on)
             .where(ctx.limit(n_.contact, (n_.kind == "need") & n_.contact.is_null(False)
                              & n_.closed_at.is_null() & (n_.created_on <= ctx.today)
                              & n_.expires_on.between(
                                  ctx.today, ctx.today + dt.timedelta(days=EXPIRING_AHEAD)))))
    out: list[Prompt] = []
    for nid, cid, text, expires in rows(query):
        if not ctx.live(cid):
            continue
        ends = day(expires)
        n = (ends - ctx.today).days
        subject, message = wording.expiring_mail(ctx.first(cid), text)
        ctx.add(out, Prompt(
            "life_event", [cid],
            wording.expiring(ctx.name(cid), quote(text), ahead(n), show_date(ends)),
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"life_event:expiring:{nid}", ends.isoformat(), 75 - 2 * n,
            {"event": "expiring", "need_id": nid, "subject": subject, "message": message},
        ))
    return out
