"""Undo of an import reverts what the import changed and keeps what was done since."""

import datetime as dt
from pathlib import Path

from kith.services.cards import importer
from kith.services.cards.importer import EventSpec
from kith.services.cards.undo import revert
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import interactions
from kith.store.database import connection as conn
from kith.vcard.model import CardPoint

ANA = """BEGIN:VCARD
VERSION:3.0
UID:ana-1
FN:Ana Silva
EMAIL:ana@acme.com
END:VCARD
"""

ANA_MORE = """BEGIN:VCARD
VERSION:3.0
UID:ana-1
FN:Ana Silva
EMAIL:ana@acme.com
TEL:+1 512 555 0199
TITLE:CTO
CATEGORIES:investor
END:VCARD
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    return path


def run_import(paths, event=None):  # type: ignore[no-untyped-def]
    return importer.commit(importer.plan(paths), event)


def live_ids() -> list[int]:
    return [r[0] for r in conn().execute("SELECT id FROM contact WHERE deleted_at IS NULL")]


def test_undo_keeps_edits_made_after_the_merge(db: Path, tmp_path: Path) -> None:
    run_import([write(tmp_path, "a.vcf", ANA)])
    merged = run_import([write(tmp_path, "b.vcf", ANA_MORE)])
    assert merged.merged == 1
    (cid,) = live_ids()
    ana = contacts.load(cid)
    ana.tags = [*ana.tags, "vip"]
    ana.how_met = "met through a friend"
    ana.cadence_days = 30
    contacts.update(cid, ana)

    result = importer.undo(merged.batch_id)

    after = contacts.load(cid)
    # What the import brought is gone...
    assert [p.value for p in after.points] == ["ana@acme.com"]
    assert after.title == ""
    assert "investor" not in after.tags
    # ...and what was edited since stays.
    assert after.tags == ["vip"]
    assert after.how_met == "met through a friend"
    assert after.cadence_days == 30
    assert result.restored == 1 and result.kept == []


def test_a_field_the_import_set_and_the_user_then_changed_is_kept_and_named(
        db: Path, tmp_path: Path) -> None:
    run_import([write(tmp_path, "a.vcf", ANA)])
    merged = run_import([write(tmp_path, "b.vcf", ANA_MORE)])
    (cid,) = live_ids()
    ana = contacts.load(cid)
    ana.title = "Chief Technology Officer"
    contacts.update(cid, ana)

    result = importer.undo(merged.batch_id)

    after = contacts.load(cid)
    assert after.title == "Chief Technology Officer"
    assert [p.value for p in after.points] == ["ana@acme.com"]  # the phone still goes
    (kept,) = result.kept
    assert (kept.contact_id, kept.name, kept.fields) == (cid, "Ana Silva", ["title"])


def test_people_the_import_created_stay_when_something_since_depends_on_them(
        db: Path, tmp_path: Path) -> None:
    party = write(tmp_path, "party.vcf", ANA + "BEGIN:VCARD\nVERSION:3.0\nFN:Bob Ng\nEND:VCARD\n"
                  + "BEGIN:VCARD\nVERSION:3.0\nFN:Cara Diaz\nEND:VCARD\n")
    batch = run_import([party], EventSpec("Mixer", dt.date(2026, 11, 20)))
    ids = {contacts.load(i).display_name: i for i in live_ids()}
    interactions.log(interactions.Interaction(
        id=None, contact_id=ids["Bob Ng"], occurred_on=dt.date(2026, 11, 21), channel="call",
        summary="moving to Austin"))

    result = importer.undo(batch.batch_id)

    assert live_ids() == [ids["Bob Ng"]]
    assert [(k.name, k.reason) for k in result.kept] == [
        ("Bob Ng", "you have logged an interaction with them")]
    assert result.removed == 2
    # Bob keeps the event he was met at, so the event stays too.
    assert conn().execute("SELECT COUNT(*) FROM event").fetchone()[0] == 1
    assert conn().execute(
        "SELECT contact_id FROM contact_event").fetchall() == [(ids["Bob Ng"],)]


def test_undo_of_an_unedited_merge_restores_the_contact_exactly(db: Path, tmp_path: Path) -> None:
    run_import([write(tmp_path, "a.vcf", ANA)])
    (cid,) = live_ids()
    before = contacts.load(cid)
    merged = run_import([write(tmp_path, "b.vcf", ANA_MORE)])
    assert contacts.load(cid) != before
    importer.undo(merged.batch_id)
    assert contacts.load(cid) == before


def test_revert_takes_back_only_the_change() -> None:
    before = ContactRecord(display_name="A", title="", tags=["x"],
                           points=[CardPoint("email", "a@x.example")])
    after = ContactRecord(display_name="A", title="CTO", tags=["x", "y"],
                          points=[CardPoint("email", "a@x.example"), CardPoint("phone", "1")])
    current = ContactRecord(display_name="A (Acme)", title="CTO", tags=["x", "y", "z"],
                            points=[CardPoint("phone", "1"), CardPoint("email", "a@x.example"),
                                    CardPoint("phone", "2")])
    out, kept = revert(current, before, after)
    assert out.display_name == "A (Acme)"  # edited since, and not by the import
    assert out.title == ""
    assert out.tags == ["x", "z"]
    assert [p.value for p in out.points] == ["a@x.example", "2"]
    assert kept == []


def test_a_save_overwrites_a_field_changed_meanwhile_and_an_undo_does_not() -> None:
    from kith.services.contacts.changes import apply_change

    base = ContactRecord(display_name="A", title="", notes="n")
    target = ContactRecord(display_name="A", title="CTO", notes="n")
    current = ContactRecord(display_name="A", title="CEO", notes="changed elsewhere")
    saved, conflicts = apply_change(current, base, target, overwrite=True)
    assert (saved.title, saved.notes, conflicts) == ("CTO", "changed elsewhere", ["title"])
    undone, conflicts = apply_change(current, target, base, overwrite=False)
    assert (undone.title, undone.notes, conflicts) == ("CEO", "changed elsewhere", ["title"])


def test_notes_two_imports_appended_are_taken_back_in_any_order(db: Path, tmp_path: Path) -> None:
    card = "BEGIN:VCARD\nVERSION:3.0\nUID:u1\nFN:Ana Silva\nNOTE:{}\nEND:VCARD\n"
    run_import([write(tmp_path, "a.vcf", card.format("note 0"))])
    second = run_import([write(tmp_path, "b.vcf", card.format("second"))])
    third = run_import([write(tmp_path, "c.vcf", card.format("third"))])
    (cid,) = live_ids()
    assert contacts.load(cid).notes == "note 0\n\nsecond\n\nthird"
    assert importer.undo(second.batch_id).kept == []
    assert contacts.load(cid).notes == "note 0\n\nthird"
    importer.undo(third.batch_id)
    assert contacts.load(cid).notes == "note 0"


def test_undoing_imports_newest_first_removes_the_people_the_first_created(
        db: Path, tmp_path: Path) -> None:
    first = run_import([write(tmp_path, "a.vcf", ANA)])
    second = run_import([write(tmp_path, "b.vcf", ANA_MORE)])
    assert second.merged == 1
    importer.undo(second.batch_id)
    result = importer.undo(first.batch_id)
    assert live_ids() == [] and result.kept == [] and result.removed == 1


def test_an_edit_in_the_same_second_as_the_import_keeps_the_person(
        db: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    moment = dt.datetime(2026, 11, 30, 9, 0, 0)
    monkeypatch.setattr("kith.clock.now", lambda: moment)
    batch = run_import([write(tmp_path, "a.vcf", ANA)])
    (cid,) = live_ids()
    # Within the same second: whole-second stamps cannot tell the edit from the import.
    monkeypatch.setattr("kith.clock.stamp", lambda: moment.replace(microsecond=250_000))
    ana = contacts.load(cid)
    ana.how_met = "keep me"
    contacts.update(cid, ana)
    result = importer.undo(batch.batch_id)
    assert live_ids() == [cid]
    assert [(k.name, k.reason) for k in result.kept] == [("Ana Silva", "they were edited since")]
