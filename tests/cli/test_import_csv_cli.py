"""kith import FILE.csv / badge.png: the same --json contract, exit 2 for an unknown layout."""

import json
from pathlib import Path

FIXTURES = Path(__file__).parents[1] / "fixtures"
KEYS = {"batch_id", "cards_read", "created", "merged", "unchanged", "failed", "skipped",
        "problems"}


def test_linkedin_csv_json_contract_and_undo(kith) -> None:  # type: ignore[no-untyped-def]
    result = kith.run("import", str(FIXTURES / "csv" / "linkedin_connections.csv"), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == KEYS
    assert (out["cards_read"], out["created"], out["failed"]) == (5, 5, 0)
    people = kith.json("contacts")
    assert len(people) == 5
    undo = kith.run("undo-import", str(out["batch_id"]))
    assert undo.returncode == 0, undo.stderr
    assert kith.json("contacts") == []


def test_unknown_layout_exits_2_listing_columns_then_imports_with_map(kith) -> None:  # type: ignore[no-untyped-def]
    path = str(FIXTURES / "csv" / "unknown_layout.csv")
    refused = kith.run("import", path)
    assert refused.returncode == 2
    assert "Full Name, Mail, Cell, Firm" in refused.stderr
    # The suggestion is made of the file's own columns; nothing was imported on it.
    assert '--map "Name=Full Name,Email=Mail,Phone=Cell,Org=Firm"' in refused.stderr
    assert kith.json("contacts") == []
    bad = kith.run("import", path, "--map", "Surname=Full Name")
    assert bad.returncode == 2
    assert "'Surname' is not a field" in bad.stderr
    done = kith.run("import", path, "--map", "Name=Full Name,Email=Mail,Phone=Cell,Org=Firm",
                    "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["created"] == 2
    assert sorted(p["display_name"] for p in kith.json("contacts")) == ["Ben Ortiz",
                                                                       "Noor Aziz"]


def test_e_mails_in_a_name_column_are_refused_without_a_map(kith) -> None:  # type: ignore[no-untyped-def]
    result = kith.run("import", str(FIXTURES / "csv" / "names_are_emails.csv"))
    assert result.returncode == 2
    assert "Name, Phone" in result.stderr


def test_badge_picture_and_a_picture_without_code(kith) -> None:  # type: ignore[no-untyped-def]
    result = kith.run("import", str(FIXTURES / "qr" / "badge_photo.jpg"),
                      str(FIXTURES / "qr" / "photo_no_code.jpg"), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == KEYS and out["created"] == 1
    assert [Path(p["file"]).name for p in out["problems"]] == ["photo_no_code.jpg"]
    assert [p["display_name"] for p in kith.json("contacts")] == ["Kemi Adeyemi"]


def test_only_a_picture_without_code_fails_with_exit_1(kith) -> None:  # type: ignore[no-untyped-def]
    result = kith.run("import", str(FIXTURES / "qr" / "photo_no_code.jpg"))
    assert result.returncode == 1
    assert "no QR code could be read" in result.stderr


def test_the_suggested_map_runs_as_printed(kith) -> None:  # type: ignore[no-untyped-def]
    import re
    import shlex

    path = str(FIXTURES / "csv" / "unknown_layout.csv")
    refused = kith.run("import", path)
    suggested = re.search(r'--map ("[^"]*")', refused.stderr)
    assert suggested is not None, refused.stderr
    done = kith.run("import", path, "--map", shlex.split(suggested.group(1))[0], "--json")
    assert done.returncode == 0, done.stderr
    people = {p["display_name"]: p for p in kith.json("contacts")}
    assert set(people) == {"Noor Aziz", "Ben Ortiz"}
    assert people["Noor Aziz"]["emails"] == ["noor@example.org"]


def test_a_map_in_another_case_imports_and_says_which_column(kith) -> None:  # type: ignore[no-untyped-def]
    path = str(FIXTURES / "csv" / "unknown_layout.csv")
    done = kith.run("import", path, "--map", "Name=full name,Email=MAIL")
    assert done.returncode == 0, done.stderr
    assert "--map named the column 'full name'; the file's column 'Full Name' was used" in (
        done.stdout)
    assert "the file's column 'Mail' was used" in done.stdout
    assert sorted(p["display_name"] for p in kith.json("contacts")) == ["Ben Ortiz",
                                                                       "Noor Aziz"]
    helped = kith.run("import", "--help")
    assert "match in any case" in " ".join(helped.stdout.split())


def test_a_german_outlook_export_imports_without_a_map(kith) -> None:  # type: ignore[no-untyped-def]
    done = kith.run("import", str(FIXTURES / "csv" / "outlook_de.csv"), "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["created"], out["failed"], out["problems"]) == (2, 0, [])
    assert sorted(p["display_name"] for p in kith.json("contacts")) == ["Anna Groß",
                                                                       "Jürgen Weiß"]
