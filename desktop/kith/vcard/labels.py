"""Human labels ("work", "home fax", "mobile", "Monkey Tree") from TYPE parameters and back.

Reading, TYPE values become a label: the place (home, work, other) first, then
the kind, with words that carry no meaning for a person dropped (internet,
voice, pref...). Apple's ``itemN.X-ABLabel`` wins over TYPE when present.
Writing, a label that TYPE can express exactly is written as TYPE; any other
label goes into an ``itemN`` group with X-ABLabel, so that it comes back as is.
"""

from __future__ import annotations

import re

_PLACES = ("home", "work", "other")
_NOISE = frozenset(
    {"internet", "voice", "pref", "x400", "msg", "postal", "parcel", "dom", "intl", "text"}
)
_KIND_ALIASES = {"cell": "mobile", "cellular": "mobile", "x-mobile": "mobile"}
# Apple's built-in labels, written as _$!<Name>!$_.
_APPLE = {
    "homepage": "homepage",
    "assistantphone": "assistant",
    "homefax": "home fax",
    "workfax": "work fax",
    "otherfax": "other fax",
}
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
# Words that TYPE can carry and that label_from_types() gives back unchanged.
_WRITABLE_KINDS = frozenset(
    {"mobile", "fax", "pager", "video", "car", "main", "isdn", "modem", "bbs", "textphone"}
)


def label_from_types(types: list[str]) -> str:
    places: list[str] = []
    kinds: list[str] = []
    for raw in types:
        word = _KIND_ALIASES.get(raw, raw)
        if word.startswith("x-"):
            word = word[2:]
        if not word or word in _NOISE:
            continue
        if word in _PLACES:
            if word not in places:
                places.append(word)
        elif word not in kinds:
            kinds.append(word)
    places.sort(key=_PLACES.index)
    return " ".join(places + kinds)


def label_from_ablabel(text: str) -> str:
    match = _APPLE_LABEL.fullmatch(text.strip())
    if match is None:
        return text.strip()
    name = match.group(1).strip().lower()
    return _APPLE.get(name, name)


def types_for_label(label: str) -> list[str] | None:
    """TYPE values (lower case) that read back as ``label``, or None if there are none."""
    if not label:
        return []
    words = label.split(" ")
    types: list[str] = []
    for word in words:
        if word in _PLACES:
            types.append(word)
        elif word in _WRITABLE_KINDS:
            types.append("cell" if word == "mobile" else word)
        else:
            return None
    if label_from_types(types) != label:
        return None
    return types
