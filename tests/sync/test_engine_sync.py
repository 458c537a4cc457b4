"""Two-way sync against a real Radicale: first sync, incremental both ways, conflicts,
deletes, unknown properties (issue #14)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import vobject

from kith.services.cards import importer
from kith.services.contacts import people, search
from kith.services.contacts.records import ContactRecord
from kith.services.followups import interactions
from kith.services.sync import accounts
from kith.services.sync.dav import DavClient
from kith.services.sync.engine import sync_account
from kith.store.models import Contact, SyncCard, TimelineEntry
from kith.vcard.model import CardPoint
from tests.sync.conftest import vcard

BOOK = "contacts"


def setup_account(radicale, book: str = BOOK, via: str | None = None) -> int:
    """An account on the book (reached through ``via``, a proxy, when given)."""
    radicale.phone.make_addressbook(book)
    url = via or radicale.url
    found = DavClient(url, radicale.user, radicale.password).discover()
    return accounts.add_account(url, radicale.user,
                                [c for c in found if c.kind == "addressbook"])


def sync(radicale, account_id: int, client=None):
    return sync_account(account_id, radicale.password, client=client)


def names() -> list[str]:
    return sorted(n for (n,) in Contact.select(Contact.display_name)
                  .where(Contact.deleted_at.is_null()).tuples())


def find(name: str) -> int:
    return int(Contact.select(Contact.id).where(Contact.display_name == name,
                                                Contact.deleted_at.is_null()).scalar())


def meaning(text: str) -> set[tuple[object, ...]]:
    """Each property as (group, name, parameters, value), whatever their order."""
    card = vobject.readOne(text)
    return {(line.group, line.name, frozenset((k, tuple(sorted(v)))
                                              for k, v in line.params.items()),
             str(line.value)) for lines in card.contents.values() for line in lines
            if line.name not in ("VERSION",)}


def server_texts(radicale, book: str = BOOK) -> dict[str, str]:
    return {n: radicale.phone.get_card(book, n)[1] for n in radicale.phone.card_names(book)}


def test_first_sync_merges_with_existing_contacts_and_is_an_undoable_import(db, radicale):
    account = setup_account(radicale)
    ana = people.create(ContactRecord(display_name="Ana Silva", given_name="Ana",
                                      family_name="Silva",
                                      points=[CardPoint("email", "ana@acme.com")]))
    people.create(ContactRecord(display_name="Dan Local", given_name="Dan",
                                family_name="Local"))
    radicale.phone.put_card(BOOK, "ana.vcf", vcard(
        "Ana Silva", "u-ana", EMAIL="ana@acme.com", TEL="+1 555 010 2030", TITLE="CTO"))
    radicale.phone.put_card(BOOK, "bob.vcf", vcard("Bob Ng", "u-bob", ORG="Initech"))

    report = sync(radicale, account)

    assert names() == ["Ana Silva", "Bob Ng", "Dan Local"]  # merged, not duplicated
    merged = people.load(ana)
    assert merged.title == "CTO" and {p.value for p in merged.points} >= {"ana@acme.com"}
    assert any(p.kind == "phone" for p in merged.points)
    assert report.downloaded == 2
    [batch] = importer.batches()
    assert (batch["created"], batch["merged"], batch["status"]) == (1, 1, "committed")
    # Dan went up to the server; the server now has all three.
    texts = server_texts(radicale)
    assert len(texts) == 3 and any("FN:Dan Local" in t for t in texts.values())
    assert report.uploaded >= 1

    # Undo the import: nothing is deleted on the server, and the next sync neither
    # uploads the undone state nor brings the cards back.
    importer.undo(batch["id"])
    assert names() == ["Ana Silva", "Dan Local"]
    again = sync(radicale, account)
    assert names() == ["Ana Silva", "Dan Local"]
    assert (again.downloaded, again.uploaded, again.deleted_remote) == (0, 0, 0)
    assert len(server_texts(radicale)) == 3
    assert "TITLE:CTO" in server_texts(radicale)["ana.vcf"]


def test_incremental_both_ways_and_nothing_changed_costs_one_request(db, radicale):
    account = setup_account(radicale)
    radicale.phone.put_card(BOOK, "ana.vcf", vcard("Ana Silva", "u-ana", TITLE="Designer"))
    radicale.phone.put_card(BOOK, "bob.vcf", vcard("Bob Ng", "u-bob"))
    radicale.phone.put_card(BOOK, "cara.vcf", vcard("Cara Diaz", "u-cara"))
    sync(radicale, account)
    assert names() == ["Ana Silva", "Bob Ng", "Cara Diaz"]

    # The phone creates, edits and deletes; Kith edits and creates meanwhile.
    radicale.phone.put_card(BOOK, "eve.vcf", vcard("Eve Park", "u-eve"))
    radicale.phone.put_card(BOOK, "ana.vcf", vcard("Ana Silva", "u-ana", TITLE="CTO"))
    radicale.phone.delete_card(BOOK, "cara.vcf")
    bob = find("Bob Ng")
    people.update(bob, replace(people.load(bob), organization="Initech"))
    people.create(ContactRecord(display_name="Fay Wu", given_name="Fay", family_name="Wu"))

    report = sync(radicale, account)

    assert names() == ["Ana Silva", "Bob Ng", "Eve Park", "Fay Wu"]
    assert people.load(find("Ana Silva")).title == "CTO"
    assert (report.downloaded, report.uploaded, report.deleted_local) == (2, 2, 1)
    texts = server_texts(radicale)
    assert "ORG:Initech" in texts["bob.vcf"]
    assert any("FN:Fay Wu" in t for t in texts.values())
    assert "cara.vcf" not in texts

    client = DavClient(radicale.url, radicale.user, radicale.password)
    quiet = sync(radicale, account, client)
    assert (quiet.downloaded, quiet.uploaded, quiet.deleted_local, quiet.deleted_remote) == (
        0, 0, 0, 0)
    assert client.requests <= 2


def test_a_conflict_on_one_field_keeps_the_newer_and_puts_the_other_on_the_timeline(
        db, radicale):
    account = setup_account(radicale)
    etag = radicale.phone.put_card(BOOK, "ana.vcf", vcard(
        "Ana Silva", "u-ana", TITLE="Designer", EMAIL="ana@acme.com"))
    sync(radicale, account)
    ana = find("Ana Silva")
    people.update(ana, replace(people.load(ana), title="Lead designer",
                               points=[*people.load(ana).points,
                                       CardPoint("email", "ana@home.example")]))
    # The phone's edit carries a REV after Kith's edit: it is the newer one.
    radicale.phone.put_card(BOOK, "ana.vcf", vcard(
        "Ana Silva", "u-ana", TITLE="CTO", EMAIL="ana@acme.com", TEL="+1 555 010 2030",
        REV="20991231T000000Z"), etag=etag)

    report = sync(radicale, account)

    merged = people.load(ana)
    assert merged.title == "CTO"
    assert {p.value for p in merged.points} == {"ana@acme.com", "ana@home.example",
                                                "+1 555 010 2030"}
    assert report.conflicts == 1
    summaries = [s for (s,) in TimelineEntry.select(TimelineEntry.summary).where(
        TimelineEntry.contact == ana, TimelineEntry.kind == "change").tuples()]
    assert summaries == ["Title was Lead designer in Kith; the newer value CTO was kept."]
    text = server_texts(radicale)["ana.vcf"]
    card = vobject.readOne(text)
    assert card.title.value == "CTO"
    assert sorted(e.value for e in card.contents["email"]) == ["ana@acme.com",
                                                               "ana@home.example"]


def test_unknown_properties_survive_a_round_trip_byte_identical(db, radicale):
    account = setup_account(radicale)
    kept = [
        "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/ana",
        "IMPP;X-SERVICE-TYPE=Skype;TYPE=HOME:skype:ana.silva",
        "item1.X-ABRELATEDNAMES:Bob",
        "item1.X-ABLabel:_$!<Friend>!$_",
        "item2.TEL:+1 555 010 2030",
        "item2.X-ABLabel:Studio",
        "X-CUSTOM-THING;X-P=1:keep me",
        "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
        "2mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    ]
    text = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", "UID:u-ana", "FN:Ana Silva",
                        "N:Silva;Ana;;;", *kept, "END:VCARD"]) + "\r\n"
    radicale.phone.put_card(BOOK, "ana.vcf", text)
    sync(radicale, account)
    ana = find("Ana Silva")
    people.update(ana, replace(people.load(ana), title="CTO", tags=["VIP"]))

    report = sync(radicale, account)

    assert report.uploaded == 1
    after = server_texts(radicale)["ana.vcf"]
    # Radicale itself reorders parameters and properties: compared in meaning.
    wanted = meaning("\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *kept, "END:VCARD"]))
    assert wanted <= meaning(after), wanted - meaning(after)
    card = vobject.readOne(after)
    assert card.title.value == "CTO" and card.categories.value == ["VIP"]


def test_deletes_travel_both_ways_and_history_keeps_a_contact(db, radicale):
    account = setup_account(radicale)
    for slug, name in (("ana", "Ana Silva"), ("bob", "Bob Ng"), ("cara", "Cara Diaz")):
        radicale.phone.put_card(BOOK, f"{slug}.vcf", vcard(name, f"u-{slug}"))
    sync(radicale, account)
    interactions.log(interactions.Interaction(find("Bob Ng"), dt.date(2026, 11, 1), "call",
                                              summary="Talked about the move"))
    trashed = people.delete([find("Cara Diaz")])  # undoable until the next sync
    people.undelete(trashed)
    people.delete([find("Cara Diaz")])
    radicale.phone.delete_card(BOOK, "ana.vcf")
    radicale.phone.delete_card(BOOK, "bob.vcf")

    report = sync(radicale, account)

    assert names() == ["Bob Ng"]  # Ana had no history: gone; Bob has some: kept
    assert (report.deleted_local, report.deleted_remote, report.conflicts) == (1, 1, 1)
    assert [card for card, _ in report.errors] == ["Bob Ng"]
    assert "deleted on the server" in report.errors[0][1]
    assert radicale.phone.card_names(BOOK) == []
    assert SyncCard.select().where(SyncCard.state == "gone").count() == 1
    # Ana's delete here is undoable: she is in the trash, not erased.
    assert Contact.select().where(Contact.display_name == "Ana Silva",
                                  Contact.deleted_at.is_null(False)).exists()
    assert search.count() == 1
