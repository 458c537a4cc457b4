"""``kith sync add/status/remove`` against a real Radicale, through the real command."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tests.cli.conftest import Kith
from tests.sync import conftest as _sync
from tests.sync.conftest import keyring_holds, vcard

# The real Radicale and the test keyring (autouse) of the sync tests.
radicale = _sync.radicale
keyring_backend = _sync.keyring_backend


def add(kith: Kith, url: str, user: str, password: str, *extra: str):
    return kith.run("sync", "add", url, "--user", user, "--password-stdin", *extra,
                    input=password + "\n")


def test_add_from_the_server_root_discovers_tests_the_login_and_keeps_the_password(
        kith, radicale, keyring_backend):
    work = radicale.phone.make_addressbook("work", "Work")
    family = radicale.phone.make_addressbook("family", "Family")
    radicale.phone.make_calendar("followups")

    result = add(kith, radicale.url, radicale.user, radicale.password, "--json")

    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert list(out) == ["account_id", "address_books"]
    assert out["address_books"] == [{"name": "Family", "url": family},
                                    {"name": "Work", "url": work}]
    assert keyring_holds(keyring_backend, radicale.password)

    status = kith.json("sync", "status")
    [account] = status["accounts"]
    assert account["id"] == out["account_id"] and account["user"] == radicale.user
    assert [(c["name"], c["kind"], c["enabled"], c["last_sync"], c["last_error"])
            for c in account["collections"]] == [
        ("Family", "addressbook", True, None, None), ("Work", "addressbook", True, None, None)]
    assert set(account) == {"id", "label", "url", "user", "created", "collections"}
    assert set(account["collections"][0]) == {"id", "name", "url", "kind", "enabled",
                                               "last_sync", "last_error"}

    text = kith.run("sync", "status", check=True).stdout
    assert "Family" in text and "never synced" in text


def test_add_from_a_principal_or_a_book_and_choosing_a_book_by_name(kith, radicale):
    work = radicale.phone.make_addressbook("work", "Work")
    radicale.phone.make_addressbook("family", "Family")

    by_book = add(kith, work, radicale.user, radicale.password, "--json")
    other = Kith(kith.data_dir.parent / "other")  # one book is one account per folder
    chosen = add(other, f"{radicale.url}{radicale.user}/", radicale.user, radicale.password,
                 "--address-book", "work", "--json")
    unknown = add(kith, radicale.url, radicale.user, radicale.password,
                  "--address-book", "Friends")

    assert json.loads(by_book.stdout)["address_books"] == [{"name": "Work", "url": work}]
    assert json.loads(chosen.stdout)["address_books"] == [{"name": "Work", "url": work}]
    assert unknown.returncode == 1
    assert "no address book named 'Friends'" in unknown.stderr
    assert "'Family', 'Work'" in unknown.stderr
    assert len(kith.json("sync", "status")["accounts"]) == 1


def test_a_wrong_password_fails_with_a_clear_message_and_adds_nothing(kith, radicale):
    radicale.phone.make_addressbook("work")
    wrong = "Not-The-Password-4242"

    result = add(kith, radicale.url, radicale.user, wrong)

    assert result.returncode == 1
    assert "refused the user name or password" in result.stderr
    assert wrong not in result.stderr + result.stdout
    assert kith.json("sync", "status") == {"accounts": []}


def test_plain_http_to_another_machine_is_usage_error_2_before_asking_a_password(kith):
    result = kith.run("sync", "add", "http://dav.example.com/", "--user", "ana")

    assert result.returncode == 2
    assert "only syncs over HTTPS" in result.stderr and "https://" in result.stderr


def test_an_address_book_that_does_not_exist_is_exit_1(kith, radicale):
    radicale.phone.make_addressbook("work")
    result = add(kith, f"{radicale.url}{radicale.user}/nosuch/", radicale.user,
                 radicale.password)
    assert result.returncode == 1
    assert "Nothing was found at" in result.stderr and "Check the address" in result.stderr


def test_no_password_and_no_terminal_is_a_usage_error(kith, radicale):
    result = kith.run("sync", "add", radicale.url, "--user", "ana", input="")
    assert result.returncode == 2
    assert "--password-stdin" in result.stderr


def test_remove_forgets_account_and_password_but_keeps_the_contacts(
        kith, radicale, keyring_backend, tmp_path: Path):
    radicale.phone.make_addressbook("work")
    account_id = json.loads(add(kith, radicale.url, radicale.user, radicale.password,
                                "--json").stdout)["account_id"]
    card = tmp_path / "ana.vcf"
    card.write_text(vcard("Ana Silva"))
    kith.run("import", str(card), check=True)
    assert keyring_holds(keyring_backend, radicale.password)

    result = kith.run("sync", "remove", str(account_id))

    assert result.returncode == 0, result.stderr
    assert "contacts synced from it stay" in result.stdout
    assert kith.json("sync", "status") == {"accounts": []}
    assert not keyring_holds(keyring_backend, radicale.password)
    assert "Ana Silva" in kith.run("contacts", check=True).stdout
    again = kith.run("sync", "remove", str(account_id))
    assert again.returncode == 1 and "kith sync status" in again.stderr


def test_without_a_keyring_the_password_goes_to_a_file_only_when_agreed(
        kith, radicale, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    radicale.phone.make_addressbook("work")

    refused = add(kith, radicale.url, radicale.user, radicale.password)
    assert refused.returncode == 1
    assert "No system keyring is available" in refused.stderr
    assert "--store-password-in-file" in refused.stderr
    assert kith.json("sync", "status") == {"accounts": []}

    agreed = add(kith, radicale.url, radicale.user, radicale.password,
                 "--store-password-in-file")
    assert agreed.returncode == 0, agreed.stderr
    secret_file = kith.data_dir / "sync-passwords.json"
    assert radicale.password in secret_file.read_text()
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600

    kith.run("sync", "remove", "1", check=True)
    assert not secret_file.exists()


def test_the_password_is_never_in_the_database_or_any_output(kith, radicale):
    radicale.phone.make_addressbook("work")
    outputs = []
    for password in ("Wrong-Secret-1234", radicale.password):
        result = add(kith, radicale.url, radicale.user, password)
        outputs.append(result.stdout + result.stderr)
    outputs.append(kith.run("sync", "status").stdout)
    outputs.append(kith.run("sync", "status", "--json").stdout)

    assert not any(radicale.password in o or "Wrong-Secret-1234" in o for o in outputs)
    files = [p for p in kith.data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "kith.sqlite3" for p in files)
    for path in files:
        data = path.read_bytes()
        assert radicale.password.encode() not in data, path
        assert b"Wrong-Secret-1234" not in data, path


@pytest.mark.parametrize("word", ["add", "status", "remove"])
def test_each_subcommand_has_help(kith, word):
    assert kith.run("sync", word, "--help", check=True).stdout.startswith("usage: kith sync")
