"""``kith edit A --link B --as RELATION`` / ``--unlink B`` and the ``links`` of
``kith contacts --json`` (issue #15, who knows whom)."""

from __future__ import annotations

from pathlib import Path

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@acme.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cara Diaz\r\nEND:VCARD\r\n"
)


def people(kith, tmp_path: Path) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    path = tmp_path / "cards.vcf"
    if not path.exists():
        path.write_text(CARDS, encoding="utf-8", newline="")
        kith.run("import", str(path), check=True)
    return {c["display_name"]: c for c in kith.json("contacts")}


def test_link_shows_on_both_people(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    found = people(kith, tmp_path)
    ana, bob = found["Ana Silva"]["id"], found["Bob Ng"]["id"]
    assert found["Ana Silva"]["links"] == [] and found["Bob Ng"]["links"] == []

    result = kith.run("edit", "Bob Ng", "--link", "ana@acme.com", "--as", "introduced-by")
    assert result.returncode == 0, result.stderr
    assert "Bob Ng: introduced by Ana Silva." in result.stdout
    found = people(kith, tmp_path)
    assert found["Bob Ng"]["links"] == [{"contact_id": ana, "relation": "introduced-by"}]
    assert found["Ana Silva"]["links"] == [{"contact_id": bob, "relation": "introduced"}]
    assert found["Cara Diaz"]["links"] == []

    # by id, a manager and free text; setting the pair again replaces its link
    cara = found["Cara Diaz"]["id"]
    kith.run("edit", str(cara), "--link", str(ana), "--as", "manages", check=True)
    kith.run("edit", "Cara", "--link", "Bob", "--as", "old school friend", check=True)
    found = people(kith, tmp_path)
    assert found["Ana Silva"]["links"] == [
        {"contact_id": bob, "relation": "introduced"},
        {"contact_id": cara, "relation": "reports-to"}]
    assert found["Bob Ng"]["links"] == [
        {"contact_id": ana, "relation": "introduced-by"},
        {"contact_id": cara, "relation": "old school friend"}]

    result = kith.run("edit", "Ana", "--unlink", "Cara Diaz")
    assert result.returncode == 0, result.stderr
    found = people(kith, tmp_path)
    assert found["Cara Diaz"]["links"] == [{"contact_id": bob, "relation": "old school friend"}]


def test_link_usage_errors_change_nothing(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people(kith, tmp_path)
    result = kith.run("edit", "Bob Ng", "--link", "Ana Silva")
    assert result.returncode == 2 and "--link and --as go together" in result.stderr
    result = kith.run("edit", "Bob Ng", "--link", "Bob Ng", "--as", "friend-of")
    assert result.returncode == 2 and "linked to themselves" in result.stderr
    result = kith.run("edit", "Bob Ng", "--link", "Nobody Here", "--as", "friend-of")
    assert result.returncode == 2 and "no contact matches" in result.stderr
    result = kith.run("edit", "Bob Ng", "--unlink", "Ana Silva")
    assert result.returncode == 2 and "no link" in result.stderr
    # a failed link takes the rest of the edit back with it
    result = kith.run("edit", "Bob Ng", "--add-tag", "vip", "--link", "Bob Ng", "--as", "x")
    assert result.returncode == 2
    found = people(kith, tmp_path)
    assert found["Bob Ng"]["tags"] == [] and all(c["links"] == [] for c in found.values())


def test_relinking_says_what_the_old_link_was(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One link per pair: setting another one over it says so, naming the old one."""
    people(kith, tmp_path)
    result = kith.run("edit", "Bob Ng", "--link", "Ana Silva", "--as", "climbing buddy")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "Bob Ng: climbing buddy: Ana Silva."
    result = kith.run("edit", "Bob Ng", "--link", "Ana Silva", "--as", "friend-of")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "Bob Ng: friend of Ana Silva (was: climbing buddy)."
    result = kith.run("edit", "Ana", "--link", "Bob", "--as", "introduced")
    assert result.stdout.splitlines()[-1] == "Ana Silva: introduced Bob Ng (was: friend of)."
    assert "replaces theirs" in kith.run("edit", "--help").stdout


def test_links_lists_them_as_seen_from_that_person(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    found = people(kith, tmp_path)
    ana, bob, cara = (found[n]["id"] for n in ("Ana Silva", "Bob Ng", "Cara Diaz"))
    result = kith.run("links", "Bob Ng")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"Bob Ng has no links yet. Add one with 'kith edit {bob} --link "
                             "OTHER --as RELATION'.\n")
    assert kith.json("links", "Bob") == []
    kith.run("edit", "Bob Ng", "--link", "Ana Silva", "--as", "introduced-by", check=True)
    kith.run("edit", "Cara", "--link", "Bob", "--as", "old school friend", check=True)
    kith.run("edit", "Cara", "--link", "Ana", "--as", "manages", check=True)

    assert kith.json("links", "Bob Ng") == [
        {"contact_id": ana, "name": "Ana Silva", "relation": "introduced-by"},
        {"contact_id": cara, "name": "Cara Diaz", "relation": "old school friend"}]
    assert kith.json("links", "ana@acme.com") == [
        {"contact_id": bob, "name": "Bob Ng", "relation": "introduced"},
        {"contact_id": cara, "name": "Cara Diaz", "relation": "reports-to"}]
    lines = kith.run("links", str(bob), check=True).stdout.splitlines()
    assert lines[0] == "Bob Ng knows:"
    assert [line.split() for line in lines[3:]] == [
        [str(ana), "Ana", "Silva", "introduced", "by"],
        [str(cara), "Cara", "Diaz", "old", "school", "friend"]]

    result = kith.run("links", "Nobody Here")
    assert result.returncode == 2 and "no contact matches" in result.stderr
    help_text = kith.run("links", "--help").stdout
    assert '{"contact_id", "name", "relation"}' in help_text
    assert '"relation" is as\nseen from CONTACT' in help_text
