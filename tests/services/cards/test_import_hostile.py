"""What ``kith import`` does with hostile files (issue #10 items 5, 18, 19)."""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kith.services.cards import importer
from kith.services.cards import sources as import_sources

GOOD = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u{0}\r\nFN:Person {0}\r\nEMAIL:p{0}@example.com\r\n" \
    "END:VCARD\r\n"
CRAFTED = ("BEGIN:VCARD\r\nVERSION:2.1\r\nUID:crafted\r\n"
           "FN;CHARSET=unicode_escape;ENCODING=QUOTED-PRINTABLE:=E9\\ud800x\r\nEND:VCARD\r\n")


def _limit_memory() -> None:  # a broken import must not take the test machine down
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def run_kith(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KITH_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "kith", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=env, timeout=60, preexec_fn=_limit_memory,
    )


def _contacts(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "kith.sqlite3") as conn:
        return int(conn.execute(
            "SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0])


# --- item 5 ------------------------------------------------------------------------


def test_one_crafted_card_among_300_does_not_sink_the_import(tmp_path: Path) -> None:
    cards = [GOOD.format(i) for i in range(300)]
    cards.insert(150, CRAFTED)
    path = tmp_path / "party.vcf"
    path.write_bytes("".join(cards).encode("utf-8"))
    result = run_kith(tmp_path / "data", "import", str(path), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["cards_read"], out["created"], out["failed"]) == (301, 301, 0)
    assert _contacts(tmp_path / "data") == 301


def test_a_card_that_fails_while_planning_is_a_counted_failure_not_the_end(
        db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kith.services.cards import plan as plan_module

    real = plan_module.record_from_card

    def fragile(card):  # type: ignore[no-untyped-def]
        if card.formatted_name == "Person 2":
            raise ValueError("boom")
        return real(card)

    monkeypatch.setattr(plan_module, "record_from_card", fragile)
    path = tmp_path / "five.vcf"
    path.write_text("".join(GOOD.format(i) for i in range(5)), encoding="utf-8", newline="")
    plan = importer.plan([path])
    assert [c.record.display_name for c in plan.cards] == [
        "Person 0", "Person 1", "Person 3", "Person 4"]
    assert plan.failed == 1
    assert [(p.line, p.card, p.lost_card) for p in plan.problems] == [(13, "Person 2", True)]
    assert "card skipped" in plan.problems[0].message


# --- item 18 -----------------------------------------------------------------------


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.vcf"
    os.mkfifo(fifo)
    try:
        result = run_kith(tmp_path / "data", "import", str(fifo))
    except subprocess.TimeoutExpired:
        pytest.fail("kith import blocked on a FIFO")
    assert result.returncode == 1
    assert "named pipe (FIFO), not a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_dev_zero_is_refused_at_once(tmp_path: Path) -> None:
    try:
        result = run_kith(tmp_path / "data", "import", "/dev/zero")
    except subprocess.TimeoutExpired:
        pytest.fail("kith import kept reading /dev/zero")
    assert result.returncode == 1
    assert "/dev/zero:0: skipped: this is a device, not a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_over_the_size_limit_is_refused_with_what_to_do(db: Path, tmp_path: Path) -> None:
    limit = getattr(import_sources, "MAX_FILE_BYTES", 256 * 1024 * 1024)
    big = tmp_path / "huge.vcf"
    with big.open("wb") as handle:  # sparse: nothing is written to disk
        handle.truncate(limit + 1)
    small = tmp_path / "small.vcf"
    small.write_text(GOOD.format(1), encoding="utf-8", newline="")
    plan = importer.plan([big, small])
    assert [c.record.display_name for c in plan.cards] == ["Person 1"]
    assert [(p.file, p.line) for p in plan.problems] == [(str(big), 0)]
    message = plan.problems[0].message
    assert "more than the 256 MB Kith reads from one file" in message
    assert "split it into smaller .vcf files" in message


def test_the_size_limit_is_generous_for_real_files() -> None:
    assert import_sources.MAX_FILE_BYTES >= 256 * 1024 * 1024


# --- item 19 -----------------------------------------------------------------------


def test_cards_missing_their_end_are_counted_as_failed_and_named(tmp_path: Path) -> None:
    path = tmp_path / "cut.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\n"
                            for i in range(20)), encoding="utf-8", newline="")
    result = run_kith(tmp_path / "data", "import", str(path))
    assert result.returncode == 0, result.stderr
    assert "read 8 cards; created 8, merged 0, unchanged 0, failed 12." in result.stdout
    lost = [line for line in result.stdout.splitlines() if "nested more than 8" in line]
    assert [line.split(":")[1] for line in lost] == [str(1 + 3 * i) for i in range(8, 20)]


def test_an_import_over_the_card_limit_is_refused_whole(db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kith.errors import Invalid
    from kith.services.cards import importer
    from kith.services.cards import plan as plan_module

    monkeypatch.setattr(plan_module, "MAX_CARDS", 5)
    path = tmp_path / "many.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{i}\r\nEND:VCARD\r\n"
                            for i in range(6)), encoding="utf-8")
    with pytest.raises(Invalid, match="hold 6 cards; Kith imports at most 5"):
        importer.plan([path])
    # A count that the quick estimate missed (BEGIN lines in an odd shape) is caught too.
    monkeypatch.setattr(plan_module, "estimate_cards", lambda files, pause=None: 1)
    with pytest.raises(Invalid, match="hold more than 5 cards"):
        importer.plan([path])


def test_a_file_name_that_is_not_utf8_does_not_sink_the_import(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kith.services.contacts import search

    folder = tmp_path / "cards"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.vcf")
    (folder / name).write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good\r\nEND:VCARD\r\n"
                                b"BEGIN:VCARD\r\nFN:broken\r\n")
    result = importer.commit(importer.plan([folder]))
    assert result.created == 2 and len(result.problems) == 1  # the cut-off card, reported
    assert search.ids() and all("\udce9" not in p["file"] for p in result.problems)
    assert any(p["file"].endswith("caf\ufffd.vcf") for p in result.problems)


def test_an_empty_file_name_is_not_the_current_folder(db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "here.vcf").write_text("BEGIN:VCARD\r\nFN:Here\r\nEND:VCARD\r\n")
    assert import_sources.collect_files([""]) == []


def test_planning_checks_for_cancel_while_counting_and_while_reading_people(
        db: Path, tmp_path: Path) -> None:
    """A big file is counted, and Kith's people read, with the cancellation check called
    along the way (a worker's check also lets the window breathe)."""
    from kith.errors import Cancelled
    from kith.services.cards import importer

    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Guest\r\nNOTE:" + "x" * 900 + "\r\nEND:VCARD\r\n"
    path = tmp_path / "big.vcf"
    path.write_text(card * 2000, encoding="utf-8", newline="")  # ~2 MB: 30 chunks to count
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 20  # Cancel pressed while the file is still being counted

    with pytest.raises(Cancelled):
        importer.plan([path], None, cancelled)
    assert len(calls) == 21
