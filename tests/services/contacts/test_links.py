"""Who knows whom (issue #15): links stored once per pair, named properly from both sides."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import IntegrityError

from kith.errors import Invalid, NotFound
from kith.services.contacts import links
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.store import schema
from kith.store.database import database
from kith.store.db import close_database, migrate, open_database
from kith.store.models import ContactLink
from tests.store.test_db import _make_v1


def person(given: str, family: str) -> int:
    return contacts.create(ContactRecord(given_name=given, family_name=family))


def words(contact_id: int) -> list[str]:
    return [s.text for s in links.for_contact(contact_id)]


def test_introduced_by_reads_introduced_from_the_other_side(db: Path) -> None:
    ana, bob = person("Ana", "Silva"), person("Bob", "Ng")
    links.link(bob, ana, "introduced-by")
    assert words(bob) == ["introduced by Ana Silva"]
    assert words(ana) == ["introduced Bob Ng"]
    assert [s.as_json() for s in links.for_contact(bob)] == [
        {"contact_id": ana, "relation": "introduced-by"}]
    assert [s.as_json() for s in links.for_contact(ana)] == [
        {"contact_id": bob, "relation": "introduced"}]
    assert ContactLink.select().count() == 1  # stored once


def test_reports_to_and_manages_symmetric_and_free_text(db: Path) -> None:
    ana, bob, cara, dan = (person("Ana", "Silva"), person("Bob", "Ng"), person("Cara", "Diaz"),
                           person("Dan", "Ito"))
    links.link(ana, bob, "manages")
    links.link(ana, cara, "Works With")
    links.link(ana, dan, "  former   neighbour ")
    assert words(ana) == [
        "manages Bob Ng", "works with Cara Diaz", "former neighbour: Dan Ito"]
    assert words(bob) == ["reports to Ana Silva"]
    assert words(cara) == ["works with Ana Silva"]
    assert words(dan) == ["former neighbour: Ana Silva"]
    assert [s.relation for s in links.for_contact(dan)] == ["former neighbour"]


def test_a_pair_has_one_link_and_setting_it_again_replaces_it(db: Path) -> None:
    ana, bob = person("Ana", "Silva"), person("Bob", "Ng")
    links.link(ana, bob, "works-with")
    made, replaced = links.link(bob, ana, "friend of")
    assert replaced is not None and replaced.relation == "works-with"
    assert words(ana) == ["friend of Bob Ng"] and words(bob) == ["friend of Ana Silva"]
    assert ContactLink.select().count() == 1
    with pytest.raises(IntegrityError):  # the database holds the rule too
        with database.atomic():
            ContactLink.insert(from_contact=ana, to_contact=bob, relation="friend-of",
                               created_at=made.created_at).execute()


def test_replacing_a_link_says_what_it_was_and_undo_puts_it_back(db: Path) -> None:
    """A new user set "friend of" over "climbing buddy" and was not told (one link per
    pair): the words for the change name the old link, seen from the first person."""
    yasmin, noor = person("Yasmin", "Ali"), person("Noor", "Aziz")
    first, none = links.link(noor, yasmin, "climbing buddy")
    assert links.change_text(noor, first, none) == "Noor Aziz: climbing buddy: Yasmin Ali"
    made, replaced = links.link(yasmin, noor, "friend-of")
    assert links.change_text(yasmin, made, replaced) == (
        "Yasmin Ali: friend of Noor Aziz (was: climbing buddy)")
    # a built-in relation is named in words, from the first person's side
    again, before = links.link(noor, yasmin, "introduced-by")
    assert links.change_text(noor, again, before) == (
        "Noor Aziz: introduced by Yasmin Ali (was: friend of)")
    newer, older = links.link(yasmin, noor, "manages")
    assert links.change_text(yasmin, newer, older) == (
        "Yasmin Ali: manages Noor Aziz (was: introduced)")
    # the same link set again names nothing it replaced
    same, previous = links.link(noor, yasmin, "reports-to")
    assert links.change_text(noor, same, previous) == "Noor Aziz: reports to Yasmin Ali"
    # undo of the replacement puts the climbing buddy back
    assert links.put_back(replaced, made) is False  # changed since: left as it is
    assert words(yasmin) == ["manages Noor Aziz"]
    links.unlink(yasmin, noor)
    links.put_back(first)
    made, replaced = links.link(yasmin, noor, "friend-of")
    assert links.put_back(replaced, made)
    assert words(yasmin) == ["climbing buddy: Noor Aziz"]
    assert words(noor) == ["climbing buddy: Yasmin Ali"]


def test_refused_links(db: Path) -> None:
    ana, bob = person("Ana", "Silva"), person("Bob", "Ng")
    with pytest.raises(Invalid):
        links.link(ana, ana, "friend-of")
    with pytest.raises(Invalid):
        links.link(ana, bob, "   ")
    with pytest.raises(NotFound):
        links.link(ana, 999, "friend-of")
    contacts.delete([bob])
    with pytest.raises(NotFound):
        links.link(ana, bob, "friend-of")
    assert ContactLink.select().count() == 0


def test_unlink_and_put_back(db: Path) -> None:
    ana, bob = person("Ana", "Silva"), person("Bob", "Ng")
    made, _ = links.link(ana, bob, "reports-to")
    removed = links.unlink(bob, ana)
    assert removed == made and words(ana) == [] and words(bob) == []
    assert links.unlink(ana, bob) is None
    assert links.put_back(removed)
    assert words(bob) == ["manages Ana Silva"]
    # undo a replacement: the new link goes, the old one comes back
    new, old = links.link(ana, bob, "friend-of")
    assert links.put_back(old, new)
    assert words(ana) == ["reports to Bob Ng"]


def test_trash_hides_links_and_deleting_for_good_cascades(db: Path) -> None:
    ana, bob, cara = person("Ana", "Silva"), person("Bob", "Ng"), person("Cara", "Diaz")
    links.link(ana, bob, "works-with")
    links.link(cara, ana, "introduced")
    trashed = contacts.delete([bob])
    assert words(ana) == ["introduced by Cara Diaz"]
    contacts.undelete(trashed)
    assert words(ana) == ["works with Bob Ng", "introduced by Cara Diaz"]
    with database.atomic():
        database.execute_sql("DELETE FROM contact WHERE id = ?", (bob,))
    assert words(ana) == ["introduced by Cara Diaz"]
    assert ContactLink.select().count() == 1


def test_version_14_adds_links_and_keeps_every_row(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / "kith.sqlite3"
    _make_v1(path)
    with monkeypatch.context() as version_12:
        version_12.setattr(schema, "STEPS", tuple(s for s in schema.STEPS if s.version <= 12))
        version_12.setattr(schema, "LATEST", 12)
        conn = sqlite3.connect(path)
        migrate(conn, path)
        before = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: S608
                  for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'contact_search%' "
                                           "AND name NOT LIKE 'contact_names%'")}
        conn.close()
    assert before["contact"] == 50
    open_database(path)
    try:
        conn = database.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST >= 14
        for table, count in before.items():
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == count  # noqa: S608
        links.link(1, 2, "introduced-by")
        assert [s.as_json() for s in links.for_contact(2)] == [
            {"contact_id": 1, "relation": "introduced"}]
    finally:
        close_database()
