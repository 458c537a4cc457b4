from pathlib import Path

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@acme.com\r\nBDAY:--11-27\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Stone\r\nEND:VCARD\r\n"
)


def setup(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mixer.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    kith.run("import", str(path), "--event", "Mixer", "--date", "2026-11-20", check=True)


def test_due_log_edit_timeline(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    setup(kith, tmp_path)
    due = kith.json("due", "--today", "2026-11-25", "--days", "7")
    assert [(d["display_name"], d["kind"], d["due"], d["overdue_days"]) for d in due] == [
        ("Ana Silva", "event", "2026-11-22", 3),
        ("Bob Ng", "event", "2026-11-22", 3),
        ("Bob Stone", "event", "2026-11-22", 3),
        ("Ana Silva", "birthday", "2026-11-27", -2),
    ]
    assert due[0]["reason"] == "Follow up after Mixer"
    assert set(due[0]) == {"contact_id", "display_name", "due", "overdue_days", "reason", "kind"}
    assert all(isinstance(d["contact_id"], int) for d in due)

    # Log by e-mail; the event follow-up is done and Ana leaves the list.
    result = kith.run("log", "ana@acme.com", "--channel", "call", "--on", "2026-11-24",
                      "--note", "She is moving to Austin", "--gave", "--they-initiated")
    assert result.returncode == 0, result.stderr
    due = kith.json("due", "--today", "2026-11-25")
    assert [d["display_name"] for d in due] == ["Bob Ng", "Bob Stone"]

    # An ambiguous name lists the candidates and exits 2.
    result = kith.run("log", "Bob", "--channel", "email")
    assert result.returncode == 2
    assert "matches 2 contacts" in result.stderr
    assert "Bob Ng" in result.stderr and "Bob Stone" in result.stderr
    assert kith.run("log", "Nobody", "--channel", "email").returncode == 2
    assert kith.run("log", "Bob Ng", "--channel", "pigeon").returncode == 2
    assert kith.run("log", "Bob Ng", "--channel", "email", "--gave", "--asked").returncode == 2

    # Explicit follow-up with a reason, by exact name.
    result = kith.run("edit", "bob ng", "--follow-up", "2026-12-01", "--reason",
                      "introduce him to the CPA", "--cadence", "30", "--add-tag", "cpa",
                      "--how-met", "Mixer, by the bar", "--circle", "friends")
    assert result.returncode == 0, result.stderr
    due = kith.json("due", "--today", "2026-12-01")
    explicit = [d for d in due if d["kind"] == "explicit"]
    assert explicit == [{"contact_id": explicit[0]["contact_id"], "display_name": "Bob Ng",
                         "due": "2026-12-01", "overdue_days": 0,
                         "reason": "introduce him to the CPA", "kind": "explicit"}]
    bob = [c for c in kith.json("contacts", "--search", "Bob Ng")][0]
    assert bob["tags"] == ["cpa"]
    assert kith.run("edit", "Bob Ng", "--circle", "nope").returncode == 2
    assert kith.run("edit", "Bob Ng", "--follow-up", "2026-12-01").returncode == 2
    assert kith.run("edit", "Bob Ng", "--cadence", "-3").returncode == 2

    entries = kith.json("timeline", "Ana Silva")
    assert entries == [
        {"date": "2026-11-24", "kind": "interaction", "channel": "call",
         "summary": "She is moving to Austin", "with": []},
        {"date": "2026-11-20", "kind": "met", "channel": None, "summary": "Met at Mixer",
         "with": []},
    ]
    assert "Met at Mixer" in kith.run("timeline", "ana@acme.com").stdout


def test_due_without_anything(kith) -> None:  # type: ignore[no-untyped-def]
    assert kith.json("due") == []
    assert "Nobody is due" in kith.run("due").stdout
    assert kith.run("due", "--today", "soon").returncode == 2


def test_done_and_snooze_act_on_the_current_follow_up_as_the_buttons_do(
        kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    setup(kith, tmp_path)
    today = "2026-11-25"

    done = kith.run("done", "Bob Ng", "--today", today)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Done: Bob Ng (Follow up after Mixer).\n"

    snoozed = kith.run("snooze", "Bob Stone", "--days", "3", "--today", today)
    assert snoozed.returncode == 0, snoozed.stderr
    assert snoozed.stdout == "Snoozed: Bob Stone (Follow up after Mixer) until 2026-11-28.\n"
    assert [d["display_name"] for d in kith.json("due", "--today", today)] == ["Ana Silva"]
    later = kith.json("due", "--today", "2026-11-28")
    assert "Bob Stone" in [d["display_name"] for d in later]
    assert "Bob Ng" not in [d["display_name"] for d in later]

    # Nothing due for Bob Ng any more: exit 1, one line.
    again = kith.run("done", "Bob Ng", "--today", today)
    assert again.returncode == 1
    assert again.stderr.startswith("kith: nothing is due for contact")
    # Ambiguous: exit 2 with the candidates, nothing done.
    ambiguous = kith.run("snooze", "Bob", "--until", "2026-12-01", "--today", today)
    assert ambiguous.returncode == 2
    assert "Bob Ng" in ambiguous.stderr and "Bob Stone" in ambiguous.stderr
    # One of --until and --days is required; a day in the past is refused.
    assert kith.run("snooze", "Ana Silva").returncode == 2
    past = kith.run("snooze", "Ana Silva", "--until", "2026-11-01", "--today", today)
    assert past.returncode == 2
