"""A restored backup whose account 1 is another server never gets this folder's password
(the keyring entry names the account's server and user, not just its number)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Kith
from tests.sync import conftest as _sync
from tests.sync.hostile_server import hostile

keyring_backend = _sync.keyring_backend  # the test keyring (autouse)

HOME_PASSWORD = "Zq9-LEAKME-pass"


def add(kith: Kith, url: str, password: str) -> None:
    kith.run("sync", "add", url, "--user", "ana", "--password-stdin", check=True,
             input=password + "\n")


def test_a_restored_account_on_another_server_finds_no_password_and_sends_none(
        tmp_path: Path) -> None:
    with hostile(HOME_PASSWORD) as home, hostile(HOME_PASSWORD) as evil:
        mine, theirs = Kith(tmp_path / "mine"), Kith(tmp_path / "theirs")
        add(mine, home.url, HOME_PASSWORD)
        add(theirs, evil.url, "their-own-pass")
        backup = tmp_path / "theirs.sqlite3"
        theirs.run("backup", str(backup), check=True)
        mine.run("restore", str(backup), check=True)
        evil.log.clear()

        result = mine.run("sync")

        assert result.returncode == 1
        assert "No password is stored for sync account 1" in result.stderr
        assert "kith sync password 1" in result.stderr
        assert not any(sent for _, _, sent in evil.log)


def test_the_password_still_works_for_the_account_it_was_kept_for(tmp_path: Path) -> None:
    with hostile(HOME_PASSWORD) as home:
        mine = Kith(tmp_path / "mine")
        add(mine, home.url, HOME_PASSWORD)
        home.log.clear()

        result = mine.run("sync")

        assert result.returncode == 0, result.stderr
        assert home.log and all(sent for _, _, sent in home.log)
