"""The scoring of one pair: how well an offer meets a need, and why in plain words.

An introduction is proposed only when one side provides the role or service
the other seeks (``pair_score`` over the profiles' cores), or when a need's
problem is a thing an offer's trade names (``problem_match``). Texts that
disagree on a facet never match; a shared facet or topic word ranks higher.
``score(need, offer)`` gives ``Match(score, why)``; ``why`` is "" below
``THRESHOLD``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kith.services.ideas.text.mentions import Mention, Reading
from kith.services.ideas.text.profiles import BY_ID, INDEXED, PARENT, core_of, profile
from kith.services.ideas.text.reader import read

THRESHOLD = 0.5
PROBLEM_SCORE = 0.6  # below any role met: the thing alone says less than the trade
UNORDERED = frozenset({"audience", "level"})  # facets that may differ ("child" / "adult")

Best = tuple[float, int, int, bool]  # (score, index of sought, index of provided, reversed)
Facets = dict[str, frozenset[str]]


@dataclass(frozen=True)
class Match:
    """How well an offer meets a need: ``score`` in 0..1 and, when it does, why in words."""

    score: float
    why: str

    @property
    def matched(self) -> bool:
        return self.score >= THRESHOLD


def conflict(a: Facets, b: Facets) -> bool:
    """Whether two texts name different values of one facet (place, language...)."""
    for cat, values in a.items():
        other = b.get(cat)
        if other is not None and not values & other and cat not in UNORDERED:
            return True
    return False


def _shares_facet(a: Facets, b: Facets) -> bool:
    return any(values & b.get(cat, frozenset()) for cat, values in a.items())


def _pair_strength(s: Mention, p: Mention, shared: bool) -> float:
    """How well provided ``p`` meets sought ``s`` (0 when it does not)."""
    if s.how == "problem":  # the thing a problem is about, in what a trade works on
        return 0.6 if s.key == p.key else 0.0
    if s.key != p.key and (PARENT.get(s.key) == p.key or PARENT.get(p.key) == s.key):
        return 0.8  # "a designer" / "product designer"
    if s.how == "learn" and shared \
            and p.how in ("role", "service") and p.key != "f:teaching":
        return 0.8  # "wants to get into Kubernetes" / "Kubernetes"
    if s.key == p.key:
        if s.how == "place" or s.key.startswith("job:"):
            return 0.9 if s.key.startswith("place:") else 1.0
        if (s.generic or p.generic or s.how == "goods") and not shared:
            return 0.0
        return 0.9
    if s.key == "f:buyer" and p.key.startswith("buyer:"):
        return 0.9 if shared else 0.0
    if p.key == "f:recruiter" and (s.hire or s.key.startswith("job:")):
        return 0.7
    return 0.0


def _recruits(s: Mention, providers: tuple[Mention, ...]) -> bool:
    """A recruiter who names a field ("tech recruiter") recruits only for it."""
    fields = {PARENT.get(m.key, m.key) for m in providers
              if m.key.startswith("f:") and m.key != "f:recruiter"}
    wanted = s.key[4:] if s.key.startswith("job:") else s.key
    if wanted == "f:recruiter":
        return True  # hiring a recruiter: any recruiter's field will do
    return not fields or PARENT.get(wanted, wanted) in fields or wanted == "any"


@lru_cache(maxsize=200_000)
def core_score(need_core: int, offer_core: int, shared: bool) -> Best:
    """The best sought/provided pair of two cores, before facets and topic."""
    best: Best = (0.0, -1, -1, False)
    for flip, seeker, provider in ((False, need_core, offer_core),
                                   (True, offer_core, need_core)):
        seeks = INDEXED[seeker][0]
        provides = INDEXED[provider][1]
        if not seeks or not provides:
            continue
        providers: tuple[Mention, ...] | None = None
        for i, s, keys in seeks:
            for key in keys:
                for j, p in provides.get(key, ()):
                    strength = _pair_strength(s, p, shared)
                    if strength and p.key == "f:recruiter":
                        if providers is None:
                            providers = tuple(m for ms in provides.values() for _, m in ms)
                        if not _recruits(s, providers):
                            strength = 0.0
                    if flip:
                        strength *= 0.9  # what the offer's writer seeks, the need's provides
                    if strength > best[0]:
                        best = (strength, i, j, flip)
    return best


@lru_cache(maxsize=500_000)
def pair_score(need_id: int, offer_id: int) -> Best:
    """(score, sought mention, provided mention, whether the offer is the one seeking)."""
    _, n_facets, n_domain = BY_ID[need_id]
    _, o_facets, o_domain = BY_ID[offer_id]
    if n_facets and o_facets and conflict(n_facets, o_facets):
        return (0.0, -1, -1, False)
    shared = bool(n_domain and o_domain and not n_domain.isdisjoint(o_domain))
    best = core_score(core_of(need_id), core_of(offer_id), shared)
    if best[0]:  # the same speciality, place or subject named on both sides ranks higher
        bonus = 0.05 if shared else 0.0
        if n_facets and o_facets and _shares_facet(n_facets, o_facets):
            bonus += 0.1
        best = (round(min(1.0, best[0] + bonus), 3), best[1], best[2], best[3])
    return best


def _phrase(m: Mention, reading: Reading) -> str:
    """What one person seeks or provides, in their own plain words: the clause saying it."""
    said = " ".join((m.said or reading.text).split())
    return said[:1].lower() + said[1:] if said[1:2].islower() else said


def _full(reading: Reading, stripped: Mention) -> Mention:
    for m in reading.mentions:
        if m.key == stripped.key and m.side == stripped.side and m.how == stripped.how:
            return m
    return stripped


def explain(need: Reading, offer: Reading, best: Best) -> str:
    """The need and the offer in plain words: "is hiring a pharmacist; is a pharmacist
    looking for work"."""
    value, i, j, flip = best
    if value < THRESHOLD:
        return ""
    if flip:  # the offer's writer seeks (i), the need's provides (j)
        i, j = j, i
    left = _full(need, BY_ID[profile(need)][0][i])
    right = _full(offer, BY_ID[profile(offer)][0][j])
    return f"{_phrase(left, need)}; {_phrase(right, offer)}"


@dataclass(frozen=True)
class Candidate:
    """An offer that meets a need; its ``match()`` (with the wording of why) on demand."""

    offer_id: int
    score: float
    best: Best
    need: Reading
    offer: Reading
    why: str = ""  # said already (a problem met by a trade's scope)

    def match(self) -> Match:
        if self.score < THRESHOLD:
            return Match(self.score, "")
        return Match(self.score, self.why or explain(self.need, self.offer, self.best))


def problem_match(need: Reading, offer: Reading) -> Match | None:
    """A need stating a problem with a thing met by an offer whose trade names that
    thing ("the shower has no pressure" / "plumbing services, showers and baths")."""
    sought = {m.key: m for m in need.mentions if m.how == "problem"}
    if not sought:
        return None
    hit = next((m for m in offer.mentions if m.how == "scope" and m.key in sought), None)
    if hit is None:
        return None
    mine, theirs = dict(need.facets), dict(offer.facets)
    if conflict(mine, theirs):
        return None
    value = round(PROBLEM_SCORE + (0.1 if _shares_facet(mine, theirs) else 0.0), 3)
    return Match(value, f"{_phrase(sought[hit.key], need)}; {_phrase(hit, offer)}")


def _topic(need: Reading, offer: Reading) -> float:
    """A little for shared topic words: ranks, never reaches THRESHOLD."""
    return min(0.4, 0.1 * len(need.domain & offer.domain))


def score(need_text: str, offer_text: str) -> Match:
    """How well ``offer_text`` meets ``need_text`` (``why`` is "" when it does not)."""
    need, offer = read(need_text, "need"), read(offer_text, "offer")
    best = pair_score(profile(need), profile(offer))
    if best[0] < THRESHOLD:
        return problem_match(need, offer) or Match(round(_topic(need, offer), 3), "")
    return Candidate(0, round(best[0], 3), best, need, offer).match()


def matches(need_text: str, offer_text: str) -> bool:
    """Whether ``offer_text`` meets ``need_text`` well enough to propose an introduction."""
    return score(need_text, offer_text).matched
