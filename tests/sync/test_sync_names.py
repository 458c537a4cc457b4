"""Cards whose UID is not a file name (``urn:uuid:...``) reach the server, and a card the
server refuses is that card's error, shown in the status until a clean run (real Radicale)."""

from __future__ import annotations

import re
import uuid

from kith.services.contacts import people
from kith.services.contacts.records import ContactRecord
from kith.services.sync import accounts, engine
from kith.services.sync.dav import CardRefused, DavClient
from kith.services.sync.engine import new_href, sync_account
from kith.services.sync.push import Pusher
from tests.sync.test_engine_sync import BOOK, server_texts, setup_account


def _people(uids: list[str]) -> None:
    for n, uid in enumerate(uids):
        people.create(ContactRecord(display_name=f"Person {n}", given_name="Person",
                                    family_name=str(n), uid=uid))


def test_cards_with_urn_uuid_uids_are_uploaded_under_a_safe_name(db, radicale):
    account = setup_account(radicale)
    urns = [f"urn:uuid:{uuid.uuid4()}" for _ in range(4)]
    _people([*urns, "plain-uid.1", "kith-123"])

    report = sync_account(account, radicale.password)

    assert report.errors == []
    assert report.uploaded == 6
    texts = server_texts(radicale)
    assert len(texts) == 6
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+\.vcf", name) for name in texts)
    assert {"plain-uid.1.vcf", "kith-123.vcf"} <= set(texts)
    # The UID inside each card stays as it was.
    for urn in urns:
        assert sum(f"UID:{urn}" in text for text in texts.values()) == 1
    again = sync_account(account, radicale.password)
    assert (again.uploaded, again.downloaded, again.errors) == (0, 0, [])


def test_new_hrefs_are_safe_and_the_same_uid_gives_the_same_name():
    book = "https://dav.example.com/ana/contacts/"
    urn = "urn:uuid:6f1c2b58-6f6e-4c43-9e0a-0e2f1b4c5d6e"
    assert new_href(book, "abc-1.2_x") == book + "abc-1.2_x.vcf"
    assert new_href(book, urn) == new_href(book, urn)
    assert re.fullmatch(re.escape(book) + r"[0-9a-f]{32}\.vcf", new_href(book, urn))
    for uid in ("a/b", "../x", ".hidden", "ä", "x" * 300, "a b", ""):
        assert re.fullmatch(re.escape(book) + r"[A-Za-z0-9_-][A-Za-z0-9._-]*\.vcf",
                            new_href(book, uid)), uid


def test_a_card_the_server_refuses_is_that_cards_error_not_the_addresss(db, radicale):
    radicale.phone.make_addressbook(BOOK)
    client = DavClient(radicale.url, radicale.user, radicale.password)
    try:
        client.put(f"/{radicale.user}/{BOOK}/urn%3Auuid%3Ax.vcf",
                   "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:x\r\nFN:X\r\nEND:VCARD\r\n",
                   etag=None, content_type="text/vcard; charset=utf-8")
    except CardRefused as exc:
        message = str(exc)
    else:
        raise AssertionError("Radicale took a card named urn:uuid:x")
    assert message.startswith("The server refused this card (HTTP 400): ")
    assert "Check the address" not in message and "CardDAV server" not in message


def _old_names(collection_url: str, uid: str) -> str:
    """How Kith named new cards before: the UID percent-encoded (Radicale refuses ':')."""
    from urllib.parse import quote, urljoin

    return urljoin(collection_url, quote(uid, safe="") + ".vcf")


def test_the_status_shows_the_cards_that_failed_until_a_clean_run(db, radicale, monkeypatch):
    account = setup_account(radicale)
    _people([f"urn:uuid:{uuid.uuid4()}" for _ in range(4)] + ["fine-1", "fine-2"])
    # As an older Kith did: unsafe names, queued rows left as they are.
    monkeypatch.setattr(engine, "new_href", _old_names)
    monkeypatch.setattr(Pusher, "rename_unsafe_creates", lambda self: None)

    report = sync_account(account, radicale.password)

    assert report.uploaded == 2 and len(report.errors) == 4
    assert all(m.startswith("The server refused this card (HTTP 400)")
               for _, m in report.errors)
    [book] = accounts.get_account(account).address_books
    assert book.last_sync is not None
    assert book.last_error is not None
    assert re.fullmatch(
        r"4 cards could not be synced: Person \d, Person \d, Person \d and 1 more \(The "
        r"server refused this card \(HTTP 400\): [^()]+\); last tried "
        r"\d{4}-\d\d-\d\d \d\d:\d\d\.", book.last_error), book.last_error

    # With the fix, the queued cards are renamed and go up; the status is clean again.
    monkeypatch.undo()
    clean = sync_account(account, radicale.password)
    assert clean.errors == [] and clean.uploaded == 4
    [book] = accounts.get_account(account).address_books
    assert book.last_error is None
