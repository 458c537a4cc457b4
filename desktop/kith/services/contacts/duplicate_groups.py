"""The duplicate finder's groups: pairs of people likely to be one, joined without
chaining (``kith.services.contacts.duplicates`` finds the pairs)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kith.services.contacts.duplicate_reasons import Reason

JOIN_MIN = 0.7  # a weaker pair (a name alone) never makes a group bigger than two


@dataclass
class Group:
    """People likely to be one person: ``contact_ids`` (the lowest id first, the one a
    merge keeps by default), the best pair's ``score`` (0..1) and why (``why``, strongest
    first; ``reason``: in English, what they all share, or who shares what with the
    ``anchor``). Everyone but the ``anchor`` matches the anchor directly: ``shares``
    holds what each of them shares with it (strongest first)."""

    contact_ids: list[int]
    score: float
    reason: str
    why: list[Reason] = field(default_factory=list)
    anchor: int = 0
    shares: dict[int, list[Reason]] = field(default_factory=dict)

    @property
    def reasons(self) -> list[str]:
        return [r.english() for r in self.why]

    def as_json(self) -> dict[str, object]:
        return {"contact_ids": self.contact_ids, "score": round(self.score, 3),
                "reason": self.reason}


def group_pairs(scored: dict[tuple[int, int], tuple[float, list[Reason]]],
                not_same: set[tuple[int, int]], minimum: float,
                names: dict[int, str]) -> list[Group]:
    """Pairs into groups, strongest first, each group a *star*: everyone in it matches
    one person (its ``anchor``) directly, so that what each shares with them explains
    the group (no chains: A and B by one phone, B and C by another, C and D...). A weak
    pair never makes a group bigger than two, and no group holds two people the user
    said are different."""
    apart: dict[int, set[int]] = defaultdict(set)
    for a, b in not_same:
        apart[a].add(b)
        apart[b].add(a)
    found: list[_Star] = []
    star_of: dict[int, _Star] = {}
    order = sorted(scored.items(), key=lambda item: (-item[1][0], item[0]))
    for (a, b), (score, reasons) in order:
        if score < minimum:
            continue
        sa, sb = star_of.get(a), star_of.get(b)
        if sa is None and sb is None:
            star = _Star(a, {b: (score, reasons)})
            found.append(star)
            star_of[a] = star_of[b] = star
            continue
        if sa is not None and sb is not None or score < JOIN_MIN:
            continue
        grown, at, newcomer = (sa, a, b) if sa is not None else (sb, b, a)
        assert grown is not None
        if not grown.may_join(at, newcomer, apart[newcomer]):
            continue
        grown.links[newcomer] = (score, reasons)
        star_of[newcomer] = grown
    groups = [star.group(names) for star in found]
    groups.sort(key=lambda g: (-g.score, g.contact_ids))
    return groups


@dataclass
class _Star:
    """A group being built: its anchor and each other member's (score, reasons) with it."""

    anchor: int
    links: dict[int, tuple[float, list[Reason]]]

    def may_join(self, at: int, newcomer: int, apart: set[int]) -> bool:
        """Whether ``newcomer``, matching ``at``, joins: ``at`` must be the anchor (in a
        pair, either one becomes it) and the pair strong enough to grow a group."""
        if len(self.links) == 1 and at != self.anchor:
            ((other, link),) = self.links.items()
            if at != other or link[0] < JOIN_MIN:
                return False
            self.anchor, self.links = other, {self.anchor: link}
        if at != self.anchor or next(iter(self.links.values()))[0] < JOIN_MIN:
            return False
        return not apart & {self.anchor, *self.links}

    def group(self, names: dict[int, str]) -> Group:
        ranked = sorted(self.links.items(), key=lambda item: (-item[1][0], item[0]))
        words: dict[str, Reason] = {}
        for _, (_, rs) in ranked:
            for r in rs:
                words.setdefault(r.english(), r)
        why = list(words.values())
        shares = {member: rs for member, (_, rs) in self.links.items()}
        common = set.intersection(*({r.english() for r in rs} for rs in shares.values()))
        if common:  # everyone shares it (one e-mail), or a pair
            reason = "; ".join([r.english() for r in why if r.english() in common][:3])
        else:  # each shares something else with the anchor: say who shares what
            reason = "; ".join(f"{names.get(self.anchor, '?')} and {names.get(m, '?')}: "
                               f"{rs[0].english()}" for m, rs in sorted(shares.items()))
        return Group(sorted([self.anchor, *self.links]), ranked[0][1][0], reason, why,
                     self.anchor, shares)
