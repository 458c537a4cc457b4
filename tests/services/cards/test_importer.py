import datetime as dt
from pathlib import Path

import pytest

from kith.errors import Cancelled, Conflict
from kith.services.cards import importer
from kith.services.cards.importer import EventSpec
from kith.services.contacts import people as contacts
from kith.services.contacts import search, summaries
from kith.services.contacts.records import ContactRecord
from kith.store.database import connection as conn
from kith.vcard.model import CardPoint

PARTY = """BEGIN:VCARD
VERSION:3.0
UID:ana-1
FN:Ana Silva
N:Silva;Ana;;;
ORG:Acme Corp
TITLE:CTO
EMAIL;TYPE=work:ana@acme.com
TEL;TYPE=cell:+1 512 555 0199
NOTE:Talked about hiring a frontend developer
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Bob Ng
EMAIL:bob@initech.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Cara Díaz
ORG:Globex
END:VCARD
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    return path


def run_import(paths, event=None, **kw):  # type: ignore[no-untyped-def]
    return importer.commit(importer.plan(paths), event, **kw)


def everything() -> list[dict]:  # type: ignore[type-arg]
    return summaries.summaries(search.ids())


def test_import_as_event_creates_people_links_and_follow_ups(db: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "party.vcf", PARTY)
    result = run_import([path], EventSpec("Gallatin Mixer", dt.date(2026, 11, 20), "Nashville"))
    assert (result.cards_read, result.created, result.merged, result.unchanged) == (3, 3, 0, 0)
    assert result.failed == 0 and result.problems == []
    people = {p["display_name"]: p for p in everything()}
    assert set(people) == {"Ana Silva", "Bob Ng", "Cara Díaz"}
    assert all(p["events"] == ["Gallatin Mixer"] for p in people.values())
    assert all(p["next_follow_up"] == "2026-11-22" for p in people.values())
    ana = contacts.load(people["Ana Silva"]["id"])
    assert ana.how_met == "Met at Gallatin Mixer"
    assert ana.uid == "ana-1" and ana.title == "CTO"
    met = conn().execute(
        "SELECT occurred_on, kind, summary FROM timeline_entry WHERE contact_id = ?", (ana.id,)
    ).fetchall()
    assert met == [("2026-11-20", "met", "Met at Gallatin Mixer")]
    event = conn().execute("SELECT name, date, place FROM event").fetchall()
    assert event == [("Gallatin Mixer", "2026-11-20", "Nashville")]


def test_reimporting_the_same_file_changes_and_creates_nothing(db: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "party.vcf", PARTY)
    spec = EventSpec("Gallatin Mixer", dt.date(2026, 11, 20))
    run_import([path], spec)
    before = everything()
    again = run_import([path], spec)
    assert (again.created, again.merged, again.unchanged) == (0, 0, 3)
    assert everything() == before
    follow_ups = conn().execute("SELECT COUNT(*) FROM follow_up").fetchone()[0]
    assert follow_ups == 3
    # Without an event too.
    assert run_import([path]).created == 0


def test_merge_adds_and_never_overwrites(db: Path, tmp_path: Path) -> None:
    cid = contacts.create(ContactRecord(
        given_name="Ana", family_name="Silva", organization="Initech", notes="Old note",
        points=[CardPoint("email", "ANA@acme.com", "home")]))
    before = contacts.load(cid)
    path = write(tmp_path, "party.vcf", PARTY)
    the_plan = importer.plan([path])
    ana = next(c for c in the_plan.cards if c.record.display_name == "Ana Silva")
    assert ana.action == "merge" and ana.match is not None and ana.match.contact_id == cid
    assert "same e-mail ana@acme.com" == ana.match.reason
    assert "adds phone +1 512 555 0199" in ana.changes
    assert ana.differences == ["organisation on the card: Acme Corp (Kith keeps Initech)"]
    result = importer.commit(the_plan, EventSpec("Mixer", dt.date(2026, 11, 20)))
    assert (result.created, result.merged) == (2, 1)
    after = contacts.load(cid)
    assert after.organization == "Initech"  # kept
    assert after.title == "CTO"  # filled
    assert after.notes == "Old note\n\nTalked about hiring a frontend developer"
    assert [p.value for p in after.points] == ["ANA@acme.com", "+1 512 555 0199"]
    assert after.points[0].label == "home"
    kinds = [r[0] for r in conn().execute(
        "SELECT kind FROM timeline_entry WHERE contact_id = ? ORDER BY id", (cid,))]
    assert kinds == ["change", "met"]

    # Undo puts Ana back exactly as she was and removes the new people.
    importer.undo(result.batch_id)
    assert contacts.load(cid) == before
    assert [p["display_name"] for p in everything()] == ["Ana Silva"]
    assert conn().execute("SELECT COUNT(*) FROM event").fetchone()[0] == 0
    assert conn().execute("SELECT COUNT(*) FROM timeline_entry").fetchone()[0] == 0
    assert conn().execute("SELECT COUNT(*) FROM follow_up").fetchone()[0] == 0
    with pytest.raises(Conflict, match="already undone"):
        importer.undo(result.batch_id)


@pytest.mark.parametrize(
    ("stored", "card", "reason"),
    [
        (ContactRecord(display_name="X", uid="u-1"), "UID:u-1\nFN:Someone Else", "same UID"),
        (ContactRecord(display_name="X", points=[CardPoint("phone", "+1 (512) 555-0199")]),
         "FN:Y\nTEL:512.555.0199", "same phone 512.555.0199"),
        (ContactRecord(display_name="Jonathan Smith", organization="Acme Inc."),
         "FN:Jonathon Smith\nORG:ACME", "similar name at ACME"),
        (ContactRecord(display_name="Ana Silva", organization="Acme"),
         "FN:Silva, Ána", "same name"),
    ],
)
def test_matching_rules(db: Path, tmp_path: Path, stored: ContactRecord, card: str,
                        reason: str) -> None:
    cid = contacts.create(stored)
    path = write(tmp_path, "one.vcf", f"BEGIN:VCARD\nVERSION:3.0\n{card}\nEND:VCARD\n")
    (planned,) = importer.plan([path]).cards
    assert planned.match is not None
    assert (planned.match.contact_id, planned.match.reason) == (cid, reason)


def test_different_people_do_not_match(db: Path, tmp_path: Path) -> None:
    contacts.create(ContactRecord(display_name="Jonathan Smith", organization="Acme"))
    path = write(tmp_path, "one.vcf",
                 "BEGIN:VCARD\nVERSION:3.0\nFN:Jonathan Smith\nORG:Globex\nEND:VCARD\n"
                 "BEGIN:VCARD\nVERSION:3.0\nFN:Jane Smithers\nORG:Acme\nEND:VCARD\n")
    assert [c.action for c in importer.plan([path]).cards] == ["create", "create"]


def test_same_uid_twice_in_a_file_makes_one_person(db: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "dup.vcf",
                 "BEGIN:VCARD\nVERSION:3.0\nUID:x\nFN:Ana\nEMAIL:a@x.example\nEND:VCARD\n"
                 "BEGIN:VCARD\nVERSION:3.0\nUID:x\nFN:Ana\nTEL:+44 20 7946 0000\nEND:VCARD\n")
    result = run_import([path])
    assert result.created == 1 and result.cards_read == 2
    (ana,) = everything()
    assert ana["emails"] == ["a@x.example"] and ana["phones"] == ["+44 20 7946 0000"]


def test_per_person_choices_separate_and_skip(db: Path, tmp_path: Path) -> None:
    contacts.create(ContactRecord(display_name="Bob Ng", points=[
        CardPoint("email", "bob@initech.example")]))
    the_plan = importer.plan([write(tmp_path, "p.vcf", PARTY)])
    by_name = {c.record.display_name: c for c in the_plan.cards}
    by_name["Bob Ng"].action = "separate"
    by_name["Cara Díaz"].action = "skip"
    result = importer.commit(the_plan)
    assert (result.created, result.skipped) == (2, 1)
    assert sorted(p["display_name"] for p in everything()) == ["Ana Silva", "Bob Ng", "Bob Ng"]


def test_cancelled_commit_writes_nothing(db: Path, tmp_path: Path) -> None:
    text = "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:P{i}\nEND:VCARD\n" for i in range(300))
    the_plan = importer.plan([write(tmp_path, "many.vcf", text)])
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) > 2

    with pytest.raises(Cancelled):
        importer.commit(the_plan, EventSpec("E"), progress=lambda i, n: seen.append(i),
                        cancelled=cancelled)
    assert seen and everything() == []
    for table in ("import_batch", "event", "contact", "contact_search"):
        assert conn().execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


def test_folders_and_unreadable_cards(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cards"
    (folder / "sub").mkdir(parents=True)
    write(folder, "a.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n")
    write(folder / "sub", "b.VCF", "BEGIN:VCARD\nVERSION:3.0\nNOTE:nothing else\nEND:VCARD\n")
    write(folder, "notes.txt", "BEGIN:VCARD\nFN:Ignored\nEND:VCARD\n")
    the_plan = importer.plan([folder])
    assert [Path(f).name for f in the_plan.files] == ["a.vcf", "b.VCF"]
    assert the_plan.cards_read == 1 and the_plan.failed == 1
    (problem,) = the_plan.problems
    assert problem.file.endswith("b.VCF") and problem.line == 1


def test_existing_event_and_undo_keeps_it(db: Path, tmp_path: Path) -> None:
    first = run_import([write(tmp_path, "a.vcf", PARTY)], EventSpec("Mixer", dt.date(2026, 1, 5)))
    event_id = first.event_id
    other = write(tmp_path, "b.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Dee\nEND:VCARD\n")
    second = run_import([other], EventSpec(event_id=event_id))
    assert second.event_id == event_id
    importer.undo(second.batch_id)
    assert conn().execute("SELECT COUNT(*) FROM event").fetchone()[0] == 1
    assert sorted(p["display_name"] for p in everything()) == ["Ana Silva", "Bob Ng", "Cara Díaz"]


def test_same_name_with_different_uids_stays_two_people(db: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "twins.vcf",
                 "BEGIN:VCARD\nVERSION:3.0\nUID:a\nFN:John Smith\nEND:VCARD\n"
                 "BEGIN:VCARD\nVERSION:3.0\nUID:b\nFN:John Smith\nEND:VCARD\n")
    assert run_import([path]).created == 2
    assert run_import([path]).created == 0
