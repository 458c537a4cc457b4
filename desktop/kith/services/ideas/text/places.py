"""Places and availability: a place named that no list knows, an offer not taking work.

``named_places`` reads "a builder in Cornwall", "based in Leith": a place the
other text must not contradict (the place list itself is ``concepts.PLACES``,
read with the other phrases). ``unavailable`` tells an offer whose writer says
they are not taking work ("fully booked", "no longer working"): it offers
nothing now.
"""

from __future__ import annotations

from collections.abc import Sequence

from kith.services.ideas.text.lexicon import Word

# Where a place is named by a capitalised word after "in" that no table knows
# ("a builder in Cornwall", "based in Leith"): a place the other text must not
# contradict. Not after the words that make "in" a subject ("experienced in Figma").
_AT = frozenset("in near around".split())
_SUBJECT_BEFORE = frozenset("""
experienced skilled fluent expert specialist specialising specializing specialised
specialized interested degree phd masters qualified trained certified background career
courses course classes lessons help advice work working job jobs role roles
""".split()) - {"working", "work"}
_TIMES = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday spring summer autumn fall winter
""".split())


def named_places(words: Sequence[Word], known: frozenset[str] | set[str]) -> set[str]:
    """Places named as "in <Capitalised>" that the place list does not know."""
    out = set()
    for i in range(1, len(words)):
        w = words[i]
        if words[i - 1].raw in _AT and w.capital and w.raw.isalpha() and len(w.raw) > 2 \
                and w.raw not in _TIMES and w.lemma not in known \
                and (i < 2 or words[i - 2].raw not in _SUBJECT_BEFORE):
            out.add(w.raw)
    return out


# An offer whose writer says they are not taking work offers nothing now.
UNAVAILABLE = ("no longer", "fully booked", "not taking", "not available", "unavailable",
               "booked up", "not accepting", "not looking", "no new clients")


def unavailable(text: str) -> bool:
    """Whether an offer's text says its writer is not taking work now."""
    folded = " ".join(text.casefold().replace(",", " ").split())
    return any(phrase in folded for phrase in UNAVAILABLE)
