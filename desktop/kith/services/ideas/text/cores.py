"""One need core against every offer core of an index at once: ``pair.core_score`` turned
inside out.

``core_score(need, offer, False)`` looks, for each pair, up each key a sought
mention looks for among what the other side provides. An index of thousands of
offers has hundreds of cores, and a need's core meets most of those it shares a
key with: scored pair by pair, the first prompts of a run looked up ~86,000
pairs. ``CoreScores`` indexes the offers' cores by key once, so that a need's
core walks its own keys once and meets every offer core filed under them: the
same strengths, taken in the same order per pair (the first strongest wins, as
in ``core_score``), so the results are exactly ``core_score``'s.
"""

from __future__ import annotations

from collections.abc import Iterable

from kith.services.ideas.text.mentions import Mention
from kith.services.ideas.text.pair import Best, _pair_strength, _recruits
from kith.services.ideas.text.profiles import INDEXED

_FLIP = 0.9  # what the offer's writer seeks, the need's provides (as ``core_score``)


def _providers(core: int) -> tuple[Mention, ...]:
    return tuple(m for ms in INDEXED[core][1].values() for _, m in ms)


class CoreScores:
    """``core_score(need_core, offer_core, False)`` for every offer core of an index."""

    def __init__(self, offer_cores: Iterable[int]) -> None:
        self._ids: dict[Mention, int] = {}  # equal mentions, one number: strengths by pairs
        # key -> (offer core, index of the provided mention, its number, it), per core in order
        self._provided: dict[str, list[tuple[int, int, int, Mention]]] = {}
        # key -> (offer core, index of the sought mention, of the key among its keys, it)
        self._sought: dict[str, list[tuple[int, int, int, int, Mention]]] = {}
        for core in offer_cores:
            seeks, provides = INDEXED[core]
            for key, found in provides.items():
                self._provided.setdefault(key, []).extend(
                    (core, j, self._id(p), p) for j, p in found)
            for i, s, keys in seeks:
                n = self._id(s)
                for k, key in enumerate(keys):
                    self._sought.setdefault(key, []).append((core, i, k, n, s))
        self._strength: dict[tuple[int, int], float] = {}  # (sought, provided) numbers
        self._providers: dict[int, tuple[Mention, ...]] = {}
        self._recruits: dict[tuple[int, int], bool] = {}  # (sought, provider core)
        self._met_by: dict[int, dict[int, tuple[float, int]]] = {}  # sought -> ``_meeting``

    def _id(self, m: Mention) -> int:
        return self._ids.setdefault(m, len(self._ids))

    def _met(self, s: Mention, sn: int, p: Mention, pn: int, provider: int) -> float:
        """``core_score``'s strength of provided ``p`` (of core ``provider``) for ``s``
        (``sn``, ``pn``: their numbers)."""
        strength = self._strength.get((sn, pn))
        if strength is None:
            strength = self._strength[(sn, pn)] = _pair_strength(s, p, False)
        if strength and p.key == "f:recruiter":
            asked = (sn, provider)
            recruits = self._recruits.get(asked)
            if recruits is None:
                providers = self._providers.get(provider)
                if providers is None:
                    providers = self._providers[provider] = _providers(provider)
                recruits = self._recruits[asked] = _recruits(s, providers)
            if not recruits:
                return 0.0
        return strength

    def _meeting(self, s: Mention, keys: list[str]) -> dict[int, tuple[float, int]]:
        """Offer core -> (strength, provided mention) of the first strongest meeting the
        sought ``s`` (``keys``: those it looks for; the same for equal mentions): many
        needs' cores seek one thing, each with other words beside."""
        sn = self._id(s)
        found = self._met_by.get(sn)
        if found is None:
            found = self._met_by[sn] = {}
            for key in keys:
                for core, j, pn, p in self._provided.get(key, ()):
                    strength = self._met(s, sn, p, pn, core)
                    if strength and strength > found.get(core, (0.0,))[0]:
                        found[core] = (strength, j)
        return found

    def of(self, need_core: int) -> dict[int, Best]:
        """Offer core -> its best pair with ``need_core`` (those above nothing only)."""
        seeks, provides = INDEXED[need_core]
        best: dict[int, Best] = {}
        for i, s, keys in seeks:  # the need seeks, an offer provides: the first best wins
            met = self._meeting(s, keys)
            if not best:
                best = {core: (strength, i, j, False) for core, (strength, j) in met.items()}
                continue
            for core, (strength, j) in met.items():
                if strength > best.get(core, (0.0,))[0]:
                    best[core] = (strength, i, j, False)
        # the offer's writer seeks, the need's provides: the same order as core_score's
        # (sought mention, its key, the provided one), a pair taking over only when stronger
        flipped: dict[int, tuple[float, tuple[int, int, int], Best]] = {}
        for key, found in provides.items():
            seekers = self._sought.get(key)
            if not seekers:
                continue
            for position, (j, p) in enumerate(found):
                pn = self._id(p)
                for core, i, k, sn, s in seekers:
                    strength = self._met(s, sn, p, pn, need_core) * _FLIP
                    if not strength:
                        continue
                    order = (i, k, position)
                    had = flipped.get(core)
                    if had is None or strength > had[0] or (strength == had[0]
                                                            and order < had[1]):
                        flipped[core] = (strength, order, (strength, i, j, True))
        for core, (strength, _, pair) in flipped.items():
            if strength > best.get(core, (0.0,))[0]:
                best[core] = pair
        return best
