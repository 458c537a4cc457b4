"""What a job is done on: a need that states a problem, an offer that names its scope.

People often write a need as the problem ("the shower has no pressure",
"grandfather clock stopped working", "chimney needs sweeping") and an offer as
a trade with the things it works on ("plumbing services, showers and
bathrooms", "clock repairer, antique clocks"). Neither names the other's
words for the role, but both name the thing: the need seeks work on it, the
offer provides work on it.

``scope(reading, clauses)`` gives ``fix:<thing>`` mentions:

- in a need that names no role itself and says something is wrong ("broken",
  "won't", "leaking", "stopped"...) or wants something done to a thing
  ("need the carpets cleaned", "needs sweeping"): a SEEK for each thing it
  names, except what comes after "for", "from", "since"... (what the work is
  for or where the trouble came from: "for the deposit", "from running");
- in an offer whose writer provides a role or a service (not goods, not a
  hobby): a PROVIDE for each thing the clause names.

Only the structure is read here (who wants work done on what; who does work on
what): the words for problems are wording, like the reader's markers, not a
list of trades. A shared thing with no provider (a seller of kitchen
cabinets, a collector of clocks) gives nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from kith.services.ideas.text import concepts

SEEK, PROVIDE = "S", "P"

# The wording of trouble: something broken, stuck, failing, hurting.
PROBLEM = frozenset("""
broken broke break breaks won wont doesn isn aren can stopped stop stops keeps keep kept
leaking leak leaks leaky cracked crack blocked block stuck damaged damage died dead faulty
failing fails failed slow noise noisy overflowing overgrown dripping flickering tripping
jammed squeaky squeaking rattling loose torn ripped burst flooded flooding mouldy moldy damp
infested scratched chipped worn wobbly struggling injury injured pain painful ache aching
hurts hurt sore rash problem problems issue issues trouble wrong smell smells cold freezing
no not lost nothing nobody
""".split())
# Trouble that is also the thing a trade names ("running injuries", "leaks traced").
_TROUBLE_THINGS = frozenset(
    "leak leaks damp noise crack damage injury pain ache rash smell".split())
_ASKING = frozenset("someone somebody anyone help".split())
# Words after which the words name a purpose, a cause or a time, not the thing worked on.
_NOT_THE_THING = frozenset("for from since before after during because until".split())
_SEEKING = frozenset("need needs needed want wants wanted".split())
_NOT_A_THING = frozenset("""
someone somebody anyone help need needs want wants get got done do make way one
home house work job jobs small big new old please thanks asap urgent urgently
week weeks month months day days year years time today tomorrow
""".split()) | concepts.STOPWORDS


class _Word(Protocol):
    raw: str
    lemma: str


def _things(words: Sequence[_Word], skip: frozenset[str]) -> list[str]:
    out = []
    for w in words:
        if w.raw in _NOT_THE_THING:
            break
        if len(w.raw) >= 3 and w.raw.isalpha() and w.lemma not in _NOT_A_THING \
                and w.raw not in _NOT_A_THING and w.raw not in skip and w.lemma not in skip:
            out.append(w.lemma)
    return out


def _wants_done(words: Sequence[_Word]) -> bool:
    """"need the carpets cleaned", "chimney needs sweeping": a thing and what to do to it."""
    seen = asking = False
    for w in words:
        if w.raw in _SEEKING:
            seen = True
        elif w.raw in _ASKING:
            asking = True
        elif seen and len(w.raw) > 4 and w.raw.endswith(("ed", "ing")):
            return True
        elif asking and w.raw == "to":
            return True  # "someone to hang some doors", "help to clear the canal"
    return False


def need_things(clauses: Sequence[Sequence[_Word]], names_a_role: bool) -> list[tuple[str, str]]:
    """(thing, the clause as said) for each thing a need wants work done on."""
    if names_a_role:
        return []
    out: list[tuple[str, str]] = []
    for words in clauses:
        trouble = any(w.raw in PROBLEM for w in words)
        if not trouble and not _wants_done(words):
            continue
        done = {w.raw for w in words if w.raw.endswith(("ed", "ing")) and len(w.raw) > 4}
        for thing in _things(words, (PROBLEM - _TROUBLE_THINGS) | done | _SEEKING):
            out.append((thing, ""))
    return out


def offer_things(clauses: Sequence[Sequence[_Word]], provides: bool) -> list[str]:
    """The things an offer's writer works on (every thing its clauses name)."""
    if not provides:
        return []
    return [thing for words in clauses for thing in _things(words, frozenset())]


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


class _Placed(Protocol):
    raw: str
    lemma: str
    capital: bool


def named_places(words: Sequence[_Placed], known: frozenset[str] | set[str]) -> set[str]:
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
    folded = " ".join(text.casefold().replace(",", " ").split())
    return any(phrase in folded for phrase in UNAVAILABLE)
