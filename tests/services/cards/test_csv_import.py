"""CSV rows go through the same plan, matching, batch, undo and problem report as vCards."""

import csv
import datetime as dt
from pathlib import Path

import pytest

from kith.errors import Invalid
from kith.services.cards import importer
from kith.services.cards.csv_reader import BadMap
from kith.services.contacts import people
from kith.services.followups import timeline
from kith.store.database import connection as conn

FIXTURES = Path(__file__).parents[2] / "fixtures" / "csv"


def live() -> dict[str, int]:
    return {name: cid for cid, name in conn().execute(
        "SELECT id, display_name FROM contact WHERE deleted_at IS NULL")}


def run(*paths: Path, maps=None):  # type: ignore[no-untyped-def]
    return importer.commit(importer.plan(paths, maps=maps))


def connected(cid: int) -> list[tuple[dt.date, str]]:
    return [(e.date, e.summary) for e in timeline.for_contact(cid)
            if e.summary == "Connected on LinkedIn"]


def test_linkedin_connections_get_their_date_and_profile_and_undo_with_the_batch(
        db: Path) -> None:
    result = run(FIXTURES / "linkedin_connections.csv")
    assert (result.cards_read, result.created, result.failed) == (5, 5, 0)
    priya = live()["Priya Raman"]
    assert connected(priya) == [(dt.date(2024, 3, 12), "Connected on LinkedIn")]
    record = people.load(priya)
    assert [p.value for p in record.points if p.kind == "url"] == [
        "https://www.linkedin.com/in/priya-raman-0a1b2c"]

    again = run(FIXTURES / "linkedin_connections.csv")
    assert (again.created, again.unchanged) == (0, 5)
    assert connected(priya) == [(dt.date(2024, 3, 12), "Connected on LinkedIn")]

    importer.undo(result.batch_id)
    assert live() == {}
    assert conn().execute("SELECT COUNT(*) FROM timeline_entry").fetchone() == (0,)


def test_a_connection_already_in_kith_merges_and_its_entry_goes_with_undo(
        db: Path, tmp_path: Path) -> None:
    card = tmp_path / "tomas.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tomás Ferreira\r\n"
                    "EMAIL:tomas.ferreira@example.org\r\nEND:VCARD\r\n", encoding="utf-8")
    run(card)
    tomas = live()["Tomás Ferreira"]
    result = run(FIXTURES / "linkedin_connections.csv")
    assert (result.created, result.merged) == (4, 1)
    assert people.load(tomas).organization == "Harbor & Finch"
    assert connected(tomas) == [(dt.date(2023, 1, 3), "Connected on LinkedIn")]
    importer.undo(result.batch_id)
    assert list(live()) == ["Tomás Ferreira"]
    assert connected(tomas) == []
    assert people.load(tomas).organization == ""


def test_google_labels_become_tags(db: Path) -> None:
    run(FIXTURES / "google_contacts.csv")
    dana = people.load(live()["Dana Whitfield"])
    assert sorted(dana.tags) == ["Conference 2024", "Friends"]


def test_csv_vcard_and_pictures_in_one_batch(db: Path, tmp_path: Path) -> None:
    card = tmp_path / "x.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    result = run(card, FIXTURES / "outlook_contacts.csv",
                 FIXTURES.parent / "qr" / "badge_mecard.png")
    assert result.created == 5
    assert set(live()) == {"Ana Silva", "Mr. Henrik Solberg", "Yasmin Haddad", "Zoë Ångström",
                           "Theo Brooks"}
    importer.undo(result.batch_id)
    assert live() == {}


def test_bad_rows_are_reported_and_lose_nothing_else(db: Path) -> None:
    result = run(FIXTURES / "ragged_rows.csv")
    assert set(live()) == {"Anna Berg", "Eva Falk", "Just A Company Inc", "Gus Hald"}
    assert result.failed == 1
    (problem,) = result.problems
    assert problem["line"] == 3
    assert "6 values where the header has 4 columns" in str(problem["message"])


@pytest.mark.parametrize(("name", "message"), [
    ("empty.csv", "the file is empty"),
    ("header_only.csv", "a header but no rows"),
])
def test_empty_and_header_only_files_are_problems_not_errors(db: Path, name: str,
                                                             message: str) -> None:
    the_plan = importer.plan([FIXTURES / name])
    assert the_plan.cards_read == 0
    assert [p.message for p in the_plan.problems][0].startswith(message) or \
        message in the_plan.problems[0].message


def test_a_mapped_unknown_layout_imports_and_a_bad_map_is_refused(db: Path) -> None:
    unknown = FIXTURES / "unknown_layout.csv"
    with pytest.raises(BadMap, match="no column 'First'"):
        importer.plan([unknown], maps={"*": "Given=First"})
    with pytest.raises(Invalid, match="'Nom' is not a field"):
        importer.plan([unknown], maps={"*": "Nom=Full Name"})
    result = run(unknown, maps={str(unknown): {"Name": ["Full Name"], "Email": ["Mail"],
                                               "Phone": ["Cell"], "Org": ["Firm"]}})
    assert result.created == 2
    noor = people.load(live()["Noor Aziz"])
    assert noor.organization == "Tidewater"
    assert [p.value for p in noor.points] == ["noor@example.org", "+1 212 555 0142"]


def test_ten_thousand_rows_all_arrive(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["First Name", "Last Name", "E-mail Address", "Company"])
        for n in range(10_000):  # distinct people: no two alike by name or e-mail
            first, last = _word(n % 100, "f"), _word(n // 100, "l")
            writer.writerow([first, last, f"{first}.{last}.{n}@example.org".lower(), ""])
    result = run(path)
    assert (result.cards_read, result.created, result.failed) == (10_000, 10_000, 0)
    assert conn().execute("SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL"
                          ).fetchone() == (10_000,)


def _word(n: int, seed: str) -> str:
    """A made-up name, different from the others by more than a typo."""
    syllables = ["ka", "lo", "mi", "re", "su", "ta", "vo", "ni", "pe", "du"]
    return (seed + syllables[n % 10] + syllables[(n // 10) % 10] + syllables[(n * 7) % 10]
            ).capitalize()


def test_a_byte_order_mark_inside_the_file_is_not_kept_in_names(
        db: Path, tmp_path: Path) -> None:
    from kith.services.contacts import search

    path = tmp_path / "joined.csv"
    path.write_bytes(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        "Bom\ufeffMid,Zo\u00eb,https://x.example,bom@x.example,Co,Pos,01 Jan 2024\r\n"
        .encode("utf-8"))
    assert run(path).created == 1
    assert list(live()) == ["BomMid Zo\u00eb"]
    assert search.ids("BomMid") == [live()["BomMid Zo\u00eb"]]


def test_a_quote_never_closed_loses_only_its_row_and_says_which(db: Path) -> None:
    result = run(FIXTURES / "unterminated_quote.csv")
    assert (result.cards_read, result.created) == (5, 5)
    assert sorted(live()) == ["Anna Berg", "Carl Dahl", "Eva Falk", "Gus Hald", "Ida Jensen"]
    (problem,) = result.problems
    assert problem["line"] == 2
    assert "quote opened on this line is never closed" in str(problem["message"])
    assert result.failed == 1


def test_a_quote_never_closed_in_a_note_does_not_swallow_the_next_person(db: Path) -> None:
    result = run(FIXTURES / "unterminated_note.csv")
    assert sorted(live()) == ["Bob Ng", "Cara Diaz"]
    assert [p["line"] for p in result.problems] == [2]
    assert people.load(live()["Bob Ng"]).notes == "Real note"
    assert people.load(live()["Cara Diaz"]).notes == "Two lines,\nstill the note"


def test_notes_over_several_lines_still_import_as_notes(db: Path) -> None:
    result = run(FIXTURES / "notes_multiline.csv")
    assert (result.created, result.problems) == (2, [])
    assert people.load(live()["Ines Carvalho"]).notes == (
        "First line of the note.\nSecond line, with a comma.\n\"Quoted\" third line.")


def test_a_column_mapped_to_notes_may_hold_line_breaks_with_commas(
        db: Path, tmp_path: Path) -> None:
    path = tmp_path / "own.csv"
    path.write_text('Who,Mail,Remarks\nAna Silva,ana@x.example,"Met at the fair.\n'
                    'Likes jazz, tea, and chess."\nBob Ng,bob@x.example,\n', encoding="utf-8")
    result = run(path, maps={"*": "Name=Who,Email=Mail,Note=Remarks"})
    assert (result.created, result.problems) == (2, [])
    assert people.load(live()["Ana Silva"]).notes == (
        "Met at the fair.\nLikes jazz, tea, and chess.")
