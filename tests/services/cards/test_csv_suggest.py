"""An unknown CSV: the --map suggested from its own columns (header and values agree),
the mapping preview read like the import, and --map's columns in any case."""

from pathlib import Path

import pytest

from kith.errors import Invalid
from kith.services.cards.csv_layouts import CsvCard, parse_map
from kith.services.cards.csv_reader import UnknownLayout, columns_and_rows, iter_csv
from kith.services.cards.csv_suggest import suggest_map
from kith.vcard.model import Problem

FIXTURES = Path(__file__).parents[2] / "fixtures" / "csv"


def refusal(name: str) -> UnknownLayout:
    with pytest.raises(UnknownLayout) as caught, (FIXTURES / name).open("rb") as stream:
        list(iter_csv(stream, name))
    return caught.value


def test_the_refusal_suggests_a_map_of_the_files_own_columns() -> None:
    message = str(refusal("unknown_layout.csv"))
    assert '--map "Name=Full Name,Email=Mail,Phone=Cell,Org=Firm"' in message
    assert "Given=First" not in message


def test_a_header_that_names_a_field_is_not_paired_when_its_values_disagree() -> None:
    message = str(refusal("names_are_emails.csv"))  # "Name" holds e-mail addresses
    assert '--map "Phone=Phone" (Name left out)' in message
    columns = ["Mail", "Cell", "Company", "Notes", "Birthday"]
    rows = [["Noor Aziz", "call after 6", "ACME", "x", "sometime"],
            ["Ben Ortiz", "", "", "", ""]]
    assert suggest_map(columns, rows) == {"Org": ["Company"], "Note": ["Notes"]}


def test_columns_without_a_plain_name_or_without_values_are_not_paired() -> None:
    columns = ["Kunde", "Kontakt", "Telefon", "E-Mail"]
    rows = [["Noor Aziz", "noor@example.org", "", "noor@example.org"]]
    assert suggest_map(columns, rows) == {"Email": ["E-Mail"]}  # Telefon has no value


def test_a_file_with_no_plain_columns_gets_an_example_with_its_own_columns(
        tmp_path: Path) -> None:
    path = tmp_path / "club.csv"
    path.write_text("Kunde,Kontakt\nNoor Aziz,noor@example.org\n", encoding="utf-8")
    with pytest.raises(UnknownLayout) as caught, path.open("rb") as stream:
        list(iter_csv(stream, "club.csv"))
    message = str(caught.value)
    assert "Its columns are: Kunde, Kontakt." in message
    assert ('for example --map "Name=Kunde,Email=Kontakt" if Kunde holds names and Kontakt '
            "e-mail addresses") in message


def test_the_suggested_map_reads_the_file() -> None:
    suggested = refusal("unknown_layout.csv").rows
    assert suggested[0][0] == "Noor Aziz"
    with (FIXTURES / "unknown_layout.csv").open("rb") as stream:
        items = list(iter_csv(stream, "u.csv",
                              {"*": "Name=Full Name,Email=Mail,Phone=Cell,Org=Firm"}))
    assert [i.display_name() for i in items if isinstance(i, CsvCard)] == [
        "Noor Aziz", "Ben Ortiz"]


def test_the_mapping_preview_reads_rows_as_the_import_does() -> None:
    columns, rows = columns_and_rows((FIXTURES / "unknown_unterminated.csv").read_bytes())
    assert columns == ["Full Name", "Mail", "Cell", "Firm"]
    # The row whose quote is never closed is left out; the rows after it are all there.
    assert [r[0] for r in rows] == ["Ben Ortiz", "Lea Vogel"]


def test_a_column_named_in_another_case_is_used_and_said() -> None:
    with (FIXTURES / "unknown_layout.csv").open("rb") as stream:
        items = list(iter_csv(stream, "u.csv", {"*": "name=full name,Email=Mail"}))
    told = [i.message for i in items if isinstance(i, Problem)]
    assert told == ["--map named the column 'full name'; the file's column 'Full Name' "
                    "was used"]
    assert [i.display_name() for i in items if isinstance(i, CsvCard)] == [
        "Noor Aziz", "Ben Ortiz"]


def test_columns_that_differ_only_in_case_cannot_be_mapped() -> None:
    with pytest.raises(Invalid, match="2 columns named 'email'"):
        parse_map("Email=email", ["Email", "EMAIL", "Name"])
    assert parse_map("Name=Name", ["Email", "EMAIL", "Name"]) == {"Name": ["Name"]}


def test_columns_differing_only_in_case_are_left_out_of_the_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "twins.csv"
    path.write_text("Full Name,mail,MAIL,Cell\nNoor Aziz,noor@a.org,noor@b.org,+1 512 555 0199\n",
                    encoding="utf-8")
    with pytest.raises(UnknownLayout) as caught, path.open("rb") as stream:
        list(iter_csv(stream, "twins.csv"))
    message = str(caught.value)
    assert '--map "Name=Full Name,Phone=Cell" (mail, MAIL left out)' in message
    assert "differ only in case (mail, MAIL)" in message
    suggested = message.split('--map "')[1].split('"')[0]
    parse_map(suggested, ["Full Name", "mail", "MAIL", "Cell"])  # the import takes it


def test_a_very_long_header_is_not_echoed_in_full(tmp_path: Path) -> None:
    long = "x" * 5000
    path = tmp_path / "long.csv"
    path.write_text(f"Full Name,Mail,{long}\nNoor Aziz,noor@a.org,y\n", encoding="utf-8")
    with pytest.raises(UnknownLayout) as caught, path.open("rb") as stream:
        list(iter_csv(stream, "long.csv"))
    message = str(caught.value)
    assert "x" * 61 not in message
    assert "x" * 59 + "…" in message
    assert '--map "Name=Full Name,Email=Mail"' in message
    assert len(message) < 1000
