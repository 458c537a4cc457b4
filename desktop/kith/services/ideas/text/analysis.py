"""Reading a need or an offer: words, stems, typos, concepts, sides and names.

``analyse(text, kind)`` turns a text into an ``Analysis``: the concept
families it names (``text_concepts``), for each the side it takes (asks,
gives, or bridges both), the places and names it is about, and its other
content words. ``text_match`` scores two analyses against each other.

1. **Words**: accents and case folded, split into words (``c#``, ``c++``
   kept); a word the vocabulary does not know but is one typo away from one it
   does (same first letter, ``difflib`` similarity >= 0.8 and at most one edit,
   two for words of eight letters or more) is read as that word.
2. **Stems**: a small English suffix stemmer; fillers ("a", "the", "good",
   "senior") drop out.
3. **Concepts**: the longest known phrase at each place.
4. **Sides**: a need asks and an offer gives unless the wording says
   otherwise: "hiring" asks for a person with the skill, "looking for work"
   gives one, a recruiter bridges both; "raising" asks for capital, "invests
   in" gives it; "happy to mentor" gives mentoring.
5. **Names**: places (a known list, and capitalised names) count only with
   wording that says how: "moving to", "new to", "intro to" ask; "lives in",
   "knows", "scene", "works at", "ex-" give.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

from kith.services.ideas.text import concepts as vocab

SEEKER, PROVIDER, BRIDGE = "seeker", "provider", "bridge"

_PERSONISH = re.compile(r"(?:er|or|ist|ant|ian)s?$")
_PERSON_WORDS = frozenset("someone somebody person people dev devs cpa vc freelancer".split())

# --------------------------------------------------------------------------- words

_STEM_EXCEPTIONS = {
    "opening": "opening", "openings": "opening", "recruiter": "recruiter",
    "recruiters": "recruiter", "news": "news", "series": "series", "business": "business",
    "analysis": "analysis", "ios": "ios", "aws": "aws", "analytics": "analytic",
    "sales": "sales", "gcp": "gcp", "llms": "llm", "counsel": "counsel", "counselor": "counselor",
    "counsellor": "counselor", "engineer": "engineer", "engineers": "engineer",
    "engineering": "engineer",
}
_VOWELS = set("aeiouy")


def _has_vowel(text: str) -> bool:
    return any(c in _VOWELS for c in text)


def _undouble(word: str) -> str:
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz" + "aeiou":
        return word[:-1]
    return word


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A light English suffix stemmer: plurals, -ing/-ed, -er/-ment/-ion, a final e.

    Not linguistics, only consistency: every form of a word that needs and
    offers use ("hire", "hiring", "hired") comes out the same ("hir").
    """
    if word in _STEM_EXCEPTIONS:
        return _STEM_EXCEPTIONS[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    w = word
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "xes", "ches", "shes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    for suffix in ("ing", "ed"):
        base = w[: -len(suffix)]
        if w.endswith(suffix) and len(base) >= 3 and _has_vowel(base) and not base.endswith("e"):
            w = _undouble(base)
            break
    for suffix in ("ment", "er", "ion"):
        base = w[: -len(suffix)]
        if not w.endswith(suffix) or len(base) < 4:
            continue
        if suffix == "ion" and not base.endswith(("t", "s")):
            continue
        w = base
        break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


class _Words(NamedTuple):
    """A text's words (fillers dropped), as parallel lists."""

    raws: list[str]  # folded, typos corrected
    stems: list[str]
    starts: list[int]  # span in the original text
    ends: list[int]
    capital: list[bool]

    def written(self, start: int, end: int, text: str) -> str:
        """The original text of words ``start`` to ``end`` (exclusive)."""
        return text[self.starts[start] : self.ends[end - 1]]


_WORD = re.compile(r"[a-z0-9]+(?:[+#]+)?")


_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _fold(text: str) -> tuple[str, list[int] | None]:
    """Accents stripped and case folded, with each folded character's original index.

    The index list is None when every character stays where it was (ASCII).
    """
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    where: list[int] = []
    for m in _RUNS.finditer(text):
        run = m.group()
        if run.isascii():
            out.append(run.lower())
            where.extend(range(m.start(), m.end()))
        else:
            folded = _fold_char(run)
            out.append(folded)
            where.extend([m.start()] * len(folded))
    return "".join(out), where


def words_of(text: str) -> list[str]:
    """The folded words of ``text``."""
    return _WORD.findall(_fold(text)[0])


def _spans(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end in ``text``) for each word."""
    folded, where = _fold(text)
    if where is None:
        return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]
    return [(m.group(), where[m.start()], where[m.end() - 1] + 1)
            for m in _WORD.finditer(folded)]


@lru_cache(maxsize=100_000)
def _read_word(raw: str) -> tuple[str, str]:
    """(word, stem) for a folded word, a typo read as the word meant."""
    word = correct(raw) or raw
    return word, stem(word)


def _words(text: str) -> _Words:
    fillers = vocab.FILLERS
    kept = [(_read_word(raw), start, end) for raw, start, end in _spans(text)]
    kept = [k for k in kept if k[0][0] not in fillers]
    return _Words([k[0][0] for k in kept], [k[0][1] for k in kept], [k[1] for k in kept],
                  [k[2] for k in kept], [text[k[1]].isupper() for k in kept])


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(stem(raw) for raw, _, _ in _spans(phrase) if raw not in vocab.FILLERS)


def _split(phrases: str) -> list[str]:
    return [p.strip() for p in phrases.split("|") if p.strip()]


# ------------------------------------------------------------------- vocabulary

class _Family(NamedTuple):
    group: str
    weight: float


FAMILY_INFO: dict[str, _Family] = {
    name: _Family(group, weight) for name, (group, weight, _) in vocab.FAMILIES.items()
}
# phrase key -> [(family, child)]
_CONCEPTS: dict[tuple[str, ...], list[tuple[str, str]]] = {}
for _name, (_group, _weight, _children) in vocab.FAMILIES.items():
    for _child, _phrases in _children.items():
        for _phrase in _split(_phrases):
            _CONCEPTS.setdefault(_phrase_key(_phrase), []).append((_name, _child))
for _phrase in _split(vocab.IGNORED):
    _CONCEPTS[_phrase_key(_phrase)] = []
_BRIDGES = frozenset(_phrase_key(p) for p in _split(vocab.BRIDGE_PHRASES))
_MARKERS: dict[tuple[str, ...], str] = {}
for _kind, _phrases in vocab.MARKERS.items():
    for _phrase in _split(_phrases):
        _MARKERS[_phrase_key(_phrase)] = _kind
_PLACES: dict[tuple[str, ...], str] = {}
for _place in [*vocab.PLACES, *vocab.PLACE_ALIASES]:
    _PLACES[tuple(_place.split())] = vocab.PLACE_ALIASES.get(_place, _place)

_VOCAB_RAW: frozenset[str] = frozenset(
    raw
    for text in [
        *(p for _, _, ch in vocab.FAMILIES.values() for ps in ch.values() for p in _split(ps)),
        *(p for ps in vocab.MARKERS.values() for p in _split(ps)),
    ]
    for raw, _, _ in _spans(text)
)
_VOCAB_STEMS = frozenset(s for key in [*_CONCEPTS, *_MARKERS] for s in key)
_KNOWN = _VOCAB_RAW | vocab.STOPWORDS | vocab.FILLERS
_BY_INITIAL: dict[str, list[str]] = {}
for _word in sorted(_VOCAB_RAW):
    if len(_word) >= 4 and _word.isalpha():
        _BY_INITIAL.setdefault(_word[0], []).append(_word)


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours is one edit), capped."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=50_000)
def correct(word: str) -> str | None:
    """The vocabulary word that ``word`` is a typo of, or None."""
    if len(word) < 5 or not word.isalpha() or word in _KNOWN or stem(word) in _VOCAB_STEMS:
        return None
    near = [w for w in _BY_INITIAL.get(word[0], ()) if abs(len(w) - len(word)) <= 2]
    limit = 2 if len(word) >= 8 else 1
    for candidate in difflib.get_close_matches(word, near, n=3, cutoff=0.8):
        if _edit_distance(word, candidate, limit) <= limit:
            return candidate
    return None


# --------------------------------------------------------------------- analysis

class FamilyHit(NamedTuple):
    """One concept family as a text names it."""

    family: str
    children: frozenset[str]
    generic: bool
    side: str


# Each distinct set of family hits gets a small number, so that scores can be
# cached by pairs of ints instead of hashing nested tuples again and again.
_FAMILY_SETS: dict[tuple[FamilyHit, ...], int] = {}
FAMILY_SETS: list[tuple[FamilyHit, ...]] = []
FAMILY_MAPS: list[dict[str, FamilyHit]] = []  # the same sets, by family name


def family_set_id(families: tuple[FamilyHit, ...]) -> int:
    found = _FAMILY_SETS.get(families)
    if found is None:
        found = _FAMILY_SETS[families] = len(FAMILY_SETS)
        FAMILY_SETS.append(families)
        FAMILY_MAPS.append({h.family: h for h in families})
    return found


class Profile(NamedTuple):
    """What matching depends on (no surface wording): equal profiles score alike."""

    family_set: int  # see ``family_set_id``
    words: frozenset[str]
    words_side: str

    @property
    def families(self) -> tuple[FamilyHit, ...]:
        return FAMILY_SETS[self.family_set]


class Analysis(NamedTuple):
    text: str
    profile: Profile
    surfaces: tuple[tuple[str, str, str], ...]  # (family, child, words as written)
    sources: tuple[tuple[str, str], ...]  # (family, hire | jobseek | bridge)

    def surface(self, family: str, child: str | None) -> str:
        fallback = ""
        for fam, ch, text in self.surfaces:
            if fam != family:
                continue
            if child is None or ch == child:
                return text
            fallback = fallback or text
        return fallback

    def source(self, family: str) -> str:
        for fam, how in self.sources:
            if fam == family:
                return how
        return ""


def _lengths(table: Mapping[tuple[str, ...], object]) -> dict[str, tuple[int, ...]]:
    """First stem of a phrase -> the lengths of the phrases it starts, longest first."""
    out: dict[str, set[int]] = {}
    for key in table:
        if key:
            out.setdefault(key[0], set()).add(len(key))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


def _scan(stems: list[str], table: Mapping[tuple[str, ...], object],
          lengths: dict[str, tuple[int, ...]]) -> list[tuple[int, int]]:
    """Longest known phrase at each place, left to right: [(start, end)]."""
    out = []
    i = 0
    n = len(stems)
    while i < n:
        for length in lengths.get(stems[i], ()):
            if i + length <= n and tuple(stems[i : i + length]) in table:
                out.append((i, i + length))
                i += length
                break
        else:
            i += 1
    return out


_CONCEPT_LENGTHS = _lengths(_CONCEPTS)
_MARKER_LENGTHS = _lengths(_MARKERS)


def _generic_side(markers: set[str], default: str) -> str:
    if "SEEK" in markers and "PROVIDE" not in markers:
        return SEEKER
    if "PROVIDE" in markers and "SEEK" not in markers:
        return PROVIDER
    return default


_PLACE_FIRST = frozenset(key[0] for key in _PLACES)


def _names(text: str, w: _Words, used: set[int]) -> list[tuple[str, str]]:
    """Places and proper names: [(key, as written)]."""
    out: list[tuple[str, str]] = []
    raws = w.raws
    n = len(raws)
    for i in range(n):
        if raws[i] not in _PLACE_FIRST or i in used:
            continue
        for length in (3, 2, 1):
            key = tuple(raws[i : i + length])
            if len(key) == length and key in _PLACES and not used & set(range(i, i + length)):
                if key == ("la",) and w.written(i, i + 1, text) != "LA":
                    continue
                out.append((_PLACES[key], w.written(i, i + length, text)))
                used.update(range(i, i + length))
                break
    if not any(w.capital[1:]):
        return out
    i = 1  # a capital on the first word says nothing
    while i < n:
        j = i
        while (j < n and w.capital[j] and j not in used and raws[j] not in _KNOWN
               and w.stems[j] not in _VOCAB_STEMS and raws[j] != "i"):
            j += 1
        if j > i:
            out.append((" ".join(raws[i:j]), w.written(i, j, text)))
            used.update(range(i, j))
            i = j
        else:
            i += 1
    return out


_GROUP_MARKERS = {"capital": ("CAP_SEEK", "CAP_GIVE"), "mentor": ("MENTOR_SEEK", "MENTOR_GIVE")}
_NAME_SEEK = frozenset({"RELOCATE", "INTRO"})
_NAME_GIVE = frozenset({"LOCAL", "PROVIDE"})


@lru_cache(maxsize=100_000)
def analyse(text: str, kind: str) -> Analysis:
    """Read a need (``kind='need'``) or an offer (``'offer'``) into concepts and sides."""
    default = SEEKER if kind == "need" else PROVIDER
    w = _words(text)
    stems = w.stems

    used: set[int] = set()
    hits: dict[str, dict[str, str]] = {}
    bridge = False
    concept_spans = _scan(stems, _CONCEPTS, _CONCEPT_LENGTHS)
    for start, end in concept_spans:
        key = tuple(stems[start:end])
        used.update(range(start, end))
        bridge = bridge or key in _BRIDGES
        written = w.written(start, end, text)
        for family, child in _CONCEPTS[key]:
            named = hits.setdefault(family, {})
            if len(written) > len(named.get(child, "")):  # the fullest wording explains best
                named[child] = written

    markers: set[str] = set()
    spans: list[tuple[int, int, str]] = []
    for start, end in _scan(stems, _MARKERS, _MARKER_LENGTHS):
        kind_ = _MARKERS[tuple(stems[start:end])]
        markers.add(kind_)
        spans.append((start, end, kind_))
        used.update(range(start, end))
    if "SEEK" in markers and "JOBWORD" in markers:
        # "need a new job", not "need someone for contract work" or "employment lawyer"
        for _start, end, kind_ in spans:
            if kind_ != "SEEK":
                continue
            for s2, e2, k2 in spans:
                inside = any(a <= s2 and e2 <= b and b - a > e2 - s2 for a, b in concept_spans)
                if k2 == "JOBWORD" and not inside and end <= s2 <= end + 3 and not any(
                    r in _PERSON_WORDS or _PERSONISH.search(r) for r in w.raws[end:s2]
                ):
                    markers.add("JOBSEEK")

    generic = _generic_side(markers, default)
    if bridge:
        role_side, source = BRIDGE, "bridge"
    elif "JOBSEEK" in markers:
        role_side, source = PROVIDER, "jobseek"
    elif "HIRE" in markers:
        role_side, source = SEEKER, "hire"
    else:
        role_side, source = generic, ""
    if source:
        hits.setdefault("job", {}).setdefault("", "")

    # Hiring or looking for work decides the side of the people a text names
    # ("hiring a nanny", "hiring mentors"), unless their own markers say otherwise;
    # not of capital ("angel investor, hiring analysts" still offers capital).
    otherwise = role_side if source else generic
    sides = {"role": role_side, "job": role_side}
    for group, (seek_marker, give_marker) in _GROUP_MARKERS.items():
        seek, give = seek_marker in markers, give_marker in markers
        fallback = generic if group == "capital" else otherwise
        sides[group] = (SEEKER if seek else PROVIDER) if seek != give else fallback

    families = []
    sources = []
    surfaces = []
    for family, children in hits.items():
        group = FAMILY_INFO[family].group
        families.append(FamilyHit(family, frozenset(c for c in children if c),
                                  "" in children, sides.get(group, otherwise)))
        if source and (group in ("role", "job") or sides.get(group, otherwise) == role_side):
            sources.append((family, source))
        surfaces += [(family, child, written) for child, written in children.items()]

    seeks = not markers.isdisjoint(_NAME_SEEK)
    gives = not markers.isdisjoint(_NAME_GIVE)
    if seeks or gives:
        name_side = default if seeks and gives else (SEEKER if seeks else PROVIDER)
        how = "local" if name_side == PROVIDER else (
            "relocate" if "RELOCATE" in markers else "intro")
        for name, written in _names(text, w, used):
            family = f"name:{name}"
            families.append(FamilyHit(family, frozenset(), True, name_side))
            surfaces.append((family, "", written))
            sources.append((family, how))
    else:
        _names(text, w, used)

    stop = vocab.STOPWORDS
    words = frozenset(
        stems[i] for i, raw in enumerate(w.raws)
        if i not in used and len(raw) >= 4 and raw not in stop and stems[i] not in stop
        and not raw.isdigit()
    )
    ordered = tuple(sorted(families, key=lambda h: h.family))
    profile = Profile(family_set_id(ordered), words, generic)
    return Analysis(text, profile, tuple(surfaces), tuple(sources))


