"""Who knows whom: links between two people, each named from either side.

A link is stored once per pair (``store.models.ContactLink``) with a direction: "Ana
introduced Bob" is (Ana -> Bob, ``introduced``); Bob sees "introduced by Ana", Ana sees
"introduced Bob". "Bob reports to Cara" is (Bob -> Cara, ``reports-to``); Cara sees
"manages Bob". The symmetric relations read the same both ways, and free text
(``other``) is shown as written on both people.

What people type (``parse``; the command line's ``--as`` and the window's list) is a
relation as seen from the first person: ``introduced-by``, ``introduced``,
``works-with``, ``reports-to``, ``manages``, ``partner-of``, ``friend-of``,
``met-through-you``, or any other text (free text). Setting a link replaces the pair's
link, if it had one (one link per pair), and ``change_text`` says what it replaced;
every write is one transaction that takes the lock first.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kith import clock
from kith.errors import Invalid, NotFound
from kith.i18n import translate
from kith.services.contacts.records import clean_text
from kith.store.database import database, fetch, one_of
from kith.store.models import Contact, ContactLink

# Stored relation -> (what the "from" person sees, what the "to" person sees).
SIDES: dict[str, tuple[str, str]] = {
    "introduced": ("introduced", "introduced-by"),
    "reports-to": ("reports-to", "manages"),
    "works-with": ("works-with", "works-with"),
    "partner-of": ("partner-of", "partner-of"),
    "friend-of": ("friend-of", "friend-of"),
    "met-through-you": ("met-through-you", "met-through-you"),
}
OTHER = "other"
# What a person may type, seen from the first person -> (stored relation, swapped).
NAMES: dict[str, tuple[str, bool]] = {
    "introduced": ("introduced", False),
    "introduced-by": ("introduced", True),
    "reports-to": ("reports-to", False),
    "manages": ("reports-to", True),
    "works-with": ("works-with", False),
    "partner-of": ("partner-of", False),
    "friend-of": ("friend-of", False),
    "met-through-you": ("met-through-you", False),
}
LABEL_LIMIT = 80


@dataclass(frozen=True)
class Link:
    """One stored link, as it is in the database (what undo puts back)."""

    id: int
    from_id: int
    to_id: int
    relation: str
    label: str
    created_at: dt.datetime

    def seen_from(self, contact_id: int) -> str:
        """The relation as ``contact_id`` sees it ("introduced-by"), or the free text."""
        if self.relation == OTHER:
            return self.label
        sides = SIDES.get(self.relation, (self.relation, self.relation))
        return sides[0] if contact_id == self.from_id else sides[1]

    def other(self, contact_id: int) -> int:
        return self.to_id if contact_id == self.from_id else self.from_id


@dataclass(frozen=True)
class Seen:
    """A link as one person sees it: the other person and the words for it."""

    link: Link
    contact_id: int  # the other person
    name: str
    relation: str  # as seen from the person shown (a name of NAMES, or the free text)
    text: str  # "introduced by Ana Silva"

    def as_json(self) -> dict[str, object]:
        return {"contact_id": self.contact_id, "relation": self.relation}


def parse(text: str) -> tuple[str, str, bool]:
    """(stored relation, label, swapped) for a relation typed as seen from the first person.

    "introduced by", "Introduced_By" and "introduced-by" are the same name; any other
    text is free text (``other``), kept as written."""
    words = " ".join(clean_text(text).split())
    if not words:
        raise Invalid(translate("Links", "Say how they know each other, e.g. works-with."))
    key = words.casefold().replace("_", "-").replace(" ", "-")
    if key in NAMES:
        relation, swapped = NAMES[key]
        return relation, "", swapped
    if len(words) > LABEL_LIMIT:
        raise Invalid(translate("Links", "Describe the link in at most {n} characters.")
                      .format(n=LABEL_LIMIT))
    return OTHER, words, False


def phrase(relation: str, name: str) -> str:
    """The words for a link seen from one side: "introduced by Ana Silva"."""
    if relation == "introduced-by":
        return translate("Links", "introduced by {name}").format(name=name)
    if relation == "introduced":
        return translate("Links", "introduced {name}").format(name=name)
    if relation == "reports-to":
        return translate("Links", "reports to {name}").format(name=name)
    if relation == "manages":
        return translate("Links", "manages {name}").format(name=name)
    if relation == "works-with":
        return translate("Links", "works with {name}").format(name=name)
    if relation == "partner-of":
        return translate("Links", "partner of {name}").format(name=name)
    if relation == "friend-of":
        return translate("Links", "friend of {name}").format(name=name)
    if relation == "met-through-you":
        return translate("Links", "met {name} through you").format(name=name)
    return translate("Links", "{relation}: {name}").format(relation=relation, name=name)


def words(relation: str) -> str:
    """A relation seen from one side, in words without the other's name ("introduced
    by"); free text as written."""
    if relation == "introduced-by":
        return translate("Links", "introduced by")
    if relation == "introduced":
        return translate("Links", "introduced")
    if relation == "reports-to":
        return translate("Links", "reports to")
    if relation == "manages":
        return translate("Links", "manages")
    if relation == "works-with":
        return translate("Links", "works with")
    if relation == "partner-of":
        return translate("Links", "partner of")
    if relation == "friend-of":
        return translate("Links", "friend of")
    if relation == "met-through-you":
        return translate("Links", "met through you")
    return relation


def change_text(a: int, made: Link, replaced: Link | None) -> str:
    """What linking ``a`` did, from ``a``'s side, for the command line and the window's
    undo text: "Yasmin Ali: friend of Noor Aziz (was: climbing buddy)". The old link is
    named only when the pair had one that read differently."""
    other = made.other(a)
    names = _names([a, other], live_only=False)
    relation = made.seen_from(a)
    text = translate("Links", "{name}: {link}").format(
        name=names.get(a, ""), link=phrase(relation, names.get(other, "")))
    if replaced is not None and replaced.seen_from(a) != relation:
        text = translate("Links", "{change} (was: {before})").format(
            change=text, before=words(replaced.seen_from(a)))
    return text


_COLUMNS = (ContactLink.id, ContactLink.from_contact, ContactLink.to_contact,
            ContactLink.relation, ContactLink.label, ContactLink.created_at)


def _link(row: tuple[object, ...]) -> Link:
    lid, a, b, relation, label, stamp = row
    when = stamp if isinstance(stamp, dt.datetime) else dt.datetime.fromisoformat(str(stamp))
    return Link(int(str(lid)), int(str(a)), int(str(b)), str(relation), str(label), when)


def _pair(a: int, b: int) -> Link | None:
    row = (ContactLink.select(*_COLUMNS)
           .where(((ContactLink.from_contact == a) & (ContactLink.to_contact == b))
                  | ((ContactLink.from_contact == b) & (ContactLink.to_contact == a)))
           .tuples().first())
    return _link(row) if row else None


def between(a: int, b: int) -> Link | None:
    """The link of the pair, whichever way round, or None."""
    return _pair(a, b)


def _names(ids: Iterable[int], live_only: bool = True) -> dict[int, str]:
    query = Contact.select(Contact.id, Contact.display_name).where(one_of(Contact.id, ids))
    if live_only:
        query = query.where(Contact.deleted_at.is_null())
    return dict(fetch(query))


def link(a: int, b: int, relation: str, on: dt.datetime | None = None) -> tuple[Link, Link | None]:
    """Link ``a`` to ``b`` as ``relation`` (typed as seen from ``a``, see ``parse``).

    Returns the link now stored and the one it replaced (None if the pair had none).
    Refused (``Invalid``) for one person with themselves, (``NotFound``) for someone not
    in the address book."""
    stored, label, swapped = parse(relation)
    if a == b:
        raise Invalid(translate("Links", "A person cannot be linked to themselves; choose "
                                "someone else."))
    stamp = on or clock.now()
    from_id, to_id = (b, a) if swapped else (a, b)
    with database.atomic():
        if len(_names([a, b])) < 2:
            raise NotFound(translate("Links", "That person is not in your address book (or "
                                     "is in the trash); the link was not made."))
        before = _pair(a, b)
        if before is not None:
            ContactLink.delete().where(ContactLink.id == before.id).execute()
        new_id = int(ContactLink.insert(from_contact=from_id, to_contact=to_id,
                                        relation=stored, label=label,
                                        created_at=stamp).execute())
    return Link(new_id, from_id, to_id, stored, label, stamp), before


def unlink(a: int, b: int) -> Link | None:
    """Remove the link between ``a`` and ``b``; the link removed, or None if there was none."""
    with database.atomic():
        before = _pair(a, b)
        if before is not None:
            ContactLink.delete().where(ContactLink.id == before.id).execute()
    return before


def put_back(removed: Link | None, added: Link | None = None) -> bool:
    """Undo: take ``added`` away (if it is still there as it was made) and store
    ``removed`` again (if both people are still there and the pair has no link since).
    Returns whether everything was put back."""
    done = True
    with database.atomic():
        if added is not None:
            current = _pair(added.from_id, added.to_id)
            # The whole link, not only its id: SQLite gives a freed id to the next link
            # made, so a link set since may carry the id of the one this undo takes away.
            if current is not None and current == added:
                ContactLink.delete().where(ContactLink.id == added.id).execute()
            else:
                done = False
        if removed is not None:
            exists = Contact.select().where(one_of(Contact.id, [removed.from_id,
                                                                removed.to_id])).count()
            if exists < 2 or _pair(removed.from_id, removed.to_id) is not None:
                return False
            ContactLink.insert(id=removed.id, from_contact=removed.from_id,
                               to_contact=removed.to_id, relation=removed.relation,
                               label=removed.label, created_at=removed.created_at).execute()
    return done


def _links_of(ids: list[int]) -> list[Link]:
    found: dict[int, Link] = {}
    for column in (ContactLink.from_contact, ContactLink.to_contact):
        for row in fetch(ContactLink.select(*_COLUMNS).where(one_of(column, ids))):
            item = _link(row)
            found[item.id] = item
    return sorted(found.values(), key=lambda x: x.id)


def for_contact(contact_id: int) -> list[Seen]:
    """The links of one person with people not in the trash, by the other's name."""
    return seen_by([contact_id]).get(contact_id, [])


def seen_by(contact_ids: Iterable[int]) -> dict[int, list[Seen]]:
    """Contact id -> their links with people not in the trash, by the other's name."""
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        return {}
    found = _links_of(ids)
    names = _names({x.from_id for x in found} | {x.to_id for x in found})
    wanted = set(ids)
    out: dict[int, list[Seen]] = defaultdict(list)
    for item in found:
        for me in (item.from_id, item.to_id):
            other = item.other(me)
            if me in wanted and other in names:
                relation = item.seen_from(me)
                out[me].append(Seen(item, other, names[other], relation,
                                    phrase(relation, names[other])))
    for seen in out.values():
        seen.sort(key=lambda s: (s.name.casefold(), s.contact_id))
    return dict(out)


def introduce_link(a: int, b: int, on: dt.date) -> Link | None:
    """An introduction made in Kith reached "introduced": A and B met through the user
    (``met-through-you``, dated that day). A pair that is linked already keeps its link.
    Inside the caller's transaction; the link made, or None."""
    if a == b or _pair(a, b) is not None:
        return None
    stamp = dt.datetime.combine(on, clock.now().time())
    new_id = int(ContactLink.insert(from_contact=a, to_contact=b, relation="met-through-you",
                                    label="", created_at=stamp).execute())
    return Link(new_id, a, b, "met-through-you", "", stamp)
