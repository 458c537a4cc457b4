"""The development pairs never repeat a text of the blind set (issue #13).

The blind set (tests/benchmarks/intro_eval/blind.jsonl) measures the matcher on
pairs it was never tuned on; a development text equal to one of its needs or
offers would leak it into the tables the matcher is tuned on.
"""

from __future__ import annotations

import json
from pathlib import Path

from .intro_dev_pairs import PAIRS
from .intro_dev_pairs_more import PAIRS_MORE
from .test_text_match import SHOULD_MATCH, SHOULD_NOT_MATCH

BLIND = Path(__file__).parents[2] / "benchmarks" / "intro_eval" / "blind.jsonl"


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _blind_texts() -> set[str]:
    rows = [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines() if line]
    return {_fold(row[key]) for row in rows for key in ("need", "offer")}


def test_dev_pairs_are_not_blind_pairs() -> None:
    blind = _blind_texts()
    assert len(blind) > 300  # the file was read
    dev = [n for n, *_ in PAIRS + PAIRS_MORE] + [o for _, o, *_ in PAIRS + PAIRS_MORE] \
        + [t for pair in SHOULD_MATCH + SHOULD_NOT_MATCH for t in pair]
    clashes = sorted({t for t in dev if _fold(t) in blind})
    assert not clashes, f"development texts also in the blind set: {clashes}"


def test_the_new_development_pairs_are_many_varied_and_balanced() -> None:
    kinds = {kind for *_, kind in PAIRS_MORE}
    positives = sum(expected for _, _, expected, _ in PAIRS_MORE)
    assert len(PAIRS_MORE) >= 300
    assert len({(n, o) for n, o, *_ in PAIRS_MORE}) == len(PAIRS_MORE)
    assert 0.45 <= positives / len(PAIRS_MORE) <= 0.55
    assert {"match", "paraphrase", "topic_without_role", "false_friend", "same_side",
            "other_negative"} <= kinds
