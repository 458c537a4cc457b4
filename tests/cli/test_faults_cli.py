"""The real ``kith`` on a full disk, a read-only folder, a locked and a damaged database.

Issue #10 items 14, 15 and 16: one true line and exit status 1, no leftovers,
and nothing committed before is lost. A full disk is a 2 MB tmpfs, which
needs root (CI runs as root); without root and outside CI those tests skip.
"""

import errno
import json
import os
import random
import sqlite3
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Kith
from tests.store.test_faults import corrupt_table


def cards(count: int, start: int = 0, note: int = 50) -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u{i}\r\nFN:Person {i}\r\n"
        f"EMAIL:p{i}@example.com\r\nNOTE:{'n' * note}\r\nEND:VCARD\r\n"
        for i in range(start, start + count)
    )


def noise(size: int) -> str:
    rng = random.Random(size)
    return "".join(rng.choice(string.ascii_letters + " ") for _ in range(size))


def one_line_failure(result: subprocess.CompletedProcess[str], *words: str) -> str:
    lines = result.stderr.splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1 and lines[0].startswith("kith: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def intact(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def _need_root(what: str) -> None:
    if os.geteuid() == 0:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} needs root, and CI must run it")
    pytest.skip(f"{what} needs root (CI runs it as root)")


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        message = f"{' '.join(command)} failed: {done.stderr.strip()}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB file system of its own, mounted at a fresh folder."""
    _need_root("mounting a small tmpfs")
    mount = tmp_path / "disk"
    mount.mkdir()
    _run("mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount))
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill ``folder``'s file system, then free about ``leave`` bytes."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def listing(folder: Path) -> set[str]:
    return {n for n in os.listdir(folder) if not n.endswith(("-wal", "-shm"))}


def test_full_disk_gives_one_true_line_and_loses_nothing(small_disk: Path, tmp_path: Path) -> None:
    kith = Kith(small_disk)
    first = tmp_path / "first.vcf"
    first.write_text(cards(20))
    kith.run("import", str(first), check=True)
    saved = tmp_path / "saved.sqlite3"  # a good backup on another disk, to restore
    kith.run("backup", str(saved), check=True)
    before = kith.json("contacts")
    big = tmp_path / "big.vcf"
    big.write_text(cards(3000, start=100, note=400))
    filler = fill(small_disk, leave=96 * 1024)
    files = listing(small_disk)

    attempts = {
        "import": kith.run("import", str(big)),
        "edit": kith.run("edit", "1", "--add-tag", "vip", "--how-met", noise(120_000)),
        "log": kith.run("log", "1", "--channel", "call", "--note", noise(120_000)),
        "backup": kith.run("backup", str(small_disk / "copy.sqlite3")),
        "restore": kith.run("restore", str(saved)),
    }
    for command, result in attempts.items():
        line = one_line_failure(result, "is full", "Free some space")
        assert "rollback" not in line and "damaged" not in line, command
        assert listing(small_disk) == files, command  # no .part, no temporary copies

    filler.unlink()
    assert intact(small_disk / "kith.sqlite3")
    assert kith.json("contacts") == before


def test_a_read_only_folder_is_never_called_damaged(tmp_path: Path) -> None:
    kith = Kith(tmp_path / "profile")
    source = tmp_path / "a.vcf"
    source.write_text(cards(5))
    kith.run("import", str(source), check=True)
    before = kith.json("contacts")
    conn = sqlite3.connect(kith.data_dir / "kith.sqlite3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as after a clean exit: no -shm to reuse
    conn.close()
    for side in ("-wal", "-shm"):
        Path(f"{kith.data_dir / 'kith.sqlite3'}{side}").unlink(missing_ok=True)

    if os.geteuid() == 0:  # root ignores permissions: a read-only bind mount instead
        _run("mount", "--bind", str(kith.data_dir), str(kith.data_dir))
        try:
            _run("mount", "-o", "remount,bind,ro", str(kith.data_dir))
        except BaseException:
            subprocess.run(["umount", str(kith.data_dir)], check=False)
            raise
    else:
        kith.data_dir.chmod(0o500)
    try:
        listed = kith.run("contacts", "--json")
        if listed.returncode == 0:
            assert json.loads(listed.stdout) == before
        else:
            one_line_failure(listed, "read-only")
        for attempt in (kith.run("edit", "1", "--add-tag", "vip"),
                        kith.run("import", str(source))):
            line = one_line_failure(attempt, "read-only")
            assert "damaged" not in line
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(kith.data_dir)], check=False)
        else:
            kith.data_dir.chmod(0o700)
    assert kith.json("contacts") == before


HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_a_writer_blocked_by_another_process_says_so(tmp_path: Path) -> None:
    kith = Kith(tmp_path / "profile")
    source = tmp_path / "a.vcf"
    source.write_text(cards(3))
    kith.run("import", str(source), check=True)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(kith.data_dir / "kith.sqlite3")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        result = kith.run("edit", "1", "--add-tag", "vip")
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    one_line_failure(result, "another Kith process is using it", "Try again")
    assert kith.json("contacts")[0]["tags"] == []


def test_a_damaged_database_is_reported_in_one_line(tmp_path: Path) -> None:
    kith = Kith(tmp_path / "profile")
    source = tmp_path / "a.vcf"
    source.write_text(cards(200, note=300))
    kith.run("import", str(source), check=True)
    database = kith.data_dir / "kith.sqlite3"
    corrupt_table(database, "contact")
    more = tmp_path / "b.vcf"
    more.write_text(cards(5, start=1000))
    line = one_line_failure(kith.run("import", str(more)), "is damaged", "kith restore FILE")
    assert "malformed" not in line.split("(")[0]
    one_line_failure(kith.run("contacts"), "is damaged")
    copy = tmp_path / "copy.sqlite3"
    one_line_failure(kith.run("backup", str(copy)), "No backup was written", "is damaged")
    assert not copy.exists() and not list(tmp_path.glob("*.part"))


def test_an_empty_database_file_is_reported_not_replaced(tmp_path: Path) -> None:
    kith = Kith(tmp_path / "profile")
    kith.data_dir.mkdir()
    (kith.data_dir / "kith.sqlite3").write_bytes(b"")
    one_line_failure(kith.run("contacts"), "is empty (0 bytes)", "kith restore FILE")
    assert (kith.data_dir / "kith.sqlite3").stat().st_size == 0
    (kith.data_dir / "kith.sqlite3").unlink()
    assert kith.run("contacts", check=True).stdout.strip() == "No contacts."  # a new profile


def test_a_negative_schema_version_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    kith = Kith(tmp_path / "profile")
    kith.run("contacts", check=True)
    conn = sqlite3.connect(kith.data_dir / "kith.sqlite3")
    conn.execute("PRAGMA user_version = -5")
    conn.close()
    one_line_failure(kith.run("contacts"), "is not a Kith database", "-5")
