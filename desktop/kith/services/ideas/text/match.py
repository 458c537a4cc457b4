"""Does one person's need meet another's offer? Role-aware matching, offline.

Both texts are read by ``reader.read`` into what each seeks and provides. An
introduction is proposed only when one side provides the role or service the
other seeks: the same service family or occupation ("hiring a pharmacist" /
"pharmacist looking for a new position"; "no hot water" / "heating
engineer"), a generic trade on the same thing ("fix an old sailing boat" /
"restores wooden boats"), goods to a buyer ("wants a second-hand bike" /
"selling my bike"), a job to someone looking for one, a place to someone
moving there. Both seeking the same thing never matches, nor do texts that
disagree on a facet (place, language, animal, subject, day...). Shared topic
words alone add a little to the score but never reach ``THRESHOLD``.

``score(need, offer)`` gives ``Match(score, why)``; ``why`` says it in plain
words ("is hiring a pharmacist; is a pharmacist looking for a new position").
``OfferIndex`` finds the offers meeting a need among thousands without
scoring every pair: offers are grouped by what matters to matching and
indexed by what they provide and seek.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from kith.services.ideas.text.lexicon import correct, lemma
from kith.services.ideas.text.reader import PROVIDE, SEEK, Mention, Reading, read

__all__ = ["THRESHOLD", "Candidate", "Match", "OfferIndex", "analyse", "correct", "explain",
           "lemma", "matches", "read", "score"]

THRESHOLD = 0.5
analyse = read  # the former name


@dataclass(frozen=True)
class Match:
    """How well an offer meets a need: ``score`` in 0..1 and, when it does, why in words."""

    score: float
    why: str

    @property
    def matched(self) -> bool:
        return self.score >= THRESHOLD


_PROFILES: dict[tuple[object, ...], int] = {}
_BY_ID: list[tuple[tuple[Mention, ...], dict[str, frozenset[str]], frozenset[str]]] = []


def _strip(m: Mention) -> Mention:
    return Mention(m.key, m.side, m.how, "", m.generic, m.hire, "")


_THINGS = ("problem", "scope")  # work on a thing: matched apart (``problem_match``)


@lru_cache(maxsize=100_000)
def profile(reading: Reading) -> int:
    """A small number for what matching depends on in ``reading``: equal profiles
    score alike, so scores are cached by pairs of ints."""
    mentions = tuple(sorted({_strip(m) for m in reading.mentions if m.how not in _THINGS},
                            key=lambda m: (m.key, m.side, m.how, m.generic, m.hire)))
    needs_domain = any(m.generic or m.key.startswith(("buyer:", "g:")) or m.key == "f:buyer"
                       for m in mentions)
    domain = reading.domain | {v for _, vs in reading.facets for v in vs} if needs_domain \
        else frozenset()
    key = (mentions, reading.facets, domain)
    found = _PROFILES.get(key)
    if found is None:
        found = _PROFILES[key] = len(_BY_ID)
        _BY_ID.append((mentions, dict(reading.facets), domain))
    return found


_UNORDERED = frozenset({"audience", "level"})


def _conflict(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    for cat, values in a.items():
        other = b.get(cat)
        if other is not None and not values & other and cat not in _UNORDERED:
            return True
    return False


_PARENT = {"f:graphic": "f:design", "f:ux": "f:design", "f:web": "f:design",
           "f:interior": "f:design"}


def _pair_strength(s: Mention, p: Mention, shared: bool) -> float:
    """How well provided ``p`` meets sought ``s`` (0 when it does not)."""
    if s.how == "problem":  # the thing a problem is about, in what a trade works on
        return 0.6 if s.key == p.key else 0.0
    if s.key != p.key and (_PARENT.get(s.key) == p.key or _PARENT.get(p.key) == s.key):
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
    fields = {_PARENT.get(m.key, m.key) for m in providers
              if m.key.startswith("f:") and m.key != "f:recruiter"}
    wanted = s.key[4:] if s.key.startswith("job:") else s.key
    if wanted == "f:recruiter":
        return True  # hiring a recruiter: any recruiter's field will do
    return not fields or _PARENT.get(wanted, wanted) in fields or wanted == "any"


Best = tuple[float, int, int, bool]  # (score, index of sought, index of provided, reversed)


_Indexed = tuple[list[tuple[int, Mention, list[str]]], dict[str, list[tuple[int, Mention]]]]
_CORES: dict[tuple[Mention, ...], int] = {}
_CORE_OF: list[int] = []  # profile -> core (its mentions alone)
_INDEXED: list[_Indexed] = []  # core -> sought mentions with their keys, provided by key


def _core(pid: int) -> int:
    while len(_CORE_OF) <= pid:
        mentions = _BY_ID[len(_CORE_OF)][0]
        core = _CORES.get(mentions)
        if core is None:
            core = _CORES[mentions] = len(_INDEXED)
            seeks: list[tuple[int, Mention, list[str]]] = []
            provides: dict[str, list[tuple[int, Mention]]] = {}
            for i, m in enumerate(mentions):
                if m.side == SEEK:
                    seeks.append((i, m, _seek_keys(m)))
                else:
                    for key in _provide_keys(m):
                        provides.setdefault(key, []).append((i, m))
            _INDEXED.append((seeks, provides))
        _CORE_OF.append(core)
    return _CORE_OF[pid]


@lru_cache(maxsize=200_000)
def _core_score(need_core: int, offer_core: int, shared: bool) -> Best:
    """The best sought/provided pair of two cores, before facets and topic."""
    best: Best = (0.0, -1, -1, False)
    for flip, seeker, provider in ((False, need_core, offer_core),
                                   (True, offer_core, need_core)):
        seeks = _INDEXED[seeker][0]
        provides = _INDEXED[provider][1]
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
    _, n_facets, n_domain = _BY_ID[need_id]
    _, o_facets, o_domain = _BY_ID[offer_id]
    if n_facets and o_facets and _conflict(n_facets, o_facets):
        return (0.0, -1, -1, False)
    shared = bool(n_domain and o_domain and not n_domain.isdisjoint(o_domain))
    best = _core_score(_core(need_id), _core(offer_id), shared)
    if best[0]:  # the same speciality, place or subject named on both sides ranks higher
        bonus = 0.05 if shared else 0.0
        if n_facets and o_facets and any(values & o_facets.get(cat, frozenset())
                                         for cat, values in n_facets.items()):
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
    n_mentions, _, _ = _BY_ID[profile(need)]
    o_mentions, _, _ = _BY_ID[profile(offer)]
    if not flip:
        left, right = _full(need, n_mentions[i]), _full(offer, o_mentions[j])
        return f"{_phrase(left, need)}; {_phrase(right, offer)}"
    left, right = _full(need, n_mentions[j]), _full(offer, o_mentions[i])
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


PROBLEM_SCORE = 0.6  # below any role met: the thing alone says less than the trade


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
    if _conflict(mine, theirs):
        return None
    shared = any(values & theirs.get(cat, frozenset()) for cat, values in mine.items())
    value = round(PROBLEM_SCORE + (0.1 if shared else 0.0), 3)
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
    return score(need_text, offer_text).matched


def _provide_keys(m: Mention) -> list[str]:
    if m.key.startswith("buyer:"):
        return [m.key, "buyer:*"]
    if m.key.startswith("job:"):
        return [m.key, "job:*"]
    if m.key in _PARENT:
        return [m.key, _PARENT[m.key], "learn:*"]
    if m.how in ("role", "service"):
        return [m.key, "learn:*"]
    return [m.key]


def _seek_keys(m: Mention) -> list[str]:
    keys = [m.key]
    if m.key in _PARENT:
        keys.append(_PARENT[m.key])
    if m.key == "f:design":
        keys += [k for k, v in _PARENT.items() if v == m.key]
    if m.how == "learn":
        keys.append("learn:*")
    if m.key == "f:buyer":
        keys.append("buyer:*")
    if m.key.startswith("job:"):
        keys += ["f:recruiter", "job:*" if m.key == "job:any" else "job:any"]
    if m.hire:
        keys.append("f:recruiter")
    return keys


def _relation(mine: frozenset[str], theirs: frozenset[str] | None) -> int:
    """How another text's values of a facet stand to a need's: not named, shared, other."""
    return 0 if theirs is None else 1 if not mine.isdisjoint(theirs) else 2


_Groups = list[tuple[dict[str, frozenset[str]], list[int]]]  # (facets, profiles in order)


class _Ranking:
    """The offer profiles meeting one need, best first (equal scores in the offers'
    order), put in order only as far as they are asked for.

    A need that names no topic words scores alike every offer profile of one
    core that stands the same way to the facets the need names (``pair_score``
    looks at no others), so such a block is scored once, and its profiles
    (kept in the offers' order by the index) come out merged by a heap: a need
    met by thousands of offers costs a score per block and a few steps for the
    first ones.
    """

    def __init__(self, need_pid: int, cores: set[int], by_core: dict[int, _Groups],
                 position: dict[int, int]) -> None:
        _, n_facets, n_domain = _BY_ID[need_pid]
        facets = tuple((cat, values, cat in _UNORDERED) for cat, values in n_facets.items())
        need_core = _core(need_pid)
        heap: list[tuple[float, int, int, int, Best, list[int]]] = []
        for core in cores:
            if n_domain:  # the topic words count: each profile on its own
                for _, pids in by_core[core]:
                    for pid in pids:
                        best = pair_score(need_pid, pid)
                        if best[0] >= THRESHOLD:
                            heap.append((-best[0], position[pid], pid, 0, best, [pid]))
                continue
            # as pair_score, with no topic words: the core's pair, less a facet that
            # disagrees, plus one that is shared
            value, i, j, flip = _core_score(need_core, core, False)
            if not value:
                continue
            for theirs, pids in by_core[core]:
                bonus = 0.0
                for cat, values, unordered in facets:
                    other = theirs.get(cat)
                    if other is None:
                        continue
                    if values.isdisjoint(other):
                        if not unordered:
                            break
                    else:
                        bonus = 0.1
                else:
                    score = round(min(1.0, value + bonus), 3)
                    if score >= THRESHOLD:
                        heap.append((-score, position[pids[0]], id(pids), 0,
                                     (score, i, j, flip), pids))
        heapq.heapify(heap)
        self._heap = heap
        self._done: list[tuple[Best, int]] = []
        self._position = position

    def _more(self) -> bool:
        """Move the next best profile to ``_done``; False when there is none left."""
        if not self._heap:
            return False
        score, _, tie, at, best, pids = self._heap[0]
        self._done.append((best, pids[at]))
        if at + 1 < len(pids):
            heapq.heapreplace(self._heap, (score, self._position[pids[at + 1]], tie, at + 1,
                                           best, pids))
        else:
            heapq.heappop(self._heap)
        return True

    def __iter__(self) -> Iterator[tuple[Best, int]]:
        i = 0
        while i < len(self._done) or self._more():
            yield self._done[i]
            i += 1


class OfferIndex:
    """Offers grouped by profile and indexed by what they provide and seek, to find
    those meeting a need without scoring every pair."""

    def __init__(self, offers: Iterable[tuple[int, str]]) -> None:
        """``offers``: (id, text), in the order to prefer among equal scores."""
        self._reading: dict[int, Reading] = {}
        self._groups: dict[int, list[int]] = {}  # profile -> offer ids, in order
        self._provided: dict[str, set[int]] = {}  # key -> cores providing it
        self._sought: dict[str, set[int]] = {}  # key -> cores seeking it
        self._ranked: dict[int, _Ranking] = {}
        for offer_id, text in offers:
            reading = read(text, "offer")
            self._reading[offer_id] = reading
            pid = profile(reading)
            group = self._groups.get(pid)
            if group is None:
                group = self._groups[pid] = []
                core = _core(pid)
                for m in _BY_ID[pid][0]:
                    if m.side == PROVIDE:
                        for key in _provide_keys(m):
                            self._provided.setdefault(key, set()).add(core)
                    else:
                        self._sought.setdefault(m.key, set()).add(core)
            group.append(offer_id)
        self._position = {offer_id: i for i, offer_id in enumerate(self._reading)}
        self._order = list(self._reading)
        self._scoped: dict[str, list[int]] = {}  # thing -> offers whose trade names it
        for offer_id, reading in self._reading.items():
            for m in reading.mentions:
                if m.how == "scope":
                    self._scoped.setdefault(m.key, []).append(offer_id)
        self._group_position = {pid: self._position[ids[0]] for pid, ids in self._groups.items()}
        # core -> its profiles by facets, each list in the offers' order
        by_facets: dict[int, dict[tuple[object, ...], list[int]]] = {}
        for pid in self._groups:  # in the order of each profile's first offer
            facets = _BY_ID[pid][1]
            by_facets.setdefault(_core(pid), {}).setdefault(
                tuple(sorted(facets.items())), []).append(pid)
        self._by_core: dict[int, _Groups] = {
            core: [(_BY_ID[pids[0]][1], pids) for pids in groups.values()]
            for core, groups in by_facets.items()}

    def __len__(self) -> int:
        return len(self._reading)

    def _rank(self, need_pid: int) -> _Ranking:
        ranked = self._ranked.get(need_pid)
        if ranked is None:
            cores: set[int] = set()
            for m in _BY_ID[need_pid][0]:
                if m.side == SEEK:
                    for key in _seek_keys(m):
                        cores |= self._provided.get(key, set())
                else:
                    for key in _provide_keys(m):
                        cores |= self._sought.get(key, set())
                    if m.key.startswith("job:"):  # someone looking for any work
                        cores |= self._sought.get("job:any", set())
                    if m.key == "f:recruiter":
                        cores |= {c for k, cs in self._sought.items()
                                  if k.startswith("job:") for c in cs}
            ranked = self._ranked[need_pid] = _Ranking(need_pid, cores, self._by_core,
                                                       self._group_position)
        return ranked

    def candidates(self, need_text: str) -> Iterator[Candidate]:
        """Every offer meeting ``need_text``, best first (equal scores in the given order)."""
        need = read(need_text, "need")
        seen: set[int] = set()
        for best, pid in self._rank(profile(need)):
            for offer_id in self._groups[pid]:
                seen.add(offer_id)
                yield Candidate(offer_id, round(best[0], 3), best, need,
                                self._reading[offer_id])
        things = {m.key for m in need.mentions if m.how == "problem"}
        if not things:
            return
        found = []  # then the trades whose scope names the thing, best first
        for offer_id in {i for key in things for i in self._scoped.get(key, ())} - seen:
            met = problem_match(need, self._reading[offer_id])
            if met is not None:
                found.append((-met.score, self._position[offer_id], met))
        for score_, position, met in sorted(found, key=lambda f: (f[0], f[1])):
            offer_id = self._order[position]
            yield Candidate(offer_id, -score_, (0.0, -1, -1, False), need,
                            self._reading[offer_id], met.why)

    def matches(self, need_text: str) -> Iterator[tuple[int, Match]]:
        """(offer id, match) for every offer meeting ``need_text``, best first."""
        for candidate in self.candidates(need_text):
            yield candidate.offer_id, candidate.match()
