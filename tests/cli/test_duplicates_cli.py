"""``kith duplicates``, ``kith merge`` and ``kith unmerge``: the contract (issue #15)."""

from __future__ import annotations

from pathlib import Path

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nN:Ng;Bob;;;\r\nORG:Acme\r\n"
    "EMAIL:bob@acme.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Robert Ng\r\nN:Ng;Robert;;;\r\nORG:Acme Inc.\r\n"
    "TEL:+1 512 555 0199\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cara Diaz\r\nN:Diaz;Cara;;;\r\nEND:VCARD\r\n"
)


def setup(kith, tmp_path: Path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    path = tmp_path / "mixer.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    kith.run("import", str(path), check=True)
    kith.run("log", "Bob Ng", "--channel", "call", "--note", "talked taxes", check=True)
    return {c["display_name"]: c["id"] for c in kith.json("contacts")}


def test_duplicates_json_then_merge_and_unmerge(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = setup(kith, tmp_path)
    bob, robert = ids["Bob Ng"], ids["Robert Ng"]
    found = kith.json("duplicates")
    assert found == [{"contact_ids": [bob, robert], "score": 0.75,
                      "reason": "Bob and Robert Ng at Acme"}]
    text = kith.run("duplicates", check=True).stdout
    assert "Bob and Robert Ng at Acme" in text and f"kith merge {bob} {robert}" in text

    merged = kith.json("merge", str(robert), str(bob))
    assert merged == {"merge_id": 1, "kept": robert, "merged": [bob]}
    people = kith.json("contacts")
    assert [(c["display_name"], c["id"]) for c in people if "Ng" in c["display_name"]] == [
        ("Robert Ng", robert)]
    timeline = kith.run("timeline", str(robert), check=True).stdout
    assert "talked taxes" in timeline and "Merged Bob Ng into this person" in timeline
    assert kith.json("duplicates") == []

    undone = kith.run("unmerge", "1")
    assert undone.returncode == 0, undone.stderr
    said = kith.run("merge", str(robert), str(bob), check=True).stdout
    assert said.startswith("Merged 1 person into Robert Ng")
    assert kith.run("unmerge", "2").returncode == 0
    assert "1 brought back from the trash" in undone.stdout
    assert "talked taxes" in kith.run("timeline", str(bob), check=True).stdout
    assert kith.json("duplicates") == found
    again = kith.run("unmerge", "1")
    assert again.returncode == 1 and "already undone" in again.stderr


def test_not_same_is_remembered(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = setup(kith, tmp_path)
    said = kith.run("duplicates", "--not-same", str(ids["Bob Ng"]), str(ids["Robert Ng"]))
    assert said.returncode == 0 and "not the same person" in said.stdout
    assert kith.json("duplicates") == []
    assert "No likely duplicates found." in kith.run("duplicates", check=True).stdout


def test_exit_codes(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = setup(kith, tmp_path)
    bob = str(ids["Bob Ng"])
    assert kith.run("merge", bob).returncode == 2
    assert kith.run("merge", bob, bob).returncode == 2
    assert kith.run("merge", bob, "x").returncode == 2
    assert kith.run("duplicates", "--not-same", bob).returncode == 2
    missing = kith.run("merge", bob, "999")
    assert missing.returncode == 1
    assert missing.stderr.startswith("kith: One of those people no longer exists")
    assert kith.run("unmerge", "7").returncode == 1
    assert '"merge_id"' in kith.run("merge", "--help", check=True).stdout
