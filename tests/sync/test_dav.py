"""The DAV client against a real Radicale: discovery, listing, reading, writing."""

from __future__ import annotations

import pytest

from kith.services.sync import dav
from tests.sync.conftest import Radicale, vcard


def client(server: Radicale, url: str | None = None, **kw: float) -> dav.DavClient:
    return dav.DavClient(url or server.url, server.user, server.password, **kw)


def test_discover_from_the_server_root_finds_address_books_and_calendars(radicale):
    radicale.phone.make_addressbook("work", "Work people")
    radicale.phone.make_addressbook("family")
    radicale.phone.make_calendar("followups")

    found = client(radicale).discover()

    assert [(c.name, c.kind) for c in found] == [
        ("family", "addressbook"), ("Work people", "addressbook"), ("followups", "calendar")]
    assert found[1].url == f"{radicale.url}{radicale.user}/work/"
    assert all(c.sync_token for c in found)


def test_discover_from_a_principal_and_from_a_book_url(radicale):
    radicale.phone.make_addressbook("work")
    radicale.phone.make_addressbook("family")

    from_principal = client(radicale, f"{radicale.url}{radicale.user}/").discover()
    from_book = client(radicale, f"{radicale.url}{radicale.user}/work/").discover()

    assert [c.name for c in from_principal] == ["family", "work"]
    assert [(c.name, c.url) for c in from_book] == [
        ("work", f"{radicale.url}{radicale.user}/work/")]


def test_list_multiget_get_put_delete_round_trip(radicale):
    book = radicale.phone.make_addressbook("contacts")
    etag_ana = radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Silva", "u-ana"))
    radicale.phone.put_card("contacts", "bob.vcf", vcard("Bob Ng", "u-bob"))
    c = client(radicale)

    etags = c.list_etags(book)
    assert etags == {book + "ana.vcf": etag_ana, book + "bob.vcf": etags[book + "bob.vcf"]}

    items = c.multiget(book, [book + "ana.vcf", book + "bob.vcf", book + "gone.vcf"])
    assert sorted(i.href for i in items) == [book + "ana.vcf", book + "bob.vcf"]
    assert "FN:Ana Silva" in next(i.text for i in items if i.href.endswith("ana.vcf"))

    new_etag = c.put(book + "cara.vcf", vcard("Cara Diaz", "u-cara"), etag=None,
                     content_type="text/vcard; charset=utf-8")
    assert new_etag
    status, text = radicale.phone.get_card("contacts", "cara.vcf")
    assert status == 200 and "FN:Cara Diaz" in text
    assert c.get(book + "cara.vcf").etag == new_etag

    changed = c.put(book + "cara.vcf", vcard("Cara Diaz-Ng", "u-cara"), etag=new_etag,
                    content_type="text/vcard; charset=utf-8")
    assert changed and changed != new_etag

    c.delete(book + "cara.vcf", etag=changed)
    assert radicale.phone.card_names("contacts") == ["ana.vcf", "bob.vcf"]
    c.delete(book + "cara.vcf", etag=None)  # already gone: not an error


def test_put_never_overwrites_blindly(radicale):
    book = radicale.phone.make_addressbook("contacts")
    old = radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Silva", "u-ana"))
    radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Phone-Edit", "u-ana"), etag=old)
    c = client(radicale)

    with pytest.raises(dav.PreconditionFailed, match="changed on"):
        c.put(book + "ana.vcf", vcard("Ana Kith-Edit", "u-ana"), etag=old,
              content_type="text/vcard")
    with pytest.raises(dav.PreconditionFailed):
        c.put(book + "ana.vcf", vcard("Ana New", "u-ana"), etag=None, content_type="text/vcard")
    with pytest.raises(dav.PreconditionFailed):
        c.delete(book + "ana.vcf", etag=old)
    assert "Ana Phone-Edit" in radicale.phone.get_card("contacts", "ana.vcf")[1]


def test_sync_collection_reports_changes_and_deletions_since_a_token(radicale):
    book = radicale.phone.make_addressbook("contacts")
    radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Silva", "u-ana"))
    radicale.phone.put_card("contacts", "bob.vcf", vcard("Bob Ng", "u-bob"))
    c = client(radicale)

    first = c.sync_collection(book, None)
    assert sorted(h for h, _ in first.changed) == [book + "ana.vcf", book + "bob.vcf"]
    assert first.deleted == [] and first.token

    assert c.sync_collection(book, first.token).changed == []

    radicale.phone.delete_card("contacts", "bob.vcf")
    radicale.phone.put_card("contacts", "cara.vcf", vcard("Cara Diaz", "u-cara"))
    second = c.sync_collection(book, first.token)
    assert [h for h, _ in second.changed] == [book + "cara.vcf"]
    assert second.deleted == [book + "bob.vcf"]
    assert second.token != first.token
    assert c.ctag(book)


def test_a_token_the_server_does_not_know_raises_token_invalid(radicale):
    book = radicale.phone.make_addressbook("contacts")
    with pytest.raises(dav.TokenInvalid, match="lists the address book again"):
        client(radicale).sync_collection(book, "http://radicale.org/ns/sync/0000dead")


def test_multiget_reads_in_batches(radicale, monkeypatch):
    book = radicale.phone.make_addressbook("contacts")
    for i in range(7):
        radicale.phone.put_card("contacts", f"p{i}.vcf", vcard(f"Person {i}", f"u{i}"))
    monkeypatch.setattr(dav, "MULTIGET_BATCH", 3)
    c = client(radicale)
    hrefs = sorted(c.list_etags(book))
    before = c.requests

    items = c.multiget(book, hrefs)

    assert sorted(i.href for i in items) == hrefs
    assert c.requests - before == 3  # 3 + 3 + 1
