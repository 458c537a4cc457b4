"""People in the address book who are likely the same person, best first.

Nobody is compared with everyone. Each person goes into a few *blocks*, and only
people who share a block are compared:

- an e-mail address or a phone number (``keys``: normalised, a number by its last
  nine digits, so +1 512... and 512... meet; but two that both say their country and
  differ, +44 555... and +1 555..., are two phones): "same e-mail ana@x.org";
- their family name with their given name or any nickname of it (the maintained
  ``nicknames`` table: Bob and Robert), each folded to ASCII (``anyascii``: José and
  Jose, Łukasz and Lukasz; German umlauts also as ae/oe/ue: Müller and Mueller):
  "Bob and Robert Ng at Acme", "José Silva and Jose Silva";
- their organisation or city with the first letter of their given or family name,
  where ``rapidfuzz`` finds near-identical names: "Jon Smith and John Smith at Acme".

A name alone (the same, a nickname, another spelling) is a weak sign and scores low;
with the same organisation (or one is the other's first words, legal form aside:
Northwind and Northwind Analytics) or city it scores high. The very same name alone is
proposed only when it is rare: a name of two words or more that at most
``RARE_NAME`` people have ("same name Ana Silva", ``SAME_NAME_ALONE``); a common
one (John Smith, Wang Wei) alone would flood a big address book. A block bigger than ``MAX_BLOCK``
(a shared office address: info@acme.com) says nothing about who is whom and is left
out. Pairs the user marked as not the same person (``not_same``) are never proposed,
and groups are built so that no group holds such a pair.

Groups do not chain (A and B by one phone, B and C by another, C and D...): everyone
in a group matches one person of it, its anchor, and ``Group.shares`` says what each
shares with them.

Each reason is a ``Reason``: a kind and its values (the e-mail, the names, where both
are), so that the window words it in the user's language; ``Reason.english`` is the
command line's wording.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kith.services.contacts.duplicate_groups import JOIN_MIN, Group, group_pairs
from kith.services.contacts.duplicate_reasons import (
    AT,
    EMAIL,
    IN,
    NAMES,
    NICKNAMES,
    PHONE,
    SAME_NAME,
    Reason,
)
from kith.services.contacts.keys import phone_country, phone_tail
from kith.services.contacts.not_same import (
    forget_not_same,
    forget_pairs,
    mark_not_same,
    not_same_pairs,
    remember_not_same,
)
from kith.store.database import database, fetch
from kith.store.models import Contact, ContactPoint

# Re-exported: the finder's callers mark and forget pairs through this module too.
__all__ = ["JOIN_MIN", "Group", "Reason", "find", "fold", "forget_not_same", "forget_pairs",
           "mark_not_same", "nicknames", "not_same_pairs", "org_key", "related_names",
           "remember_apart", "remember_not_same", "spellings"]

MAX_BLOCK = 25  # more people than this sharing one e-mail, phone or name: not evidence
FUZZY_MIN = 92  # rapidfuzz token-sort ratio from which two names are "near-identical"

SAME_EMAIL, SAME_PHONE = 0.95, 0.9
SAME_NAME_WITH, SPELLING_WITH, NICKNAME_WITH = 0.85, 0.8, 0.75
SPELLING_ALONE, NICKNAME_ALONE, SAME_NAME_ALONE = 0.6, 0.5, 0.45
RARE_NAME = 2  # at most this many people with one name: the same name alone is a sign

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass
class _Person:
    id: int
    name: str
    key: str  # the name as written, without case and word order
    given: str
    family: str
    org: str
    org_key: str
    org_words: tuple[str, ...] = ()  # the organisation's words in order, no legal form
    cities: set[str] = field(default_factory=set)
    city_names: dict[str, str] = field(default_factory=dict)
    givens: set[str] = field(default_factory=set)  # given name (and nickname), folded
    families: set[str] = field(default_factory=set)  # family name, folded (both ways)
    full: str = ""  # the whole name folded, words sorted


def remember_apart(left_out: list[int], others: list[int]) -> list[tuple[int, int]]:
    """Remember that each person ``left_out`` of a group is not the same person as each of
    the ``others`` (not the others among themselves), in one transaction; returns the new
    pairs (what ``forget_pairs`` takes back)."""
    with database.atomic():
        return [pair for cid in left_out for other in others if other != cid
                for pair in remember_not_same([cid, other])]


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """``text`` in ASCII, lower case, words sorted: "Silva, José" -> "jose silva".

    Cached: names repeat (a given name is shared by hundreds of people)."""
    from anyascii import anyascii

    return " ".join(sorted(_NOT_WORD.sub(" ", anyascii(text).casefold()).split()))


_NOT_WORD = re.compile(r"[^a-z0-9]+")
@functools.lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """A name as written, without case, punctuation and word order (accents stay: José
    and Jose are the same name spelt two ways, not the same spelling)."""
    return " ".join(sorted(_PUNCT.sub(" ", name).casefold().split()))


_PUNCT = re.compile(r"[^\w]+")
_LEGAL = frozenset({"inc", "llc", "ltd", "gmbh", "corp", "corporation", "co", "sa", "ag",
                    "plc", "bv", "srl", "sarl", "limited", "the"})


@functools.lru_cache(maxsize=16384)
def org_key(org: str) -> str:
    """An organisation without case, accents and legal form: "Acme Corp." is "Acme"."""
    return " ".join(w for w in fold(org).split() if w not in _LEGAL)


@functools.lru_cache(maxsize=16384)
def org_words(org: str) -> tuple[str, ...]:
    """An organisation's words in their order, folded, without legal form: "Northwind
    Analytics, Inc." is ("northwind", "analytics")."""
    from anyascii import anyascii

    return tuple(w for w in _NOT_WORD.sub(" ", anyascii(org).casefold()).split()
                 if w not in _LEGAL)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss"})


@functools.lru_cache(maxsize=65536)
def spellings(text: str) -> frozenset[str]:
    """The ASCII spellings of a name: Müller is "muller" and "mueller"."""
    return frozenset({fold(text), fold(text.translate(_UMLAUTS))} - {""})


@functools.lru_cache(maxsize=1)
def _namer() -> Any:
    from nicknames import NickNamer

    return NickNamer()


@functools.lru_cache(maxsize=65536)
def nicknames(given: str) -> frozenset[str]:
    """The names ``given`` (folded) is a nickname of, and the nicknames of it."""
    if not given or " " in given:
        return frozenset()
    namer = _namer()
    return frozenset(namer.nicknames_of(given) | namer.canonicals_of(given))


def related_names(a: str, b: str) -> bool:
    """Whether one given name (folded) is a nickname of the other (Bob and Robert)."""
    return a != b and (b in nicknames(a) or a in nicknames(b))


def _load(cancelled: IsCancelled | None) -> dict[int, _Person]:
    people: dict[int, _Person] = {}
    for cid, name, given, family, nick, org in fetch(
            Contact.select(Contact.id, Contact.display_name, Contact.given_name,
                           Contact.family_name, Contact.nickname, Contact.organization)
            .where(Contact.deleted_at.is_null())):
        if not given and not family:  # a name only as a whole: first and last word
            words = name.split()
            if len(words) >= 2:
                given, family = words[0], words[-1]
        person = _Person(cid, name, _key(name), given, family, org, org_key(org) if org else "",
                         org_words(org) if org else ())
        person.givens = {g for text in (given, nick) if text
                         for g in spellings(text.split()[0] if text.split() else text)}
        person.families = set(spellings(family)) if family else set()
        person.full = fold(f"{given} {family}" if given or family else name)
        people[cid] = person
    if cancelled is not None and cancelled():
        return {}
    for cid, extra in fetch(ContactPoint.select(ContactPoint.contact, ContactPoint.extra)
                            .where(ContactPoint.kind == "address",
                                   ContactPoint.extra.is_null(False))):
        found = people.get(cid)
        if found is None:
            continue
        try:
            city = str(json.loads(extra).get("city") or "").strip()
        except (ValueError, AttributeError):
            continue
        if city and (key := fold(city)):
            found.cities.add(key)
            found.city_names.setdefault(key, city)
    return people


class _Pairs:
    """The evidence found for each pair of people: (score, reason), strongest kept."""

    def __init__(self, not_same: set[tuple[int, int]]) -> None:
        self.found: dict[tuple[int, int], list[tuple[float, Reason]]] = defaultdict(list)
        self.not_same = not_same
        self.named: set[tuple[int, int]] = set()  # pairs the names already explain
        self.name_counts: dict[str, int] = {}  # name key -> how many people have it

    def add(self, a: int, b: int, score: float, reason: Reason) -> None:
        pair = (a, b) if a < b else (b, a)
        if a == b or pair in self.not_same:
            return
        evidence = self.found[pair]
        if all(r.english() != reason.english() for _, r in evidence):
            evidence.append((score, reason))

    def scored(self) -> dict[tuple[int, int], tuple[float, list[Reason]]]:
        """Each pair's score (independent signs add up: 1 - product of the misses) and its
        reasons, strongest first."""
        out = {}
        for pair, evidence in self.found.items():
            evidence.sort(key=lambda e: -e[0])
            miss = 1.0
            for score, _ in evidence:
                miss *= 1.0 - score
            out[pair] = (max(evidence[0][0], round(1.0 - miss, 4)), [r for _, r in evidence])
        return out


def _point_blocks(people: dict[int, _Person], pairs: _Pairs) -> None:
    blocks: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for cid, kind, value, norm in fetch(
            ContactPoint.select(ContactPoint.contact, ContactPoint.kind, ContactPoint.value,
                                ContactPoint.norm)
            .where(ContactPoint.kind.in_(("email", "phone")), ContactPoint.norm != "")):
        if cid not in people:
            continue
        key = norm if kind == "email" else phone_tail(norm)
        if kind == "phone" and len(key) < 7:
            continue
        blocks[(kind, key)].setdefault(cid, value)  # a person's first number with it
    for (kind, _key), members in blocks.items():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        ids = sorted(members)
        score = SAME_EMAIL if kind == "email" else SAME_PHONE
        said: dict[str, Reason] = {}  # one Reason per value shown: pairs share it
        countries = {} if kind == "email" else {cid: phone_country(members[cid]) for cid in ids}
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                # the same last digits in two countries (+44 ... and +1 ...): two phones
                # (as the import matcher has it); one without its country may be either
                mine, theirs = countries.get(a), countries.get(b)
                if mine is not None and theirs is not None and mine != theirs:
                    continue
                shown = members[a]
                reason = said.get(shown)
                if reason is None:
                    reason = said[shown] = Reason(EMAIL if kind == "email" else PHONE,
                                                  (shown,))
                pairs.add(a, b, score, reason)


def _same_org(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two organisations (``org_words``) that are one: the same words, or one is the
    other's first words ("Northwind" and "Northwind Analytics")."""
    if not a or not b or a[0] != b[0]:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[:len(short)] == short


def _where(a: _Person, b: _Person) -> tuple[str, str]:
    """(AT, "Acme") / (IN, "Austin") when both share it, else ("", "")."""
    if a.org_key and (a.org_key == b.org_key or _same_org(a.org_words, b.org_words)):
        return AT, a.org if len(a.org_words) <= len(b.org_words) else b.org  # the shorter
    common = a.cities & b.cities
    if common:
        return IN, a.city_names[min(common)]
    return "", ""


def _compare_names(a: _Person, b: _Person, pairs: _Pairs) -> None:
    """Two people whose family names agree and whose given names are one block."""
    pairs.named.add((a.id, b.id) if a.id < b.id else (b.id, a.id))
    where = _where(a, b)
    if a.key == b.key:
        if where[0]:
            pairs.add(a.id, b.id, SAME_NAME_WITH, Reason(SAME_NAME, (a.name,), *where))
        elif " " in a.key and pairs.name_counts.get(a.key, 0) <= RARE_NAME:
            pairs.add(a.id, b.id, SAME_NAME_ALONE, Reason(SAME_NAME, (a.name,)))
        return
    if a.givens & b.givens:  # the same given name, spelt differently (José, Jose)
        pairs.add(a.id, b.id, SPELLING_WITH if where[0] else SPELLING_ALONE,
                  Reason(NAMES, (a.name, b.name), *where))
        return
    if any(related_names(x, y) for x in a.givens for y in b.givens):
        ga, gb = a.given or a.name, b.given or b.name
        same_family = a.family if a.family.casefold() == b.family.casefold() else ""
        who = (Reason(NICKNAMES, (ga, gb, same_family), *where) if same_family
               else Reason(NAMES, (a.name, b.name), *where))
        pairs.add(a.id, b.id, NICKNAME_WITH if where[0] else NICKNAME_ALONE, who)


def _name_blocks(people: dict[int, _Person], pairs: _Pairs) -> None:
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for person in people.values():
        if not person.families or not person.givens:
            continue
        keys = set(person.givens)
        for given in person.givens:
            keys |= nicknames(given)
        for family in person.families:
            for given in keys:
                blocks[(family, given)].append(person.id)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pair = (a, b) if a < b else (b, a)
                if pair in seen:
                    continue
                seen.add(pair)
                _compare_names(people[pair[0]], people[pair[1]], pairs)


def _place_blocks(people: dict[int, _Person], pairs: _Pairs) -> None:
    """Near-identical names at one organisation or in one city (rapidfuzz in a block)."""
    from rapidfuzz import fuzz, process

    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for person in people.values():
        if not person.full:
            continue
        places = ([("o" + person.org_key)] if person.org_key else []) + [
            "c" + city for city in person.cities]
        initials = {w[0] for w in person.full.split()}
        for place in places:
            for initial in initials:
                blocks[(place, initial)].append(person.id)
    done: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        names = [people[m].full for m in members]
        for i, name in enumerate(names):
            for _, ratio, j in process.extract(name, names[i + 1:], scorer=fuzz.ratio,
                                               score_cutoff=FUZZY_MIN, limit=None):
                a, b = people[members[i]], people[members[i + 1 + j]]
                pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if pair in done or pair in pairs.named or a.full == b.full:
                    continue
                done.add(pair)
                where = _where(a, b)
                if where[0]:
                    score = 0.6 + 0.25 * (ratio - FUZZY_MIN) / (100 - FUZZY_MIN)
                    pairs.add(a.id, b.id, round(score, 3), Reason(NAMES, (a.name, b.name),
                                                                  *where))


def find(progress: Progress | None = None, cancelled: IsCancelled | None = None,
         minimum: float = 0.0) -> list[Group]:
    """The groups of people likely to be one person, best first (see the module)."""

    def step(done: int) -> bool:
        if progress is not None:
            progress(done, 5)
        return cancelled is not None and cancelled()

    people = _load(cancelled)
    if step(1):
        return []
    pairs = _Pairs(not_same_pairs())
    pairs.name_counts = Counter(p.key for p in people.values())
    _point_blocks(people, pairs)
    if step(2):
        return []
    _name_blocks(people, pairs)
    if step(3):
        return []
    _place_blocks(people, pairs)
    if step(4):
        return []
    groups = group_pairs(pairs.scored(), pairs.not_same, minimum,
                    {cid: p.name for cid, p in people.items()})
    step(5)
    return groups
