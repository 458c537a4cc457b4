"""Writing contacts and their children with plain SQL, one or ten thousand at a time.

``contacts`` (one person edited in the window) and ``importer`` (a whole
event's cards) both write through here, so a contact is stored the same way
whichever door it came in by. Callers own the transaction.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from kith.services.contacts.keys import normalize_email, normalize_phone
from kith.services.contacts.records import STORED, ContactRecord
from kith.store.database import connection
from kith.vcard.model import CardPoint


def conn() -> sqlite3.Connection:
    return connection()


def point_norm(kind: str, value: str) -> str:
    """The key two points are compared by when matching people."""
    if kind == "email":
        return normalize_email(value)
    if kind == "phone":
        return normalize_phone(value)
    return value.strip().casefold()


def circle_id(name: str | None) -> int | None:
    if not name:
        return None
    row = conn().execute("SELECT id FROM circle WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise ValueError(f"There is no circle called {name!r}.")
    return int(row[0])


def default_circle_id() -> int | None:
    """The circle new people join unless told otherwise (Network), if it still exists."""
    from kith.services.followups.schedule import DEFAULT_CIRCLE

    row = conn().execute("SELECT id FROM circle WHERE name = ?", (DEFAULT_CIRCLE,)).fetchone()
    return int(row[0]) if row else None


def insert_contact(record: ContactRecord, stamp: dt.datetime, circle: int | None) -> int:
    """Insert the contact row of a cleaned record; returns its id (children not written)."""
    columns = [*STORED, "sort_name", "circle_id", "created_at", "updated_at"]
    values = [getattr(record, n) for n in STORED]
    values += [record.display_name.casefold(), circle, str(stamp), str(stamp)]
    cursor = conn().execute(
        f"INSERT INTO contact ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        values,
    )
    return int(cursor.lastrowid or 0)


def update_contact(contact_id: int, record: ContactRecord, stamp: dt.datetime,
                   circle: int | None) -> bool:
    sets = ", ".join(f"{n} = ?" for n in [*STORED, "sort_name", "circle_id", "updated_at"])
    values = [getattr(record, n) for n in STORED]
    values += [record.display_name.casefold(), circle, str(stamp), contact_id]
    cursor = conn().execute(f"UPDATE contact SET {sets} WHERE id = ?", values)
    return cursor.rowcount > 0


def point_rows(
    contact_id: int, points: Sequence[CardPoint], start: int = 0
) -> list[tuple[Any, ...]]:
    return [
        (contact_id, p.kind, p.value, point_norm(p.kind, p.value), p.label, int(p.preferred),
         start + i, json.dumps(p.extra, ensure_ascii=False) if p.extra else None)
        for i, p in enumerate(points)
    ]


def insert_points(rows: Sequence[tuple[Any, ...]]) -> None:
    conn().executemany(
        "INSERT INTO contact_point (contact_id, kind, value, norm, label, preferred, position, "
        "extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def tag_ids(names: Sequence[str]) -> dict[str, int]:
    """Ids of the named tags (case-insensitive), creating the missing ones."""
    c = conn()
    out: dict[str, int] = {}
    for name in names:
        key = name.casefold()
        if key in out:
            continue
        row = c.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
        if row is None:
            row = (c.execute("INSERT INTO tag (name) VALUES (?)", (name,)).lastrowid,)
        out[key] = int(row[0])
    return out


def add_tags(contact_id: int, names: Sequence[str]) -> None:
    ids = tag_ids(names)
    conn().executemany(
        "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
        [(contact_id, i) for i in ids.values()],
    )


def set_photo(contact_id: int, data: bytes | None, mime: str | None) -> None:
    c = conn()
    c.execute("DELETE FROM contact_photo WHERE contact_id = ?", (contact_id,))
    if data:
        c.execute(
            "INSERT INTO contact_photo (contact_id, data, mime) VALUES (?, ?, ?)",
            (contact_id, data, mime or "image/jpeg"),
        )


def replace_children(contact_id: int, record: ContactRecord) -> None:
    """Points, tags and photo of ``contact_id`` become exactly those of ``record``."""
    c = conn()
    c.execute("DELETE FROM contact_point WHERE contact_id = ?", (contact_id,))
    insert_points(point_rows(contact_id, record.points))
    c.execute("DELETE FROM contact_tag WHERE contact_id = ?", (contact_id,))
    add_tags(contact_id, record.tags)
    set_photo(contact_id, record.photo, record.photo_mime)


def read_record(contact_id: int) -> ContactRecord | None:
    """Everything stored about one contact (deleted or not), or None."""
    c = conn()
    columns = [*STORED, "circle_id"]
    row = c.execute(
        f"SELECT {', '.join(columns)} FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()
    if row is None:
        return None
    record = ContactRecord(id=contact_id)
    for name, value in zip(STORED, row, strict=False):
        setattr(record, name, value)
    if row[-1] is not None:
        circle = c.execute("SELECT name FROM circle WHERE id = ?", (row[-1],)).fetchone()
        record.circle = circle[0] if circle else None
    record.points = [
        CardPoint(kind=k, value=v, label=lbl, preferred=bool(pref),
                  extra=json.loads(extra) if extra else None)
        for k, v, lbl, pref, extra in c.execute(
            "SELECT kind, value, label, preferred, extra FROM contact_point "
            "WHERE contact_id = ? ORDER BY position, id", (contact_id,))
    ]
    record.tags = [
        r[0] for r in c.execute(
            "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id "
            "WHERE ct.contact_id = ? ORDER BY t.name COLLATE NOCASE", (contact_id,))
    ]
    photo = c.execute(
        "SELECT data, mime FROM contact_photo WHERE contact_id = ?", (contact_id,)
    ).fetchone()
    if photo is not None:
        record.photo, record.photo_mime = bytes(photo[0]), photo[1]
    return record


def snapshot(record: ContactRecord) -> str:
    """A JSON image of a record, to put it back exactly as it was (undo an import)."""
    data = {name: getattr(record, name) for name in (*STORED, "circle", "tags")}
    data["points"] = [
        {"kind": p.kind, "value": p.value, "label": p.label, "preferred": p.preferred,
         "extra": p.extra}
        for p in record.points
    ]
    data["photo"] = base64.b64encode(record.photo).decode() if record.photo else None
    data["photo_mime"] = record.photo_mime
    return json.dumps(data, ensure_ascii=False)


def from_snapshot(text: str) -> ContactRecord:
    data = json.loads(text)
    points = [CardPoint(**p) for p in data.pop("points")]
    photo = data.pop("photo")
    record = ContactRecord(**data)
    record.points = points
    record.photo = base64.b64decode(photo) if photo else None
    return record
