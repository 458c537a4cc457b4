"""The ``kith prompts --json`` contract after a 20,000-card event (issue #12)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

TODAY = dt.date(2026, 11, 30)
EVENT_DAY = TODAY - dt.timedelta(days=3)  # the follow-ups (two days after) are due


def _cards(n: int) -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Guest {i:05d} Visitor\r\nN:Visitor;Guest {i:05d};;;\r\n"
        f"EMAIL:guest{i}@example.org\r\nEND:VCARD\r\n" for i in range(n))


def test_prompts_after_a_20000_card_event(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mixer.vcf"
    path.write_text(_cards(20_000), encoding="utf-8", newline="")
    kith.run("import", str(path), "--event", "Big Conference", "--date", EVENT_DAY.isoformat(),
             check=True)
    small = tmp_path / "small.vcf"
    small.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@acme.example\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nEMAIL:bob@initech.example\r\nEND:VCARD\r\n",
        encoding="utf-8", newline="")
    kith.run("import", str(small), "--event", "Small Dinner", "--date",
             (TODAY - dt.timedelta(days=2)).isoformat(), check=True)
    people = {p["display_name"]: p["id"] for p in kith.json("contacts")}
    guests = {cid for name, cid in people.items() if name.startswith("Guest")}
    assert len(guests) == 20_000
    kith.run("log", "Guest 00007 Visitor", "--channel", "call", "--on", TODAY.isoformat(),
             check=True)

    def post_event() -> list[dict[str, object]]:
        rows = kith.json("prompts", "--today", TODAY.isoformat())
        assert len(rows) <= 50
        found = [r for r in rows if r["kind"] == "post_event"]
        texts = [str(r["text"]) for r in found]
        assert len(found) == len(set(texts))
        return found

    found = post_event()
    assert len(found) == 2  # one per event
    big = next(r for r in found if "Big Conference" in str(r["text"]))
    pending = guests - {people["Guest 00007 Visitor"]}
    assert set(big["contact_ids"]) == pending  # type: ignore[arg-type]
    assert len(big["contact_ids"]) == 19_999  # type: ignore[arg-type]
    assert "You met 20,000 people at Big Conference" in str(big["text"])
    assert "19,999 not contacted yet" in str(big["text"])

    done, snoozed = people["Guest 00001 Visitor"], people["Guest 00002 Visitor"]
    kith.run("done", "Guest 00001 Visitor", "--today", TODAY.isoformat(), check=True)
    kith.run("snooze", "Guest 00002 Visitor", "--days", "3", "--today", TODAY.isoformat(),
             check=True)
    found = post_event()
    big = next(r for r in found if "Big Conference" in str(r["text"]))
    assert set(big["contact_ids"]) == pending - {done, snoozed}  # type: ignore[arg-type]
    assert all(done not in r["contact_ids"] and snoozed not in r["contact_ids"]  # type: ignore[operator]
               for r in kith.json("prompts", "--today", TODAY.isoformat(), "--all"))
