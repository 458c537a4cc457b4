"""What matching depends on in a reading, interned as small numbers.

``profile(reading)`` gives a number per distinct (mentions, facets, domain)
that matching looks at, so that scores can be cached by pairs of ints; each
profile's mentions alone make its ``core``, indexed by the keys a sought
mention looks for and a provided one answers to (``seek_keys``,
``provide_keys``: "a designer" is met by a "product designer", a job by a
recruiter...).
"""

from __future__ import annotations

from functools import lru_cache

from kith.services.ideas.text.mentions import SEEK, Mention, Reading

# A speciality -> its trade: a need for either is met by the other.
PARENT = {"f:graphic": "f:design", "f:ux": "f:design", "f:web": "f:design",
          "f:interior": "f:design"}
_THINGS = ("problem", "scope")  # work on a thing: matched apart (``pair.problem_match``)

Profile = tuple[tuple[Mention, ...], dict[str, frozenset[str]], frozenset[str]]
_PROFILES: dict[tuple[object, ...], int] = {}
BY_ID: list[Profile] = []  # profile -> (mentions, facets, domain)


_Part = tuple[str, str, str, bool, bool]  # what matching reads of a mention
_STRIPPED: dict[_Part, Mention] = {}  # one mention per part, shared by the profiles


def _strip(part: _Part) -> Mention:
    found = _STRIPPED.get(part)
    if found is None:
        key, side, how, generic, hire = part
        found = _STRIPPED[part] = Mention(key, side, how, "", generic, hire, "")
    return found


@lru_cache(maxsize=100_000)
def profile(reading: Reading) -> int:
    """A small number for what matching depends on in ``reading``: equal profiles
    score alike, so scores are cached by pairs of ints."""
    # Mentions compared as plain tuples of what matching reads (the words written and
    # said aside): equal tuples, equal stripped mentions, in the same order.
    parts = sorted({(m.key, m.side, m.how, m.generic, m.hire) for m in reading.mentions
                    if m.how not in _THINGS})
    needs_domain = any(generic or key.startswith(("buyer:", "g:")) or key == "f:buyer"
                       for key, _, _, generic, _ in parts)
    domain = reading.domain | {v for _, vs in reading.facets for v in vs} if needs_domain \
        else frozenset()
    key = (tuple(parts), reading.facets, domain)
    found = _PROFILES.get(key)
    if found is None:
        found = _PROFILES[key] = len(BY_ID)
        BY_ID.append((tuple(_strip(part) for part in parts), dict(reading.facets), domain))
    return found


def provide_keys(m: Mention) -> list[str]:
    """The keys under which a provided mention is found."""
    if m.key.startswith("buyer:"):
        return [m.key, "buyer:*"]
    if m.key.startswith("job:"):
        return [m.key, "job:*"]
    if m.key in PARENT:
        return [m.key, PARENT[m.key], "learn:*"]
    if m.how in ("role", "service"):
        return [m.key, "learn:*"]
    return [m.key]


def seek_keys(m: Mention) -> list[str]:
    """The keys a sought mention looks for among those provided."""
    keys = [m.key]
    if m.key in PARENT:
        keys.append(PARENT[m.key])
    if m.key == "f:design":
        keys += [k for k, v in PARENT.items() if v == m.key]
    if m.how == "learn":
        keys.append("learn:*")
    if m.key == "f:buyer":
        keys.append("buyer:*")
    if m.key.startswith("job:"):
        keys += ["f:recruiter", "job:*" if m.key == "job:any" else "job:any"]
    if m.hire:
        keys.append("f:recruiter")
    return keys


Indexed = tuple[list[tuple[int, Mention, list[str]]], dict[str, list[tuple[int, Mention]]]]
_CORES: dict[tuple[Mention, ...], int] = {}
_CORE_OF: list[int] = []  # profile -> core (its mentions alone)
INDEXED: list[Indexed] = []  # core -> sought mentions with their keys, provided by key


def core_of(pid: int) -> int:
    """The core of profile ``pid``: a number per distinct tuple of mentions."""
    while len(_CORE_OF) <= pid:
        mentions = BY_ID[len(_CORE_OF)][0]
        found = _CORES.get(mentions)
        if found is None:
            found = _CORES[mentions] = len(INDEXED)
            seeks: list[tuple[int, Mention, list[str]]] = []
            provides: dict[str, list[tuple[int, Mention]]] = {}
            for i, m in enumerate(mentions):
                if m.side == SEEK:
                    seeks.append((i, m, seek_keys(m)))
                else:
                    for key in provide_keys(m):
                        provides.setdefault(key, []).append((i, m))
            INDEXED.append((seeks, provides))
        _CORE_OF.append(found)
    return _CORE_OF[pid]
