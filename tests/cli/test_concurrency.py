"""Two Kith processes at once: writers wait their turn and nobody is created twice."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE contact SET notes = 'held' WHERE id = 1")
print("LOCKED", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def cards(n: int) -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:uid-{i}\r\nFN:Person {i}\r\n"
        f"EMAIL:p{i}@x.example\r\nEND:VCARD\r\n" for i in range(n))


def kith_cmd(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "kith", "--data-dir", str(data_dir), *args]


def test_two_imports_of_the_same_file_at_once_create_everyone_once(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.vcf"
    path.write_text(cards(300), encoding="utf-8", newline="")
    kith.run("contacts", check=True)  # creates the profile
    procs = [subprocess.Popen(kith_cmd(kith.data_dir, "import", str(path), "--json"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    assert len(kith.json("contacts")) == 300
    assert sorted((r["created"], r["unchanged"]) for r in results) == [(0, 300), (300, 0)]


@pytest.mark.parametrize("command", [
    ["edit", "1", "--add-tag", "vip"],
    ["log", "1", "--channel", "call", "--note", "moving to Austin"],
    ["import", "{file}"],
    ["undo-import", "1"],
])
def test_a_writer_waits_for_another_process_holding_the_write_lock(
        kith, tmp_path: Path, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "first.vcf"
    first.write_text(cards(3), encoding="utf-8", newline="")
    kith.run("import", str(first), check=True)
    other = tmp_path / "other.vcf"
    other.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee\r\nEND:VCARD\r\n", encoding="utf-8")
    args = [a.replace("{file}", str(other)) for a in command]

    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK,
                               str(kith.data_dir / "kith.sqlite3")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        writer = subprocess.Popen(kith_cmd(kith.data_dir, *args), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        # The writer is still waiting for the lock, not dead with "database is locked".
        with pytest.raises(subprocess.TimeoutExpired):
            writer.wait(timeout=1)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(timeout=30) == 0
        out, err = writer.communicate(timeout=60)
    finally:
        holder.kill()
    assert writer.returncode == 0, err
    assert "Traceback" not in err
    conn = sqlite3.connect(kith.data_dir / "kith.sqlite3")
    assert conn.execute("SELECT notes FROM contact WHERE id = 1").fetchone()[0] == "held"
    conn.close()


def test_undo_import_from_the_command_line_keeps_later_edits(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.vcf"
    a.write_text(cards(3), encoding="utf-8", newline="")
    kith.run("import", str(a), check=True)
    b = tmp_path / "b.vcf"
    b.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:uid-0\r\nFN:Person 0\r\n"
                 "EMAIL:p0@x.example\r\nTEL:+1 512 555 0199\r\nEND:VCARD\r\n", encoding="utf-8")
    assert json.loads(kith.run("import", str(b), "--json", check=True).stdout)["merged"] == 1
    kith.run("edit", "1", "--add-tag", "vip", "--how-met", "met through a friend",
             "--cadence", "30", check=True)

    undone = kith.run("undo-import", "2", check=True)

    assert undone.stdout.startswith("Undid import 2:")
    (person,) = [p for p in kith.json("contacts") if p["id"] == 1]
    assert person["tags"] == ["vip"]
    assert person["phones"] == []
    conn = sqlite3.connect(kith.data_dir / "kith.sqlite3")
    assert conn.execute("SELECT how_met, cadence_days FROM contact WHERE id = 1").fetchone() == \
        ("met through a friend", 30)
    conn.close()


SLOW_UNDO = """
import sys, time
from kith.profile import open_profile
open_profile(sys.argv[1], daily_backup=False)
from kith.services.cards import importer
from kith.services.followups import schedule
real = schedule.refresh
def refresh(ids):
    real(ids)
    print("HALFWAY", flush=True)
    time.sleep(60)
schedule.refresh = refresh
importer.undo(int(sys.argv[2]))
"""


def test_sigkill_during_undo_leaves_the_import_whole(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.vcf"
    path.write_text(cards(2000), encoding="utf-8", newline="")
    batch = json.loads(kith.run("import", str(path), "--json", check=True).stdout)["batch_id"]
    proc = subprocess.Popen([sys.executable, "-c", SLOW_UNDO, str(kith.data_dir), str(batch)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "HALFWAY"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(kith.data_dir / "kith.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute(
        "SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0] == 2000
    assert conn.execute("SELECT status FROM import_batch").fetchone()[0] == "committed"
    conn.close()
    assert kith.run("undo-import", str(batch)).returncode == 0
    assert kith.json("contacts") == []
