"""``kith contacts`` never cuts an id: ``10000...`` cannot be copied (issue 10, item 21)."""

from __future__ import annotations

import subprocess
import sys


def seed_high_ids(kith) -> None:  # type: ignore[no-untyped-def]
    """Two people whose ids have 7 and 10 digits, as a long-used database may hold."""
    code = f"""
from kith.profile import open_profile
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.store.database import connection, database
open_profile({str(kith.data_dir)!r})
db = connection()
for wanted, name in ((1000000, "Ana Silva"), (1234567890, "Bob Ng")):
    # The next id is one more than the highest: a placeholder row makes it the one wanted.
    with database.atomic():
        db.execute("INSERT INTO contact (id, display_name, sort_name, created_at, updated_at) "
                   "VALUES (?, 'x', 'x', '2020-01-01', '2020-01-01')", (wanted - 1,))
    assert contacts.create(ContactRecord(display_name=name, organization="Acme")) == wanted
    with database.atomic():
        db.execute("DELETE FROM contact WHERE id = ?", (wanted - 1,))
"""
    subprocess.run([sys.executable, "-c", code], check=True)


def test_long_ids_are_printed_whole(kith) -> None:  # type: ignore[no-untyped-def]
    seed_high_ids(kith)
    ids = {row["display_name"]: row["id"] for row in kith.json("contacts")}
    assert ids == {"Ana Silva": 1000000, "Bob Ng": 1234567890}
    lines = kith.run("contacts", check=True).stdout.splitlines()
    rows = {line.split()[0]: line for line in lines[2:]}
    assert set(rows) == {"1000000", "1234567890"}
    assert "Ana Silva" in rows["1000000"] and "Bob Ng" in rows["1234567890"]
    # Still one table: the header, its rule and each row line up.
    name_at = lines[0].index("Name")
    assert lines[1].index(" ") == name_at - 2
    assert all(line.index("Ana Silva" if "Ana" in line else "Bob Ng") == name_at
               for line in lines[2:])


def test_an_id_found_in_the_table_works_in_other_commands(kith) -> None:  # type: ignore[no-untyped-def]
    seed_high_ids(kith)
    table = kith.run("contacts", "--search", "Ana", check=True).stdout
    copied = table.splitlines()[2].split()[0]
    shown = kith.run("edit", copied, "--add-tag", "vip")
    assert shown.returncode == 0, shown.stderr
    assert kith.json("contacts", "--search", "Ana")[0]["tags"] == ["vip"]
