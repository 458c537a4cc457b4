"""``kith log A B C``: a moment with several people (issue #15)."""

from __future__ import annotations

from pathlib import Path

CARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{mail}\r\nEND:VCARD\r\n"
    for name, mail in (("Ana Silva", "ana@acme.com"), ("Bob Ng", "bob@initech.com"),
                       ("Cara Diaz", "cara@globex.com"), ("Dan Wu", "dan@wu.org")))


def test_log_three_people_then_due_and_timeline(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mixer.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    kith.run("import", str(path), "--event", "Mixer", "--date", "2026-11-20", check=True)
    due = kith.json("due", "--today", "2026-11-25")
    assert sorted(d["display_name"] for d in due) == ["Ana Silva", "Bob Ng", "Cara Diaz",
                                                      "Dan Wu"]
    ids = {d["display_name"]: d["contact_id"] for d in due}

    result = kith.run("log", "Ana Silva", "bob@initech.com", str(ids["Cara Diaz"]),
                      "Ana Silva", "--channel", "meeting", "--on", "2026-11-24",
                      "--note", "Lunch: Bob is hiring", "--asked")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "Logged meeting / coffee with Ana Silva, Bob Ng and Cara Diaz")

    # Each one's follow-up after the event is done; Dan was not there.
    assert [d["display_name"] for d in kith.json("due", "--today", "2026-11-25")] == ["Dan Wu"]
    for name, others in (("Ana Silva", ["Bob Ng", "Cara Diaz"]),
                         ("Bob Ng", ["Ana Silva", "Cara Diaz"]),
                         ("Cara Diaz", ["Ana Silva", "Bob Ng"])):
        entries = kith.json("timeline", name)
        assert entries[0] == {"date": "2026-11-24", "kind": "interaction",
                              "channel": "meeting", "summary": "Lunch: Bob is hiring",
                              "with": [ids[o] for o in others]}
        assert [e["kind"] for e in entries] == ["interaction", "met"]
        text = kith.run("timeline", name, check=True).stdout
        assert f"interaction (meeting) with {', '.join(others)}: Lunch: Bob is hiring" in text
    assert [e["kind"] for e in kith.json("timeline", "Dan Wu")] == ["met"]

    # One person: the output it always had.
    result = kith.run("log", "Dan Wu", "--channel", "call", check=True)
    assert result.stdout.startswith(f"Logged call with contact {ids['Dan Wu']} (interaction ")
    # A name that matches nobody fails the whole log, for everyone.
    result = kith.run("log", "Ana Silva", "Nobody", "--channel", "call")
    assert result.returncode == 2 and "no contact matches 'Nobody'" in result.stderr
    assert len(kith.json("timeline", "Ana Silva")) == 2
