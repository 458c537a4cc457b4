"""The offer index and its ranking: the offers meeting a need among thousands, best first.

``OfferIndex`` groups offers by profile (``profiles``) and indexes their cores
by what they provide and seek, so a need is scored only against the cores
that can meet it, and ``_Ranking`` puts those in order only as far as they
are asked for. Offers whose trade names the thing a need's problem is about
come after (``pair.problem_match``).
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterable, Iterator

from kith.services.ideas.text.cores import CoreScores
from kith.services.ideas.text.mentions import PROVIDE, SEEK, Mention, Reading
from kith.services.ideas.text.pair import (
    THRESHOLD,
    UNORDERED,
    Best,
    Candidate,
    Match,
    pair_score,
    problem_match,
)
from kith.services.ideas.text.profiles import BY_ID, core_of, profile, provide_keys, seek_keys
from kith.services.ideas.text.reader import read
from kith.services.ideas.text.tiers import Entry, Layout, Tier

_Groups = list[tuple[dict[str, frozenset[str]], list[int]]]  # (facets, profiles in order)
_Source = tuple[float, Iterator[Entry], Tier]  # (score, the profiles after, their tier)


class _Ranking:
    """The offer profiles meeting one need, best first (equal scores in the offers'
    order), put in order only as far as they are asked for.

    A need that names no topic words scores alike every offer profile of one
    core that stands the same way to the facets the need names (``pair_score``
    looks at no others): the cores it meets come in tiers of their pair's value
    (``tiers.Tier``, best first), each giving its profiles in the offers' order
    at one or two scores, merged by a heap. A tier is opened only when the best
    profile left might not beat what the tier could score, so most needs look at
    the first profiles of their first tiers only. A need with topic words scores
    each profile on its own (``pair_score``).
    """

    def __init__(self, need_pid: int, cores: set[int], by_core: dict[int, _Groups],
                 position: dict[int, int], tiers: list[Tier], lock: threading.Lock) -> None:
        self._lock = lock
        _, n_facets, n_domain = BY_ID[need_pid]
        self._facets = tuple((cat, values, cat in UNORDERED)
                             for cat, values in n_facets.items())
        self._by_core = by_core
        self._tiers: list[Tier] = []
        heap: list[tuple[float, int, int, int, Best, _Source | None]] = []
        if n_domain:  # the topic words count: each profile on its own
            for core in cores:
                for _, pids in by_core[core]:
                    for pid in pids:
                        best = pair_score(need_pid, pid)
                        if best[0] >= THRESHOLD:
                            heap.append((-best[0], position[pid], 0, pid, best, None))
            heapq.heapify(heap)
        else:
            self._tiers = tiers
        self._heap = heap
        self._tier = 0  # the next tier to open
        self._done: list[tuple[Best, int]] = []
        self._position = position

    def _open_tier(self) -> None:
        tier = self._tiers[self._tier]
        self._tier += 1
        for score, entries in tier.streams(self._facets):
            first = next(entries, None)
            if first is not None:
                heapq.heappush(self._heap, (-score, first[0], len(self._heap), first[1],
                                            tier.best(first[2], score), (score, entries, tier)))

    def _more(self) -> bool:
        """Move the next best profile to ``_done``; False when there is none left."""
        while self._tier < len(self._tiers) and (
                not self._heap or -self._heap[0][0] <= self._tiers[self._tier].high):
            self._open_tier()  # it might hold a profile as good as the best so far
        if not self._heap:
            return False
        negative, _, tie, pid, best, source = self._heap[0]
        self._done.append((best, pid))
        after = next(source[1], None) if source is not None else None
        if source is None or after is None:
            heapq.heappop(self._heap)
        else:
            score, _, tier = source
            heapq.heapreplace(self._heap, (negative, after[0], tie, after[1],
                                           tier.best(after[2], score), source))
        return True

    def __iter__(self) -> Iterator[tuple[Best, int]]:
        i = 0
        while True:
            if i >= len(self._done):
                # The streams are shared by the needs of one core, and the window asks
                # from two threads (the Ideas page's worker, the detail pane).
                with self._lock:
                    if i >= len(self._done) and not self._more():
                        return
            yield self._done[i]
            i += 1


_KEEP_MADE = 3  # the contacts' offers, the user's own, one more
_MADE: list[OfferIndex] = []  # the indexes made last, newest first


class OfferIndex:
    """Offers grouped by profile and indexed by what they provide and seek, to find
    those meeting a need without scoring every pair."""

    _offers: list[tuple[int, str]]

    def __init__(self, offers: Iterable[tuple[int, str]]) -> None:
        """``offers``: (id, text), in the order to prefer among equal scores. An index of
        the same offers as one made lately shares its work (several rules index every
        contact's offer, and the prompts are asked for again and again)."""
        offers = list(offers)
        for made in _MADE:
            if made._offers == offers:
                self.__dict__ = made.__dict__  # the same offers, the same index and caches
                return
        self._offers = offers
        _MADE.insert(0, self)
        del _MADE[_KEEP_MADE:]
        self._reading: dict[int, Reading] = {}
        self._groups: dict[int, list[int]] = {}  # profile -> offer ids, in order
        self._provided: dict[str, set[int]] = {}  # key -> cores providing it
        self._sought: dict[str, set[int]] = {}  # key -> cores seeking it
        self._ranked: dict[int, _Ranking] = {}
        self._lock = threading.Lock()  # over the rankings' reading of their streams
        self._cores: dict[int, set[int]] = {}  # need core -> the cores it may meet
        self._tiers: dict[int, list[Tier]] = {}  # need core -> those cores in tiers
        self._layout: Layout | None = None  # the offer profiles, laid out for tiers
        for offer_id, text in offers:
            reading = read(text, "offer")
            self._reading[offer_id] = reading
            pid = profile(reading)
            group = self._groups.get(pid)
            if group is None:
                group = self._groups[pid] = []
                core = core_of(pid)
                for m in BY_ID[pid][0]:
                    if m.side == PROVIDE:
                        for key in provide_keys(m):
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
            facets = BY_ID[pid][1]
            by_facets.setdefault(core_of(pid), {}).setdefault(
                tuple(sorted(facets.items())), []).append(pid)
        self._by_core: dict[int, _Groups] = {
            core: [(BY_ID[pids[0]][1], pids) for pids in groups.values()]
            for core, groups in by_facets.items()}
        self._core_scores = CoreScores(self._by_core)

    def __len__(self) -> int:
        return len(self._reading)

    def _rank(self, need_pid: int) -> _Ranking:
        ranked = self._ranked.get(need_pid)
        if ranked is None:
            need_core = core_of(need_pid)
            cores = self._cores.get(need_core)
            if cores is None:  # what a need's core meets depends on its mentions alone
                cores = self._cores[need_core] = self._meeting(BY_ID[need_pid][0])
            found = self._tiers.get(need_core)
            if found is None and not BY_ID[need_pid][2]:  # tiers: for no topic words only
                found = self._tiers[need_core] = self._tiered(need_core, cores)
            ranked = self._ranked[need_pid] = _Ranking(need_pid, cores, self._by_core,
                                                       self._group_position, found or [],
                                                       self._lock)
        return ranked

    def _tiered(self, need_core: int, cores: set[int]) -> list[Tier]:
        """The cores among ``cores`` that ``need_core`` meets, in tiers of their pair's
        value, best first."""
        scores = self._core_scores.of(need_core)
        by_value: dict[float, dict[int, Best]] = {}
        for core in cores:
            best = scores.get(core)
            if best is not None:
                by_value.setdefault(best[0], {})[core] = best
        if self._layout is None:
            self._layout = Layout(self._by_core, self._group_position)
        return [Tier(value, bests, self._layout)
                for value, bests in sorted(by_value.items(), reverse=True)]

    def _meeting(self, mentions: tuple[Mention, ...]) -> set[int]:
        """The cores filed under a key these mentions look for or answer to."""
        cores: set[int] = set()
        for m in mentions:
            if m.side == SEEK:
                for key in seek_keys(m):
                    cores |= self._provided.get(key, set())
            else:
                for key in provide_keys(m):
                    cores |= self._sought.get(key, set())
                if m.key.startswith("job:"):  # someone looking for any work
                    cores |= self._sought.get("job:any", set())
                if m.key == "f:recruiter":
                    cores |= {c for k, cs in self._sought.items()
                              if k.startswith("job:") for c in cs}
        return cores

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
