"""A backup or restore killed outright leaves temporary copies; the next command removes them.

Issue #10 follow-up 2: ``.kith.sqlite3.XXXX.restore`` and ``.b.sqlite3.XXXX.part``
(with their ``-journal``) piled up, 10 in 35 killed restores. Each test here
kills a real process with SIGKILL at a chosen point, then runs the next command.
"""

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kith.store import backup, temporary
from tests.cli.conftest import Kith
from tests.cli.test_faults_cli import cards
from tests.store.test_restore_safety import make_v1, names

# Runs a backup or a restore and SIGKILLs itself at ``point``. "journal" kills it
# inside a write transaction on the temporary copy, so its -journal is left too;
# "pause" stops there and waits for a line on stdin instead.
KILL_AT = """
import os, signal, sqlite3, sys
from pathlib import Path
from kith.store import backup, faults
what, point, source, target = sys.argv[1:5]

def stop(path=None):
    if path is not None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM contact")
    if point == "pause":
        print("paused", flush=True)
        sys.stdin.readline()
        return
    os.kill(os.getpid(), signal.SIGKILL)

def at(name, fn, with_path):
    def wrapped(*args, **kwargs):
        if name == point or (point in ("journal", "pause") and with_path):
            stop(args[0] if with_path and point == "journal" else None)
        return fn(*args, **kwargs)
    return wrapped

if what == "restore":
    backup._check_restored = at("check", backup._check_restored, False)
    backup._set_aside = at("aside", backup._set_aside, False)
    real_prepare = backup._prepare
    def prepare(source, tmp):
        real_prepare(source, tmp)
        if point in ("journal", "pause"):
            stop(tmp if point == "journal" else None)
    backup._prepare = prepare
    backup.restore(Path(source), Path(target))
else:
    faults.integrity_problem = at("check", faults.integrity_problem, True)
    backup.os.replace = at("replace", os.replace, False)
    if what == "daily":
        backup.daily_backup(Path(source), Path(target))
    else:
        backup.copy_database(Path(source), Path(target), check=True)
print("done", flush=True)
"""


def run_until_killed(*args: str) -> None:
    done = subprocess.run([sys.executable, "-c", KILL_AT, *args], capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL, done.stderr


def temporaries(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder)
                  if n.endswith(temporary.SUFFIXES) or ".sqlite3." in n and "-journal" in n)


def profile(tmp_path: Path) -> Kith:
    kith = Kith(tmp_path / "profile")
    source = tmp_path / "a.vcf"
    source.write_text(cards(30))
    kith.run("import", str(source), check=True)
    return kith


@pytest.mark.parametrize("point", ["check", "journal", "aside"])
@pytest.mark.parametrize("next_command", ["contacts", "restore", "backup"])
def test_a_killed_restore_leaves_nothing_after_the_next_command(
    tmp_path: Path, point: str, next_command: str
) -> None:
    kith = profile(tmp_path)
    database = kith.data_dir / "kith.sqlite3"
    saved = tmp_path / "v1.sqlite3"
    make_v1(saved, ["Restored"])
    for _ in range(2):  # two killed restores (the second sweeps what the first left)
        run_until_killed("restore", point, str(saved), str(database))
    left = temporaries(kith.data_dir)
    assert any(n.endswith(".restore") for n in left), left
    if point == "journal":
        assert any(n.endswith(".restore-journal") for n in left), left

    argument = {"contacts": [], "restore": [str(saved)],
                "backup": [str(tmp_path / "b.sqlite3")]}[next_command]
    kith.run(next_command, *argument, check=True)
    assert temporaries(kith.data_dir) == []
    expected = ["Restored"] if next_command == "restore" else [f"Person {i}" for i in range(30)]
    assert sorted(c["display_name"] for c in kith.json("contacts")) == sorted(expected)


@pytest.mark.parametrize("point", ["check", "journal", "replace"])
def test_a_killed_backup_leaves_nothing_after_the_next_backup(tmp_path: Path, point: str) -> None:
    kith = profile(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "b.sqlite3"
    for _ in range(2):
        run_until_killed("backup", point, str(kith.data_dir / "kith.sqlite3"), str(target))
    left = temporaries(out)
    assert any(n.endswith(".part") for n in left), left
    if point == "journal":
        assert any(n.endswith(".part-journal") for n in left), left
    kith.run("backup", str(target), check=True)
    assert os.listdir(out) == ["b.sqlite3"]
    assert len(names(target)) == 30


def test_a_killed_daily_backup_leaves_nothing_after_the_next_one(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    run_until_killed("daily", "journal", str(db), str(folder))
    assert temporaries(folder) != []
    backup.daily_backup(db, folder, today=dt.date(2026, 11, 30))
    assert os.listdir(folder) == ["kith-2026-11-30.sqlite3"]


def test_a_temporary_copy_still_in_use_is_never_removed(tmp_path: Path) -> None:
    """The restore of another process, paused with its copy made: the next commands leave it be."""
    kith = profile(tmp_path)
    database = kith.data_dir / "kith.sqlite3"
    saved = tmp_path / "v1.sqlite3"
    make_v1(saved, ["Restored"])
    working = subprocess.Popen(
        [sys.executable, "-c", KILL_AT, "restore", "pause", str(saved), str(database)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert working.stdout is not None and working.stdout.readline() == "paused\n"
        in_use = temporaries(kith.data_dir)
        assert len(in_use) == 1 and in_use[0].endswith(".restore")
        kith.run("contacts", check=True)
        kith.run("backup", str(tmp_path / "b.sqlite3"), check=True)
        assert temporary.sweep(kith.data_dir, "kith\\.sqlite3") == []
        assert temporaries(kith.data_dir) == in_use
    finally:
        assert working.stdin is not None
        finished = working.communicate("\n", timeout=60)
    assert working.returncode == 0 and finished[0] == "done\n", finished[1]
    assert temporaries(kith.data_dir) == []
    assert [c["display_name"] for c in kith.json("contacts")] == ["Restored"]
