"""Reading a need or an offer as who seeks or provides what.

``read(text, kind)`` gives a ``Reading``: the roles and services the text
*seeks* and those it *provides* (each a ``Mention`` with its keys and its
words as written), the facets it names (place, language, animal...) and its
other content words (the domain: kitchen, boats, startups).

1. Words are folded, typos read as the word meant (``rapidfuzz`` against the
   reader's vocabulary) and reduced to lemmas (``simplemma``): "books" ->
   "book", while "bookbinder" stays itself.
2. Phrases are found longest first: markers of intent ("looking for",
   "hiring", "happy to", "selling"), service families (``concepts``), and
   occupation titles from the ONS occupation index (``data/roles.tsv``, Open
   Government Licence v3.0). A title or a verb with no family links to its
   service through agent-noun morphology: "writes" -> writer, "landscaping" ->
   landscaper, "photography" -> photographer; a plain noun does not
   ("landscapes" is no landscaper, "books" no bookbinder).
3. Sides, clause by clause: a need seeks and an offer provides unless the
   wording says otherwise. What comes after "looking for", "needs", "hiring"
   is sought; a title before such words describes the writer ("pharmacist
   looking for a new position" provides a pharmacist and seeks a job);
   "happy to", "can", "keen to give" provide; "selling X" provides X to a
   buyer, "wants to buy X" seeks it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kith.services.ideas.text import concepts, scope
from kith.services.ideas.text.lexicon import (
    correct,
    lemma,
    phrase_key,
    roles,
    set_vocabulary,
    tokens,
)

SEEK, PROVIDE = "S", "P"


@dataclass(frozen=True)
class Mention:
    """One thing a text seeks or provides."""

    key: str  # "f:plumbing", "a:photograph", "t:boat builder", "g:bike", "job:software", ...
    side: str  # SEEK or PROVIDE
    how: str  # role | service | goods | job | place | learn
    written: str  # the words as written ("a heating engineer", "fix an old sailing boat")
    generic: bool = False  # met only when both texts share what is worked on
    hire: bool = False  # sought by hiring / provided by someone looking for work
    said: str = ""  # the clause that says it, as written


@dataclass(frozen=True, eq=False)  # one per text and kind (cached): identity is enough
class Reading:
    text: str
    kind: str
    mentions: tuple[Mention, ...]
    facets: tuple[tuple[str, frozenset[str]], ...]
    domain: frozenset[str]

    @property
    def seeks(self) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.side == SEEK)

    @property
    def provides(self) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.side == PROVIDE)


# ------------------------------------------------------------------------ tables

def _split(phrases: str) -> list[str]:
    return [p.strip() for p in phrases.split("|") if p.strip()]


Entry = tuple[str, str]  # (M marker | F family | V verb | R role | P place, value)
_TABLE: dict[tuple[str, ...], list[Entry]] = {}
_FACETS: dict[tuple[str, ...], list[tuple[str, str]]] = {}
_GENERIC: set[str] = set()


def _add(phrase: str, entry: Entry) -> None:
    key = phrase_key(phrase)
    if key and entry not in _TABLE.setdefault(key, []):
        _TABLE[key].append(entry)


for _kind, _phrases in concepts.MARKERS.items():
    for _p in _split(_phrases):
        _add(_p, ("M", _kind))
for _family, _phrases in concepts.FAMILIES.items():
    for _p in _split(_phrases):
        if _p.startswith("*"):
            _GENERIC.add(_family)
            _p = _p[1:]
        _add(_p, ("F", _family))
for _verb, _family in concepts.VERBS.items():
    _add(_verb, ("V", _family))
for _place in concepts.PLACES:
    _add(_place, ("P", concepts.PLACE_ALIASES.get(_place, _place)))
for _alias, _place in concepts.PLACE_ALIASES.items():
    _add(_alias, ("P", _place))
for _cat, _values in concepts.FACETS.items():
    for _value, _phrases in _values.items():
        for _p in _split(_phrases):
            _FACETS.setdefault(phrase_key(_p), []).append((_cat, _value))

_FAMILY_OF_TITLE = {k: e[1] for k, es in _TABLE.items() for e in es if e[0] == "F"}
_SUFFIXES = ("ographer", "er", "or", "ist", "ian", "ant")


def _norm(base: str) -> str:
    if base.endswith(("e", "y")):
        base = base[:-1]
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
        base = base[:-1]
    return base


def _agent_base(word: str) -> str | None:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            kept = word[: -len(suffix)] + ("ograph" if suffix == "ographer" else "")
            return _norm(kept)
    return None


# agent base -> service key: "photograph" -> "f:photo", "bookbind" -> "a:bookbind"
_BASES: dict[str, str] = {}
for _title in roles():
    if len(_title) == 1:
        _base = _agent_base(_title[0])
        if _base:
            family = _FAMILY_OF_TITLE.get(_title)
            _BASES.setdefault(_base, f"f:{family}" if family else f"a:{_base}")
for _phrase, _entries in _TABLE.items():
    for _e in _entries:
        if _e[0] == "F" and len(_phrase) == 1:
            _base = _agent_base(_phrase[0])
            if _base:
                _BASES[_base] = f"f:{_e[1]}"

_KNOWN_WORDS = frozenset(w for k in [*_TABLE, *_FACETS] for w in k)
_ROLE_LENGTHS = (3, 2, 1)
_MAX = max(len(k) for k in _TABLE)
set_vocabulary({w for k in [*_TABLE, *_FACETS] for w in k}
               | {w for t in roles() if len(t) == 1 for w in t})


# ----------------------------------------------------------------------- reading

class _Word:
    __slots__ = ("raw", "lemma", "start", "end", "capital")

    def __init__(self, raw: str, start: int, end: int, capital: bool) -> None:
        self.raw = raw
        self.lemma = lemma(raw)
        self.start = start
        self.end = end
        self.capital = capital


@lru_cache(maxsize=100_000)
def _read_word(raw: str) -> str:
    return correct(raw) or raw


def _clauses(text: str) -> list[list[_Word]]:
    out: list[list[_Word]] = [[]]
    for raw, start, end in tokens(text):
        if not raw or not raw[0].isalnum():
            if out[-1]:
                out.append([])
            continue
        out[-1].append(_Word(_read_word(raw), start, end, text[start:start + 1].isupper()))
    return [c for c in out if c]


def _first_words(*tables: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """First lemma of a phrase -> the lengths of the phrases it starts, longest first."""
    out: dict[str, set[int]] = {}
    for table in tables:
        for key in table:
            out.setdefault(key[0], set()).add(len(key))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


_STARTS = _first_words(_TABLE, roles())
_FACET_STARTS = _first_words(_FACETS)


def _lookup(words: list[_Word], i: int) -> tuple[int, list[Entry]]:
    """The longest phrase at ``i``: (length, entries), roles included."""
    n = len(words)
    for length in _STARTS.get(words[i].lemma, ()):
        if i + length > n:
            continue
        key = tuple(w.lemma for w in words[i:i + length])
        found = _TABLE.get(key)
        if found is not None:
            return length, found
        if length <= 3 and key in roles():
            return length, [("R", " ".join(key))]
    return 0, []


_AS_VERB_AFTER = frozenset("can to i we who and also will she he they".split())
_NOUN_OK = frozenset("service services business work help lesson lessons".split())
_STOP = concepts.STOPWORDS
_WEAK_SEEK = frozenset({("help",), ("help", "with"), ("advice", "on")})
_SELF_FILL = frozenset("a an the my our".split())


def _activity(words: list[_Word], i: int) -> str | None:
    """The service key of a verb or activity noun with no family ("writes", "landscaping",
    "photography"), through the occupation a person doing it is called by."""
    w = words[i]
    raw = w.raw
    follower = words[i + 1].lemma if i + 1 < len(words) else ""
    if raw.endswith("ing") and len(raw) > 5:
        if follower and follower not in _STOP and follower not in _NOUN_OK \
                and not _TABLE.get((follower,)):
            return None  # "sailing boat", "running shoes": a kind of thing
        base = raw[:-3]
    elif raw.endswith(("ry", "phy")) and len(raw) > 5:
        base = raw[:-2] if raw.endswith("ry") else raw[:-1]
    elif (i == 0 and w.lemma != raw) or (i > 0 and words[i - 1].raw in _AS_VERB_AFTER):
        base = w.lemma  # a verb where verbs stand: "writes books", "can restore"
    else:
        return None
    return _BASES.get(_norm(base))


_BEFORE_A_TITLE = frozenset("a an good local experienced freelance qualified professional "
                            "reliable trusted certified".split())
_AFTER_A_TITLE = frozenset("for to in near with who available".split())


def _unknown_agent(words: list[_Word], i: int) -> str | None:
    """A title no table knows, read by its form where a title stands: "a jeweler", an
    offer opening with "jeweller" (-er, -or, -ist, -ian: the one who does it)."""
    w = words[i]
    if len(w.raw) < 6 or not w.raw.isalpha() or w.raw in _STOP or (w.lemma,) in roles() \
            or _TABLE.get((w.lemma,)) or (w.lemma,) in _FACETS:
        return None
    if not (i == 0 or words[i - 1].raw in _BEFORE_A_TITLE):
        return None
    if i + 1 < len(words) and words[i + 1].raw not in _AFTER_A_TITLE:
        return None  # "a sticker album": a kind of thing
    base = _agent_base(w.raw)
    if base is None:
        return None
    if base[-2:-1] == base[-1:]:
        base = base[:-1]  # "jeweller" and "jeweler"
    return _BASES.get(base, f"a:{base}")


def _written(text: str, words: list[_Word], i: int, j: int) -> str:
    if i > 0 and words[i - 1].raw in _SELF_FILL:
        i -= 1
    return text[words[i].start:words[j - 1].end]


_DESIGNS = frozenset({"f:graphic", "f:ux", "f:web", "f:interior"})
_SPEAKS = frozenset("native fluent bilingual speaks speaker".split())
_PREPOSITIONS = frozenset("for about with on at in of from".split())
_TEACHING_NOUNS = frozenset("class classes lesson lessons course courses workshop workshops "
                            "tuition".split())


def _is_object(key: tuple[str, ...], raws: list[str]) -> bool:
    """A thing or a problem ("locks", "boiler", "hot water"), not a trade or a service."""
    if key in roles():
        return False
    for raw in raws:
        if raw.endswith(("ing", "ry", "ics", "tion", "ancy")) or _agent_base(raw) \
                or raw in _PERSONISH:
            return False
    return True


_PERSONISH = frozenset("nanny vet coach tutor chef cook guide dj pt gp cpa cfo cto cmo hr pr "
                       "ux ui seo student".split())
_PASSIVE = frozenset("need want require seek".split())


class _State:
    __slots__ = ("side", "how", "doing", "hire", "hobby")

    def __init__(self, side: str) -> None:
        self.side = side
        self.how = ""
        self.doing = False
        self.hire = False
        self.hobby = False

    def marker(self, marker: str, key: tuple[str, ...], after_to: bool = False) -> None:
        if after_to and self.side == SEEK and marker in ("PROVIDE", "DO", "GIVE"):
            return  # "someone to run our social media"
        if marker in ("SEEK", "IN", "LEARN"):
            if key in _WEAK_SEEK and self.how in ("PROVIDE", "DO", "GIVE"):
                return
            self.side, self.how, self.doing, self.hobby = SEEK, marker, False, False
        elif marker == "HIRE":
            self.side, self.how, self.doing, self.hire, self.hobby = SEEK, marker, False, True, \
                False
        elif marker == "JOBSEEK":
            self.side, self.how, self.doing, self.hobby = PROVIDE, marker, False, False
        elif marker in ("PROVIDE", "OUT", "GIVE"):
            self.side, self.how, self.doing, self.hobby = PROVIDE, marker, False, False
        elif marker == "DO":
            self.side, self.how, self.doing, self.hobby = PROVIDE, marker, True, False
        elif marker == "HOBBY":
            self.hobby = True
        elif marker == "RELOCATE":
            self.side, self.how = SEEK, marker
        elif marker == "LOCAL" and self.how != "RELOCATE":
            self.side, self.how = PROVIDE, marker


KEPT: dict[tuple[str, str], Reading] = {}  # (text, kind) -> its reading, this run or kept
FRESH: set[tuple[str, str]] = set()  # those read in this run (``kept`` saves them)
_KEEP_AT_MOST = 200_000


def read(text: str, kind: str) -> Reading:
    """Read a need (``kind='need'``) or an offer (``'offer'``); each text once."""
    key = (text, kind)
    found = KEPT.get(key)
    if found is None:
        if len(KEPT) >= _KEEP_AT_MOST:
            KEPT.clear()
            FRESH.clear()
        found = KEPT[key] = _read(text, kind)
        FRESH.add(key)
    return found


def _read(text: str, kind: str) -> Reading:
    default = SEEK if kind == "need" else PROVIDE
    mentions: list[Mention] = []
    facets: dict[str, set[str]] = {}
    domain: set[str] = set()
    hiring = jobseek = False
    job_fields: list[str] = []
    self_fields: list[str] = []
    carried: str | None = None
    clauses = _clauses(text)
    for words in clauses:
        said = text[words[0].start:words[-1].end]
        i = 0
        while i < len(words):  # facets first (they overlap phrases: "python", "react")
            for length in _FACET_STARTS.get(words[i].lemma, ()):
                if i + length > len(words):
                    continue
                hit = _FACETS.get(tuple(w.lemma for w in words[i:i + length]))
                if hit:
                    for cat, value in hit:
                        facets.setdefault(cat, set()).add(value)
                    break
            i += 1
        found: list[tuple[int, int, list[Entry]]] = []
        i = 0
        while i < len(words):
            length, entries = _lookup(words, i)
            if length:
                found.append((i, i + length, entries))
                i += length
                continue
            service = _activity(words, i) or _unknown_agent(words, i)
            if service:
                found.append((i, i + 1, [("A", service)]))
            i += 1
        markers = [(s, e, v) for s, e, es in found for k, v in es if k == "M"
                   and not any(k2 in ("F", "V") for k2, _ in es)]
        marker_at = {s for s, _, _ in markers}
        first_marker = min((s for s, _, v in markers if v in ("SEEK", "HIRE", "JOBSEEK", "IN",
                                                               "LEARN", "RELOCATE")),
                           default=None)
        local_later = any(v == "LOCAL" for _, _, v in markers)
        out_clause = any(v == "OUT" for _, _, v in markers)
        for _s, e, v in markers:  # "looking for a new position", "... nursing jobs"
            if v == "SEEK":
                for s2, _, v2 in markers:
                    if v2 == "JOBWORD" and e <= s2 <= e + 3 and not any(
                            k == "R" for s3, _, es in found if e <= s3 < s2 for k, _ in es) \
                            and not any(s3 == s2 + 1 and any(k in ("F", "R") for k, _ in es)
                                        for s3, _, es in found):
                        jobseek = True
        verbs = {_key(k, v)[0] for s, e, es in found for k, v in es if k in ("V", "A")}
        state = _State(carried or default)
        clause: list[Mention] = []
        sought_at: int | None = None
        used: set[int] = set()
        for s, e, entries in found:
            if s in marker_at:
                marker = next(v for k, v in entries if k == "M")
                state.marker(marker, tuple(w.lemma for w in words[s:e]),
                             s > 0 and words[s - 1].raw == "to")
                jobseek = jobseek or marker == "JOBSEEK"
                if marker == "LEARN":
                    clause.append(Mention("f:teaching", SEEK, "learn", "", True, said=said))
                    if "language" in facets:
                        clause.append(Mention("f:language", SEEK, "service", "", True,
                                              said=said))
                continue
            used.update(range(s, e))
            side = state.side
            if first_marker is not None and s < first_marker and state.how == "":
                side = PROVIDE  # "pharmacist looking for ...": the writer
                if e < len(words) and words[e].raw != words[e].lemma \
                        and words[e].lemma in _PASSIVE:
                    side = SEEK  # "babysitter needed"
            if state.hobby:
                continue
            purpose = sought_at is not None and s > sought_at and any(
                words[j].raw in _PREPOSITIONS for j in range(max(0, s - 3), s))
            for k, v in entries:
                if purpose and k != "P":
                    continue  # "a sofa for the new flat": what it is for
                if k == "P":
                    how = state.how or ("LOCAL" if local_later else "")
                    if how in ("RELOCATE", "LOCAL"):
                        clause.append(Mention(f"place:{v}", SEEK if how == "RELOCATE"
                                              else PROVIDE, "place",
                                              _written(text, words, s, e), said=said))
                    facets.setdefault("place", set()).add(v)
                    continue
                if k not in ("F", "V", "R", "A"):
                    continue
                raws = [w.raw for w in words[s:e]]
                if e - s == 1 and e < len(words) and k in ("F", "R") and (
                        (words[s].lemma,) in roles() or raws[0] in _PERSONISH) \
                        and _modifier(words, e):
                    continue  # "coach company": not the role
                if e < len(words) and words[e].raw in _TEACHING_NOUNS and k in ("F", "A", "R") \
                        and v != "teaching":
                    continue  # "bookbinding classes": teaching it, not doing it
                if k == "F" and _describes_other(words, e, v):
                    continue  # "electrical engineering student": about the student
                this_side = side
                if state.doing and k in ("F", "R") and not words[e - 1].raw.endswith("ing") \
                        and not any(k2 == "V" for k2, _ in entries) and words[s - 1].raw != "to":
                    this_side = SEEK  # "wants to start yoga", not "wants to volunteer"
                key, generic, how = _key(k, v)
                if this_side == PROVIDE and k == "F" and verbs - {key} and \
                        _is_object(tuple(w.lemma for w in words[s:e]), raws):
                    continue  # "makes locks": the making, not a locksmith
                if (state.how in ("OUT", "IN") or (out_clause and _is_object(
                        tuple(w.lemma for w in words[s:e]), raws))) and k in ("F", "R") \
                        and key != "f:housing":
                    key, generic, how = f"g:{words[e - 1].lemma}", False, "goods"
                hire = state.hire and this_side == SEEK
                for extra in [key, *_title_keys(k, v)]:
                    clause.append(Mention(extra, this_side, how, _written(text, words, s, e),
                                          generic if extra == key else False, hire, said))
                    if this_side == PROVIDE and how in ("role", "service"):
                        self_fields.append(extra)
                    if hire:
                        job_fields.append(extra)
                if this_side == SEEK and sought_at is None:
                    sought_at = s
        # goods: what follows "selling", "wants to buy", "looking for" that nothing names
        for _s, e, v in markers:
            if v not in ("OUT", "IN", "SEEK") or e >= len(words):
                continue
            j = e
            while j < len(words) and words[j].raw in _STOP and j not in used and j < e + 3:
                j += 1
            if j in used or j in marker_at or (j < len(words) and words[j - 1].raw == "to"):
                continue  # "someone to hang some doors": a verb, not goods
            k2 = j
            while k2 < len(words) and words[k2].lemma not in _STOP and k2 not in used \
                    and k2 not in marker_at and words[k2].raw not in _PREPOSITIONS:
                k2 += 1
            if k2 < len(words) and k2 in used:
                continue  # "a German tutor": a kind of what is sought
            if k2 > j:
                used.update(range(j, k2))
                clause.append(Mention(f"g:{words[k2 - 1].lemma}",
                                      PROVIDE if v == "OUT" else SEEK, "goods",
                                      _written(text, words, j, k2), said=said))
        # "native Spanish speaker", "fluent in French": the language itself
        speaks = next((i for i, w in enumerate(words) if w.raw in _SPEAKS), None)
        if "language" in facets and speaks is not None:
            side = PROVIDE if first_marker is not None and speaks < first_marker \
                else state.side
            clause.append(Mention("f:language", side, "service", "", True, said=said))
        # names after "intro to someone at", "used to work at": Stripe, Acme
        for i, w in enumerate(words):
            if w.capital and i and i not in used and i not in marker_at and \
                    w.lemma not in _STOP and (w.lemma,) not in _FACETS:
                before = [v for s, e, v in markers if e <= i]
                if before and before[-1] in ("RELOCATE", "LOCAL"):
                    clause.append(Mention(f"place:{w.lemma}", SEEK if before[-1] == "RELOCATE"
                                          else PROVIDE, "place", w.raw, said=said))
        for place in scope.named_places(words, _KNOWN_WORDS):
            facets.setdefault("place", set()).add(place)
        hiring = hiring or state.hire
        mentions += clause
        if found and found[-1][1] == len(words) and found[-1][0] in marker_at \
                and state.how in ("SEEK", "HIRE"):
            carried = state.side  # "We're hiring: ..." carries on
        for i, w in enumerate(words):
            if i not in marker_at and len(w.raw) >= 3 and w.lemma not in _STOP \
                    and w.raw not in _STOP and not w.raw.isdigit():
                domain.add(w.lemma)
    if kind == "offer" and scope.unavailable(text):  # "plumber, no longer working"
        mentions = [m for m in mentions if m.side == SEEK]
    mentions += _scope(text, kind, clauses, mentions)
    mentions = _jobs(mentions, hiring, jobseek, job_fields, self_fields)
    mentions = _goods_roles(mentions)
    if any(m.key in _DESIGNS for m in mentions):  # "a logo designed": graphic design
        mentions = [m for m in mentions if m.key != "f:design"]
    sought = {m.key for m in mentions if m.side == SEEK and not m.key.startswith("job:")}
    mentions = [m for m in mentions if m.side == SEEK or m.key not in sought]
    return Reading(text, kind, tuple(dict.fromkeys(mentions)),
                   tuple(sorted((c, frozenset(v)) for c, v in facets.items())),
                   frozenset(domain))


def _is_person(written: str) -> bool:
    words = phrase_key(written)
    return bool(words) and ((words[-1],) in roles() or words[-1] in _PERSONISH
                            or (words[-1],) in _FAMILY_OF_TITLE and _agent_base(words[-1])
                            is not None)


def _scope(text: str, kind: str, clauses: list[list[_Word]],
           mentions: list[Mention]) -> list[Mention]:
    """Work on a thing: sought by a need stating a problem, provided by an offer that
    names what its trade works on (``scope``)."""
    out: list[Mention] = []
    if kind == "need":
        names_a_role = any(m.side == SEEK and (m.how in ("job", "place", "learn")
                                               or m.how == "goods" and not m.written.endswith(
                                                   ("ing", "ed"))
                                               or _is_person(m.written)) for m in mentions)
        for words in clauses:
            said = text[words[0].start:words[-1].end]
            for thing, _ in scope.need_things([words], names_a_role):
                out.append(Mention(f"fix:{thing}", SEEK, "problem", thing, said=said))
    else:
        provides = any(m.side == PROVIDE and m.how in ("role", "service") for m in mentions) \
            and not any(m.how == "goods" for m in mentions)
        for words in clauses:  # said: the whole offer ("plumber, showers and baths")
            for thing in scope.offer_things([words], provides):
                out.append(Mention(f"fix:{thing}", PROVIDE, "scope", thing, said=text))
    return out


def _describes_other(words: list[_Word], e: int, family: str) -> bool:
    """Whether the words after a family phrase name another person it only describes."""
    for w in words[e:e + 2]:
        if w.lemma in _GENERIC_HEADS:
            return False
        if (w.lemma,) in roles() or w.raw in _PERSONISH:
            return _FAMILY_OF_TITLE.get((w.lemma,)) != family
        if w.lemma in _STOP or _TABLE.get((w.lemma,)):
            return False
    return False


def _title_keys(k: str, v: str) -> list[str]:
    """A longer title also names its trade: "domestic cleaner" is a cleaner, "PR
    consultant" does PR."""
    if k != "R" or " " not in v:
        return []
    words = v.split()
    out = []
    head = (words[-1],)
    if head in _FAMILY_OF_TITLE:
        out.append(f"f:{_FAMILY_OF_TITLE[head]}")
    else:
        base = _agent_base(words[-1])
        if base and base in _BASES and words[-1] not in _GENERIC_HEADS:
            out.append(_BASES[base])
    for w in words[:-1]:
        if (w,) in _FAMILY_OF_TITLE and not _is_object((w,), [w]):
            out.append(f"f:{_FAMILY_OF_TITLE[(w,)]}")
    return out


_GENERIC_HEADS = frozenset("manager assistant officer worker operator technician consultant "
                           "specialist engineer supervisor inspector controller administrator "
                           "director executive clerk attendant hand man keeper maker fitter "
                           "adviser advisor analyst coordinator agent".split())


_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty "
                    "couple several few".split())


def _modifier(words: list[_Word], e: int) -> bool:
    nxt = words[e]
    return (nxt.lemma not in _STOP and nxt.raw not in _STOP and not nxt.raw.isdigit()
            and nxt.raw not in _COUNTS  # "a nanny three days a week"
            and not nxt.raw.endswith(("ing", "ed")) and not _TABLE.get((nxt.lemma,))
            and (nxt.lemma,) not in _FACETS and not nxt.capital and len(nxt.raw) > 2
            and (nxt.lemma,) not in roles())


def _key(k: str, v: str) -> tuple[str, bool, str]:
    if k in ("F", "V"):
        return f"f:{v}", v in _GENERIC, "role" if k == "F" else "service"
    if k == "A":
        return v, v.startswith("f:") and v[2:] in _GENERIC, "service"
    title = v.split()
    if len(title) == 1:
        base = _agent_base(title[0])
        return (_BASES.get(base, f"t:{v}") if base else f"t:{v}"), False, "role"
    return f"t:{v}", False, "role"


def _jobs(mentions: list[Mention], hiring: bool, jobseek: bool, job_fields: list[str],
          self_fields: list[str]) -> list[Mention]:
    """Hiring a pharmacist provides a pharmacist's job; a pharmacist looking for work
    seeks one (and provides a pharmacist)."""
    out = list(mentions)
    said = next((m.said for m in mentions if m.hire), "")
    if hiring:
        for key in job_fields or ["any"]:
            out.append(Mention(f"job:{key}", PROVIDE, "job", "", said=said))
    if jobseek:
        fields = self_fields or [m.key for m in mentions if m.how in ("role", "service")]
        said = next((m.said for m in mentions if m.key in fields), "")
        out = [Mention(m.key, PROVIDE, m.how, m.written, m.generic, True, m.said)
               if m.how in ("role", "service") and m.key in fields else m for m in out]
        for key in fields or ["any"]:
            out.append(Mention(f"job:{key}", SEEK, "job", "", said=said))
    return out


def _goods_roles(mentions: list[Mention]) -> list[Mention]:
    """Seeking a flat makes a tenant, selling a bike wants a buyer, and so on."""
    out = list(mentions)
    for m in mentions:
        if m.key == "f:housing":
            out.append(Mention("f:tenant", PROVIDE if m.side == SEEK else SEEK, "role",
                               m.written, said=m.said))
        elif m.how == "goods":
            out.append(Mention(f"buyer:{m.key[2:]}", PROVIDE if m.side == SEEK else SEEK,
                               "role", m.written, said=m.said))
    return out
