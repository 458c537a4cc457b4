"""Sync accounts and the collections (address books, calendars) chosen on each.

The password is never stored here nor passed through: the command line and the window
keep it in the system keyring (kith.platform.secrets) and hand it to the client.
Removing an account removes its collections and their sync state; the contacts that
came from it stay, as any imported contact does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kith import clock, errors
from kith.i18n import translate
from kith.store.database import database
from kith.store.models import SyncAccount, SyncCollection

if TYPE_CHECKING:
    from kith.services.sync.dav import Collection

__all__ = ["Account", "CollectionState", "UNCHANGED", "add_account", "add_collections",
           "already_added", "find_account", "find_account_syncing", "get_account",
           "list_accounts", "remove_account", "set_enabled", "set_status", "set_tokens"]


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


#: The default of set_status / set_tokens: leave that column as it is.
UNCHANGED: Any = _Unchanged()


@dataclass(frozen=True)
class CollectionState:
    id: int
    account_id: int
    url: str
    name: str
    kind: str  # addressbook | calendar
    enabled: bool
    ctag: str | None
    sync_token: str | None
    last_sync: dt.datetime | None
    last_error: str | None


@dataclass(frozen=True)
class Account:
    id: int
    url: str
    user: str
    label: str
    created: dt.datetime
    collections: tuple[CollectionState, ...]

    @property
    def address_books(self) -> tuple[CollectionState, ...]:
        return tuple(c for c in self.collections if c.kind == "addressbook")


def default_label(url: str, user: str) -> str:
    return f"{user}@{urlsplit(url).hostname or url}"


_LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def _norm(url: str) -> tuple[str, str, int, str]:
    """Scheme, host (the loopback names as one), port (default spelled out) and path
    (with its trailing slash) of ``url``, so two spellings of one address compare equal."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if host in _LOOPBACK:
        host = "localhost"
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        port = {"http": 80, "https": 443}.get(scheme, 0)
    return scheme, host, port, parts.path.rstrip("/") + "/"


def _same_url(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


def find_account_syncing(user: str, collections: Sequence[Collection]) -> int | None:
    """The account already syncing one of ``collections`` with this user name, if any:
    the same address book reached by another address is still the same book."""
    wanted = {_norm(c.url) for c in collections}
    query = (SyncCollection.select(SyncCollection.account, SyncCollection.url)
             .join(SyncAccount).where(SyncAccount.user == user.strip()).tuples())
    for account_id, url in query:
        if _norm(url) in wanted:
            return int(account_id)
    return None


def find_account(url: str, user: str) -> int | None:
    """The account already added with this address and user name, if any."""
    for account_id, its_url, its_user in SyncAccount.select(
            SyncAccount.id, SyncAccount.url, SyncAccount.user).tuples():
        if its_user == user.strip() and _same_url(its_url, url):
            return int(account_id)
    return None


def already_added(account_id: int) -> str:
    return translate(
        "Sync", "This account was added already (sync account {id}). To give it a new "
        "password, run 'kith sync password {id}', or choose it in Preferences > Accounts "
        "and click Set password….").format(id=account_id)


def add_account(url: str, user: str, collections: Sequence[Collection],
                label: str = "") -> int:
    """Record an account with ``collections`` (enabled); returns its id. The same address
    and user name twice, or a collection another account of this user already syncs, is
    refused (``errors.Conflict``)."""
    if not url.strip() or not user.strip():
        raise errors.Invalid("An account needs the server's address and a user name.")
    with database.atomic():
        existing = find_account(url, user)
        if existing is None:
            existing = find_account_syncing(user, collections)
        if existing is not None:
            raise errors.Conflict(already_added(existing))
        account_id = int(SyncAccount.insert(
            url=url.strip(), user=user.strip(), label=label.strip() or default_label(url, user),
            created=clock.now()).execute())
        _insert_collections(account_id, collections)
    return account_id


def add_collections(account_id: int, collections: Sequence[Collection]) -> None:
    """Add (or enable again) ``collections`` on an existing account."""
    with database.atomic():
        _account_row(account_id)
        _insert_collections(account_id, collections)


def _insert_collections(account_id: int, collections: Sequence[Collection]) -> None:
    for collection in collections:
        existing = SyncCollection.get_or_none(
            (SyncCollection.account == account_id) & (SyncCollection.url == collection.url))
        if existing is not None:
            SyncCollection.update(enabled=True, name=collection.name).where(
                SyncCollection.id == existing.id).execute()
            continue
        # ctag and sync token stay empty: nothing has been synced from it yet.
        SyncCollection.insert(account=account_id, url=collection.url, name=collection.name,
                              kind=collection.kind, enabled=True).execute()


def _account_row(account_id: int) -> Any:
    row = SyncAccount.get_or_none(SyncAccount.id == account_id)
    if row is None:
        raise errors.NotFound(
            f"There is no sync account {account_id}. 'kith sync status' lists the accounts.")
    return row


def _state(row: Any) -> CollectionState:
    return CollectionState(
        id=row.id, account_id=row.account_id, url=row.url, name=row.name, kind=row.kind,
        enabled=bool(row.enabled), ctag=row.ctag, sync_token=row.sync_token,
        last_sync=row.last_sync, last_error=row.last_error)


def list_accounts() -> list[Account]:
    """Every account with its collections, oldest first."""
    collections: dict[int, list[CollectionState]] = {}
    for row in SyncCollection.select().order_by(SyncCollection.kind, SyncCollection.name,
                                                SyncCollection.id):
        collections.setdefault(row.account_id, []).append(_state(row))
    return [
        Account(row.id, row.url, row.user, row.label, row.created,
                tuple(collections.get(row.id, ())))
        for row in SyncAccount.select().order_by(SyncAccount.id)
    ]


def get_account(account_id: int) -> Account:
    row = _account_row(account_id)
    collections = tuple(
        _state(c) for c in SyncCollection.select().where(SyncCollection.account == row.id)
        .order_by(SyncCollection.kind, SyncCollection.name, SyncCollection.id))
    return Account(row.id, row.url, row.user, row.label, row.created, collections)


def remove_account(account_id: int) -> None:
    """Forget the account and its collections; the contacts synced from it stay."""
    with database.atomic():
        _account_row(account_id)
        SyncCollection.delete().where(SyncCollection.account == account_id).execute()
        SyncAccount.delete().where(SyncAccount.id == account_id).execute()


def set_enabled(collection_id: int, enabled: bool) -> None:
    with database.atomic():
        _collection_row(collection_id)
        SyncCollection.update(enabled=enabled).where(
            SyncCollection.id == collection_id).execute()


def set_status(collection_id: int, *, last_sync: dt.datetime | None = UNCHANGED,
               last_error: str | None = UNCHANGED) -> None:
    """Record how the last sync of a collection went (``None`` clears a value)."""
    values: dict[Any, Any] = {}
    if last_sync is not UNCHANGED:
        values[SyncCollection.last_sync] = last_sync
    if last_error is not UNCHANGED:
        values[SyncCollection.last_error] = last_error
    _update(collection_id, values)


def set_tokens(collection_id: int, *, ctag: str | None = UNCHANGED,
               sync_token: str | None = UNCHANGED) -> None:
    """Record the collection's ctag and sync token as of the last complete sync."""
    values: dict[Any, Any] = {}
    if ctag is not UNCHANGED:
        values[SyncCollection.ctag] = ctag
    if sync_token is not UNCHANGED:
        values[SyncCollection.sync_token] = sync_token
    _update(collection_id, values)


def _update(collection_id: int, values: dict[Any, Any]) -> None:
    with database.atomic():
        _collection_row(collection_id)
        if values:
            SyncCollection.update(values).where(SyncCollection.id == collection_id).execute()


def _collection_row(collection_id: int) -> Any:
    row = SyncCollection.get_or_none(SyncCollection.id == collection_id)
    if row is None:
        raise errors.NotFound(f"There is no synced collection {collection_id}.")
    return row
