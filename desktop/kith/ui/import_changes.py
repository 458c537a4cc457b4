"""What an import changes about a person, in the window's language.

The merge (``kith.services.cards.merge``) describes its changes in English
because they are also kept in the database (a difference becomes a timeline
"change" entry that the ideas read) and printed by the command line. The window
shows them through :func:`change_text`, which rewords each known shape and
leaves anything else as it is.
"""

from __future__ import annotations

import re

from kith.i18n import translate


def _labels() -> dict[str, str]:
    """The merge's English words for fields and kinds of contact point, translated."""
    return {
        "first name": translate("ImportChanges", "first name"),
        "last name": translate("ImportChanges", "last name"),
        "middle name": translate("ImportChanges", "middle name"),
        "prefix": translate("ImportChanges", "prefix"),
        "suffix": translate("ImportChanges", "suffix"),
        "nickname": translate("ImportChanges", "nickname"),
        "organisation": translate("ImportChanges", "organisation"),
        "department": translate("ImportChanges", "department"),
        "title": translate("ImportChanges", "title"),
        "birthday": translate("ImportChanges", "birthday"),
        "e-mail": translate("ImportChanges", "e-mail"),
        "phone": translate("ImportChanges", "phone"),
        "url": translate("ImportChanges", "web address"),
        "address": translate("ImportChanges", "address"),
        "handle": translate("ImportChanges", "handle"),
    }


_DIFFERS = re.compile(r"^(?P<label>[a-z -]+) on the card: (?P<new>.*) \(Kith keeps (?P<old>.*)\)$",
                      re.S)


def change_text(change: str) -> str:
    if change == "adds the card's identity":
        return translate("ImportChanges", "adds the card's identifier")
    if change == "adds a note":
        return translate("ImportChanges", "adds a note")
    if change == "adds a photo":
        return translate("ImportChanges", "adds a photo")
    if change.startswith("adds tag "):
        return translate("ImportChanges", "adds tag {tag}").format(tag=change[len("adds tag "):])
    labels = _labels()
    if change.startswith("adds "):
        rest = change[len("adds "):]
        for english in sorted(labels, key=len, reverse=True):
            if rest.startswith(english + " "):
                return translate("ImportChanges", "adds {field} {value}").format(
                    field=labels[english], value=rest[len(english) + 1:])
    found = _DIFFERS.match(change)
    if found and found["label"] in labels:
        return translate("ImportChanges", "{field} on the card: {new} (Kith keeps {old})").format(
            field=labels[found["label"]], new=found["new"], old=found["old"])
    return change
