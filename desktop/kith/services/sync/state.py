"""What a synced card agreed on, and merging two sides' changes field by field.

Each synced card keeps, beside the server's text, the card part of the contact
as both sides last agreed (``sync_card.base``, a JSON snapshot). A side changed
the card when its version differs from that base. When both did, the change
the server made is applied to the contact as it is now, field by field, like an
import's merge: fields only one side changed take that side's value; a field
both changed takes the newer value, and the other one goes on the person's
timeline as a change entry, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from kith.services.contacts.changes import apply_change
from kith.services.contacts.records import CARD_FIELDS, LABELS, ContactRecord
from kith.services.contacts.rows import from_snapshot, snapshot
from kith.services.sync.patch import point_key

_CARD_SCALARS = tuple(name for name, _ in CARD_FIELDS if name != "uid")


def card_view(record: ContactRecord) -> ContactRecord:
    """The part of a contact a card carries (Kith's own fields left at their defaults)."""
    out = ContactRecord(uid=record.uid)
    for name in _CARD_SCALARS:
        setattr(out, name, getattr(record, name))
    out.points = list(record.points)
    out.tags = list(record.tags)
    out.photo, out.photo_mime = record.photo, record.photo_mime
    return out


def dump(record: ContactRecord) -> str:
    return snapshot(card_view(record))


def load(text: str | None) -> ContactRecord:
    return from_snapshot(text) if text else ContactRecord()


def _comparable(record: ContactRecord) -> tuple[object, ...]:
    scalars = tuple(getattr(record, name) or "" for name in _CARD_SCALARS)
    points = tuple(sorted(point_key(p) for p in record.points))
    tags = tuple(sorted(t.casefold() for t in record.tags))
    return scalars, points, tags, record.photo or b""


def same_card(a: ContactRecord, b: ContactRecord) -> bool:
    """Whether two records carry the same card (order of e-mails and tags aside)."""
    return _comparable(a) == _comparable(b)


@dataclass
class Merged:
    record: ContactRecord
    conflicts: list[str] = field(default_factory=list)  # labels of fields both sides changed
    kept_aside: list[str] = field(default_factory=list)  # timeline summaries of the losers


def _shown(value: object) -> str:
    text = "" if value is None else str(value)
    return text if text else "(empty)"


def merge_sides(local: ContactRecord, base: ContactRecord, remote: ContactRecord,
                remote_newer: bool) -> Merged:
    """``local`` with the server's change ``base`` -> ``remote`` applied field by field."""
    out, conflicts = apply_change(local, base, remote, overwrite=remote_newer)
    merged = Merged(out)
    for name in conflicts:
        label = LABELS.get(name, name)
        merged.conflicts.append(label)
        if name == "photo":
            merged.kept_aside.append(
                "Photo changed in Kith and on the server; kept the newer one"
                + (" (the server's)." if remote_newer else " (Kith's)."))
            continue
        winner, loser = (remote, local) if remote_newer else (local, remote)
        where = "in Kith" if remote_newer else "on the server"
        merged.kept_aside.append(
            f"{label.capitalize()} was {_shown(getattr(loser, name))} {where}; the newer "
            f"value {_shown(getattr(winner, name))} was kept.")
    return merged


_POINT_LABELS = {"email": "e-mail", "phone": "phone", "url": "website", "address": "address",
                 "im": "messaging"}


def changed_fields(before: ContactRecord, after: ContactRecord) -> list[str]:
    """What a card's change touched, as a person names it ("phone", "e-mail", "title"),
    in the card's order; Kith's own fields aside."""
    out = [LABELS.get(name, name) for name in _CARD_SCALARS
           if (getattr(before, name) or "") != (getattr(after, name) or "")]
    for kind, label in _POINT_LABELS.items():
        mine = sorted(point_key(p) for p in before.points if p.kind == kind)
        theirs = sorted(point_key(p) for p in after.points if p.kind == kind)
        if mine != theirs:
            out.append(label)
    if sorted(t.casefold() for t in before.tags) != sorted(t.casefold() for t in after.tags):
        out.append("tags")
    if (before.photo or b"") != (after.photo or b""):
        out.append("photo")
    return list(dict.fromkeys(out))


_REV = re.compile(r"^REV[;:](?:[^:\r\n]*:)?\s*([0-9TZ:\-+.]+)", re.MULTILINE | re.IGNORECASE)


def revised_at(text: str) -> dt.datetime | None:
    """The card's REV as local time without zone, or None when it has none we can read."""
    m = _REV.search(text)
    if m is None:
        return None
    raw = m.group(1).replace("-", "").replace(":", "")
    for fmt in ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y%m%dT%H%M%S.%fZ", "%Y%m%d"):
        try:
            when = dt.datetime.strptime(raw, fmt)
        except ValueError:
            continue
        if raw.endswith("Z"):
            when = when.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
        return when
    return None


def with_uid(record: ContactRecord, uid: str) -> ContactRecord:
    return replace(record, uid=uid)
