"""Search as you type, and the ordered id lists the contact list shows.

The index is the FTS5 ``contact_search`` table (trigram tokenizer: substring
matching from three characters). Shorter terms fall back to name prefixes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import NamedTuple

from kith.store.database import connection
from kith.store.schema import NAMES_SQL, SEARCH_BODY_SQL


class SortKey(Enum):
    NAME = "name"
    ORGANIZATION = "organization"
    LAST_CONTACT = "last_contact"
    NEXT_FOLLOW_UP = "next_follow_up"


_ORDER = {
    SortKey.NAME: "c.sort_name {d}, c.id {d}",
    SortKey.ORGANIZATION: "c.organization = '' , c.organization COLLATE NOCASE {d}, c.sort_name",
    SortKey.LAST_CONTACT: "c.last_contact_on IS NULL, c.last_contact_on {d}, c.sort_name",
    SortKey.NEXT_FOLLOW_UP: "c.next_follow_up_on IS NULL, c.next_follow_up_on {d}, c.sort_name",
}


def _conn() -> sqlite3.Connection:
    conn: sqlite3.Connection = connection()
    return conn


def count() -> int:
    """How many people there are (the trash aside): the list's length with no search."""
    return int(_conn().execute("SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL"
                               ).fetchone()[0])


def reindex(contact_ids: Iterable[int]) -> None:
    ids = [int(i) for i in contact_ids]
    if not ids:
        return
    conn = _conn()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM contact_search WHERE rowid IN ({marks})", chunk)
        conn.execute(
            f"INSERT INTO contact_search (rowid, body) {SEARCH_BODY_SQL} WHERE c.id IN ({marks})",
            chunk,
        )
        conn.execute(f"DELETE FROM contact_names WHERE rowid IN ({marks})", chunk)
        conn.execute(
            f"INSERT INTO contact_names (rowid, name) {NAMES_SQL} WHERE c.id IN ({marks})", chunk
        )


def drop(contact_ids: Iterable[int]) -> None:
    ids = [int(i) for i in contact_ids]
    conn = _conn()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM contact_search WHERE rowid IN ({marks})", chunk)
        conn.execute(f"DELETE FROM contact_names WHERE rowid IN ({marks})", chunk)


def _terms(text: str) -> list[str]:
    """The words of a query, with quotes and control characters (FTS5 syntax) removed."""
    printable = "".join(ch if ch.isprintable() and ch != '"' else " " for ch in text)
    return printable.split()


def _where(text: str) -> tuple[str, list[object]]:
    """SQL conditions over ``contact c`` for every term of ``text`` (all must match)."""
    clauses: list[str] = []
    params: list[object] = []
    long_terms = [t for t in _terms(text) if len(t) >= 3]
    short_terms = [t for t in _terms(text) if len(t) < 3]
    if long_terms:
        match = " AND ".join('"' + t + '"' for t in long_terms)
        clauses.append("c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)")
        params.append(match)
    if short_terms:
        # Names with a word that starts with each term ("ng" finds "Bob Ng"),
        # through the names index and its one- and two-letter prefixes.
        match = " AND ".join('"' + t + '"*' for t in short_terms)
        clauses.append("c.id IN (SELECT rowid FROM contact_names WHERE contact_names MATCH ?)")
        params.append(match)
    return " AND ".join(clauses), params


def ids(
    text: str = "", sort: SortKey = SortKey.NAME, descending: bool = False
) -> list[int]:
    """Ids of live contacts matching ``text``, in display order."""
    where, params = _where(text)
    sql = "SELECT c.id FROM contact c WHERE c.deleted_at IS NULL"
    if where:
        sql += " AND " + where
    sql += " ORDER BY " + _ORDER[sort].format(d="DESC" if descending else "ASC")
    return [row[0] for row in _conn().execute(sql, params)]


class ListRow(NamedTuple):
    id: int
    display_name: str
    organization: str
    last_contact_on: str | None
    next_follow_up_on: str | None


def rows(contact_ids: Sequence[int]) -> dict[int, ListRow]:
    """The list columns for ``contact_ids`` (one query per 500 ids)."""
    out: dict[int, ListRow] = {}
    conn = _conn()
    for start in range(0, len(contact_ids), 500):
        chunk = list(contact_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT id, display_name, organization, last_contact_on, next_follow_up_on "
            f"FROM contact WHERE id IN ({marks})",
            chunk,
        ):
            out[row[0]] = ListRow(*row)
    return out
