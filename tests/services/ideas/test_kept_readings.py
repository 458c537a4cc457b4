"""Readings of needs and offers kept across runs (issue #13: prompts under one second,
the first call after a start included)."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from kith.services.ideas.text import kept, reader
from kith.services.ideas.text.match import score

TEXTS = [("no hot water since Friday", "need"), ("heating engineer, boilers fixed", "offer"),
         ("selling my road bike", "offer")]


@pytest.fixture
def fresh_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process: nothing read yet, no file loaded."""
    monkeypatch.setattr(reader, "KEPT", {})
    monkeypatch.setattr(reader, "FRESH", set())
    monkeypatch.setattr(kept, "_state", {"path": None, "lines": 0, "version": None})


def _new_run() -> None:
    reader.KEPT.clear()
    reader.FRESH.clear()
    kept._state.update(path=None, lines=0, version=None)


def _refuse_reading(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def fail(text: str, kind: str) -> reader.Reading:
        asked.append(text)
        raise AssertionError(f"read again: {text}")

    monkeypatch.setattr(reader, "_read", fail)
    return asked


def test_a_new_run_reads_no_text_again(tmp_path: Path, fresh_run: None,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    where = tmp_path / "readings.cache"
    before = [(text, kind, reader.read(text, kind)) for text, kind in TEXTS]
    first = score(TEXTS[0][0], TEXTS[1][0])
    kept.save(where, [(t, k) for t, k in TEXTS])
    assert stat.S_IMODE(where.stat().st_mode) == 0o600
    assert len(where.read_text(encoding="utf-8").splitlines()) == 1 + len(TEXTS)

    _new_run()
    _refuse_reading(monkeypatch)
    kept.load(where)
    for text, kind, reading in before:
        again = reader.read(text, kind)
        assert (again.mentions, again.facets, again.domain) == \
            (reading.mentions, reading.facets, reading.domain)
    assert score(TEXTS[0][0], TEXTS[1][0]) == first
    assert first.matched


def test_only_new_texts_are_added_and_unused_ones_dropped_in_time(
        tmp_path: Path, fresh_run: None) -> None:
    where = tmp_path / "readings.cache"
    for text, kind in TEXTS:
        reader.read(text, kind)
    kept.save(where, TEXTS)
    reader.read("wants a piano teacher", "need")
    kept.save(where, [*TEXTS, ("wants a piano teacher", "need")])
    lines = where.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + len(TEXTS) + 1
    kept.save(where, [*TEXTS, ("wants a piano teacher", "need")])  # nothing new
    assert where.read_text(encoding="utf-8").splitlines() == lines

    _new_run()
    many = [(f"needs a plumber in flat {i}", "need") for i in range(1100)]
    for text, kind in many:
        reader.read(text, kind)
    kept.save(where, many)
    reader.read("wants a dog walker", "need")
    kept.save(where, [("wants a dog walker", "need")])  # the rest no longer in use
    texts = [json.loads(line)[0] for line in where.read_text(encoding="utf-8").splitlines()[1:]]
    assert texts == ["wants a dog walker"]


def test_a_torn_line_or_another_version_is_read_again(tmp_path: Path, fresh_run: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    where = tmp_path / "readings.cache"
    for text, kind in TEXTS:
        reader.read(text, kind)
    kept.save(where, TEXTS)
    lines = where.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2][: len(lines[2]) // 2]  # torn
    lines[3] = json.dumps([TEXTS[2][0], "offer", [["k", "X", "role", "", 1, 0, ""]], [], []])
    where.write_text("\n".join(lines) + "\n", encoding="utf-8")

    _new_run()
    asked = _refuse_reading(monkeypatch)
    kept.load(where)
    reader.read(*TEXTS[0])
    assert asked == []
    for text, kind in TEXTS[1:]:
        with pytest.raises(AssertionError):
            reader.read(text, kind)
    assert asked == [TEXTS[1][0], TEXTS[2][0]]

    _new_run()
    monkeypatch.setattr(kept, "version", lambda: "another")
    asked.clear()
    kept.load(where)
    with pytest.raises(AssertionError):
        reader.read(*TEXTS[0])
    assert asked == [TEXTS[0][0]]


def test_a_file_that_cannot_be_written_is_no_error(tmp_path: Path, fresh_run: None) -> None:
    where = tmp_path / "missing folder" / "readings.cache"
    reader.read(*TEXTS[0])
    kept.save(where, TEXTS[:1])
    assert not where.exists()


def test_prompts_keep_the_readings_beside_the_database(db: Path, fresh_run: None,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from kith.services.contacts import people as contacts
    from kith.services.contacts.records import ContactRecord
    from kith.services.ideas import needs, prompts

    today = dt.date(2026, 6, 15)
    ana = contacts.create(ContactRecord(given_name="Ana", family_name="Silva"))
    bob = contacts.create(ContactRecord(given_name="Bob", family_name="Ng"))
    needs.add(ana, "need", "no hot water since Friday", today)
    needs.add(bob, "offer", "heating engineer, boilers fixed", today)
    first = [p.text for p in prompts.prompts(today) if p.kind == "introduce"]
    assert len(first) == 1
    where = db.with_name("readings.cache")
    assert stat.S_IMODE(where.stat().st_mode) == 0o600

    _new_run()  # a restart: the texts are not read again, the prompt is the same
    asked = _refuse_reading(monkeypatch)
    assert [p.text for p in prompts.prompts(today) if p.kind == "introduce"] == first
    assert asked == []
