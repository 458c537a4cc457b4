"""Applying one change to a contact that may have changed since, field by field.

A change is a pair of records, ``base`` (what the change started from) and
``target`` (what it wants). Applied to the ``current`` record it sets each
field that differs between the two, adds the points and tags ``target`` adds
and removes those it removes, and leaves every other field as ``current`` has
it. So an edit saved from the window, its undo, or the undo of an import
never puts back a whole earlier record over what someone else changed since.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import TypeVar

from kith.services.contacts.records import SCALARS, ContactRecord
from kith.vcard.model import CardPoint

# Text that grows by additions (an import appends what a card says to the notes):
# a change that only appends, or only takes an appended part away, applies to the
# text as it is now even when someone else has added to it meanwhile.
APPENDED = ("notes",)

T = TypeVar("T")


def apply_change(current: ContactRecord, base: ContactRecord, target: ContactRecord,
                 overwrite: bool = False) -> tuple[ContactRecord, list[str]]:
    """``current`` with the change ``base`` -> ``target`` applied.

    A field the change sets that ``current`` no longer holds as ``base`` had it
    (someone changed it meanwhile) is a conflict: with ``overwrite`` the
    change wins, otherwise ``current`` keeps its value. Returns the record and
    the names of the conflicting fields.
    """
    out = replace(current, points=list(current.points), tags=list(current.tags))
    conflicts: list[str] = []
    for name in SCALARS:
        was, wanted, now = getattr(base, name), getattr(target, name), getattr(current, name)
        if was == wanted or now == wanted:
            continue
        if now != was:
            if name in APPENDED and (joined := _join_text(now, was, wanted)) is not None:
                setattr(out, name, joined)
                continue
            conflicts.append(name)
            if not overwrite:
                continue
        setattr(out, name, wanted)
    out.points = _apply_items(current.points, base.points, target.points, _point_key)
    out.tags = _apply_items(current.tags, base.tags, target.tags, str.casefold)
    photo = (target.photo, target.photo_mime)
    if (base.photo, base.photo_mime) != photo and (current.photo, current.photo_mime) != photo:
        if (current.photo, current.photo_mime) != (base.photo, base.photo_mime):
            conflicts.append("photo")
        if overwrite or "photo" not in conflicts:
            out.photo, out.photo_mime = photo
    return out, conflicts


def _join_text(now: str, was: str, wanted: str) -> str | None:
    """``now`` with the text ``was`` -> ``wanted`` added or taken away, if it is one of those."""
    if wanted.startswith(was):
        added = wanted[len(was):]
        return now if added in now else now + added
    if was.startswith(wanted):
        removed = was[len(wanted):]
        at = now.rfind(removed)
        if at >= 0:
            return now[:at] + now[at + len(removed):]
    return None


def _point_key(point: CardPoint) -> tuple[object, ...]:
    extra = json.dumps(point.extra, sort_keys=True) if point.extra else ""
    return (point.kind, point.value, point.label, point.preferred, extra)


def _apply_items(current: list[T], base: list[T], target: list[T],
                 key: Callable[[T], Hashable]) -> list[T]:
    """``current`` less what ``target`` drops from ``base``, plus what it adds."""
    dropped = Counter(key(x) for x in base) - Counter(key(x) for x in target)
    out = []
    for item in current:
        k = key(item)
        if dropped[k] > 0:
            dropped[k] -= 1
            continue
        out.append(item)
    added = Counter(key(x) for x in target) - Counter(key(x) for x in base)
    present = Counter(key(x) for x in out)
    for item in target:
        k = key(item)
        if added[k] > present[k]:
            present[k] += 1
            out.append(item)
    return out
