"""Who in Kith (or earlier in the same import) a card is.

The same person is: the same UID, the same e-mail, the same phone number
(normalised, so +1 512 555 0199 and (512) 555-0199 agree), a near-identical
name at the same organisation, or the very same name where at most one of the
two names an organisation (so a card with only a name finds itself again on
re-import). Names never match across two different UIDs: those are two people
who share a name. The indexes live in memory for one import, so
matching ten thousand cards costs ten thousand dictionary look-ups.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from kith.services.contacts.keys import (
    name_key,
    org_key,
    phone_country,
    phone_number,
    phone_tail,
)
from kith.services.contacts.records import ContactRecord
from kith.services.contacts.rows import point_norm
from kith.store.models import Contact, ContactPoint

NAME_SIMILARITY = 0.9


@dataclass(frozen=True)
class Match:
    contact_id: int  # negative: a card planned earlier in the same import
    reason: str


class Matcher:
    def __init__(self) -> None:
        self._uid: dict[str, int] = {}
        self._email: dict[str, int] = {}
        # The last digits of a number -> (who, the whole number when it gives its country).
        self._phone: dict[str, tuple[int, str | None]] = {}
        self._names: dict[str, list[tuple[str, int]]] = defaultdict(list)  # org -> names
        self._orgs: dict[str, list[tuple[str, int]]] = defaultdict(list)  # name -> orgs
        self._uid_of: dict[int, str] = {}
        self._names_no_uid: dict[str, list[tuple[str, int]]] = defaultdict(list)

    @classmethod
    def from_database(cls, pause: Callable[[], object] | None = None) -> Matcher:
        """A matcher that knows every live contact. ``pause`` is called every thousand
        rows (a worker's cancellation check, which also lets the window breathe)."""
        matcher = cls()
        live = Contact.deleted_at.is_null()
        for n, (cid, uid, name, org) in enumerate(Contact.select(
                Contact.id, Contact.uid, Contact.display_name,
                Contact.organization).where(live).tuples()):
            if pause is not None and n % 1000 == 0:
                pause()
            if uid:
                matcher._uid.setdefault(uid, cid)
                matcher._uid_of[cid] = uid
            matcher._add_name(name, org or "", cid)
        points = (ContactPoint.select(ContactPoint.contact, ContactPoint.kind, ContactPoint.norm,
                                      ContactPoint.value)
                  .join(Contact).where(live, ContactPoint.kind.in_(("email", "phone"))))
        for n, (cid, kind, norm, value) in enumerate(points.tuples()):
            if pause is not None and n % 1000 == 0:
                pause()
            matcher._add_point(kind, norm, cid, value)
        return matcher

    def _add_point(self, kind: str, norm: str, cid: int, written: str = "") -> None:
        """``written``: the number as the card wrote it (does it give its country? The
        normalised form always does, guessing one where the card did not)."""
        if not norm:
            return
        if kind == "email":
            self._email.setdefault(norm, cid)
        elif kind == "phone":
            tail = phone_tail(norm)
            if len(tail) >= 7:
                self._phone.setdefault(tail, (cid, phone_country(written or norm)))

    def add(self, record: ContactRecord, cid: int) -> None:
        """Make ``record`` (stored as, or planned as, ``cid``) findable."""
        if record.uid:
            self._uid.setdefault(record.uid, cid)
            self._uid_of.setdefault(cid, record.uid)
        self._add_name(record.display_name, record.organization, cid)
        for point in record.points:
            value = phone_number(point.value) if point.kind == "phone" else point.value
            self._add_point(point.kind, point_norm(point.kind, value), cid, point.value)

    def _add_name(self, name: str, org: str, cid: int) -> None:
        nkey, okey = name_key(name), org_key(org)
        self._names[okey].append((nkey, cid))
        self._orgs[nkey].append((okey, cid))
        if cid not in self._uid_of:
            # A card with a UID can only name-match someone without one (the same UID
            # matched already, a different one means two people): a shorter list.
            self._names_no_uid[okey].append((nkey, cid))

    def match(self, record: ContactRecord) -> Match | None:
        if record.uid and record.uid in self._uid:
            return Match(self._uid[record.uid], "same UID")
        for point in record.points:
            if point.kind == "email":
                cid = self._email.get(point_norm("email", point.value))
                if cid is not None:
                    return Match(cid, f"same e-mail {point.value}")
        for point in record.points:
            if point.kind == "phone":
                norm = point_norm("phone", phone_number(point.value))
                tail = phone_tail(norm)
                found = self._phone.get(tail) if len(tail) >= 7 else None
                if found is None:
                    continue
                cid, country = found
                mine = phone_country(point.value)
                if country is not None and mine is not None and country != mine:
                    continue  # the same last digits in two countries: two numbers
                return Match(cid, f"same phone {point.value}")
        key = name_key(record.display_name)
        org = org_key(record.organization)

        def other_uid(cid: int) -> bool:  # both have UIDs, and they differ: two people
            theirs = self._uid_of.get(cid)
            return bool(record.uid and theirs and theirs != record.uid)

        for other_org, cid in self._orgs.get(key, ()):
            if other_uid(cid):
                continue
            # The same name, unless the two name different organisations.
            if other_org == org or not other_org or not org:
                where = f" at {record.organization}" if org and other_org else ""
                return Match(cid, f"same name{where}")
        if org:  # a near-identical name only counts at the same organisation
            candidates = (self._names_no_uid if record.uid else self._names).get(org, ())
            for other, cid in candidates:
                if abs(len(other) - len(key)) > 3 or other_uid(cid):
                    continue
                similar = difflib.SequenceMatcher(None, other, key, autojunk=False)
                if similar.real_quick_ratio() >= NAME_SIMILARITY and \
                        similar.quick_ratio() >= NAME_SIMILARITY and \
                        similar.ratio() >= NAME_SIMILARITY:
                    return Match(cid, f"similar name at {record.organization}")
        return None
