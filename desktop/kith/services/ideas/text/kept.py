"""Readings kept across runs, so that the first prompts after a start do not read
every need and offer again.

``reader.read`` reads each text once per run; ``load(path)`` fills it with the
readings kept in ``path`` (a file beside the database) and ``save(path, used)``
appends those read since, one JSON line each, rewriting the file without the
texts no longer in use when they outnumber the rest. The first line names the
version of the reader (a hash of its code, tables and the lemmatiser's
version): a file from another version is ignored and replaced. A line that does
not read as a reading (a torn write, an edit by hand) is skipped. The file
holds need and offer texts, so it is private (0600) like the database.

Reading 20,000 texts takes ~1.6 s on a busy machine; loading them ~0.2 s.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

import simplemma

from kith.private_files import make_private, write_private_text
from kith.services.ideas.text import reader
from kith.services.ideas.text.mentions import Mention, Reading

_HERE = Path(__file__).parent
# Every module a reading depends on (scope.py was missing before the reader's split).
_SOURCES = ("reader.py", "mentions.py", "lexicon.py", "concepts.py", "tables.py", "titles.py",
            "intent.py", "scope.py", "places.py", "data/roles.tsv")
_KINDS = ("need", "offer")


def version() -> str:
    """What the readings depend on: the reader's code and tables, the lemmatiser."""
    digest = hashlib.sha256(str(getattr(simplemma, "__version__", "")).encode())
    for name in _SOURCES:
        digest.update((_HERE / name).read_bytes())
    return digest.hexdigest()[:16]


_state: dict[str, object] = {"path": None, "lines": 0, "version": None}


def _encode(key: tuple[str, str], r: Reading) -> str:
    mentions = [[m.key, m.side, m.how, m.written, m.generic, m.hire, m.said]
                for m in r.mentions]
    facets = [[cat, sorted(values)] for cat, values in r.facets]
    return json.dumps([key[0], key[1], mentions, facets, sorted(r.domain)],
                      ensure_ascii=False, separators=(",", ":"))


def _strs(value: object) -> bool:
    return type(value) is list and all(type(v) is str for v in value)


_SIDES = frozenset((reader.SEEK, reader.PROVIDE))
_MENTION = [str, str, str, str, bool, bool, str]  # the types of a mention's fields
_new = object.__new__


def _mention(row: object) -> Mention | None:
    # The types compared at once (JSON gives exactly these; a bool is no str): 12,000
    # readings hold 40,000 mentions, and the checks one by one were a third of loading.
    if type(row) is not list or list(map(type, row)) != _MENTION or row[1] not in _SIDES:
        return None
    # Filled in directly: the frozen dataclass's __init__ sets each field through
    # object.__setattr__, 43 ms for those 40,000 against 20 ms (the same mention:
    # equal, same hash; tests/services/ideas/test_kept_readings.py).
    mention = _new(Mention)
    fields = mention.__dict__
    (fields["key"], fields["side"], fields["how"], fields["written"], fields["generic"],
     fields["hire"], fields["said"]) = row
    return mention


_Facets = tuple[tuple[str, frozenset[str]], ...]


def _facets(raw: list[object], known: dict[str, _Facets]) -> _Facets | None:
    """The facets of a reading; equal ones (a few hundred among thousands) made once."""
    if not raw:
        return ()
    name = repr(raw)  # a key for equal facets (json.dumps took as long as the rest)
    found = known.get(name)
    if found is not None:
        return found
    facets = []
    for facet in raw:
        if type(facet) is not list or len(facet) != 2 or type(facet[0]) is not str \
                or not _strs(facet[1]):
            return None
        facets.append((facet[0], frozenset(facet[1])))
    found = known[name] = tuple(facets)
    return found


def _decode(line: str, known: dict[str, _Facets] | None = None
            ) -> tuple[tuple[str, str], Reading] | None:
    try:
        row = json.loads(line)
    except ValueError:
        return None
    if type(row) is not list or len(row) != 5:
        return None
    text, kind, raw_mentions, raw_facets, domain = row
    if type(text) is not str or kind not in _KINDS or type(raw_mentions) is not list \
            or type(raw_facets) is not list or not _strs(domain):
        return None
    mentions = []
    for raw in raw_mentions:
        mention = _mention(raw)
        if mention is None:
            return None
        mentions.append(mention)
    facets = _facets(raw_facets, {} if known is None else known)
    if facets is None:
        return None
    return (text, kind), Reading(text, kind, tuple(mentions), facets, frozenset(domain))


def load(path: Path) -> None:
    """Fill the reader with the readings kept in ``path`` (once per file and run)."""
    if _state["path"] == path:
        return
    _state.update(path=path, lines=0, version=version())
    try:
        with open(path, encoding="utf-8") as stream:
            head = stream.readline()
            try:
                kept_version = json.loads(head).get("version")
            except (ValueError, AttributeError):
                kept_version = None
            if kept_version != _state["version"]:
                return
            lines = 1
            known: dict[str, _Facets] = {}
            for line in stream:
                lines += 1
                found = _decode(line, known)
                if found is not None and found[0] not in reader.KEPT:
                    reader.KEPT[found[0]] = found[1]
            _state["lines"] = lines
    except (OSError, UnicodeDecodeError):
        return


def save(path: Path, used: Iterable[tuple[str, str]]) -> None:
    """Keep the readings of the texts in ``used`` ((text, kind)) that are not in ``path``
    yet. Failing to write is no error: the texts are read again next time."""
    used = [key for key in dict.fromkeys(used) if key in reader.KEPT]
    if _state["path"] != path:
        load(path)
    fresh = [key for key in used if key in reader.FRESH]
    lines = int(str(_state["lines"]))
    try:
        if lines == 0 or lines > 2 * len(used) + 1000:
            head = json.dumps({"version": _state["version"]})
            body = "".join(_encode(k, reader.KEPT[k]) + "\n" for k in used)
            write_private_text(path, head + "\n" + body)
            _state["lines"] = 1 + len(used)
        elif fresh:
            with open(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW,
                              0o600), "a", encoding="utf-8") as stream:
                stream.write("".join(_encode(k, reader.KEPT[k]) + "\n" for k in fresh))
            make_private(path)
            _state["lines"] = lines + len(fresh)
    except OSError:
        return
    reader.FRESH.difference_update(used)
