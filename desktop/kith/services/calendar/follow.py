"""Whether an account keeps the follow-ups on a calendar after each sync, and that push.

The choice is a collection of the account (``SyncCollection``, kind ``calendar``):
``enabled`` is the switch, ``name`` the calendar wanted (created when the server has
none), ``url`` the calendar pushed to last ("" before the first push), and
``last_sync`` / ``last_error`` how that push went, beside the address books' status.
Turning it off only stops the pushes: the calendar on the server and its events
stay as they are (delete them there, or from any calendar app).

The push itself is ``kith.services.calendar.push``'s, as ``kith calendar --push``
runs it; the caller hands over a connected client (no secret is read here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from kith import clock
from kith.errors import Cancelled
from kith.services.calendar.items import DEFAULT_DAYS
from kith.services.calendar.push import DEFAULT_CALENDAR, PushReport
from kith.store.database import database
from kith.store.models import SyncCollection

__all__ = ["DEFAULT_CALENDAR", "choice", "push_after_sync", "set_choice"]


def _row(account_id: int) -> Any:
    return (SyncCollection.select()
            .where(SyncCollection.account == account_id, SyncCollection.kind == "calendar")
            .order_by(SyncCollection.id.desc()).first())


def choice(account_id: int) -> tuple[bool, str]:
    """(on, calendar name) for the account; off and the default name when never chosen."""
    row = _row(account_id)
    if row is None:
        return False, DEFAULT_CALENDAR
    return bool(row.enabled), str(row.name or DEFAULT_CALENDAR)


def set_choice(account_id: int, on: bool, name: str) -> None:
    """Switch the pushes after each sync on or off, and name the calendar."""
    name = " ".join(name.split()) or DEFAULT_CALENDAR
    with database.atomic():
        row = _row(account_id)
        if row is None:
            SyncCollection.insert(account=account_id, url="", name=name, kind="calendar",
                                  enabled=on).execute()
            return
        values: dict[Any, Any] = {SyncCollection.enabled: on, SyncCollection.name: name}
        if name.casefold() != str(row.name).casefold():
            values[SyncCollection.last_error] = None  # another calendar: its own story
        SyncCollection.update(values).where(SyncCollection.id == row.id).execute()


def push_after_sync(client: Any, account_id: int, today: dt.date | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> PushReport | None:
    """Push the follow-ups to the account's calendar when that is switched on (None when
    off). Raises the push's ``DavError`` (recorded as the calendar's last error first)."""
    from kith.services.calendar import push
    from kith.services.sync.dav import DavError

    on, name = choice(account_id)
    if not on:
        return None
    current = push.current_calendar(account_id)
    wanted = None if current is not None and current.name.casefold() == name.casefold() \
        else name  # the calendar of last time: no need to look for it again
    row_id = _row(account_id).id
    try:
        calendar = push.choose_calendar(client, account_id, wanted)
        report = push.push(client, account_id, calendar, today or clock.today(), DEFAULT_DAYS,
                           progress, cancelled)
    except Cancelled:
        raise
    except DavError as exc:
        with database.atomic():
            SyncCollection.update(last_error=str(exc)).where(
                SyncCollection.id == row_id).execute()
        raise
    error = report.errors[0][1] if report.errors else None
    with database.atomic():
        SyncCollection.update(url=calendar.url, last_sync=clock.now(), last_error=error).where(
            SyncCollection.id == row_id).execute()
    return report
