"""Contacts as the plain dictionaries the command line prints (``kith contacts --json``)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from kith.store.database import connection


def _grouped(conn: sqlite3.Connection, sql: str, ids: Sequence[int]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for start in range(0, len(ids), 900):
        chunk = list(ids[start : start + 900])
        marks = ",".join("?" * len(chunk))
        for cid, value in conn.execute(sql.format(marks=marks), chunk):
            out[cid].append(value)
    return out


def summaries(contact_ids: Sequence[int]) -> list[dict[str, Any]]:
    """One dictionary per id, in the order given (the command-line contract)."""
    conn: sqlite3.Connection = connection()
    base: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(contact_ids), 900):
        chunk = list(contact_ids[start : start + 900])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT c.id, c.display_name, c.given_name, c.family_name, c.nickname, "
            "c.organization, c.title, c.birthday, c.next_follow_up_on, c.last_contact_on, "
            "c.how_met, EXISTS(SELECT 1 FROM contact_photo p WHERE p.contact_id = c.id) "
            f"FROM contact c WHERE c.id IN ({marks})",
            chunk,
        ):
            base[row[0]] = row
    points_sql = (
        "SELECT contact_id, kind || char(31) || value FROM contact_point "
        "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id"
    )
    points = _grouped(conn, points_sql, contact_ids)
    tags = _grouped(
        conn,
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.contact_id IN ({marks}) ORDER BY t.name",
        contact_ids,
    )
    events = _grouped(
        conn,
        "SELECT ce.contact_id, e.name FROM contact_event ce JOIN event e ON e.id = ce.event_id "
        "WHERE ce.contact_id IN ({marks}) ORDER BY e.date, e.id",
        contact_ids,
    )
    out = []
    for cid in contact_ids:
        row = base.get(cid)
        if row is None:
            continue
        by_kind: dict[str, list[str]] = defaultdict(list)
        for packed in points.get(cid, []):
            kind, _, value = packed.partition("\x1f")
            by_kind[kind].append(value)
        out.append(
            {
                "id": cid,
                "display_name": row[1],
                "given_name": row[2],
                "family_name": row[3],
                "nickname": row[4],
                "organization": row[5],
                "title": row[6],
                "emails": by_kind["email"],
                "phones": by_kind["phone"],
                "urls": by_kind["url"],
                "addresses": by_kind["address"],
                "birthday": row[7],
                "tags": tags.get(cid, []),
                "events": events.get(cid, []),
                "has_photo": bool(row[11]),
                "next_follow_up": str(row[8]) if row[8] else None,
                "last_contact": str(row[9]) if row[9] else None,
                "how_met": row[10],
            }
        )
    return out
