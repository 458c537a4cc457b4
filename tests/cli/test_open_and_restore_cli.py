"""Opening through a broken link, restoring over an open or a linked database (issue #10)."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Kith
from tests.cli.test_faults_cli import cards, one_line_failure


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT display_name FROM contact"))
    finally:
        conn.close()


def profile(tmp_path: Path, count: int, start: int = 0) -> Kith:
    kith = Kith(tmp_path / f"profile-{start}")
    source = tmp_path / f"cards-{start}.vcf"
    source.write_text(cards(count, start=start))
    kith.run("import", str(source), check=True)
    return kith


@pytest.mark.parametrize("link", ["dangling", "loop"])
@pytest.mark.parametrize("command", [["contacts"], ["edit", "1", "--add-tag", "x"],
                                     ["backup", "out.sqlite3"], ["restore", "saved.sqlite3"]])
def test_a_broken_link_where_the_database_should_be_is_one_line(
    tmp_path: Path, link: str, command: list[str]
) -> None:
    saved = profile(tmp_path, 3).data_dir / "kith.sqlite3"
    os.link(saved, tmp_path / "saved.sqlite3")
    kith = Kith(tmp_path / "p")
    kith.data_dir.mkdir()
    database = kith.data_dir / "kith.sqlite3"
    if link == "loop":
        os.symlink("loop", kith.data_dir / "loop")
        os.symlink("loop", database)
    else:
        os.symlink(tmp_path / "nowhere" / "kith.sqlite3", database)
    words = ("loop",) if link == "loop" else ("does not exist",)
    result = kith.run(*command, cwd=tmp_path)
    one_line_failure(result, str(database), "symbolic link", *words)
    assert os.path.islink(database) and not (tmp_path / "nowhere").exists()
    assert not (tmp_path / "out.sqlite3").exists()
    assert sorted(os.listdir(kith.data_dir)) in (["kith.sqlite3"], ["kith.sqlite3", "loop"],
                                                 ["backups", "kith.sqlite3"],
                                                 ["backups", "kith.sqlite3", "loop"])


HOLD_OPEN = """
import sys
from pathlib import Path
from kith.services.contacts import search
from kith.store.db import open_database
open_database(Path(sys.argv[1]))
print(len(search.ids("")), flush=True)
sys.stdin.readline()
"""


def test_restore_while_another_process_has_the_database_open_says_to_close_it(
    tmp_path: Path
) -> None:
    """Item 3: it said "busy... Try again in a moment", which never helps while it is open."""
    kith = profile(tmp_path, 4)
    saved = tmp_path / "saved.sqlite3"
    kith.run("backup", str(saved), check=True)
    kith.run("edit", "1", "--add-tag", "after-the-backup", check=True)
    before = kith.json("contacts")
    database = kith.data_dir / "kith.sqlite3"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(database)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "4\n"
        result = kith.run("restore", str(saved))
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    line = one_line_failure(result, "nothing was restored", "Close Kith", "the window",
                            "restore FILE' again")
    assert "moment" not in line
    assert kith.json("contacts") == before
    kith.run("restore", str(saved), check=True)  # once it is closed, restore works
    assert [c["tags"] for c in kith.json("contacts")] == [[]] * 4


def test_restore_through_a_linked_database_replaces_the_file_it_leads_to(tmp_path: Path) -> None:
    """Item 4: the link became a file, and the kept copy a link to the new database."""
    old = profile(tmp_path, 3, start=0)  # Person 0..2, at another place
    new = profile(tmp_path, 2, start=50)
    saved = tmp_path / "saved.sqlite3"
    new.run("backup", str(saved), check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "real.sqlite3"
    old.run("backup", str(real), check=True)
    kith = Kith(tmp_path / "linked")
    kith.data_dir.mkdir()
    database = kith.data_dir / "kith.sqlite3"
    os.symlink(real, database)
    assert len(kith.json("contacts")) == 3

    result = kith.run("restore", str(saved), check=True)
    assert os.readlink(database) == str(real)  # still the same link
    assert names(real) == ["Person 50", "Person 51"]
    kept = [p for p in elsewhere.iterdir() if p.name.startswith("real.sqlite3.replaced-")]
    assert len(kept) == 1 and not kept[0].is_symlink()
    assert str(kept[0]) in result.stdout
    assert names(kept[0]) == ["Person 0", "Person 1", "Person 2"]
    assert [c["display_name"] for c in kith.json("contacts")] == ["Person 50", "Person 51"]
