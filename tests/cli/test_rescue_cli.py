"""Getting the data off a full disk or a read-only folder (issue #10 follow-up 5).

``kith contacts``, ``export -o`` and ``backup`` to another disk failed with the
disk-full or read-only message: exactly the commands a person needs then. The
commands that only read now work whenever the database can be read; the
commands that write keep their one clear line. A full disk is a real tmpfs,
a read-only folder a read-only bind mount: both need root (CI runs as root).
"""

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import vobject

from tests.cli.conftest import Kith
from tests.cli.test_faults_cli import (
    _need_root,
    _run,
    cards,
    fill,
    intact,
    listing,
    one_line_failure,
)

READING = [["contacts"], ["due", "--days", "400"], ["timeline", "1"], ["imports"], ["prompts"]]


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT display_name FROM contact"))
    finally:
        conn.close()


def prepare(kith: Kith, tmp_path: Path) -> dict[str, str]:
    """20 people, someone due and a logged call; what each reading command prints."""
    source = tmp_path / "a.vcf"
    source.write_text(cards(20))
    kith.run("import", str(source), check=True)
    kith.run("edit", "1", "--follow-up", "2030-01-01", "--reason", "ring", check=True)
    kith.run("log", "1", "--channel", "call", "--note", "spoke", check=True)
    return {" ".join(c): kith.run(*c, check=True).stdout for c in READING}


def checkpointed(database: Path) -> None:
    """As after a clean exit: the log folded in, no -wal and no -shm."""
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for side in ("-wal", "-shm"):
        Path(f"{database}{side}").unlink(missing_ok=True)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs of its own (to be filled)."""
    _need_root("mounting a small tmpfs")
    mount = tmp_path / "disk"
    mount.mkdir()
    _run("mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount))
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A folder that becomes a read-only bind mount of itself when ``freeze`` is created."""
    _need_root("a read-only bind mount")
    folder = tmp_path / "profile"
    folder.mkdir()
    yield folder
    subprocess.run(["umount", str(folder)], capture_output=True, check=False)


def freeze(folder: Path) -> None:
    _run("mount", "--bind", str(folder), str(folder))
    _run("mount", "-o", "remount,bind,ro", str(folder))
    probe = folder / "probe"
    with pytest.raises(OSError):
        probe.write_text("x")


def rescue(kith: Kith, tmp_path: Path, expected: dict[str, str], words: tuple[str, ...]) -> None:
    """Every reading command works, export and backup write to another disk; writing fails."""
    before = listing(kith.data_dir)
    for command, printed in expected.items():
        result = kith.run(*command.split())
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout == printed, command
    listed = json.loads(kith.run("contacts", "--json", check=True).stdout)
    assert len(listed) == 20

    exported = tmp_path / "other-disk" / "people.vcf"
    exported.parent.mkdir()
    kith.run("export", "-o", str(exported), check=True)
    read_back = list(vobject.readComponents(exported.read_text()))
    assert sorted(c.fn.value for c in read_back) == sorted(c["display_name"] for c in listed)
    saved = tmp_path / "other-disk" / "kith.sqlite3"
    kith.run("backup", str(saved), check=True)
    assert intact(saved) and len(names(saved)) == 20

    for attempt in (["edit", "1", "--add-tag", "vip"], ["log", "2", "--channel", "call"]):
        line = one_line_failure(kith.run(*attempt), *words)
        assert "damaged" not in line
    assert listing(kith.data_dir) == before


def test_reading_commands_work_on_a_full_disk(full_disk: Path, tmp_path: Path) -> None:
    kith = Kith(full_disk / "profile")
    expected = prepare(kith, tmp_path)
    checkpointed(kith.data_dir / "kith.sqlite3")
    filler = fill(full_disk, leave=0)
    rescue(kith, tmp_path, expected, ("is full", "Free some space"))
    filler.unlink()
    assert intact(kith.data_dir / "kith.sqlite3")
    assert [c["tags"] for c in kith.json("contacts")] == [[]] * 20


def test_reading_commands_work_in_a_read_only_folder(
    read_only_mount: Path, tmp_path: Path
) -> None:
    kith = Kith(read_only_mount)
    expected = prepare(kith, tmp_path)
    checkpointed(kith.data_dir / "kith.sqlite3")
    freeze(read_only_mount)
    rescue(kith, tmp_path, expected, ("read-only",))


# A writer that commits and dies (SIGKILL-like, os._exit) before it folds its log
# into the file: the commit is only in the -wal.
CRASHED_WRITER = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE contact SET display_name = 'Only in the log' WHERE id = 1")
conn.commit()
os._exit(0)
"""


@pytest.mark.parametrize("index_left", [True, False])
def test_a_commit_still_in_the_log_is_read_or_refused_never_hidden(
    read_only_mount: Path, tmp_path: Path, index_left: bool
) -> None:
    """Reading the file alone (immutable) would show the database without that commit."""
    kith = Kith(read_only_mount)
    prepare(kith, tmp_path)
    database = kith.data_dir / "kith.sqlite3"
    checkpointed(database)
    done = subprocess.run([sys.executable, "-c", CRASHED_WRITER, str(database)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert Path(f"{database}-wal").stat().st_size > 0
    if not index_left:
        Path(f"{database}-shm").unlink()
    freeze(read_only_mount)
    listed = kith.run("contacts", "--json")
    if index_left:  # SQLite reads the log through the index left beside it
        assert listed.returncode == 0, listed.stderr
        assert "Only in the log" in {c["display_name"] for c in json.loads(listed.stdout)}
    else:  # no index, and none can be made: refused, rather than shown without the commit
        one_line_failure(listed, "read-only")
    backup = kith.run("backup", str(tmp_path / "b.sqlite3"))
    if index_left:
        assert backup.returncode == 0 and "Only in the log" in names(tmp_path / "b.sqlite3")
    else:
        one_line_failure(backup, "read-only")
        assert not (tmp_path / "b.sqlite3").exists()
