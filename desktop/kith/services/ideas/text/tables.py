"""The reader's phrase tables: what each phrase of ``concepts`` and the role list stands for.

Built once at import from the hand tables (``concepts``) and the occupation
titles (``lexicon.roles``), all folded to lemmas:

- ``TABLE``: phrase -> entries, each (M marker | F family | V verb | P place, value);
  ``lookup`` finds the longest phrase (or occupation title, entry R) at a word.
- ``FACETS``: phrase -> (category, value); ``facets_at`` finds them in a clause.
- ``BASES``: agent-noun bases -> service key, so that a verb or an activity
  with no family reaches its service through the title of the one doing it
  ("photograph" -> ``f:photo``, "bookbind" -> ``a:bookbind``).

It also gives the typo reader its vocabulary (``lexicon.set_vocabulary``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kith.services.ideas.text import concepts
from kith.services.ideas.text.lexicon import Word, phrase_key, roles, set_vocabulary

Entry = tuple[str, str]  # (M marker | F family | V verb | R role | P place | A activity, value)
TABLE: dict[tuple[str, ...], list[Entry]] = {}
FACETS: dict[tuple[str, ...], list[tuple[str, str]]] = {}
GENERIC: set[str] = set()  # families that are generic trades ("*" in ``concepts.FAMILIES``)


def _split(phrases: str) -> list[str]:
    return [p.strip() for p in phrases.split("|") if p.strip()]


def _add(phrase: str, entry: Entry) -> None:
    key = phrase_key(phrase)
    if key and entry not in TABLE.setdefault(key, []):
        TABLE[key].append(entry)


for _kind, _phrases in concepts.MARKERS.items():
    for _p in _split(_phrases):
        _add(_p, ("M", _kind))
for _family, _phrases in concepts.FAMILIES.items():
    for _p in _split(_phrases):
        if _p.startswith("*"):
            GENERIC.add(_family)
            _p = _p[1:]
        _add(_p, ("F", _family))
for _verb, _family in concepts.VERBS.items():
    _add(_verb, ("V", _family))
for _place in concepts.PLACES:
    _add(_place, ("P", concepts.PLACE_ALIASES.get(_place, _place)))
for _alias, _place in concepts.PLACE_ALIASES.items():
    _add(_alias, ("P", _place))
for _cat, _values in concepts.FACETS.items():
    for _value, _phrases in _values.items():
        for _p in _split(_phrases):
            FACETS.setdefault(phrase_key(_p), []).append((_cat, _value))

FAMILY_OF_TITLE = {k: e[1] for k, es in TABLE.items() for e in es if e[0] == "F"}
_SUFFIXES = ("ographer", "er", "or", "ist", "ian", "ant")


def norm(base: str) -> str:
    """An agent base as the verb's and the noun's share it: "photographe" -> "photograph"."""
    if base.endswith(("e", "y")):
        base = base[:-1]
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
        base = base[:-1]
    return base


def agent_base(word: str) -> str | None:
    """The base of an agent noun ("photographer" -> "photograph"), None for no agent noun."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            kept = word[: -len(suffix)] + ("ograph" if suffix == "ographer" else "")
            return norm(kept)
    return None


# agent base -> service key: "photograph" -> "f:photo", "bookbind" -> "a:bookbind"
BASES: dict[str, str] = {}
for _title in roles():
    if len(_title) == 1:
        _base = agent_base(_title[0])
        if _base:
            _title_family = FAMILY_OF_TITLE.get(_title)
            BASES.setdefault(_base, f"f:{_title_family}" if _title_family else f"a:{_base}")
for _phrase, _entries in TABLE.items():
    for _e in _entries:
        if _e[0] == "F" and len(_phrase) == 1:
            _base = agent_base(_phrase[0])
            if _base:
                BASES[_base] = f"f:{_e[1]}"

KNOWN_WORDS = frozenset(w for k in [*TABLE, *FACETS] for w in k)
set_vocabulary({w for k in [*TABLE, *FACETS] for w in k}
               | {w for t in roles() if len(t) == 1 for w in t})


def _first_words(*tables: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """First lemma of a phrase -> the lengths of the phrases it starts, longest first."""
    out: dict[str, set[int]] = {}
    for table in tables:
        for key in table:
            out.setdefault(key[0], set()).add(len(key))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


_STARTS = _first_words(TABLE, roles())
_FACET_STARTS = _first_words(FACETS)


def lookup(words: Sequence[Word], i: int) -> tuple[int, list[Entry]]:
    """The longest phrase at ``i``: (length, entries), roles included."""
    n = len(words)
    for length in _STARTS.get(words[i].lemma, ()):
        if i + length > n:
            continue
        key = tuple(w.lemma for w in words[i:i + length])
        found = TABLE.get(key)
        if found is not None:
            return length, found
        if length <= 3 and key in roles():
            return length, [("R", " ".join(key))]
    return 0, []


def facets_at(words: Sequence[Word], facets: dict[str, set[str]]) -> None:
    """Add to ``facets`` those the clause names (they overlap phrases: "python", "react")."""
    i = 0
    while i < len(words):
        for length in _FACET_STARTS.get(words[i].lemma, ()):
            if i + length > len(words):
                continue
            hit = FACETS.get(tuple(w.lemma for w in words[i:i + length]))
            if hit:
                for cat, value in hit:
                    facets.setdefault(cat, set()).add(value)
                break
        i += 1
