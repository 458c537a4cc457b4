"""``kith duplicates``, ``kith merge`` and ``kith unmerge``: the contract (issue #15)."""

from __future__ import annotations

import sqlite3
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
                      "reason": "nickname: Bob and Robert Ng at Acme"}]
    text = kith.run("duplicates", check=True).stdout
    assert "nickname: Bob and Robert Ng at Acme" in text and f"kith merge {bob} {robert}" in text

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


FN_ONLY = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:m1\r\nFN:Ana Silva\r\nEMAIL:ana@a.com\r\nTEL:111\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:m2\r\nFN:Ana Silva\r\nEMAIL:ana@b.com\r\nTEL:222\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:m3\r\nFN:Bob Ng\r\nEMAIL:bob@b.com\r\nEND:VCARD\r\n"
)


def _fn_only(kith, tmp_path: Path) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    path = tmp_path / "fn-only.vcf"
    path.write_text(FN_ONLY, encoding="utf-8", newline="")
    kith.run("import", str(path), check=True)
    ids: dict[str, list[int]] = {}
    for c in kith.json("contacts"):
        ids.setdefault(c["display_name"], []).append(c["id"])
    return ids


def test_merging_people_named_only_by_their_card_keeps_the_name(  # type: ignore[no-untyped-def]
        kith, tmp_path: Path) -> None:
    first, second = _fn_only(kith, tmp_path)["Ana Silva"]
    done = kith.run("merge", str(first), str(second), check=True)
    assert "Merged 1 person into Ana Silva" in done.stdout
    assert "ana@a.com" not in done.stdout
    names = {c["id"]: c["display_name"] for c in kith.json("contacts")}
    assert names[first] == "Ana Silva" and second not in names


def test_a_moment_both_were_in_shows_once_after_the_merge(  # type: ignore[no-untyped-def]
        kith, tmp_path: Path) -> None:
    ids = _fn_only(kith, tmp_path)
    first, second = ids["Ana Silva"]
    bob = ids["Bob Ng"][0]
    kith.run("log", str(bob), str(first), str(second), "--channel", "meeting",
             "--note", "lunch with both Anas", check=True)
    kith.run("log", str(second), "--channel", "call", "--note", "call about Austin",
             check=True)
    kith.run("merge", str(first), str(second), check=True)
    timeline = kith.run("timeline", str(first), check=True).stdout
    assert timeline.count("lunch with both Anas") == 1
    assert timeline.count("call about Austin") == 1
    entries = kith.json("timeline", str(first))
    assert sorted(e["summary"] for e in entries if e["kind"] == "interaction") == [
        "call about Austin", "lunch with both Anas"]
    with sqlite3.connect(kith.data_dir / "kith.sqlite3") as db:
        counts = dict(db.execute("SELECT contact_id, COUNT(*) FROM interaction "
                                 "WHERE deleted_at IS NULL GROUP BY contact_id"))
    assert counts == {first: 2, bob: 1}


def test_two_people_with_one_rare_name_are_proposed(  # type: ignore[no-untyped-def]
        kith, tmp_path: Path) -> None:
    first, second = _fn_only(kith, tmp_path)["Ana Silva"]
    assert kith.json("duplicates") == [{"contact_ids": [first, second], "score": 0.45,
                                        "reason": "same name Ana Silva"}]


THREE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Ash\r\nN:Ash;Ann;;;\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Birch\r\nN:Birch;Bob;;;\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cid Cedar\r\nN:Cedar;Cid;;;\r\nEND:VCARD\r\n"
)


def test_unmerge_waits_for_the_later_merge_of_the_kept_person(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "three.vcf"
    path.write_text(THREE, encoding="utf-8", newline="")
    kith.run("import", str(path), check=True)
    ids = {c["display_name"]: c["id"] for c in kith.json("contacts")}
    ann, bob, cid = ids["Ann Ash"], ids["Bob Birch"], ids["Cid Cedar"]
    kith.run("log", str(bob), "--channel", "call", "--note", "bobcall", check=True)
    assert kith.json("merge", str(ann), str(bob))["merge_id"] == 1
    assert kith.json("merge", str(cid), str(ann))["merge_id"] == 2

    refused = kith.run("unmerge", "1")
    assert refused.returncode == 1
    assert "undo merge 2 first: kith unmerge 2" in refused.stderr
    assert refused.stdout == ""
    assert "bobcall" in kith.run("timeline", str(cid), check=True).stdout

    assert kith.run("unmerge", "2").returncode == 0
    said = kith.run("unmerge", "1")
    assert said.returncode == 0, said.stderr
    assert "1 brought back from the trash" in said.stdout
    assert "bobcall" in kith.run("timeline", str(bob), check=True).stdout
    assert "bobcall" not in kith.run("timeline", str(cid), check=True).stdout
    names = sorted(c["display_name"] for c in kith.json("contacts"))
    assert names == ["Ann Ash", "Bob Birch", "Cid Cedar"]
