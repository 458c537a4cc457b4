"""``kith intro`` and ``kith intros``: the contract other tools rely on (issue #13)."""

import datetime as dt
from pathlib import Path

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@acme.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Stone\r\nEND:VCARD\r\n"
)


def setup(kith, tmp_path: Path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    path = tmp_path / "mixer.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    kith.run("import", str(path), check=True)
    kith.run("edit", "Ana Silva", "--add-need", "looking for an accountant", check=True)
    kith.run("edit", "Bob Ng", "--add-offer", "tax advice", check=True)
    return {c["display_name"]: c["id"] for c in kith.json("contacts")}


def test_intro_moves_through_the_steps_and_intros_lists_it(  # type: ignore[no-untyped-def]
        kith, tmp_path: Path) -> None:
    ids = setup(kith, tmp_path)
    ana, bob = ids["Ana Silva"], ids["Bob Ng"]
    assert [p["contact_ids"] for p in kith.json("prompts") if p["kind"] == "introduce"] == [
        [ana, bob]]
    assert kith.json("intros") == []

    started = kith.run("intro", "ana@acme.com", "Bob Ng", "--reason", "Ana needs an accountant",
                       "--on", "2026-03-02")
    assert started.returncode == 0, started.stderr
    assert "Ana Silva" in started.stdout and "Bob Ng" in started.stdout
    listed = kith.json("intros")
    assert listed == [{"id": 1, "contact_ids": [ana, bob], "state": "asked",
                       "since": "2026-03-02", "next_follow_up": "2026-03-07"}]
    # In the pipeline: never proposed again.
    assert [p for p in kith.json("prompts") if p["kind"] == "introduce"] == []
    # Starting the same pair again is refused while it is under way.
    again = kith.run("intro", "Bob Ng", "Ana Silva")
    assert again.returncode == 1 and "already have an introduction" in again.stderr

    # A step that cannot come next: exit 2, naming the ones that can; nothing changes.
    wrong = kith.run("intro", "1", "--step", "introduced", "--on", "2026-03-03")
    assert wrong.returncode == 2
    assert "agreed-a, no-fit, no-answer" in wrong.stderr
    assert kith.json("intros")[0]["state"] == "asked"
    assert kith.run("intro", "1", "--step", "maybe").returncode == 2  # not a step at all

    for step, on in (("agreed-a", "2026-03-03"), ("agreed-b", "2026-03-04"),
                     ("introduced", "2026-03-05")):
        moved = kith.run("intro", "1", "--step", step, "--on", on)
        assert moved.returncode == 0, moved.stderr
        assert kith.json("intros")[0]["state"] == step
    assert kith.json("intros") == [{"id": 1, "contact_ids": [ana, bob], "state": "introduced",
                                    "since": "2026-03-05", "next_follow_up": "2026-03-12"}]
    summaries = [e["summary"] for e in kith.json("timeline", str(bob))]
    assert "Introduced to Ana Silva: Ana needs an accountant" in summaries
    assert "Introduction to Ana Silva: Ana Silva agreed; asked Bob Ng" in summaries

    assert kith.run("intro", "1", "--step", "no-fit", "--on", "2026-03-20").returncode == 0
    assert kith.json("intros") == [{"id": 1, "contact_ids": [ana, bob], "state": "no-fit",
                                    "since": "2026-03-20", "next_follow_up": None}]
    ended = kith.run("intro", "1", "--step", "helped")
    assert ended.returncode == 2 and "ended" in ended.stderr
    table = kith.run("intros", check=True).stdout
    assert "Ana Silva" in table and "no-fit" in table


def test_intro_usage_errors_exit_2(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    setup(kith, tmp_path)
    ambiguous = kith.run("intro", "Ana Silva", "Bob")
    assert ambiguous.returncode == 2
    assert "Bob Ng" in ambiguous.stderr and "Bob Stone" in ambiguous.stderr
    assert kith.run("intro", "Ana Silva", "Nobody").returncode == 2
    assert kith.run("intro", "Ana Silva", "Ana Silva").returncode == 2  # one person twice
    assert kith.run("intro", "Ana Silva").returncode == 2  # one person, no step
    assert kith.run("intro", "Ana Silva", "--step", "agreed-a").returncode == 2  # not an id
    missing = kith.run("intro", "7", "--step", "agreed-a")
    assert missing.returncode == 1 and "kith intros" in missing.stderr
    assert kith.json("intros") == []  # nothing was started
    started = kith.run("intro", "Ana Silva", "Bob Ng", check=True)
    today = dt.date.today()
    assert "Follow-up on" in started.stdout
    assert kith.json("intros")[0]["since"] in {today.isoformat(),
                                                (today + dt.timedelta(days=1)).isoformat()}
