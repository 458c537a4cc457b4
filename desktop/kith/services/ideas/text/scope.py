"""What a job is done on: a need that states a problem, an offer that names its scope.

People often write a need as the problem ("the shower has no pressure",
"grandfather clock stopped working", "chimney needs sweeping") and an offer as
a trade with the things it works on ("plumbing services, showers and
bathrooms", "clock repairer, antique clocks"). Neither names the other's
words for the role, but both name the thing: the need seeks work on it, the
offer provides work on it.

``mentions(text, kind, clauses, found)`` gives ``fix:<thing>`` mentions:

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

from kith.services.ideas.text import concepts
from kith.services.ideas.text.lexicon import Word
from kith.services.ideas.text.mentions import PROVIDE, SEEK, Mention
from kith.services.ideas.text.titles import is_person

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


def _things(words: Sequence[Word], skip: frozenset[str]) -> list[str]:
    out = []
    for w in words:
        if w.raw in _NOT_THE_THING:
            break
        if len(w.raw) >= 3 and w.raw.isalpha() and w.lemma not in _NOT_A_THING \
                and w.raw not in _NOT_A_THING and w.raw not in skip and w.lemma not in skip:
            out.append(w.lemma)
    return out


def _done(raw: str) -> bool:
    """A word saying what is to be done to a thing ("cleaned", "sweeping")."""
    return len(raw) > 4 and raw.endswith(("ed", "ing"))


def _wants_done(words: Sequence[Word]) -> bool:
    """"need the carpets cleaned", "chimney needs sweeping": a thing and what to do to it."""
    seen = asking = False
    for w in words:
        if w.raw in _SEEKING:
            seen = True
        elif w.raw in _ASKING:
            asking = True
        elif seen and _done(w.raw):
            return True
        elif asking and w.raw == "to":
            return True  # "someone to hang some doors", "help to clear the canal"
    return False


def need_things(clauses: Sequence[Sequence[Word]], names_a_role: bool) -> list[tuple[str, str]]:
    """(thing, the clause as said) for each thing a need wants work done on."""
    if names_a_role:
        return []
    out: list[tuple[str, str]] = []
    for words in clauses:
        trouble = any(w.raw in PROBLEM for w in words)
        if not trouble and not _wants_done(words):
            continue
        done = {w.raw for w in words if _done(w.raw)}
        for thing in _things(words, (PROBLEM - _TROUBLE_THINGS) | done | _SEEKING):
            out.append((thing, ""))
    return out


def offer_things(clauses: Sequence[Sequence[Word]], provides: bool) -> list[str]:
    """The things an offer's writer works on (every thing its clauses name)."""
    if not provides:
        return []
    return [thing for words in clauses for thing in _things(words, frozenset())]


def mentions(text: str, kind: str, clauses: list[list[Word]],
             found: list[Mention]) -> list[Mention]:
    """Work on a thing: sought by a need stating a problem, provided by an offer that
    names what its trade works on; ``found``: what the text was read to seek and provide."""
    out: list[Mention] = []
    if kind == "need":
        names_a_role = any(m.side == SEEK and (m.how in ("job", "place", "learn")
                                               or m.how == "goods" and not m.written.endswith(
                                                   ("ing", "ed"))
                                               or is_person(m.written)) for m in found)
        for words in clauses:
            said = text[words[0].start:words[-1].end]
            for thing, _ in need_things([words], names_a_role):
                out.append(Mention(f"fix:{thing}", SEEK, "problem", thing, said=said))
    else:
        provides = any(m.side == PROVIDE and m.how in ("role", "service") for m in found) \
            and not any(m.how == "goods" for m in found)
        for words in clauses:  # said: the whole offer ("plumber, showers and baths")
            for thing in offer_things([words], provides):
                out.append(Mention(f"fix:{thing}", PROVIDE, "scope", thing, said=text))
    return out
