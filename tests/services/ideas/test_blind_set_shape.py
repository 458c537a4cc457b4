"""The blind need/offer set (tests/benchmarks/intro_eval/blind.jsonl) keeps its shape.

This checks only the file's form and counts (issue #13); it never runs the matcher,
and the matcher must never be tuned on the file.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

BLIND = Path(__file__).resolve().parents[2] / "benchmarks" / "intro_eval" / "blind.jsonl"
KEYS = {"need", "offer", "match", "kind", "domain", "note"}
POSITIVE_KINDS = {"match", "paraphrase"}
NEGATIVE_KINDS = {"topic_without_role", "false_friend", "same_side", "other_negative"}


def _rows() -> list[dict[str, object]]:
    rows = []
    for number, line in enumerate(BLIND.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"line {number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"line {number} is not an object"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return _rows()


def test_every_line_has_exactly_the_keys_with_the_right_types(rows: list[dict]) -> None:
    for row in rows:
        assert set(row) == KEYS, row
        for key in ("need", "offer", "domain", "note"):
            assert isinstance(row[key], str) and row[key].strip(), (key, row)
        assert isinstance(row["match"], bool), row
        assert row["kind"] in POSITIVE_KINDS | NEGATIVE_KINDS, row


def test_match_agrees_with_kind(rows: list[dict]) -> None:
    for row in rows:
        assert row["match"] == (row["kind"] in POSITIVE_KINDS), row


def test_counts(rows: list[dict]) -> None:
    kinds = Counter(row["kind"] for row in rows)
    positives = sum(row["match"] for row in rows)
    assert len(rows) >= 320
    assert positives >= 160
    assert len(rows) - positives >= 160
    assert kinds["paraphrase"] >= 60
    for kind in ("topic_without_role", "false_friend", "same_side"):
        assert kinds[kind] >= 35, kind


def test_domains_are_varied(rows: list[dict]) -> None:
    assert len({row["domain"] for row in rows}) >= 25


def test_pairs_are_unique(rows: list[dict]) -> None:
    def norm(text: str) -> str:
        return " ".join(text.lower().split())

    pairs = Counter((norm(row["need"]), norm(row["offer"])) for row in rows)
    assert [pair for pair, n in pairs.items() if n > 1] == []
    needs = Counter(norm(row["need"]) for row in rows)
    assert [need for need, n in needs.items() if n > 1] == []
