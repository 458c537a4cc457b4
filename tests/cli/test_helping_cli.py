"""``kith me`` and ``kith prompts``: the contract other tools rely on."""

import json
import subprocess
import sys

from kith.services.ideas.prompts import KINDS

TODAY = "2026-06-15"


def seed(kith) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Three people with needs, offers and a history, written in a child process."""
    code = f"""
import datetime as dt
from kith.profile import open_profile
from kith.services.contacts import people as contacts
from kith.services.ideas import needs
from kith.services.followups import schedule
from kith.store.database import connection as conn
from kith.services.contacts.records import ContactRecord
open_profile({str(kith.data_dir)!r}, daily_backup=False)
long_ago = dt.datetime(2024, 1, 1, 9)
today = dt.date.fromisoformat({TODAY!r})
ana = contacts.create(ContactRecord(given_name="Ana", family_name="Silva", cadence_days=0),
                      when=long_ago)
bob = contacts.create(ContactRecord(given_name="Bob", family_name="Ng"), when=long_ago)
cara = contacts.create(ContactRecord(given_name="Cara", family_name="Diaz"), when=long_ago)
needs.add(ana, "need", "looking for an accountant in Nashville", today)
needs.add(bob, "offer", "tax advice", today)
needs.add(cara, "need", "hiring a React developer", today)
needs.add(None, "offer", "frontend engineer looking for work", today)
conn().execute(
    "INSERT INTO interaction (contact_id, occurred_on, channel, help, summary, created_at) "
    "VALUES (?, '2026-01-10', 'email', 'asked', 'Asked for a reference', '2026-01-10')", (ana,))
schedule.refresh([ana])
print(ana, bob, cara)
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout.split()
    return dict(zip(("ana", "bob", "cara"), map(int, out), strict=True))


def test_prompts_json_contract(kith) -> None:  # type: ignore[no-untyped-def]
    ids = seed(kith)
    rows = kith.json("prompts", "--today", TODAY)
    assert isinstance(rows, list) and rows
    for row in rows:
        assert set(row) == {"kind", "contact_ids", "text", "actions"}
        assert row["kind"] in KINDS
        assert row["contact_ids"] and all(type(i) is int for i in row["contact_ids"])
        assert isinstance(row["text"], str) and row["text"]
        assert row["actions"] and all(isinstance(a, str) for a in row["actions"])
    kinds = [r["kind"] for r in rows]
    # The short list: never two ideas about one person; --all: every candidate.
    people = [c for r in rows for c in r["contact_ids"]]
    assert len(people) == len(set(people))
    every = kith.json("prompts", "--today", TODAY, "--all")
    assert {"introduce", "help", "check_in", "give_first"} <= {r["kind"] for r in every}
    assert len(every) > len(rows) and all(r in every for r in rows)
    intro = rows[kinds.index("introduce")]
    assert intro["contact_ids"] == [ids["ana"], ids["bob"]]
    assert "make introduction" in intro["actions"]
    assert "accountant ~ tax advice" not in intro["text"] and "(" not in intro["text"]
    help_ = rows[kinds.index("help")]
    assert help_["contact_ids"] == [ids["cara"]]
    assert kith.json("prompts", "--today", TODAY, "--limit", "2") == rows[:2]


def test_prompts_as_text_and_when_there_are_none(kith) -> None:  # type: ignore[no-untyped-def]
    assert kith.json("prompts") == []
    assert "Nothing to suggest" in kith.run("prompts", check=True).stdout
    seed(kith)
    lines = kith.run("prompts", "--today", TODAY, check=True).stdout.splitlines()
    assert lines[0].startswith("1. [")
    assert any("Introduce Ana Silva to Bob Ng" in line for line in lines)
    assert any("make introduction · snooze · dismiss" in line for line in lines)


def test_prompts_wrong_usage_exits_2(kith) -> None:  # type: ignore[no-untyped-def]
    for args in (["--today", "2026-13-01"], ["--today", "tomorrow"], ["--limit", "0"]):
        result = kith.run("prompts", *args)
        assert result.returncode == 2, args
        assert "kith: error:" in result.stderr and result.stdout == ""


def test_me_adds_lists_and_closes_needs_and_offers(kith) -> None:  # type: ignore[no-untyped-def]
    assert "no needs or offers yet" in kith.run("me", check=True).stdout
    out = kith.run("me", "--add-need", "intro to a designer", "--add-offer", "tax advice",
                   "--add-offer", "knows the\x07 Austin scene", check=True).stdout
    assert out.splitlines() == ["Added need 1: intro to a designer", "Added offer 2: tax advice",
                                "Added offer 3: knows the Austin scene"]
    listing = kith.run("me", check=True).stdout
    assert "Your needs:" in listing and "intro to a designer" in listing
    assert listing.index("Your offers:") < listing.index("tax advice")
    mine = kith.json("me")
    assert [n["text"] for n in mine["needs"]] == ["intro to a designer"]
    assert [o["text"] for o in mine["offers"]] == ["knows the Austin scene", "tax advice"]
    assert set(mine["needs"][0]) == {"id", "text", "created_on", "expires_on", "open"}
    assert kith.run("me", "--close", "2", check=True).stdout.strip() == "Closed 2."
    assert [o["text"] for o in kith.json("me")["offers"]] == ["knows the Austin scene"]
    dated = kith.run("me", "--add-need", "a flat", "--expires", "2099-01-31", "--json",
                     check=True)
    flat = next(n for n in json.loads(dated.stdout)["needs"] if n["text"] == "a flat")
    assert flat["expires_on"] == "2099-01-31" and flat["open"] is True


def test_me_wrong_usage(kith) -> None:  # type: ignore[no-untyped-def]
    for args in (["--add-need", "   "], ["--add-offer", "\x01\x02"], ["--close", "x"],
                 ["--expires", "soon"]):
        result = kith.run("me", *args)
        assert result.returncode == 2, args
        assert result.stderr.startswith("kith:") or "kith: error:" in result.stderr
        assert result.stdout == ""
    result = kith.run("me", "--close", "99")
    assert (result.returncode, result.stderr, result.stdout) == (
        1, "kith: No need or offer with id 99.\n", "")
    ids = seed(kith)
    assert ids  # contact 1's need has id 1: not the user's to close
    result = kith.run("me", "--close", "1")
    assert result.returncode == 2 and "belongs to a contact" in result.stderr


def test_the_commands_do_not_import_qt(kith) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys; from kith.cli.main import main; "
        f"main(['--data-dir', {str(kith.data_dir)!r}, 'prompts', '--json']); "
        f"main(['--data-dir', {str(kith.data_dir)!r}, 'me']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NO QT')"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    assert out.strip().endswith("NO QT")
