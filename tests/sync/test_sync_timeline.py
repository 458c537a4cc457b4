"""A card changed on the phone and merged without a conflict says so on the person's
timeline; who went to the trash is named in the report (real Radicale)."""

from __future__ import annotations

from kith.services.contacts import people
from kith.services.sync.engine import sync_account
from kith.store.models import TimelineEntry
from tests.sync.conftest import vcard
from tests.sync.test_engine_sync import BOOK, find, setup_account


def changes(cid: int) -> list[str]:
    return [s for (s,) in TimelineEntry.select(TimelineEntry.summary).where(
        TimelineEntry.contact == cid, TimelineEntry.kind == "change").tuples()]


def test_a_change_from_the_phone_goes_on_the_timeline(db, radicale):
    account = setup_account(radicale)
    etag = radicale.phone.put_card(BOOK, "ana.vcf", vcard("Ana Silva", "u-ana",
                                                          EMAIL="ana@acme.com"))
    sync_account(account, radicale.password)
    ana = find("Ana Silva")
    assert changes(ana) == []  # coming in for the first time is no change

    radicale.phone.put_card(BOOK, "ana.vcf", vcard(
        "Ana Silva", "u-ana", EMAIL="ana@studio.example", TEL="+1 555 010 2030"), etag=etag)
    report = sync_account(account, radicale.password)

    assert report.conflicts == 0
    assert changes(ana) == ["Updated from your phone: e-mail, phone"]
    quiet = sync_account(account, radicale.password)
    assert quiet.downloaded == 0 and changes(ana) == ["Updated from your phone: e-mail, phone"]


def test_the_report_names_who_went_to_the_trash_and_how_to_bring_them_back(db, radicale):
    account = setup_account(radicale)
    radicale.phone.put_card(BOOK, "ana.vcf", vcard("Ana Silva", "u-ana"))
    radicale.phone.put_card(BOOK, "bob.vcf", vcard("Bob Ng", "u-bob"))
    sync_account(account, radicale.password)
    ana = find("Ana Silva")
    radicale.phone.delete_card(BOOK, "ana.vcf")

    report = sync_account(account, radicale.password)

    assert report.deleted_names == ["Ana Silva"]
    [(cid, stamp)] = report.trashed
    assert cid == ana
    lost = people.undelete(people.Trashed([cid], stamp))
    assert lost == [] and find("Ana Silva") == ana
