"""Merging a card into a stored contact.

The merge rule is that nothing stored is overwritten or dropped: empty fields
are filled, new e-mails, phones, addresses, tags and notes are added, and a
differing organisation or title is reported (and kept as it was).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kith.services.contacts.records import DIFFERS, FILLABLE, LABELS, ContactRecord, clean_text
from kith.services.contacts.rows import point_norm


@dataclass
class MergeResult:
    merged: ContactRecord
    changes: list[str] = field(default_factory=list)  # what the merge adds, for the preview
    differences: list[str] = field(default_factory=list)  # kept as stored, worth knowing

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def merge(stored: ContactRecord, incoming: ContactRecord) -> MergeResult:
    """``stored`` with what ``incoming`` adds; ``stored`` itself is not modified."""
    out = replace(stored, points=list(stored.points), tags=list(stored.tags))
    result = MergeResult(out)
    for name in FILLABLE:
        new = getattr(incoming, name)
        old = getattr(stored, name)
        if not new:
            continue
        if not old:
            setattr(out, name, new)
            result.changes.append("adds the card's identity" if name == "uid"
                                  else f"adds {LABELS[name]} {new}")
        elif name in DIFFERS and not _same_text(old, new):
            result.differences.append(f"{LABELS[name]} on the card: {new} (Kith keeps {old})")
    if incoming.birthday_raw and not out.birthday and not out.birthday_raw:
        out.birthday_raw = incoming.birthday_raw
    known = {(p.kind, point_norm(p.kind, p.value)) for p in out.points}
    for point in incoming.points:
        key = (point.kind, point_norm(point.kind, point.value))
        if key in known or not key[1]:
            continue
        known.add(key)
        out.points.append(point)
        kind = {"email": "e-mail", "im": "handle"}.get(point.kind, point.kind)
        result.changes.append(f"adds {kind} {point.value.splitlines()[0]}")
    tags = {t.casefold() for t in out.tags}
    for tag in incoming.tags:
        if tag.casefold() not in tags:
            tags.add(tag.casefold())
            out.tags.append(tag)
            result.changes.append(f"adds tag {tag}")
    note = clean_text(incoming.notes, multiline=True)
    if note and note.casefold() not in out.notes.casefold():
        out.notes = f"{out.notes}\n\n{note}" if out.notes else note
        result.changes.append("adds a note")
    if incoming.photo and not out.photo:
        out.photo, out.photo_mime = incoming.photo, incoming.photo_mime
        result.changes.append("adds a photo")
    return result
