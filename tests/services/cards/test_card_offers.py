"""A card's X-KITH-OFFER / X-KITH-NEED become that person's needs and offers, once (issue #13)."""

from pathlib import Path

from kith.services.cards import importer
from kith.services.cards.undo import undo
from kith.services.contacts import people as contacts
from kith.services.contacts.summaries import summaries
from kith.services.ideas import needs
from kith.store.database import connection as conn

BEA = """BEGIN:VCARD
VERSION:4.0
UID:urn:uuid:bea-1
FN:Bea Kim
EMAIL:bea@example.com
X-KITH-OFFER:tax advice for small shops
X-KITH-OFFER:knows the Austin scene
X-KITH-NEED:a plumber for the new kitchen
END:VCARD
"""

BEA_PLAIN = """BEGIN:VCARD
VERSION:3.0
UID:urn:uuid:bea-1
FN:Bea Kim
EMAIL:bea@example.com
END:VCARD
"""

BEA_LATER = """BEGIN:VCARD
VERSION:4.0
UID:urn:uuid:bea-1
FN:Bea Kim
EMAIL:bea@example.com
X-KITH-OFFER:Tax advice  for small shops
X-KITH-OFFER:mentors first-time founders
END:VCARD
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    return path


def run_import(*paths: Path) -> importer.ImportResult:
    return importer.commit(importer.plan(list(paths)))


def bea() -> int:
    (cid,) = [r[0] for r in conn().execute(
        "SELECT id FROM contact WHERE display_name = 'Bea Kim' AND deleted_at IS NULL")]
    return int(cid)


def items(cid: int) -> list[tuple[str, str, bool]]:
    return sorted((i.kind, i.text, i.from_card) for i in needs.for_contact(cid, True))


def test_a_new_persons_card_fills_their_needs_and_offers_once(db: Path, tmp_path: Path) -> None:
    card = write(tmp_path, "bea.vcf", BEA)
    first = run_import(card)
    assert first.created == 1
    expected = [("need", "a plumber for the new kitchen", True),
                ("offer", "knows the Austin scene", True),
                ("offer", "tax advice for small shops", True)]
    assert items(bea()) == expected
    again = run_import(card)
    assert (again.created, again.merged, again.unchanged) == (0, 0, 1)
    assert items(bea()) == expected  # nothing twice

    # undo of the re-import leaves the first import's items; undo of the first removes all
    undo(again.batch_id)
    assert items(bea()) == expected
    undo(first.batch_id)
    assert conn().execute("SELECT COUNT(*) FROM need_offer").fetchone()[0] == 0
    assert conn().execute(
        "SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0] == 0


def test_a_known_persons_card_adds_only_what_is_new_and_undo_takes_it_back(
        db: Path, tmp_path: Path) -> None:
    run_import(write(tmp_path, "plain.vcf", BEA_PLAIN))
    cid = bea()
    typed = needs.add(cid, "need", "a plumber for the new kitchen", needs.clock.today())
    needs.close(typed)  # met already: the card must not bring it back
    result = run_import(write(tmp_path, "bea.vcf", BEA))
    assert result.merged == 1  # what the card brought counts as a change
    assert items(cid) == [("need", "a plumber for the new kitchen", False),
                          ("offer", "knows the Austin scene", True),
                          ("offer", "tax advice for small shops", True)]
    later = run_import(write(tmp_path, "later.vcf", BEA_LATER))
    assert [t for k, t, _ in items(cid) if k == "offer"] == [
        "knows the Austin scene", "mentors first-time founders", "tax advice for small shops"]
    undo(later.batch_id)
    undo(result.batch_id)
    assert items(cid) == [("need", "a plumber for the new kitchen", False)]
    assert bea() == cid  # the person stays: the first import made them


def test_a_person_kept_by_undo_loses_only_the_cards_items(db: Path, tmp_path: Path) -> None:
    result = run_import(write(tmp_path, "bea.vcf", BEA))
    cid = bea()
    needs.add(cid, "offer", "lends a van", needs.clock.today())
    done = undo(result.batch_id)
    assert [k.contact_id for k in done.kept] == [cid]
    assert items(cid) == [("offer", "lends a van", False)]


def test_cards_of_the_same_person_in_one_import_fold_their_offers(
        db: Path, tmp_path: Path) -> None:
    run_import(write(tmp_path, "a.vcf", BEA), write(tmp_path, "b.vcf", BEA_LATER))
    assert [t for k, t, _ in items(bea()) if k == "offer"] == [
        "knows the Austin scene", "mentors first-time founders", "tax advice for small shops"]


def test_summaries_list_open_needs_and_offers(db: Path, tmp_path: Path) -> None:
    run_import(write(tmp_path, "bea.vcf", BEA))
    cid = bea()
    other = contacts.create(contacts.ContactRecord(display_name="Cy Ode"))
    gone = needs.add(cid, "offer", "used to lend a van", needs.clock.today())
    needs.close(gone)
    found = {s["display_name"]: s for s in summaries([cid, other])}
    assert found["Bea Kim"]["needs"] == ["a plumber for the new kitchen"]
    assert found["Bea Kim"]["offers"] == ["tax advice for small shops", "knows the Austin scene"]
    assert (found["Cy Ode"]["needs"], found["Cy Ode"]["offers"]) == ([], [])


def test_your_card_carries_no_more_offers_than_an_import_keeps(db) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from kith.services.cards import my_card
    from kith.services.ideas import needs
    from kith.vcard.builder import MAX_KITH_ITEMS

    my_card.save(my_card.MyDetails(name="Jana Müller"))
    for n in range(MAX_KITH_ITEMS + 10):
        needs.add(None, "offer", f"offer number {n}", dt.date(2026, 11, 1))
    card = my_card.card()
    assert len(card.offers) == MAX_KITH_ITEMS
    assert card.offers[-1] == f"offer number {MAX_KITH_ITEMS + 9}"  # the newest kept
