"""Data safety against odd servers and odd timing (the security review of issue #14):
two cards with one UID stay two people and neither is overwritten (F5), stale queued
uploads do not fail forever and a second sync waits its turn (F6), and a sync stopped
by a full disk says so in the sync status (F7)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kith.errors import DiskFull
from kith.services.contacts import people
from kith.services.contacts.records import ContactRecord
from kith.services.sync import accounts, dav, lock
from kith.services.sync.engine import sync_account
from kith.store.database import database
from kith.store.models import SyncCard
from tests.sync.conftest import vcard
from tests.sync.hostile_server import Hostile, card, hostile
from tests.sync.test_engine_sync import find, names, setup_account

PASSWORD = "Zq9-LEAKME-pass"


def add(server: Hostile) -> int:
    found = dav.DavClient(server.url, "ana", PASSWORD).discover()
    return accounts.add_account(server.url, "ana", found)


# --- F5: a UID shared by two cards ---------------------------------------------------

def test_two_cards_with_one_uid_become_two_people_and_neither_is_overwritten(db):
    with hostile(PASSWORD) as server:
        server.cards["/book/c.vcf"] = ('"1"', card("c", "Dup One"))
        server.cards["/book/d.vcf"] = ('"1"', card("c", "Dup Two"))
        account = add(server)

        sync_account(account, PASSWORD)
        assert names() == ["Dup One", "Dup Two"]
        one = find("Dup One")
        people.update(one, replace(people.load(one), title="Edited"))
        report = sync_account(account, PASSWORD)
        quiet = sync_account(account, PASSWORD)

        assert report.uploaded == 1 and quiet.uploaded == 0
        assert [p for m, p, _ in server.log if m == "PUT"] == ["/book/c.vcf"]
        assert "FN:Dup Two" in server.cards["/book/d.vcf"][1]
        assert "TITLE:Edited" in server.cards["/book/c.vcf"][1]
        assert names() == ["Dup One", "Dup Two"]


def test_a_card_that_later_takes_a_linked_uid_is_its_own_person(db):
    with hostile(PASSWORD) as server:
        server.cards["/book/c.vcf"] = ('"1"', card("c", "Dup One"))
        account = add(server)
        sync_account(account, PASSWORD)
        server.cards["/book/d.vcf"] = ('"1"', card("c", "Dup Two"))

        sync_account(account, PASSWORD)
        sync_account(account, PASSWORD)

        assert names() == ["Dup One", "Dup Two"]
        assert server.requests("PUT") == []


def test_a_contact_linked_to_two_cards_before_the_fix_is_uploaded_to_its_first_card_only(db):
    with hostile(PASSWORD) as server:
        server.cards["/book/c.vcf"] = ('"1"', card("c", "Dup One"))
        account = add(server)
        sync_account(account, PASSWORD)
        server.cards["/book/d.vcf"] = ('"1"', card("c", "Dup Two"))
        one = find("Dup One")
        row = SyncCard.get(SyncCard.contact == one)
        with database.atomic():  # what an older Kith stored: both cards on one contact
            SyncCard.insert(collection=row.collection_id, href=server.url + "book/d.vcf",
                            etag='"1"', uid="c", contact=one, server_text=card("c", "Dup Two"),
                            base=row.base, state="synced").execute()
        people.update(one, replace(people.load(one), title="Edited"))

        sync_account(account, PASSWORD)

        assert [p for m, p, _ in server.log if m == "PUT"] == ["/book/c.vcf"]
        assert "FN:Dup Two" in server.cards["/book/d.vcf"][1]


# --- F6: queued uploads, and one sync at a time -----------------------------------------

def test_stale_queued_uploads_are_dropped_instead_of_failing_every_sync(db, radicale):
    account = setup_account(radicale)
    ana = people.create(ContactRecord(display_name="Ana Silva", uid="u-ana"))
    sync_account(account, radicale.password)
    row = SyncCard.get(SyncCard.contact == ana)
    with database.atomic():  # a second run's queue from before syncs took a lock
        SyncCard.insert(collection=row.collection_id, href=row.href.replace(
            "u-ana", "u-ana-1234"), uid="u-ana", contact=ana, state="create").execute()

    first = sync_account(account, radicale.password)
    second = sync_account(account, radicale.password)

    assert first.errors == [] and second.errors == []
    assert radicale.phone.card_names("contacts") == ["u-ana.vcf"]
    assert SyncCard.select().where(SyncCard.state == "create").count() == 0


def test_a_second_sync_of_the_profile_says_one_is_running(db, radicale, monkeypatch):
    account = setup_account(radicale)
    radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Silva", "u-ana"))
    monkeypatch.setattr(lock, "WAIT", 0.2)
    with lock.sync_lock():  # the other sync, holding the profile's lock
        with pytest.raises(lock.SyncBusy, match="A sync is already running"):
            sync_account(account, radicale.password)
        assert names() == []
    assert sync_account(account, radicale.password).downloaded == 1


# --- F7: a sync stopped by a full disk -----------------------------------------------------

def test_a_sync_stopped_by_a_full_disk_says_so_and_the_status_shows_it(db, radicale):
    account = setup_account(radicale)
    for n in range(120):
        radicale.phone.put_card("contacts", f"p{n}.vcf", vcard(
            f"Person {n:03d}", f"u-{n}", NOTE="x" * 2000))
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages + 20}")  # a disk that fills up

    with pytest.raises(DiskFull, match="is full"):
        sync_account(account, radicale.password)

    [state] = accounts.get_account(account).address_books
    assert state.last_error is not None and "is full" in state.last_error
    assert names() == []  # the import was rolled back whole
