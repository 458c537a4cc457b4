"""Search as you type, and the ordered id lists the contact list shows.

The index is the FTS5 ``contact_search`` table (trigram tokenizer: substring
matching from three characters). Shorter terms fall back to name prefixes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any, NamedTuple

from peewee import fn

from kith.store.database import chunks, fetch, fetch_ids, one_of
from kith.store.models import Contact, ContactNames, ContactPoint, ContactSearch, ContactTag, Tag


class SortKey(Enum):
    NAME = "name"
    ORGANIZATION = "organization"
    LAST_CONTACT = "last_contact"
    NEXT_FOLLOW_UP = "next_follow_up"


BY_GIVEN, BY_FAMILY = "given", "family"  # settings.SORT_BY


def name_key(by: str) -> Any:
    """The collation key column (``kith.store.collation``) for sorting by ``by`` name."""
    return Contact.sort_key_family if by == BY_FAMILY else Contact.sort_key_given


def _order(sort: SortKey, descending: bool, by: str = BY_GIVEN) -> list[Any]:
    def way(expression: Any) -> Any:
        return expression.desc() if descending else expression.asc()

    name = name_key(by)
    if sort is SortKey.NAME:
        return [way(name), way(Contact.id)]
    if sort is SortKey.ORGANIZATION:
        return [Contact.organization == "", way(Contact.organization.collate("NOCASE")),
                name, Contact.id]
    column = Contact.last_contact_on if sort is SortKey.LAST_CONTACT else Contact.next_follow_up_on
    return [column.is_null(), way(column), name, Contact.id]


def count() -> int:
    """How many people there are (the trash aside): the list's length with no search."""
    return int(Contact.select(fn.COUNT(Contact.id)).where(Contact.deleted_at.is_null()).scalar())


def _bodies(contact_ids: list[int]) -> Any:
    """(id, text searched) of each contact: names, organisation, title, e-mails and phones
    (as written and digits only), tags and notes."""
    space = " "
    points = (ContactPoint.select(fn.group_concat(
        ContactPoint.value.concat(space).concat(ContactPoint.norm), space))
        .where(ContactPoint.contact == Contact.id))
    tags = (ContactTag.select(fn.group_concat(Tag.name, space)).join(Tag)
            .where(ContactTag.contact == Contact.id))
    body: Any = Contact.display_name
    for part in (Contact.given_name, Contact.family_name, Contact.nickname,
                 Contact.organization, Contact.department, Contact.title,
                 fn.COALESCE(points, ""), fn.COALESCE(tags, ""), Contact.notes):
        body = body.concat(space).concat(part)
    return Contact.select(Contact.id, body).where(Contact.id.in_(contact_ids))


def _names(contact_ids: list[int]) -> Any:
    space = " "
    name = (Contact.display_name.concat(space).concat(Contact.given_name).concat(space)
            .concat(Contact.family_name).concat(space).concat(Contact.nickname))
    return Contact.select(Contact.id, name).where(Contact.id.in_(contact_ids))


def reindex(contact_ids: Iterable[int]) -> None:
    for piece in chunks([int(i) for i in contact_ids], 500):
        drop(piece)
        ContactSearch.insert_from(_bodies(piece), [ContactSearch.rowid, ContactSearch.body]
                                  ).execute()
        ContactNames.insert_from(_names(piece), [ContactNames.rowid, ContactNames.name]
                                 ).execute()


def drop(contact_ids: Iterable[int]) -> None:
    for piece in chunks([int(i) for i in contact_ids], 500):
        ContactSearch.delete().where(ContactSearch.rowid.in_(piece)).execute()
        ContactNames.delete().where(ContactNames.rowid.in_(piece)).execute()


def _terms(text: str) -> list[str]:
    """The words of a query, with quotes and control characters (FTS5 syntax) removed."""
    printable = "".join(ch if ch.isprintable() and ch != '"' else " " for ch in text)
    return printable.split()


def _conditions(text: str) -> list[Any]:
    """Conditions on ``Contact`` for every term of ``text`` (all must match)."""
    conditions: list[Any] = []
    long_terms = [t for t in _terms(text) if len(t) >= 3]
    short_terms = [t for t in _terms(text) if len(t) < 3]
    if long_terms:
        match = " AND ".join('"' + t + '"' for t in long_terms)
        conditions.append(Contact.id.in_(
            ContactSearch.select(ContactSearch.rowid).where(ContactSearch.match(match))))
    if short_terms:
        # Names with a word that starts with each term ("ng" finds "Bob Ng"),
        # through the names index and its one- and two-letter prefixes.
        match = " AND ".join('"' + t + '"*' for t in short_terms)
        conditions.append(Contact.id.in_(
            ContactNames.select(ContactNames.rowid).where(ContactNames.match(match))))
    return conditions


def ids(
    text: str = "", sort: SortKey = SortKey.NAME, descending: bool = False,
    by: str = BY_GIVEN,
) -> list[int]:
    """Ids of live contacts matching ``text``, in display order; names sort by given or
    family name (``by``) in the collation order of ``kith.store.collation``."""
    query = (Contact.select(Contact.id)
             .where(Contact.deleted_at.is_null(), *_conditions(text))
             .order_by(*_order(sort, descending, by)))
    return fetch_ids(query)


class ListRow(NamedTuple):
    id: int
    display_name: str
    organization: str
    last_contact_on: str | None
    next_follow_up_on: str | None
    given_name: str = ""
    family_name: str = ""
    additional_names: str = ""

    def name(self, by: str = BY_GIVEN) -> str:
        """The name as the list shows it: "Family, Given" when sorted by family name (and
        both are known), else the display name ("Given Family")."""
        if by == BY_FAMILY and self.family_name.strip() and self.given_name.strip():
            given = " ".join(p for p in (self.given_name, self.additional_names) if p.strip())
            return f"{self.family_name.strip()}, {given.strip()}"
        return self.display_name


def rows(contact_ids: Sequence[int]) -> dict[int, ListRow]:
    """The list columns for ``contact_ids`` (one query per 500 ids, the ids as one JSON
    parameter: Peewee took ~5 ms to write an ``IN`` of 500 parameters, most of a keystroke)."""
    out: dict[int, ListRow] = {}
    for piece in chunks(list(contact_ids), 500):
        query = (Contact.select(Contact.id, Contact.display_name, Contact.organization,
                                Contact.last_contact_on, Contact.next_follow_up_on,
                                Contact.given_name, Contact.family_name,
                                Contact.additional_names)
                 .where(one_of(Contact.id, piece)))
        for row in fetch(query):  # dates as the ISO text the list shows
            out[row[0]] = ListRow(*row)
    return out
