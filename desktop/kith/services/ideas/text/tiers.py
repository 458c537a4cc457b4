"""The offer profiles a need's core meets, in tiers of their pair's value, read lazily.

For a need naming no topic words, ``pair_score`` of an offer profile is its
core's pair value (``core_score``), plus 0.1 when the two share a facet's
value, and nothing when they disagree on one (a facet other than the
``UNORDERED``). So within a tier (the offer cores whose pair has one value) a
profile scores one of two values: ``high`` when it shares a facet, ``low``
otherwise. A ``Layout`` holds each offer core's profiles in the offers' order
and the groups by facet value, made once per index; ``Tier.streams`` gives,
for one need's facets, the profiles scoring ``high`` (found through the facet
values) and those scoring ``low`` (walked in order, skipping the others), each
in the offers' order: the ranking merges them and reads only as far as it is
asked.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator

from kith.services.ideas.text.pair import THRESHOLD, Best

Facets = dict[str, frozenset[str]]
NeedFacets = tuple[tuple[str, frozenset[str], bool], ...]  # (category, values, unordered)
Entry = tuple[int, int, int]  # (position of the offer profile, profile, group)


class Layout:
    """The offer profiles of an index, laid out for tiers: the groups (a core's profiles
    naming the same facets), each core's profiles in the offers' order, and the groups
    by facet value. Made once per index; a tier reads the part of its cores."""

    def __init__(self, by_core: dict[int, list[tuple[Facets, list[int]]]],
                 position: dict[int, int]) -> None:
        self.groups: list[tuple[Facets, int]] = []  # (its facets, its core)
        self.entries: list[list[Entry]] = []  # group -> its profiles, in the offers' order
        self.of_core: dict[int, list[Entry]] = {}  # core -> its profiles, in that order
        self.by_facet: dict[tuple[str, str], list[int]] = {}  # (category, value) -> groups
        for core, groups in by_core.items():
            merged: list[Entry] = []
            for facets, pids in groups:
                g = len(self.groups)
                self.groups.append((facets, core))
                entries = [(position[pid], pid, g) for pid in pids]
                self.entries.append(entries)
                merged += entries
                for cat, values in facets.items():
                    for value in values:
                        self.by_facet.setdefault((cat, value), []).append(g)
            if len(groups) > 1:
                merged.sort()
            self.of_core[core] = merged


class Tier:
    """The offer cores whose pair with a need's core has the value ``value``."""

    def __init__(self, value: float, bests: dict[int, Best], layout: Layout) -> None:
        self.value = value
        self.low = round(min(1.0, value), 3)
        self.high = round(min(1.0, value + 0.1), 3)  # the most a profile here scores
        self.bests = bests  # offer core -> its pair with the need's core
        self.layout = layout
        self._merged: list[Entry] | _Merged | None = None

    def best(self, g: int, score: float) -> Best:
        """The pair behind group ``g``'s profiles, scoring ``score``."""
        _, i, j, flip = self.bests[self.layout.groups[g][1]]
        return (score, i, j, flip)

    def streams(self, facets: NeedFacets) -> list[tuple[float, Iterator[Entry]]]:
        """(score, profiles in the offers' order) for a need naming ``facets``."""
        status: dict[int, bool | None] = {}  # group -> scores high, low (False), excluded
        layout = self.layout

        def judge(g: int) -> bool | None:
            if g in status:
                return status[g]
            theirs = layout.groups[g][0]
            found: bool | None = False
            for cat, values, unordered in facets:
                other = theirs.get(cat)
                if other is None:
                    continue
                if values.isdisjoint(other):
                    if not unordered:
                        found = None
                        break
                else:
                    found = True
            status[g] = found
            return found

        def merged() -> Iterator[Entry]:  # the tier's profiles, in the offers' order
            if self._merged is None:  # put in order once for the needs of this core
                lists = [layout.of_core[core] for core in self.bests]
                self._merged = lists[0] if len(lists) == 1 else _Merged(lists)
            return iter(self._merged)

        out: list[tuple[float, Iterator[Entry]]] = []
        if self.high == self.low:  # a shared facet adds nothing: one stream
            if self.low >= THRESHOLD:
                out.append((self.low, (e for e in merged() if judge(e[2]) is not None)))
            return out
        if facets and self.high >= THRESHOLD:
            groups = layout.groups
            shared = {g for cat, values, _ in facets for value in values
                      for g in layout.by_facet.get((cat, value), ())
                      if groups[g][1] in self.bests}
            high = [layout.entries[g] for g in shared if judge(g)]
            if high:
                out.append((self.high, iter(high[0]) if len(high) == 1 else _merge(high)))
        if self.low >= THRESHOLD:
            out.append((self.low, (e for e in merged() if judge(e[2]) is False)))
        return out


def _merge(lists: list[list[Entry]]) -> Iterator[Entry]:
    """The entries of sorted, non-empty lists, in order (``heapq.merge`` without its
    set-up per list: a tier of 45 cores is opened thousands of times, read a few steps)."""
    heap = [(entries[0], 0, n) for n, entries in enumerate(lists)]
    heapq.heapify(heap)
    while heap:
        entry, i, n = heap[0]
        yield entry
        i += 1
        entries = lists[n]
        if i < len(entries):
            heapq.heapreplace(heap, (entries[i], i, n))
        else:
            heapq.heappop(heap)


class _Merged:
    """The entries of sorted lists in order, merged as far as read (by any reader)."""

    def __init__(self, lists: list[list[Entry]]) -> None:
        self._done: list[Entry] = []
        self._more = _merge(lists)

    def __iter__(self) -> Iterator[Entry]:
        done = self._done
        i = 0
        while True:
            if i == len(done):
                entry = next(self._more, None)
                if entry is None:
                    return
                done.append(entry)
            yield done[i]
            i += 1
