"""When to send a reminder, decided from a clock, so it can be tested with a fake one.

``Reminders.check(now)`` is called every minute by a timer and again whenever
the clock jumps (wake from sleep, a time-zone change). It answers with what to
notify about, if anything:

- nothing before the daily time (default 09:00, local time);
- at or after it, everyone due today or earlier who has not been announced
  today; a reminder that comes due while Kith runs is announced at the next
  check, and one missed while the machine slept is announced once on waking;
- nothing on a day the user paused reminders.

What was announced is written to ``notification_log`` (day, key), so nothing
is repeated, not even across a restart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from kith.i18n import plural, translate
from kith.services.followups import actions as followups
from kith.services.followups.actions import DueItem
from kith.store.database import chunks, database
from kith.store.models import NotificationLog

CHECK_LIMIT = 500


class Announcement(NamedTuple):
    items: list[DueItem]
    title: str
    message: str  # plain text: the notifier escapes it where the platform needs markup


def item_key(item: DueItem) -> str:
    return f"{item.kind}:{item.contact_id}:{(item.birthday_on or item.due).isoformat()}"


def summary(names: list[str], limit: int = 2, total: int | None = None) -> str:
    """'Follow up with Ana', '... Ana and Bob', '... Ana, Bob and 3 others'.

    ``total`` is how many there are in all when ``names`` holds only the first ones.
    """
    unique = list(dict.fromkeys(names))
    if not unique:
        return ""
    everyone = max(total or 0, len(unique))
    if len(unique) == 1 and everyone == 1:
        return translate("Reminders", "Follow up with {name}").format(name=unique[0])
    if everyone <= limit + 1:
        return translate("Reminders", "Follow up with {names} and {last}").format(
            names=", ".join(unique[:-1]), last=unique[-1])
    rest = everyone - limit
    return plural("Reminders", "Follow up with {names} and %Ln other",
                  "Follow up with {names} and %Ln others", rest).format(
        names=", ".join(unique[:limit]))


class Reminders:
    def __init__(self, notify_at: Callable[[], dt.time],
                 paused_on: Callable[[], str] = lambda: "",
                 top_prompt: Callable[[dt.date], str | None] | None = None) -> None:
        self._notify_at = notify_at
        self._paused_on = paused_on
        self._top_prompt = top_prompt

    def check(self, now: dt.datetime) -> Announcement | None:
        today = now.date()
        if self._paused_on() == today.isoformat() or now.time() < self._notify_at():
            return None
        # The most urgent few hundred, and the totals from SQL: cheap at 50,000 people.
        items = [i for i in followups.due(today, limit=CHECK_LIMIT) if i.overdue_days >= 0]
        totals = followups.counts(today, days=0)
        total = totals["overdue"] + totals["today"] + totals["birthdays"]
        sent = {key for (key,) in NotificationLog.select(NotificationLog.key)
                .where(NotificationLog.day == today).tuples().iterator()}
        fresh = [i for i in items if item_key(i) not in sent]
        if not fresh:
            return None
        stamp = now.replace(microsecond=0).isoformat(sep=" ")
        with database.atomic():
            # Three values a row: 300 rows keep a statement under 900 parameters.
            for piece in chunks([(today, item_key(i), stamp) for i in fresh], 300):
                NotificationLog.insert_many(
                    piece, fields=[NotificationLog.day, NotificationLog.key,
                                   NotificationLog.sent_at]).on_conflict_ignore().execute()
        everyone = [i.display_name for i in items]
        fresh_names = [i.display_name for i in fresh]
        names = fresh_names + [n for n in everyone if n not in fresh_names]
        people = len(set(everyone))
        count = people if total <= len(items) else total
        message = summary(names, total=count)
        if self._top_prompt is not None:
            tip = self._top_prompt(today)
            if tip:
                message += f"\n{tip}"
        title = plural("Reminders", "%Ln person is due today", "%Ln people are due today", count)
        return Announcement(fresh, title, message)
