"""Needs and offers: what a contact (or the user, ``contact_id=None``) asks for and can give.

An item is *open* on a day when it is not closed, was created on or before
that day and has not expired (``expires_on`` is the last day it is open).
Items of contacts in the trash are left alone but never listed as open.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from kith.services.contacts.people import NotFound
from kith.services.contacts.records import clean_text
from kith.store.database import connection, database

KINDS = ("need", "offer")
MAX_TEXT = 500

_COLUMNS = "id, contact_id, kind, text, created_on, expires_on, closed_at"


@dataclass(frozen=True)
class Item:
    """One need or offer."""

    id: int
    contact_id: int | None  # None: the user's own
    kind: str  # need | offer
    text: str
    created_on: dt.date
    expires_on: dt.date | None
    closed_at: dt.datetime | None

    def is_open(self, on: dt.date) -> bool:
        return (
            self.closed_at is None
            and self.created_on <= on
            and (self.expires_on is None or self.expires_on >= on)
        )


def _conn() -> sqlite3.Connection:
    conn: sqlite3.Connection = connection()
    return conn


def _date(value: object) -> dt.date | None:
    return None if value in (None, "") else dt.date.fromisoformat(str(value)[:10])


def _item(row: tuple[object, ...]) -> Item:
    item_id, contact_id, kind, text, created, expires, closed = row
    return Item(
        int(item_id),  # type: ignore[call-overload]
        None if contact_id is None else int(contact_id),  # type: ignore[call-overload]
        str(kind),
        str(text),
        _date(created) or dt.date.min,
        _date(expires),
        None if closed in (None, "") else dt.datetime.fromisoformat(str(closed)),
    )


def clean(text: str) -> str:
    """The text as stored: control characters and line breaks out, blanks squeezed.

    Raises ValueError when nothing is left or it is too long.
    """
    cleaned = " ".join(clean_text(text).split())
    if not cleaned:
        raise ValueError("Write what is needed or offered: the text is empty.")
    if len(cleaned) > MAX_TEXT:
        raise ValueError(f"Keep it under {MAX_TEXT} characters (this is {len(cleaned)}).")
    return cleaned


def add(
    contact_id: int | None,
    kind: str,
    text: str,
    on: dt.date,
    expires_on: dt.date | None = None,
) -> int:
    """Store a need or an offer of ``contact_id`` (None: the user); returns its id.

    Raises ValueError for an unknown kind, an empty text or an expiry before
    ``on``, and ``NotFound`` for a contact that does not exist or is in the trash.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be 'need' or 'offer', not {kind!r}.")
    cleaned = clean(text)
    if expires_on is not None and expires_on < on:
        raise ValueError(f"It cannot expire ({expires_on}) before it starts ({on}).")
    with database.atomic():
        if contact_id is not None:
            row = _conn().execute(
                "SELECT 1 FROM contact WHERE id = ? AND deleted_at IS NULL", (contact_id,)
            ).fetchone()
            if row is None:
                raise NotFound(f"No contact with id {contact_id}.")
        cursor = _conn().execute(
            "INSERT INTO need_offer (contact_id, kind, text, created_on, expires_on) "
            "VALUES (?, ?, ?, ?, ?)",
            (contact_id, kind, cleaned, on.isoformat(),
             expires_on.isoformat() if expires_on else None),
        )
    return int(cursor.lastrowid or 0)


def get(item_id: int) -> Item:
    row = _conn().execute(
        f"SELECT {_COLUMNS} FROM need_offer WHERE id = ?", (item_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"No need or offer with id {item_id}.")
    return _item(row)


def _list(where: str, params: tuple[object, ...], include_closed: bool) -> list[Item]:
    if not include_closed:
        where += " AND closed_at IS NULL"
    rows = _conn().execute(
        f"SELECT {_COLUMNS} FROM need_offer WHERE {where} "
        "ORDER BY kind, closed_at IS NOT NULL, created_on DESC, id DESC",
        params,
    ).fetchall()
    return [_item(r) for r in rows]


def for_contact(contact_id: int, include_closed: bool = False) -> list[Item]:
    """A contact's needs then offers, newest first (closed ones only if asked)."""
    return _list("contact_id = ?", (contact_id,), include_closed)


def for_me(include_closed: bool = False) -> list[Item]:
    """The user's own needs then offers, newest first."""
    return _list("contact_id IS NULL", (), include_closed)


def open_items(on: dt.date, kind: str | None = None) -> list[Item]:
    """Every item open on ``on`` (the user's and live contacts'), oldest first."""
    sql = (
        f"SELECT {', '.join('n.' + c.strip() for c in _COLUMNS.split(','))} "
        "FROM need_offer n LEFT JOIN contact c ON c.id = n.contact_id "
        "WHERE n.closed_at IS NULL AND n.created_on <= ? "
        "AND (n.expires_on IS NULL OR n.expires_on >= ?) "
        "AND (n.contact_id IS NULL OR c.deleted_at IS NULL)"
    )
    params: list[object] = [on.isoformat(), on.isoformat()]
    if kind is not None:
        sql += " AND n.kind = ?"
        params.append(kind)
    return [_item(r) for r in _conn().execute(sql + " ORDER BY n.id", params)]


def close(item_id: int, when: dt.datetime | None = None) -> None:
    """Mark an item met or no longer wanted (it stays in the history)."""
    stamp = (when or dt.datetime.now()).replace(microsecond=0)
    cursor = _conn().execute(
        "UPDATE need_offer SET closed_at = COALESCE(closed_at, ?) WHERE id = ?",
        (str(stamp), item_id),
    )
    if cursor.rowcount == 0:
        raise NotFound(f"No need or offer with id {item_id}.")


def reopen(item_id: int) -> None:
    cursor = _conn().execute("UPDATE need_offer SET closed_at = NULL WHERE id = ?", (item_id,))
    if cursor.rowcount == 0:
        raise NotFound(f"No need or offer with id {item_id}.")


def update(item_id: int, text: str, expires_on: dt.date | None) -> None:
    """Rewrite an item's text and expiry."""
    cleaned = clean(text)
    item = get(item_id)
    if expires_on is not None and expires_on < item.created_on:
        raise ValueError(f"It cannot expire ({expires_on}) before it starts "
                         f"({item.created_on}).")
    _conn().execute(
        "UPDATE need_offer SET text = ?, expires_on = ? WHERE id = ?",
        (cleaned, expires_on.isoformat() if expires_on else None, item_id),
    )


def delete(item_id: int) -> None:
    """Remove an item entered by mistake (``close`` keeps the history instead)."""
    cursor = _conn().execute("DELETE FROM need_offer WHERE id = ?", (item_id,))
    if cursor.rowcount == 0:
        raise NotFound(f"No need or offer with id {item_id}.")
