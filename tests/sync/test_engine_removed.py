"""A card deleted on the phone whose person has history in Kith: kept, and asked about.

Against a real Radicale: the service's answers (keep in Kith only: never uploaded or
asked again; delete here too: to the trash, undoable, the question back after undo),
the command line's ``kith sync status`` / ``keep`` / ``forget``, and the public
``plan_records`` the sync plans its downloads with."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kith.services.cards.plan import plan_records
from kith.services.contacts import people
from kith.services.contacts.records import ContactRecord
from kith.services.followups import interactions
from kith.services.sync import local
from kith.store.models import Contact, SyncCard
from kith.vcard.model import CardPoint
from tests.sync.conftest import vcard
from tests.sync.test_engine_sync import BOOK, find, names, setup_account, sync


def talk(name: str, times: int = 1) -> None:
    for n in range(times):
        interactions.log(interactions.Interaction(find(name), dt.date(2026, 11, 1 + n), "call",
                                                  summary=f"Talk {n}"))


def two_deleted_on_the_phone(radicale) -> int:  # type: ignore[no-untyped-def]
    """Ana, Bob and Cara synced; Bob (2 interactions) and Cara (1) deleted on the phone."""
    account = setup_account(radicale)
    for slug, name in (("ana", "Ana Silva"), ("bob", "Bob Ng"), ("cara", "Cara Diaz")):
        radicale.phone.put_card(BOOK, f"{slug}.vcf", vcard(name, f"u-{slug}"))
    sync(radicale, account)
    talk("Bob Ng", 2)
    talk("Cara Diaz")
    radicale.phone.delete_card(BOOK, "bob.vcf")
    radicale.phone.delete_card(BOOK, "cara.vcf")
    sync(radicale, account)
    return account


def test_the_people_kept_for_their_history_are_listed_with_their_interactions(db, radicale):  # type: ignore[no-untyped-def]
    two_deleted_on_the_phone(radicale)

    asked = local.removed_on_server()

    assert [(r.name, r.interactions) for r in asked] == [("Bob Ng", 2), ("Cara Diaz", 1)]
    assert [r.contact_id for r in asked] == [find("Bob Ng"), find("Cara Diaz")]


def test_keep_leaves_them_in_kith_only_never_uploaded_and_never_asked_again(db, radicale):  # type: ignore[no-untyped-def]
    account = two_deleted_on_the_phone(radicale)
    bob = find("Bob Ng")

    assert local.keep_removed(bob) is True

    assert [r.name for r in local.removed_on_server()] == ["Cara Diaz"]
    people.update(bob, people.load(bob))  # even an edit does not send him back
    report = sync(radicale, account)
    assert report.uploaded == 0 and report.errors == []
    assert radicale.phone.card_names(BOOK) == ["ana.vcf"]
    assert names() == ["Ana Silva", "Bob Ng", "Cara Diaz"]
    assert [r.name for r in local.removed_on_server()] == ["Cara Diaz"]
    assert local.keep_removed(bob) is False  # answered already


def test_delete_here_too_trashes_and_undo_opens_the_question_again(db, radicale):  # type: ignore[no-untyped-def]
    account = two_deleted_on_the_phone(radicale)
    cara = find("Cara Diaz")

    trashed = local.delete_removed(cara)

    assert trashed is not None and trashed.ids == [cara]
    assert names() == ["Ana Silva", "Bob Ng"]
    assert [r.name for r in local.removed_on_server()] == ["Bob Ng"]
    assert sync(radicale, account).deleted_remote == 0  # nothing more to do on the server
    assert local.undo_delete_removed(trashed) == []
    assert names() == ["Ana Silva", "Bob Ng", "Cara Diaz"]
    assert [r.name for r in local.removed_on_server()] == ["Bob Ng", "Cara Diaz"]
    assert local.delete_removed(find("Ana Silva")) is None  # never asked about: untouched
    assert SyncCard.select().where(SyncCard.state == "gone").count() == 2


def test_the_command_line_lists_the_questions_and_takes_the_answers(radicale, tmp_path: Path):  # type: ignore[no-untyped-def]
    from kith.store.db import close_database, open_database
    from tests.cli.conftest import Kith

    kith = Kith(tmp_path / "profile")
    open_database(kith.data_dir / "kith.sqlite3")
    try:
        two_deleted_on_the_phone(radicale)
        bob, cara = find("Bob Ng"), find("Cara Diaz")
    finally:
        close_database()

    status = kith.run("sync", "status", check=True).stdout
    assert "kith sync keep ID" in status
    assert f"  {bob}  Bob Ng (2 interactions)\n" in status
    assert f"  {cara}  Cara Diaz (1 interaction)\n" in status
    assert list(kith.json("sync", "status")) == ["accounts"]  # that contract unchanged
    listed = kith.json("sync", "removed")["removed_on_server"]
    assert listed == [{"id": bob, "name": "Bob Ng", "interactions": 2},
                      {"id": cara, "name": "Cara Diaz", "interactions": 1}]

    kept = kith.run("sync", "keep", str(bob), check=True)
    assert kept.stdout == "Kept Bob Ng in Kith only; Kith will not upload them again.\n"
    forgot = kith.json("sync", "forget", str(cara))
    assert forgot == {"id": cara, "name": "Cara Diaz", "answer": "deleted"}
    again = kith.run("sync", "keep", str(cara))
    assert again.returncode == 1 and "kith sync status" in again.stderr
    assert kith.json("sync", "removed") == {"removed_on_server": []}
    assert "Nobody deleted on the server" in kith.run("sync", "removed", check=True).stdout
    assert [c["display_name"] for c in kith.json("contacts")] == ["Ana Silva", "Bob Ng"]
    assert kith.run("sync", "keep", "x").returncode == 2
    helped = kith.run("sync", "--help", check=True).stdout
    assert "keep" in helped and "forget" in helped


def test_plan_records_matches_stored_people_and_folds_the_same_person(db):  # type: ignore[no-untyped-def]
    ana = people.create(ContactRecord(display_name="Ana Silva", given_name="Ana",
                                      family_name="Silva",
                                      points=[CardPoint("email", "ana@acme.com")]))
    cards = [ContactRecord(display_name="Ana Silva", points=[CardPoint("email", "ana@acme.com")],
                           title="CTO"),
             ContactRecord(display_name="Bob Ng", points=[CardPoint("email", "bob@ng.example")]),
             ContactRecord(display_name="Bob Ng", points=[CardPoint("email", "bob@ng.example")])]

    plan = plan_records(((r, "contacts", n) for n, r in enumerate(cards, 1)), ["contacts"])

    assert [c.action for c in plan.cards] == ["merge", "create", "fold"]
    assert plan.cards[0].match is not None and plan.cards[0].match.contact_id == ana
    assert plan.cards[2].fold_into == 1
    assert (plan.cards_read, plan.files) == (3, ["contacts"])
    assert Contact.select().count() == 1  # planning writes nothing
