"""Fuzzing, bounded: a few hundred mutated real-world cards, a fixed seed, seconds.

The importer must give cards or clear per-card problems for every one of
them, never an exception, and a commit of them all must land whole. The long
run is ``tests/benchmarks/bench_fuzz.py``.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from kith.services.cards import importer
from kith.vcard import Card, Problem, iter_cards
from tests.vcard.fuzzing import mutate, seeds

SEED = 20_261_110
MUTANTS = 300


def _mutants() -> list[tuple[str, bytes]]:
    rng = random.Random(SEED)
    pool = seeds()
    assert len(pool) >= 20, "the fixtures (and the corpus) give the fuzzer its seeds"
    return [(f"m{i:03d}-{name.replace('/', '_')}", mutate(data, rng))
            for i, (name, data) in enumerate(rng.choice(pool) for _ in range(MUTANTS))]


def _clear(problem: Problem) -> bool:
    """A problem a person can read: one line, no internal error, no lone surrogate."""
    text = problem.message
    text.encode("utf-8")
    problem.card.encode("utf-8")
    return bool(text) and "\n" not in text and "could not read the rest" not in text \
        and "Error(" not in text and "Traceback" not in text


def test_mutated_cards_give_cards_or_clear_problems() -> None:
    for name, data in _mutants():
        for item in iter_cards(data, name):
            assert isinstance(item, Card | Problem), name
            if isinstance(item, Problem):
                assert _clear(item), (name, item)
            else:
                assert item.display_name(), name


def test_the_importer_takes_all_mutants_in_one_batch(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mutants"
    folder.mkdir()
    for name, data in _mutants():
        (folder / f"{name}.vcf").write_bytes(data)
    plan = importer.plan([folder])
    assert len(plan.files) == MUTANTS
    assert plan.cards_read > MUTANTS // 2
    assert all(_clear(p) for p in plan.problems)
    assert plan.failed == sum(p.lost_card for p in plan.problems)
    result = importer.commit(plan)
    assert result.created + result.merged + result.unchanged + result.skipped == len(plan.cards)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
