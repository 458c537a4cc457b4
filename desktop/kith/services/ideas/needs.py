"""Needs and offers: what a contact (or the user, ``contact_id=None``) asks for and can give.

An item is *open* on a day when it is not closed, was created on or before
that day and has not expired (``expires_on`` is the last day it is open).
Items of contacts in the trash are left alone but never listed as open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, Expression, fn

from kith import clock
from kith.errors import Invalid, NotFound
from kith.services.contacts.records import clean_text
from kith.store.database import database
from kith.store.models import Contact, NeedOffer

KINDS = ("need", "offer")
MAX_TEXT = 500

_N = NeedOffer
_COLUMNS = (_N.id, _N.contact, _N.kind, _N.text, _N.created_on, _N.expires_on, _N.closed_at,
            _N.source)
FROM_CARD = "card"  # ``source`` of an item read from the person's own card


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
    source: str = ""  # "": typed in Kith; FROM_CARD: read from their card

    @property
    def from_card(self) -> bool:
        return self.source == FROM_CARD

    def is_open(self, on: dt.date) -> bool:
        return (
            self.closed_at is None
            and self.created_on <= on
            and (self.expires_on is None or self.expires_on >= on)
        )


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _stamp(value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _item(row: tuple[Any, ...]) -> Item:
    item_id, contact_id, kind, text, created, expires, closed, source = row
    return Item(int(item_id), None if contact_id is None else int(contact_id), str(kind),
                str(text), _date(created) or dt.date.min, _date(expires), _stamp(closed),
                str(source or ""))


def _items(rows: Iterable[Any]) -> list[Item]:
    """Items from a ``.tuples()`` query over ``_COLUMNS``."""
    return [_item(row) for row in rows]


def clean(text: str) -> str:
    """The text as stored: control characters and line breaks out, blanks squeezed.

    Raises ``Invalid`` (a ValueError) when nothing is left or it is too long.
    """
    cleaned = " ".join(clean_text(text).split())
    if not cleaned:
        raise Invalid("Write what is needed or offered: the text is empty.")
    if len(cleaned) > MAX_TEXT:
        raise Invalid(f"Keep it under {MAX_TEXT} characters (this is {len(cleaned)}).")
    return cleaned


def add(
    contact_id: int | None,
    kind: str,
    text: str,
    on: dt.date,
    expires_on: dt.date | None = None,
) -> int:
    """Store a need or an offer of ``contact_id`` (None: the user); returns its id.

    Raises ``Invalid`` (a ValueError) for an unknown kind, an empty text or an expiry before
    ``on``, and ``NotFound`` for a contact that does not exist or is in the trash.
    """
    if kind not in KINDS:
        raise Invalid(f"kind must be 'need' or 'offer', not {kind!r}.")
    cleaned = clean(text)
    if expires_on is not None and expires_on < on:
        raise Invalid(f"It cannot expire ({expires_on}) before it starts ({on}).")
    with database.atomic():
        if contact_id is not None and not (
            Contact.select().where((Contact.id == contact_id) & Contact.deleted_at.is_null())
            .exists()
        ):
            raise NotFound(f"No contact with id {contact_id}.")
        item_id = (NeedOffer.insert(contact=contact_id, kind=kind, text=cleaned, created_on=on,
                                    expires_on=expires_on)
                   .execute())
    return int(item_id)


def get(item_id: int) -> Item:
    row = NeedOffer.select(*_COLUMNS).where(NeedOffer.id == item_id).tuples().first()
    if row is None:
        raise NotFound(f"No need or offer with id {item_id}.")
    return _item(row)


def _list(where: Expression, include_closed: bool) -> list[Item]:
    if not include_closed:
        where &= _N.closed_at.is_null()
    return _items(NeedOffer.select(*_COLUMNS).where(where)
                  .order_by(_N.kind, _N.closed_at.is_null(False), _N.created_on.desc(),
                            _N.id.desc())
                  .tuples())


def for_contact(contact_id: int, include_closed: bool = False) -> list[Item]:
    """A contact's needs then offers, newest first (closed ones only if asked)."""
    return _list(_N.contact == contact_id, include_closed)


def for_me(include_closed: bool = False) -> list[Item]:
    """The user's own needs then offers, newest first."""
    return _list(_N.contact.is_null(), include_closed)


def open_items(on: dt.date, kind: str | None = None) -> list[Item]:
    """Every item open on ``on`` (the user's and live contacts'), oldest first."""
    where = (_N.closed_at.is_null() & (_N.created_on <= on)
             & (_N.expires_on.is_null() | (_N.expires_on >= on))
             & (_N.contact.is_null() | Contact.deleted_at.is_null()))
    if kind is not None:
        where &= _N.kind == kind
    return _items(NeedOffer.select(*_COLUMNS)
                  .join(Contact, JOIN.LEFT_OUTER, on=(Contact.id == _N.contact))
                  .where(where).order_by(_N.id).tuples())


def close(item_id: int, when: dt.datetime | None = None) -> None:
    """Mark an item met or no longer wanted (it stays in the history)."""
    stamp = (when or clock.now()).replace(microsecond=0)
    changed = (NeedOffer.update(closed_at=fn.COALESCE(_N.closed_at, stamp))
               .where(_N.id == item_id).execute())
    if changed == 0:
        raise NotFound(f"No need or offer with id {item_id}.")


def reopen(item_id: int) -> None:
    if NeedOffer.update(closed_at=None).where(_N.id == item_id).execute() == 0:
        raise NotFound(f"No need or offer with id {item_id}.")


def update(item_id: int, text: str, expires_on: dt.date | None) -> None:
    """Rewrite an item's text and expiry."""
    cleaned = clean(text)
    item = get(item_id)
    if expires_on is not None and expires_on < item.created_on:
        raise Invalid(f"It cannot expire ({expires_on}) before it starts "
                      f"({item.created_on}).")
    NeedOffer.update(text=cleaned, expires_on=expires_on).where(_N.id == item_id).execute()


def delete(item_id: int) -> None:
    """Remove an item entered by mistake (``close`` keeps the history instead)."""
    if NeedOffer.delete().where(_N.id == item_id).execute() == 0:
        raise NotFound(f"No need or offer with id {item_id}.")
