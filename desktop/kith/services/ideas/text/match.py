"""Does one person's need meet another's offer? Wording-aware matching, offline.

``score("looking for an accountant", "tax advice")`` gives
``Match(score=1.0, why="accountant ~ tax advice")``. Both texts are read by
``text_analysis.analyse`` (words, stems, typos, concepts, sides, names); then:

- A need and an offer meet on a concept family both name, from opposite
  sides (a bridge such as a recruiter meets either side): "hiring a React
  developer" meets "front-end engineer looking for work" but not "hiring Vue
  developers"; "moving to Austin" meets "knows the Austin startup scene".
- Strength: 1.0 for the same concept or speciality, 0.8 for a generic mention
  against a speciality ("developer" against "React"), the family's own weight
  when both are generic, 0 when both name different specialities of one
  family (frontend against backend), at most 0.7 through a bridge; 0.4 for
  "a job" alone (hiring against looking for work; 0.6 with a recruiter), which
  does not count when both texts name fields and none of them is shared.
- The score is the strongest, plus 0.1 for each other one of 0.5 or more, at
  most 1.0. When no concept reaches ``THRESHOLD`` (0.5), which decides, plain
  content words both texts share (from opposite sides) give 0.5, or 0.6 for
  two or more.

``OfferIndex`` finds the offers meeting a need among thousands without
scoring every pair: offers are grouped by the concept families they name and
indexed by family and by plain word; a need is scored once per group sharing
a family with it, and against single offers only for the plain words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from kith.services.ideas.text.analysis import (
    BRIDGE,
    FAMILY_INFO,
    FAMILY_MAPS,
    FAMILY_SETS,
    PROVIDER,
    SEEKER,
    Analysis,
    FamilyHit,
    analyse,
    correct,
    stem,
    words_of,
)

__all__ = ["THRESHOLD", "Candidate", "Match", "OfferIndex", "analyse", "correct", "explain",
           "matches", "score", "stem"]

THRESHOLD = 0.5
_WORDS_MAX = 0.6  # the most a plain-word match scores
_OTHER_SIDES = {SEEKER: (PROVIDER, BRIDGE), PROVIDER: (SEEKER, BRIDGE),
                BRIDGE: (SEEKER, PROVIDER)}


@dataclass(frozen=True)
class Match:
    """How well an offer meets a need: ``score`` in 0..1 and the shared concept in words."""

    score: float
    why: str

    @property
    def matched(self) -> bool:
        return self.score >= THRESHOLD


# (strength or score, family, shared child); family "words" for plain words, "job" for a
# job alone.
Strength = tuple[float, str, str | None]


def _family_strength(n: FamilyHit, o: FamilyHit) -> tuple[float, str | None, bool]:
    """(strength, shared child, conflict) of one family both texts name."""
    if n.side == o.side:  # both ask, both give, or two bridges
        return 0.0, None, False
    if n.children and o.children:
        shared = n.children & o.children
        if not shared:
            return 0.0, None, True
        return 1.0, min(shared), False
    if n.children or o.children:
        return 0.8, None, False
    info = FAMILY_INFO.get(n.family)
    return (info.weight if info else 1.0), None, False


_ROLES = frozenset(name for name, info in FAMILY_INFO.items() if info.group == "role")


@lru_cache(maxsize=500_000)
def family_score(need_set: int, offer_set: int) -> Strength:
    """(score, strongest family, child) of two family sets (``text_analysis.family_set_id``)
    from concepts alone: the strongest shared family plus 0.1 for each other one of
    0.5 or more, at most 1.0."""
    offered = FAMILY_MAPS[offer_set]
    best: Strength = (0.0, "", None)
    strong = 0  # shared families of THRESHOLD or more
    conflict = shared_role = False
    job: Strength | None = None
    for n in FAMILY_SETS[need_set]:
        o = offered.get(n.family)
        if o is None:
            continue
        strength, child, clash = _family_strength(n, o)
        if clash:
            conflict = True
        if not strength:
            continue
        bridged = n.side == BRIDGE or o.side == BRIDGE
        if n.family == "job":
            job = (0.6 if bridged else strength, "job", child)
            continue
        if bridged and strength > 0.7:
            strength = 0.7
        shared_role = shared_role or n.family in _ROLES
        if strength >= THRESHOLD:
            strong += 1
        if strength > best[0] or (strength == best[0] and n.family < best[1]):
            best = (strength, n.family, child)
    if job is not None and not conflict and (shared_role or not (
        any(h.family in _ROLES for h in FAMILY_SETS[need_set])
        and any(f in _ROLES for f in offered)
    )):
        if job[0] >= THRESHOLD:
            strong += 1
        if job[0] > best[0]:
            best = job
    if not best[1]:
        return best
    extra = strong - (1 if best[0] >= THRESHOLD else 0)
    return round(min(1.0, best[0] + 0.1 * extra), 3), best[1], best[2]


def _words_score(shared: frozenset[str]) -> Strength:
    return (0.5 if len(shared) == 1 else 0.6), "words", min(shared)


def _shared_words(need: Analysis, offer: Analysis,
                  common: frozenset[str] = frozenset()) -> frozenset[str]:
    if need.profile.words_side == offer.profile.words_side:
        return frozenset()
    return (need.profile.words & offer.profile.words) - common


_SIDE_WORDS = {"hire": "hiring", "jobseek": "looking for work", "bridge": "recruiter"}
_NAME_WORDS = {"relocate": "moving to {}", "intro": "intro to {}", "local": "knows {}",
               "": "{}"}


def explain(need: Analysis, offer: Analysis, family: str, child: str | None) -> str:
    """The shared concept in the texts' own words: "accountant ~ tax advice"."""
    if not family:
        return ""
    if family == "words":
        return next((w for w in words_of(need.text) if stem(w) == child), child or "")
    if family.startswith("name:"):
        place = need.surface(family, None) or offer.surface(family, None)
        return " ~ ".join(_NAME_WORDS[a.source(family)].format(place) for a in (need, offer))
    n_text = need.surface(family, child) or "a job"
    o_text = offer.surface(family, child) or "a job"
    why = n_text if n_text.casefold() == o_text.casefold() else f"{n_text} ~ {o_text}"
    n_side, o_side = need.source(family), offer.source(family)
    if n_side or o_side:
        why += f" ({_SIDE_WORDS.get(n_side, 'needs')} ~ {_SIDE_WORDS.get(o_side, 'offers')})"
    return why


@dataclass(frozen=True)
class Candidate:
    """An offer that meets a need; its ``match()`` (with the wording of why) on demand."""

    offer_id: int
    score: float
    family: str
    child: str | None
    need: Analysis
    offer: Analysis

    def match(self) -> Match:
        if self.score < THRESHOLD:
            return Match(self.score, "")
        return Match(self.score, explain(self.need, self.offer, self.family, self.child))


def _candidate(offer_id: int, need: Analysis, offer: Analysis,
               common: frozenset[str] = frozenset()) -> Candidate:
    value, family, child = family_score(need.profile.family_set, offer.profile.family_set)
    if value < THRESHOLD:
        shared = _shared_words(need, offer, common)
        if shared:
            value, family, child = _words_score(shared)
    return Candidate(offer_id, value, family, child, need, offer)


def score(need_text: str, offer_text: str) -> Match:
    """How well ``offer_text`` meets ``need_text`` (``why`` is "" when it does not)."""
    return _candidate(0, analyse(need_text, "need"), analyse(offer_text, "offer")).match()


def matches(need_text: str, offer_text: str) -> bool:
    return score(need_text, offer_text).matched


def _index_keys(offer: tuple[FamilyHit, ...]) -> list[tuple[str, str, str]]:
    keys = []
    for hit in offer:
        if hit.family == "job" and hit.side != BRIDGE:
            continue  # a job alone (0.4) never makes a match
        keys.append((hit.family, hit.side, "*"))
        keys += [(hit.family, hit.side, child) for child in hit.children]
        if hit.generic:
            keys.append((hit.family, hit.side, ""))
    return keys


def _lookup_keys(need: tuple[FamilyHit, ...]) -> list[tuple[str, str, str]]:
    """The index keys of the offers that can meet ``need`` through some family."""
    keys = []
    for hit in need:
        for side in _OTHER_SIDES[hit.side]:
            if hit.family == "job" and BRIDGE not in (side, hit.side):
                continue
            if hit.children:  # the same speciality, or a generic mention
                keys += [(hit.family, side, child) for child in hit.children]
                keys.append((hit.family, side, ""))
            else:  # generic: any mention
                keys.append((hit.family, side, "*"))
    return keys


class OfferIndex:
    """Offers indexed by concept family and by word, to find those meeting a need quickly.

    A plain word found in more than ``common_share`` of the offers (and in more
    than ``common_floor`` of them) is too common to mean anything here and is
    ignored, so results on a large set can differ from ``score`` on such words.
    """

    def __init__(self, offers: Iterable[tuple[int, str]], common_share: float = 0.01,
                 common_floor: int = 25) -> None:
        """``offers``: (id, text), in the order to prefer among equal scores."""
        self._analysis: dict[int, Analysis] = {}
        self._groups: dict[int, list[int]] = {}  # family set -> offer ids, in order
        # (family, side, child) -> the offer family sets naming that child of the family
        # from that side; child "" for a generic mention, "*" for any mention.
        self._by_family: dict[tuple[str, str, str], list[int]] = {}
        self._by_word: dict[str, list[int]] = {}  # word -> offer ids
        self._ranked: dict[int, list[tuple[Strength, int]]] = {}
        for offer_id, text in offers:
            analysis = analyse(text, "offer")
            self._analysis[offer_id] = analysis
            group = self._groups.get(analysis.profile.family_set)
            if group is None:
                group = self._groups[analysis.profile.family_set] = []
                for key in _index_keys(analysis.profile.families):
                    self._by_family.setdefault(key, []).append(analysis.profile.family_set)
            group.append(offer_id)
            for word in analysis.profile.words:
                self._by_word.setdefault(word, []).append(offer_id)
        limit = max(common_floor, int(len(self._analysis) * common_share))
        self._common = frozenset(w for w, ids in self._by_word.items() if len(ids) > limit)
        self._position = {offer_id: i for i, offer_id in enumerate(self._analysis)}

    def __len__(self) -> int:
        return len(self._analysis)

    def _rank(self, need_set: int) -> list[tuple[Strength, int]]:
        """Offer family sets meeting ``need_set`` through concepts, best first."""
        ranked = self._ranked.get(need_set)
        if ranked is None:
            candidates = {s for key in _lookup_keys(FAMILY_SETS[need_set])
                          for s in self._by_family.get(key, ())}
            ranked = []
            for offer_set in candidates:
                found = family_score(need_set, offer_set)
                if found[0] >= THRESHOLD:
                    ranked.append((found, offer_set))
            ranked.sort(key=lambda r: (-r[0][0], self._position[self._groups[r[1]][0]]))
            self._ranked[need_set] = ranked
        return ranked

    def _words_only(self, need: Analysis, concept_sets: set[int]) -> list[Candidate]:
        """Offers meeting ``need`` through plain words alone, best first."""
        found: dict[int, Candidate] = {}
        for word in need.profile.words - self._common:
            for offer_id in self._by_word.get(word, ()):
                offer = self._analysis[offer_id]
                if offer_id in found or offer.profile.family_set in concept_sets:
                    continue
                shared = _shared_words(need, offer, self._common)
                if shared:
                    value, family, child = _words_score(shared)
                    found[offer_id] = Candidate(offer_id, value, family, child, need, offer)
        return sorted(found.values(), key=lambda c: (-c.score, self._position[c.offer_id]))

    def candidates(self, need_text: str) -> Iterator[Candidate]:
        """Every offer meeting ``need_text``, best first (equal scores in the given order).

        Plain words are looked at only once the concept matches left score no
        more than a plain-word match can (0.6), so finding the best few offers
        for a need rarely touches them.
        """
        need = analyse(need_text, "need")
        ranked = self._rank(need.profile.family_set)
        singles: list[Candidate] | None = None
        s = 0
        for (value, family, child), offer_set in ranked:
            if singles is None and value <= _WORDS_MAX:
                singles = self._words_only(need, {o for _, o in ranked})
            while singles and s < len(singles) and singles[s].score > value:
                yield singles[s]
                s += 1
            for offer_id in self._groups[offer_set]:
                yield Candidate(offer_id, value, family, child, need, self._analysis[offer_id])
        if singles is None:
            singles = self._words_only(need, {o for _, o in ranked})
        yield from singles[s:]

    def matches(self, need_text: str) -> Iterator[tuple[int, Match]]:
        """(offer id, match) for every offer meeting ``need_text``, best first."""
        for candidate in self.candidates(need_text):
            yield candidate.offer_id, candidate.match()
