"""The Accounts tab's work away from its widgets: the network calls its workers make
(find the address books, count what the first sync will do, test a new password) and
the one line that describes an account."""

from __future__ import annotations

from kith.i18n import translate
from kith.services.sync import accounts
from kith.services.sync.dav import Collection, DavClient, DavError
from kith.ui import formats


def discover(url: str, user: str, password: str) -> list[Collection] | str:
    """The address books at ``url``, or the message that says why there are none."""
    try:
        with DavClient(url, user, password) as client:
            return [c for c in client.discover() if c.kind == "addressbook"]
    except DavError as exc:  # expected (a wrong password...): not a failure to log
        return str(exc)


def first_sync(url: str, user: str, password: str, books: list[Collection]) -> str:
    """The sentence that says what the first sync will upload and download."""
    from kith.services.sync import preview

    try:
        with DavClient(url, user, password) as client:
            return preview.first_sync(client, books).sentence()
    except DavError as exc:
        return str(exc)


def check_login(url: str, user: str, password: str, books: list[str]) -> str | None:
    """None when ``password`` opens each of ``books`` (or the account), else the message."""
    try:
        with DavClient(url, user, password) as client:
            for book in books:
                client.ctag(book)
            if not books:
                client.discover()
    except DavError as exc:
        return str(exc)
    return None


def describe(account: accounts.Account) -> str:
    """"ana@dav.example: Contacts — synced 1 Dec 2026 14:05 — 2 cards could not…"."""
    books = ", ".join(c.name for c in account.address_books)
    text = f"{account.label}: {books}"
    synced = [c.last_sync for c in account.address_books if c.last_sync is not None]
    if synced:
        text += " — " + translate("Accounts", "last synced {when}").format(
            when=formats.date_time(max(synced)))
    else:
        text += " — " + translate("Accounts", "never synced")
    errors = [c.last_error for c in account.collections if c.last_error]
    if errors:
        text += " — " + errors[0]
    return text
