"""Names sort as people expect (issue #12): Ñ with N, Æ with A, Ł with L, not after Z;
by given or by family name; the keys are kept in step on every write and filled for the
people a database already held when it migrates."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kith.services.contacts import people as contacts
from kith.services.contacts import search
from kith.services.contacts.records import ContactRecord
from kith.services.contacts.search import BY_FAMILY, SortKey
from kith.store import collation, schema
from kith.store.db import close_database, migrate, open_database
from kith.store.models import database

PEOPLE = [  # (given, family)
    ("Zoe", "Adams"), ("Ñuño", "Benítez"), ("Nora", "Łukasiewicz"), ("Ægir", "Olsen"),
    ("Oscar", "Østergaard"), ("Lars", "Zander"), ("Émile", "Nadeau"), ("Eva", "Öberg"),
    ("Łucja", "Kowal"), ("Adam", "Ñáñez"), ("Ana", "Silva"), ("Anabel", "Cruz"),
    ("Ölaf", "Berg"), ("Bea", "Ærø"), ("Mark", "Lindqvist"),
]


def _names(ids: list[int], by: str = "given") -> list[str]:
    rows = search.rows(ids)
    return [rows[i].name(by) for i in ids]


def _add_everyone() -> dict[str, int]:
    return {f"{g} {f}": contacts.create(ContactRecord(given_name=g, family_name=f))
            for g, f in PEOPLE}


def test_by_given_name_accents_sort_with_their_letter(db: Path) -> None:
    _add_everyone()
    assert _names(search.ids()) == [
        "Adam Ñáñez", "Ægir Olsen", "Ana Silva", "Anabel Cruz", "Bea Ærø", "Émile Nadeau",
        "Eva Öberg", "Lars Zander", "Łucja Kowal", "Mark Lindqvist", "Nora Łukasiewicz",
        "Ñuño Benítez", "Ölaf Berg", "Oscar Østergaard", "Zoe Adams"]


def test_by_family_name(db: Path) -> None:
    _add_everyone()
    rows = search.rows(search.ids(by=BY_FAMILY))
    assert [rows[i].name(BY_FAMILY) for i in search.ids(by=BY_FAMILY)] == [
        "Adams, Zoe", "Ærø, Bea", "Benítez, Ñuño", "Berg, Ölaf", "Cruz, Anabel",
        "Kowal, Łucja", "Lindqvist, Mark", "Łukasiewicz, Nora", "Nadeau, Émile",
        "Ñáñez, Adam", "Öberg, Eva", "Olsen, Ægir", "Østergaard, Oscar", "Silva, Ana",
        "Zander, Lars"]


def test_descending_and_search_keep_the_collation(db: Path) -> None:
    _add_everyone()
    assert _names(search.ids("", SortKey.NAME, descending=True))[:3] == [
        "Zoe Adams", "Oscar Østergaard", "Ölaf Berg"]
    assert _names(search.ids("an")) == ["Ana Silva", "Anabel Cruz"]


def test_people_without_names_sort_by_what_they_show(db: Path) -> None:
    _add_everyone()
    ñ = contacts.create(ContactRecord(organization="Ñandú Studio"))
    names = _names(search.ids(by=BY_FAMILY), BY_FAMILY)
    assert names.index("Ñandú Studio") == names.index("Nadeau, Émile") + 1
    assert search.rows([ñ])[ñ].name(BY_FAMILY) == "Ñandú Studio"


def test_edits_keep_the_key_in_step(db: Path) -> None:
    ids = _add_everyone()
    zoe = ids["Zoe Adams"]
    record = contacts.load(zoe)
    record.given_name, record.display_name = "Ángela", ""
    contacts.update(zoe, record)
    assert _names(search.ids())[:6] == ["Adam Ñáñez", "Ægir Olsen", "Ana Silva",
                                        "Anabel Cruz", "Ángela Adams", "Bea Ærø"]


def test_ties_put_the_plain_letter_first() -> None:
    assert collation.given_key("Eva", "", "") < collation.given_key("Éva", "", "")
    assert collation.given_key("Ana", "", "") < collation.given_key("Ana", "Silva", "")
    assert collation.key("Ñandú") < collation.key("Nb") < collation.key("O")


def test_migration_fills_the_keys_of_people_already_there(data_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = data_dir / "kith.sqlite3"
    with monkeypatch.context() as version_8:
        version_8.setattr(schema, "STEPS", schema.STEPS[:8])
        version_8.setattr(schema, "LATEST", 8)
        conn = sqlite3.connect(path)
        migrate(conn, path)
    stamp = "2026-01-02 03:04:05"
    for i, (given, family) in enumerate(PEOPLE):
        conn.execute("INSERT INTO contact (display_name, sort_name, given_name, family_name, "
                     "created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (f"{given} {family}", f"{given} {family}".casefold(), given, family,
                      stamp, stamp, stamp if i == 0 else None))
    conn.commit()
    conn.close()

    open_database(path)
    try:
        conn = database.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST >= 9
        assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == len(PEOPLE)
        assert conn.execute("SELECT COUNT(*) FROM contact WHERE sort_key_given = '' "
                            "OR sort_key_family = ''").fetchone()[0] == 0
        names = _names(search.ids(by=BY_FAMILY), BY_FAMILY)  # Zoe Adams is in the trash
        assert names[:3] == ["Ærø, Bea", "Benítez, Ñuño", "Berg, Ölaf"]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database()
