"""Follow-ups and birthdays pushed to a CalDAV calendar of a sync account, kept in step.

Each push lists the calendar (one PROPFIND), then makes it hold exactly what the
export would: an event new in Kith is created (``If-None-Match: *``), one that
changed is replaced (``If-Match`` the ETag just listed), one that is no longer there
(done, skipped, snoozed past the window, the person deleted) is deleted, and an
unchanged one costs nothing. Each event lives at a name made from its UID, so a push
interrupted half-way (or whose records were lost) finds its own events again on the
next run and never adds a second copy. An event someone edited on the server stays
as they left it until Kith's side of it changes.

The account's password is never read here: the command line and the window fetch it
from the keyring and hand over a connected ``DavClient``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from kith import clock
from kith.errors import Cancelled
from kith.i18n import translate
from kith.services.calendar import ics
from kith.services.calendar.items import CalendarItem, collect
from kith.services.sync.dav import (
    BadResponse,
    Collection,
    DavClient,
    Forbidden,
    NotFound,
    PreconditionFailed,
    ServerError,
)
from kith.store.database import database
from kith.store.models import CalendarPush, CalendarPushItem

DEFAULT_CALENDAR = "Kith follow-ups"
CONTENT_TYPE = "text/calendar; charset=utf-8"
#: Per-event failures: reported, the rest of the push goes on. Anything else (the server
#: unreachable, the login refused) stops the push.
ITEM_ERRORS = (PreconditionFailed, ServerError, Forbidden, BadResponse)


@dataclass
class PushReport:
    calendar: str
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (event, message)

    def as_json(self) -> dict[str, object]:
        return {"calendar": self.calendar, "created": self.created, "updated": self.updated,
                "deleted": self.deleted, "unchanged": self.unchanged,
                "errors": [{"event": e, "message": m} for e, m in self.errors]}


def _path(url: str) -> str:
    return unquote(urlsplit(url).path).rstrip("/")


def href_for(calendar_url: str, uid: str) -> str:
    """Where the event ``uid`` lives: its UID without the domain, plain ASCII."""
    base = calendar_url if calendar_url.endswith("/") else calendar_url + "/"
    return urljoin(base, uid.split("@", 1)[0] + ".ics")


def _is_ours(href: str) -> bool:
    name = _path(href).rsplit("/", 1)[-1]
    return name.startswith("kith-") and name.endswith(".ics")


# --- which calendar --------------------------------------------------------------------
def current_calendar(account_id: int) -> Collection | None:
    row = CalendarPush.get_or_none(CalendarPush.account == account_id)
    if row is None:
        return None
    return Collection(row.name, row.calendar_url, "calendar", None, None)


def _home(client: DavClient, collections: list[Collection]) -> str:
    """Where a new calendar goes: the calendar home set, else beside an existing calendar,
    else beside an address book."""
    home = client.calendar_home()
    if home is not None:
        return home
    for kind in ("calendar", "addressbook"):
        for c in collections:
            if c.kind == kind:
                return urljoin(c.url.rstrip("/") + "/", "..")
    return client.url


def choose_calendar(client: DavClient, account_id: int, name: str | None) -> Collection:
    """The calendar the account's follow-ups go to: the one named ``name`` (created when
    there is none), else the one used last time, else a new one named
    ``DEFAULT_CALENDAR``. Remembered for the next push; choosing another one starts
    that one afresh (the events stay in the old one)."""
    current = current_calendar(account_id)
    if name is None and current is not None:
        return current
    wanted = (name or DEFAULT_CALENDAR).strip()
    found = client.discover()
    match = [c for c in found if c.kind == "calendar" and c.name.casefold() == wanted.casefold()]
    chosen = match[0] if match else client.make_calendar(_home(client, found), wanted)
    with database.atomic():
        if current is not None and _path(current.url) != _path(chosen.url):
            CalendarPushItem.delete().where(CalendarPushItem.account == account_id).execute()
        CalendarPush.insert(account=account_id, calendar_url=chosen.url, name=chosen.name,
                            ).on_conflict(conflict_target=[CalendarPush.account], preserve=[
                                CalendarPush.calendar_url, CalendarPush.name]).execute()
    return chosen


# --- the push --------------------------------------------------------------------------
def _record(account_id: int, uid: str, href: str, etag: str | None, digest: str) -> None:
    with database.atomic():
        CalendarPushItem.insert(account=account_id, uid=uid, href=href, etag=etag,
                                digest=digest).on_conflict_replace().execute()


def _forget(account_id: int, uid: str) -> None:
    with database.atomic():
        CalendarPushItem.delete().where(CalendarPushItem.account == account_id,
                                        CalendarPushItem.uid == uid).execute()


def _status(account_id: int, error: str | None) -> None:
    with database.atomic():
        values: dict[Any, Any] = {CalendarPush.last_error: error}
        if error is None:
            values[CalendarPush.last_push] = clock.now()
        CalendarPush.update(values).where(CalendarPush.account == account_id).execute()


def push(client: DavClient, account_id: int, calendar: Collection, today: dt.date, days: int,
         progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> PushReport:
    """Make ``calendar`` hold the follow-ups and birthdays as of ``today``."""
    report = PushReport(calendar.name)
    try:
        _push(client, account_id, calendar, today, days, report, progress, cancelled)
    except Cancelled:
        raise
    except Exception as exc:
        _status(account_id, str(exc))
        raise
    _status(account_id, report.errors[0][1] if report.errors else None)
    return report


def _push(client: DavClient, account_id: int, calendar: Collection, today: dt.date, days: int,
          report: PushReport, progress: Callable[[int, int], None] | None,
          cancelled: Callable[[], bool] | None) -> None:
    items = {item.uid: item for item in collect(today, days)}
    state = {row.uid: row for row in
             CalendarPushItem.select().where(CalendarPushItem.account == account_id)}
    server = {_path(href): etag for href, etag in client.list_etags(calendar.url).items()}
    stale = [uid for uid in state if uid not in items]
    total = len(items) + len(stale)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if cancelled is not None and cancelled():
            raise Cancelled(translate("CalendarPush", "The push was cancelled; what was sent "
                                      "is kept, the next push sends the rest."))
        if progress is not None:
            progress(done, total)

    for uid, item in items.items():
        _send(client, account_id, calendar, item, state.get(uid), server, report)
        step()
    for uid in stale:
        row = state[uid]
        if _remove(client, row.href, server.pop(_path(row.href), None), report):
            _forget(account_id, uid)
        step()
    # Events of Kith's with no record here (a push whose records were lost): not wanted.
    wanted = {_path(href_for(calendar.url, uid)) for uid in items}
    for path, etag in server.items():
        if path not in wanted and _is_ours(path):
            _remove(client, urljoin(calendar.url, path), etag, report)


def _send(client: DavClient, account_id: int, calendar: Collection, item: CalendarItem,
          row: Any, server: dict[str, str], report: PushReport) -> None:
    href = row.href if row is not None else href_for(calendar.url, item.uid)
    digest = ics.digest(item)
    on_server = server.get(_path(href))
    if on_server is not None and row is not None and row.digest == digest:
        report.unchanged += 1
        if row.etag != on_server:  # edited on the server: theirs until Kith's side changes
            _record(account_id, item.uid, href, on_server, digest)
        return
    try:
        etag = client.put(href, ics.event_text(item), etag=on_server, content_type=CONTENT_TYPE)
    except ITEM_ERRORS as exc:
        report.errors.append((item.summary, str(exc)))
        return
    if on_server is None:
        report.created += 1
    else:
        report.updated += 1
    _record(account_id, item.uid, href, etag, digest)


def _remove(client: DavClient, href: str, etag: str | None, report: PushReport) -> bool:
    """Delete an event Kith no longer has; True when it is gone from the server."""
    if etag is None:
        return True  # already gone (deleted on the server)
    try:
        client.delete(href, etag=etag)
    except NotFound:
        return True
    except ITEM_ERRORS as exc:
        report.errors.append((translate("CalendarPush", "An event Kith no longer has"),
                              str(exc)))
        return False
    report.deleted += 1
    return True
