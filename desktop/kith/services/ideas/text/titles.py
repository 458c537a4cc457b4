"""Roles and titles: which service a title, a verb or an activity stands for.

A title or a verb with no family links to its service through agent-noun
morphology (``tables.BASES``): "writes" -> writer, "landscaping" ->
landscaper, "photography" -> photographer, and a title no table knows is read
by its form where a title stands ("a jeweler"); a plain noun does not
("landscapes" is no landscaper, "books" no bookbinder). Also told here: whether
words name a person, a thing worked on, or a kind of thing ("coach company").
"""

from __future__ import annotations

from collections.abc import Sequence

from kith.services.ideas.text import concepts
from kith.services.ideas.text.lexicon import Word, phrase_key, roles
from kith.services.ideas.text.tables import (
    BASES,
    FACETS,
    FAMILY_OF_TITLE,
    GENERIC,
    TABLE,
    agent_base,
    norm,
)

STOP = concepts.STOPWORDS
PERSONISH = frozenset("nanny vet coach tutor chef cook guide dj pt gp cpa cfo cto cmo hr pr "
                      "ux ui seo student".split())
_AS_VERB_AFTER = frozenset("can to i we who and also will she he they".split())
_NOUN_OK = frozenset("service services business work help lesson lessons".split())
_BEFORE_A_TITLE = frozenset("a an good local experienced freelance qualified professional "
                            "reliable trusted certified".split())
_AFTER_A_TITLE = frozenset("for to in near with who available".split())
_GENERIC_HEADS = frozenset("manager assistant officer worker operator technician consultant "
                           "specialist engineer supervisor inspector controller administrator "
                           "director executive clerk attendant hand man keeper maker fitter "
                           "adviser advisor analyst coordinator agent".split())
_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty "
                    "couple several few".split())


def activity(words: Sequence[Word], i: int) -> str | None:
    """The service key of a verb or activity noun with no family ("writes", "landscaping",
    "photography"), through the occupation a person doing it is called by."""
    w = words[i]
    raw = w.raw
    follower = words[i + 1].lemma if i + 1 < len(words) else ""
    if raw.endswith("ing") and len(raw) > 5:
        if follower and follower not in STOP and follower not in _NOUN_OK \
                and not TABLE.get((follower,)):
            return None  # "sailing boat", "running shoes": a kind of thing
        base = raw[:-3]
    elif raw.endswith(("ry", "phy")) and len(raw) > 5:
        base = raw[:-2] if raw.endswith("ry") else raw[:-1]
    elif (i == 0 and w.lemma != raw) or (i > 0 and words[i - 1].raw in _AS_VERB_AFTER):
        base = w.lemma  # a verb where verbs stand: "writes books", "can restore"
    else:
        return None
    return BASES.get(norm(base))


def unknown_agent(words: Sequence[Word], i: int) -> str | None:
    """A title no table knows, read by its form where a title stands: "a jeweler", an
    offer opening with "jeweller" (-er, -or, -ist, -ian: the one who does it)."""
    w = words[i]
    if len(w.raw) < 6 or not w.raw.isalpha() or w.raw in STOP or (w.lemma,) in roles() \
            or TABLE.get((w.lemma,)) or (w.lemma,) in FACETS:
        return None
    if not (i == 0 or words[i - 1].raw in _BEFORE_A_TITLE):
        return None
    if i + 1 < len(words) and words[i + 1].raw not in _AFTER_A_TITLE:
        return None  # "a sticker album": a kind of thing
    base = agent_base(w.raw)
    if base is None:
        return None
    if base[-2:-1] == base[-1:]:
        base = base[:-1]  # "jeweller" and "jeweler"
    return BASES.get(base, f"a:{base}")


def is_object(key: tuple[str, ...], raws: list[str]) -> bool:
    """A thing or a problem ("locks", "boiler", "hot water"), not a trade or a service."""
    if key in roles():
        return False
    for raw in raws:
        if raw.endswith(("ing", "ry", "ics", "tion", "ancy")) or agent_base(raw) \
                or raw in PERSONISH:
            return False
    return True


def is_person(written: str) -> bool:
    """Whether words as written end in a person ("a plumber", "a nanny")."""
    words = phrase_key(written)
    return bool(words) and ((words[-1],) in roles() or words[-1] in PERSONISH
                            or (words[-1],) in FAMILY_OF_TITLE and agent_base(words[-1])
                            is not None)


def describes_other(words: Sequence[Word], e: int, family: str) -> bool:
    """Whether the words after a family phrase name another person it only describes."""
    for w in words[e:e + 2]:
        if w.lemma in _GENERIC_HEADS:
            return False
        if (w.lemma,) in roles() or w.raw in PERSONISH:
            return FAMILY_OF_TITLE.get((w.lemma,)) != family
        if w.lemma in STOP or TABLE.get((w.lemma,)):
            return False
    return False


def title_keys(k: str, v: str) -> list[str]:
    """A longer title also names its trade: "domestic cleaner" is a cleaner, "PR
    consultant" does PR."""
    if k != "R" or " " not in v:
        return []
    words = v.split()
    out = []
    head = (words[-1],)
    if head in FAMILY_OF_TITLE:
        out.append(f"f:{FAMILY_OF_TITLE[head]}")
    else:
        base = agent_base(words[-1])
        if base and base in BASES and words[-1] not in _GENERIC_HEADS:
            out.append(BASES[base])
    for w in words[:-1]:
        if (w,) in FAMILY_OF_TITLE and not is_object((w,), [w]):
            out.append(f"f:{FAMILY_OF_TITLE[(w,)]}")
    return out


def modifier(words: Sequence[Word], e: int) -> bool:
    """Whether the word at ``e`` makes the title before it a kind of thing ("coach company")."""
    nxt = words[e]
    return (nxt.lemma not in STOP and nxt.raw not in STOP and not nxt.raw.isdigit()
            and nxt.raw not in _COUNTS  # "a nanny three days a week"
            and not nxt.raw.endswith(("ing", "ed")) and not TABLE.get((nxt.lemma,))
            and (nxt.lemma,) not in FACETS and not nxt.capital and len(nxt.raw) > 2
            and (nxt.lemma,) not in roles())


def key_of(k: str, v: str) -> tuple[str, bool, str]:
    """(service key, generic, how) of a table entry ``(k, v)``."""
    if k in ("F", "V"):
        return f"f:{v}", v in GENERIC, "role" if k == "F" else "service"
    if k == "A":
        return v, v.startswith("f:") and v[2:] in GENERIC, "service"
    title = v.split()
    if len(title) == 1:
        base = agent_base(title[0])
        return (BASES.get(base, f"t:{v}") if base else f"t:{v}"), False, "role"
    return f"t:{v}", False, "role"
