import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@acme.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nBROKEN LINE WITHOUT COLON\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:no name at all\r\nEND:VCARD\r\n"
)


def test_import_json_contract_and_undo(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mixer.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    result = kith.run("import", str(path), "--event", "Gallatin Mixer", "--date", "2026-11-20",
                      "--place", "Nashville", "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert isinstance(out["batch_id"], int)
    assert {k: out[k] for k in ("cards_read", "created", "merged", "unchanged", "failed")} == {
        "cards_read": 2, "created": 2, "merged": 0, "unchanged": 0, "failed": 1}
    problems = out["problems"]
    assert {"file", "line", "card", "message"} <= set(problems[0])
    lines = sorted((p["line"], p["card"]) for p in problems)
    assert lines == [(9, "Bob Ng"), (11, "")]
    assert all(p["file"] == str(path) for p in problems)

    people = kith.json("contacts")
    assert [p["display_name"] for p in people] == ["Ana Silva", "Bob Ng"]
    assert all(p["events"] == ["Gallatin Mixer"] for p in people)
    assert all(p["next_follow_up"] == "2026-11-22" for p in people)

    again = json.loads(kith.run("import", str(path), "--event", "Gallatin Mixer", "--date",
                                "2026-11-20", "--json").stdout)
    assert (again["created"], again["merged"], again["unchanged"]) == (0, 0, 2)

    undone = kith.run("undo-import", str(out["batch_id"]))
    assert undone.returncode == 0, undone.stderr
    assert kith.json("contacts") == []
    assert kith.run("undo-import", "999").returncode == 1


def test_import_exit_codes(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(b"\x00\x01 not a vcard at all")
    result = kith.run("import", str(junk), "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["cards_read"] == 0
    assert "nothing was imported" in result.stderr
    assert kith.run("import", str(tmp_path / "missing.vcf")).returncode == 2
    assert kith.run("import").returncode == 2
    assert kith.run("import", str(junk), "--date", "2026-13-01").returncode == 2
    assert kith.run("import", str(junk), "--place", "x").returncode == 2


def test_export_then_import_into_an_empty_profile(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    kith.run("import", str(path), check=True)
    out = tmp_path / "out.vcf"
    for version in ("3.0", "4.0"):
        result = kith.run("export", "-o", str(out), "--vcard-version", version)
        assert result.returncode == 0, result.stderr
        assert out.read_text(encoding="utf-8").startswith("BEGIN:VCARD")
        other = type(kith)(tmp_path / f"other-{version}")
        other.run("import", str(out), check=True)
        keys = ("display_name", "emails", "phones", "organization")
        assert [{k: p[k] for k in keys} for p in other.json("contacts")] == \
            [{k: p[k] for k in keys} for p in kith.json("contacts")]


SLOW_IMPORT = """
import sys, time
from kith.profile import open_profile
open_profile(sys.argv[1], daily_backup=False)
from kith.services.cards import importer
the_plan = importer.plan([sys.argv[2]])
def progress(i, n):
    if i >= 1000:
        print("HALFWAY", flush=True)
        time.sleep(60)
importer.commit(the_plan, importer.EventSpec("Crash"), progress=progress)
"""


def test_sigkill_mid_import_leaves_all_or_nothing(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.vcf"
    path.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@x.example\r\nEND:VCARD\r\n"
        for i in range(2000)), encoding="utf-8", newline="")
    kith.run("contacts", check=True)  # creates the profile
    proc = subprocess.Popen([sys.executable, "-c", SLOW_IMPORT, str(kith.data_dir), str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "HALFWAY"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(kith.data_dir / "kith.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM import_batch").fetchone()[0] == 0
    conn.close()
    # And the same import then runs to the end.
    result = json.loads(kith.run("import", str(path), "--json").stdout)
    assert result["created"] == 2000
