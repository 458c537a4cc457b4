"""Accounts and their collections in the database (schema 16)."""

from __future__ import annotations

import datetime as dt

import pytest

from kith import errors
from kith.services.sync import accounts
from kith.services.sync.dav import Collection
from kith.store.models import Contact, SyncCollection

BOOKS = [
    Collection("Work", "https://dav.example.com/ana/work/", "addressbook", "c1", "t1"),
    Collection("Family", "https://dav.example.com/ana/family/", "addressbook", None, None),
]


def test_an_account_keeps_its_books_and_how_their_last_sync_went(db):
    account_id = accounts.add_account("https://dav.example.com/", "ana", BOOKS)

    [account] = accounts.list_accounts()
    assert (account.id, account.user, account.label) == (account_id, "ana", "ana@dav.example.com")
    assert [c.name for c in account.address_books] == ["Family", "Work"]
    # Nothing synced yet: no token is taken over from discovery.
    assert all(c.sync_token is None and c.last_sync is None for c in account.collections)

    work = next(c for c in account.collections if c.name == "Work")
    when = dt.datetime(2026, 11, 25, 9, 30)
    accounts.set_status(work.id, last_sync=when, last_error="example.com failed (HTTP 503)")
    accounts.set_tokens(work.id, sync_token="t2")
    accounts.set_status(work.id, last_error=None)  # last_sync left as it was

    again = next(c for c in accounts.get_account(account_id).collections if c.name == "Work")
    assert (again.last_sync, again.last_error, again.sync_token) == (when, None, "t2")


def test_adding_a_book_twice_keeps_one_row(db):
    account_id = accounts.add_account("https://dav.example.com/", "ana", BOOKS[:1])
    accounts.set_enabled(accounts.get_account(account_id).collections[0].id, False)

    accounts.add_collections(account_id, BOOKS)

    states = accounts.get_account(account_id).collections
    assert sorted((c.name, c.enabled) for c in states) == [("Family", True), ("Work", True)]


def test_removing_an_account_keeps_the_contacts(db):
    account_id = accounts.add_account("https://dav.example.com/", "ana", BOOKS)
    Contact.insert(display_name="Ana Silva", sort_name="silva ana",
                   created_at=dt.datetime(2026, 1, 1), updated_at=dt.datetime(2026, 1, 1)
                   ).execute()

    accounts.remove_account(account_id)

    assert accounts.list_accounts() == []
    assert SyncCollection.select().count() == 0
    assert [c.display_name for c in Contact.select()] == ["Ana Silva"]
    with pytest.raises(errors.NotFound, match="kith sync status"):
        accounts.remove_account(account_id)


def test_an_account_needs_an_address_and_a_user(db):
    with pytest.raises(errors.Invalid):
        accounts.add_account(" ", "ana", BOOKS)
