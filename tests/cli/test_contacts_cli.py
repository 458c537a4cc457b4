import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kith import __version__


def seed(kith) -> None:  # type: ignore[no-untyped-def]
    """Put two people in the profile through the service layer, in a child process."""
    code = f"""
from kith.profile import open_profile
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.vcard.model import CardPoint
open_profile({str(kith.data_dir)!r})
contacts.create(ContactRecord(given_name="Ana", family_name="Silva", organization="Acme",
    title="CTO", birthday="--04-15", tags=["investor"],
    points=[CardPoint("email", "ana@acme.com"), CardPoint("phone", "+1 512 555 0199"),
            CardPoint("url", "https://acme.example")], photo=b"jpeg", photo_mime="image/jpeg"))
contacts.create(ContactRecord(display_name="<b>Bob</b>, Jr.", organization="Initech"))
"""
    subprocess.run([sys.executable, "-c", code], check=True)


def test_contacts_json_contract(kith) -> None:  # type: ignore[no-untyped-def]
    seed(kith)
    rows = kith.json("contacts")
    assert [r["display_name"] for r in rows] == ["<b>Bob</b>, Jr.", "Ana Silva"]
    ana = rows[1]
    assert isinstance(ana["id"], int)
    expected = {
        "display_name": "Ana Silva", "given_name": "Ana", "family_name": "Silva",
        "organization": "Acme", "title": "CTO", "emails": ["ana@acme.com"],
        "phones": ["+1 512 555 0199"], "urls": ["https://acme.example"],
        "birthday": "--04-15", "tags": ["investor"], "events": [], "has_photo": True,
    }
    assert {k: ana[k] for k in expected} == expected
    assert ana["next_follow_up"] is None or len(ana["next_follow_up"]) == 10
    assert rows[0]["has_photo"] is False and rows[0]["birthday"] is None


def test_contacts_search_and_table(kith) -> None:  # type: ignore[no-untyped-def]
    seed(kith)
    assert [r["display_name"] for r in kith.json("contacts", "--search", "acme")] == ["Ana Silva"]
    assert kith.json("contacts", "--search", "nobody-here") == []
    table = kith.run("contacts", check=True).stdout
    lines = table.splitlines()
    header = ["ID", "Name", "Organization", "E-mail", "Phone", "Next", "follow-up"]
    assert lines[0].split() == header
    assert "Ana Silva" in table and "ana@acme.com" in table


def test_empty_profile_prints_empty_array(kith) -> None:  # type: ignore[no-untyped-def]
    assert kith.json("contacts") == []
    assert kith.run("contacts").stdout.strip() == "No contacts."


def test_version_and_help(kith) -> None:  # type: ignore[no-untyped-def]
    result = kith.run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"kith {__version__}"
    result = kith.run("--help")
    assert result.returncode == 0
    for word in ("contacts", "backup", "restore", "--data-dir"):
        assert word in result.stdout


def test_opening_the_window_builds_no_subcommand_parser(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    """Only a word that could be a command (or a file to import) needs the subcommands."""
    monkeypatch.chdir(tmp_path)
    for name in ("party.vcf", "due"):  # a file named like a command, after a file
        (tmp_path / name).write_text("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n")

    import kith.app
    import kith.cli.main  # noqa: F401 - the module, not the function kith.cli exports

    cli_main = sys.modules["kith.cli.main"]
    real = cli_main.build_parser
    built: list[bool] = []
    opened: list[list[str]] = []

    def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
        built.append(with_commands)
        return real(with_commands)

    monkeypatch.setattr(cli_main, "build_parser", build_parser)
    monkeypatch.setattr(kith.app, "run", lambda args, files: opened.append(files) or 0)
    assert cli_main.main(["--minimized", "--data-dir", "D"]) == 0
    assert cli_main.main(["--data-dir", "D", "party.vcf", "due"]) == 0
    assert built == [False, True]
    assert opened == [[], ["party.vcf", "due"]]
    assert {"due", "undo-import", "install-desktop-entry"} <= real().commands


def test_an_unknown_option_without_a_command_is_an_error(kith) -> None:  # type: ignore[no-untyped-def]
    result = kith.run("--frobnicate")
    assert result.returncode == 2 and "kith --help" in result.stderr


def test_wrong_usage_exits_2_with_a_hint(kith) -> None:  # type: ignore[no-untyped-def]
    result = kith.run("contacts", "--frobnicate")
    assert result.returncode == 2
    assert "kith: error:" in result.stderr and "kith --help" in result.stderr
    assert result.stdout == ""


def test_newer_database_is_an_error_with_advice(kith) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    kith.data_dir.mkdir(parents=True)
    conn = sqlite3.connect(kith.data_dir / "kith.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = kith.run("contacts", "--json")
    assert result.returncode == 1
    assert "newer version of Kith" in result.stderr and result.stdout == ""


def test_cli_never_imports_qt(kith) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys\nfrom kith.cli import main\n"
        f"main(['--data-dir', {str(kith.data_dir)!r}, 'contacts', '--json'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
        "assert 'vobject' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_backup_and_restore(kith, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seed(kith)
    target = tmp_path / "copy.sqlite3"
    result = kith.run("backup", str(target), check=True)
    assert "Backed up to" in result.stdout and target.exists()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    result = kith.run("restore", str(bad))
    assert result.returncode == 1
    assert "is not a SQLite database" in result.stderr
    result = kith.run("restore", str(target), check=True)
    assert "replaced database is kept" in result.stdout
    assert len(kith.json("contacts")) == 2


def test_exit_after_start_reports_ready(kith) -> None:  # type: ignore[no-untyped-def]
    seed(kith)
    result = kith.run("--exit-after-start")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("ready in ")
    assert result.stderr.strip().endswith(" ms")


def test_the_window_starts_without_what_it_does_not_show(kith) -> None:  # type: ignore[no-untyped-def]
    """Start-up stays quick: no peewee (its ~25 ms import), no prompts engine, no vCard
    reader, and no page but the one shown (Today, as someone is due)."""
    seed(kith)
    subprocess.run([sys.executable, "-c", f"""
import datetime as dt
from kith.profile import open_profile
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
open_profile({str(kith.data_dir)!r})
contacts.create(ContactRecord(display_name="Due", cadence_days=7), when=dt.datetime(2020, 1, 1))
"""], check=True)
    code = (
        "import sys\nfrom kith.cli import main\n"
        f"assert main(['--data-dir', {str(kith.data_dir)!r}, '--exit-after-start']) == 0\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, check=True)
    loaded = set(result.stdout.split())
    assert "kith.ui.today_page" in loaded
    assert loaded & {"kith.services.ideas.prompts",
                     "kith.vcard.reader", "kith.ui.contacts_page", "kith.ui.contact_detail",
                     "kith.ui.ideas_page", "kith.ui.events_page", "kith.ui.import_dialog"} == set()


def test_a_mistyped_command_is_an_error_not_a_window(kith) -> None:  # type: ignore[no-untyped-def]
    result = kith.run("contcts")
    assert result.returncode == 2
    assert "no command or file named 'contcts'; did you mean 'kith contacts'?" in result.stderr
    missing = kith.run("nothing-here.vcf")
    assert missing.returncode == 2
    assert "no command or file named 'nothing-here.vcf'" in missing.stderr


def test_an_id_too_large_for_sqlite_is_no_contact_not_a_crash(kith) -> None:  # type: ignore[no-untyped-def]
    kith.run("contacts", check=True)
    result = kith.run("log", "99999999999999999999", "--channel", "call")
    assert result.returncode == 2
    assert "no contact matches '99999999999999999999'" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_command_s_help_says_what_it_does() -> None:
    """'kith import --help' and the like open with a sentence, not only the usage line."""
    from kith.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        assert command.description, name
        assert command.format_help().split("\n\n")[1].strip(), name
