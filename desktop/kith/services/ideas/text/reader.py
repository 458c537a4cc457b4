"""Reading a need or an offer as who seeks or provides what.

``read(text, kind)`` gives a ``Reading``: the roles and services the text
*seeks* and those it *provides* (each a ``Mention`` with its keys and its
words as written), the facets it names (place, language, animal...) and its
other content words (the domain: kitchen, boats, startups). Each text is read
once a run (``KEPT``; ``kept`` keeps them across runs).

This module walks a text clause by clause; the parts it uses each do one job:

1. ``lexicon``: words folded, typos read as the word meant, lemmas ("books"
   -> "book", while "bookbinder" stays itself), clauses.
2. ``tables``: phrases found longest first: markers of intent ("looking for",
   "hiring", "happy to", "selling"), service families (``concepts``), places,
   facets and occupation titles from the ONS occupation index
   (``data/roles.tsv``, Open Government Licence v3.0).
3. ``titles``: a title or a verb with no family linked to its service by
   agent-noun morphology ("writes" -> writer); persons told from things.
4. ``intent``: sides, clause by clause: a need seeks and an offer provides
   unless the wording says otherwise; a title before "looking for" describes
   the writer ("pharmacist looking for a new position" provides a pharmacist
   and seeks a job); hiring provides a job, selling seeks a buyer.
5. ``scope`` and ``places``: work on a thing (a problem, a trade's scope), a
   place no list knows, an offer not taking work.
"""

from __future__ import annotations

from kith.services.ideas.text import places, scope
from kith.services.ideas.text.intent import Intent, goods_roles, jobs
from kith.services.ideas.text.lexicon import Word, clauses, roles
from kith.services.ideas.text.mentions import PROVIDE, SEEK, Mention, Reading
from kith.services.ideas.text.tables import FACETS, KNOWN_WORDS, Entry, facets_at, lookup
from kith.services.ideas.text.titles import (
    PERSONISH,
    STOP,
    activity,
    describes_other,
    is_object,
    key_of,
    modifier,
    title_keys,
    unknown_agent,
)

__all__ = ["FRESH", "KEPT", "PROVIDE", "SEEK", "Mention", "Reading", "read"]

_SELF_FILL = frozenset("a an the my our".split())
_DESIGNS = frozenset({"f:graphic", "f:ux", "f:web", "f:interior"})
_SPEAKS = frozenset("native fluent bilingual speaks speaker".split())
_PREPOSITIONS = frozenset("for about with on at in of from".split())
_TEACHING_NOUNS = frozenset("class classes lesson lessons course courses workshop workshops "
                            "tuition".split())
_PASSIVE = frozenset("need want require seek".split())

KEPT: dict[tuple[str, str], Reading] = {}  # (text, kind) -> its reading, this run or kept
FRESH: set[tuple[str, str]] = set()  # those read in this run (``kept`` saves them)
_KEEP_AT_MOST = 200_000

Found = list[tuple[int, int, list[Entry]]]  # (start, end, entries) of each phrase in a clause
Markers = list[tuple[int, int, str]]  # (start, end, kind) of each marker in a clause


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


def _written(text: str, words: list[Word], i: int, j: int) -> str:
    if i > 0 and words[i - 1].raw in _SELF_FILL:
        i -= 1
    return text[words[i].start:words[j - 1].end]


def _phrases(words: list[Word]) -> Found:
    """The phrases of a clause, longest first, and the activities and titles read by form."""
    found: Found = []
    i = 0
    while i < len(words):
        length, entries = lookup(words, i)
        if length:
            found.append((i, i + length, entries))
            i += length
            continue
        service = activity(words, i) or unknown_agent(words, i)
        if service:
            found.append((i, i + 1, [("A", service)]))
        i += 1
    return found


def _seeks_work(markers: Markers, found: Found) -> bool:
    """"looking for a new position", "... nursing jobs": a job word soon after a seek."""
    for _s, e, v in markers:
        if v == "SEEK":
            for s2, _, v2 in markers:
                if v2 == "JOBWORD" and e <= s2 <= e + 3 and not any(
                        k == "R" for s3, _, es in found if e <= s3 < s2 for k, _ in es) \
                        and not any(s3 == s2 + 1 and any(k in ("F", "R") for k, _ in es)
                                    for s3, _, es in found):
                    return True
    return False


def _goods(text: str, words: list[Word], markers: Markers, marker_at: set[int],
           used: set[int], said: str) -> list[Mention]:
    """What follows "selling", "wants to buy", "looking for" that nothing names."""
    out: list[Mention] = []
    for _s, e, v in markers:
        if v not in ("OUT", "IN", "SEEK") or e >= len(words):
            continue
        j = e
        while j < len(words) and words[j].raw in STOP and j not in used and j < e + 3:
            j += 1
        if j in used or j in marker_at or (j < len(words) and words[j - 1].raw == "to"):
            continue  # "someone to hang some doors": a verb, not goods
        k2 = j
        while k2 < len(words) and words[k2].lemma not in STOP and k2 not in used \
                and k2 not in marker_at and words[k2].raw not in _PREPOSITIONS:
            k2 += 1
        if k2 < len(words) and k2 in used:
            continue  # "a German tutor": a kind of what is sought
        if k2 > j:
            used.update(range(j, k2))
            out.append(Mention(f"g:{words[k2 - 1].lemma}",
                               PROVIDE if v == "OUT" else SEEK, "goods",
                               _written(text, words, j, k2), said=said))
    return out


def _read(text: str, kind: str) -> Reading:
    """Read ``text`` clause by clause, then add what the whole of it implies."""
    default = SEEK if kind == "need" else PROVIDE
    mentions: list[Mention] = []
    facets: dict[str, set[str]] = {}
    domain: set[str] = set()
    hiring = jobseek = False
    job_fields: list[str] = []
    self_fields: list[str] = []
    carried: str | None = None
    parts = clauses(text)
    for words in parts:
        said = text[words[0].start:words[-1].end]
        facets_at(words, facets)  # facets first (they overlap phrases: "python", "react")
        found = _phrases(words)
        markers = [(s, e, v) for s, e, es in found for k, v in es if k == "M"
                   and not any(k2 in ("F", "V") for k2, _ in es)]
        marker_at = {s for s, _, _ in markers}
        first_marker = min((s for s, _, v in markers if v in ("SEEK", "HIRE", "JOBSEEK", "IN",
                                                               "LEARN", "RELOCATE")),
                           default=None)
        local_later = any(v == "LOCAL" for _, _, v in markers)
        out_clause = any(v == "OUT" for _, _, v in markers)
        if _seeks_work(markers, found):  # "looking for a new position", "... nursing jobs"
            jobseek = True
        verbs = {key_of(k, v)[0] for s, e, es in found for k, v in es if k in ("V", "A")}
        state = Intent(carried or default)
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
                        (words[s].lemma,) in roles() or raws[0] in PERSONISH) \
                        and modifier(words, e):
                    continue  # "coach company": not the role
                if e < len(words) and words[e].raw in _TEACHING_NOUNS and k in ("F", "A", "R") \
                        and v != "teaching":
                    continue  # "bookbinding classes": teaching it, not doing it
                if k == "F" and describes_other(words, e, v):
                    continue  # "electrical engineering student": about the student
                this_side = side
                if state.doing and k in ("F", "R") and not words[e - 1].raw.endswith("ing") \
                        and not any(k2 == "V" for k2, _ in entries) and words[s - 1].raw != "to":
                    this_side = SEEK  # "wants to start yoga", not "wants to volunteer"
                key, generic, how = key_of(k, v)
                if this_side == PROVIDE and k == "F" and verbs - {key} and \
                        is_object(tuple(w.lemma for w in words[s:e]), raws):
                    continue  # "makes locks": the making, not a locksmith
                if (state.how in ("OUT", "IN") or (out_clause and is_object(
                        tuple(w.lemma for w in words[s:e]), raws))) and k in ("F", "R") \
                        and key != "f:housing":
                    key, generic, how = f"g:{words[e - 1].lemma}", False, "goods"
                hire = state.hire and this_side == SEEK
                for extra in [key, *title_keys(k, v)]:
                    clause.append(Mention(extra, this_side, how, _written(text, words, s, e),
                                          generic if extra == key else False, hire, said))
                    if this_side == PROVIDE and how in ("role", "service"):
                        self_fields.append(extra)
                    if hire:
                        job_fields.append(extra)
                if this_side == SEEK and sought_at is None:
                    sought_at = s
        # goods: what follows "selling", "wants to buy", "looking for" that nothing names
        clause += _goods(text, words, markers, marker_at, used, said)
        # "native Spanish speaker", "fluent in French": the language itself
        speaks = next((i for i, w in enumerate(words) if w.raw in _SPEAKS), None)
        if "language" in facets and speaks is not None:
            side = PROVIDE if first_marker is not None and speaks < first_marker \
                else state.side
            clause.append(Mention("f:language", side, "service", "", True, said=said))
        # names after "intro to someone at", "used to work at": Stripe, Acme
        for i, w in enumerate(words):
            if w.capital and i and i not in used and i not in marker_at and \
                    w.lemma not in STOP and (w.lemma,) not in FACETS:
                before = [v for s, e, v in markers if e <= i]
                if before and before[-1] in ("RELOCATE", "LOCAL"):
                    clause.append(Mention(f"place:{w.lemma}", SEEK if before[-1] == "RELOCATE"
                                          else PROVIDE, "place", w.raw, said=said))
        for place in places.named_places(words, KNOWN_WORDS):
            facets.setdefault("place", set()).add(place)
        hiring = hiring or state.hire
        mentions += clause
        if found and found[-1][1] == len(words) and found[-1][0] in marker_at \
                and state.how in ("SEEK", "HIRE"):
            carried = state.side  # "We're hiring: ..." carries on
        for i, w in enumerate(words):
            if i not in marker_at and len(w.raw) >= 3 and w.lemma not in STOP \
                    and w.raw not in STOP and not w.raw.isdigit():
                domain.add(w.lemma)
    if kind == "offer" and places.unavailable(text):  # "plumber, no longer working"
        mentions = [m for m in mentions if m.side == SEEK]
    mentions += scope.mentions(text, kind, parts, mentions)
    mentions = jobs(mentions, hiring, jobseek, job_fields, self_fields)
    mentions = goods_roles(mentions)
    if any(m.key in _DESIGNS for m in mentions):  # "a logo designed": graphic design
        mentions = [m for m in mentions if m.key != "f:design"]
    sought = {m.key for m in mentions if m.side == SEEK and not m.key.startswith("job:")}
    mentions = [m for m in mentions if m.side == SEEK or m.key not in sought]
    return Reading(text, kind, tuple(dict.fromkeys(mentions)),
                   tuple(sorted((c, frozenset(v)) for c, v in facets.items())),
                   frozenset(domain))
