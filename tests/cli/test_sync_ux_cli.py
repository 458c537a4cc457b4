"""What a new user met with ``kith sync`` against a real Radicale: a copied data folder
without the password, a second identical account, no word before the first sync's
uploads, who was deleted, and the help (through the real command)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli.conftest import Kith
from tests.sync import conftest as _sync
from tests.sync.conftest import vcard

radicale = _sync.radicale
keyring_backend = _sync.keyring_backend


def add(kith: Kith, radicale, *extra: str):
    return kith.run("sync", "add", radicale.url, "--user", radicale.user, "--password-stdin",
                    *extra, input=radicale.password + "\n")


def import_people(kith: Kith, tmp_path: Path, *names: str) -> None:
    folder = tmp_path / "cards"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / f"{name.split()[0]}.vcf").write_text(vcard(name))
    kith.run("import", str(folder), check=True)


def test_a_copied_data_folder_gets_its_password_back_with_sync_password(
        kith, radicale, tmp_path):
    radicale.phone.make_addressbook("contacts")
    assert add(kith, radicale, "--json").returncode == 0
    copy = Kith(tmp_path / "copy")
    shutil.copytree(kith.data_dir, copy.data_dir)

    missing = copy.run("sync")
    assert missing.returncode == 1
    assert "kith sync password 1" in missing.stderr and "kith sync add" not in missing.stderr

    wrong = copy.run("sync", "password", "1", "--password-stdin", input="nope\n")
    assert wrong.returncode == 1
    assert "The password was not stored" in wrong.stderr and "nope" not in wrong.stderr
    assert copy.run("sync").returncode == 1  # still none stored

    right = copy.run("sync", "password", "1", "--password-stdin",
                     input=radicale.password + "\n")
    assert right.returncode == 0, right.stderr
    assert "worked" in right.stdout and radicale.password not in right.stdout
    assert copy.run("sync").returncode == 0
    assert len(copy.json("sync", "status")["accounts"]) == 1

    unknown = copy.run("sync", "password", "7", "--password-stdin", input="x\n")
    assert unknown.returncode == 1 and "no sync account 7" in unknown.stderr


def test_adding_the_same_account_twice_is_refused_and_points_to_sync_password(
        kith, radicale):
    radicale.phone.make_addressbook("contacts")
    assert add(kith, radicale).returncode == 0

    again = kith.run("sync", "add", radicale.url.rstrip("/"), "--user", radicale.user,
                     "--password-stdin", input=radicale.password + "\n")

    assert again.returncode == 1
    assert "kith sync password 1" in again.stderr
    assert len(kith.json("sync", "status")["accounts"]) == 1


def test_add_says_what_the_first_sync_will_do_and_json_stays_as_it_was(
        kith, radicale, tmp_path):
    radicale.phone.make_addressbook("contacts", "Phone")
    for slug, name in (("ana", "Ana Silva"), ("bob", "Bob Ng"), ("cy", "Cy Oh")):
        radicale.phone.put_card("contacts", f"{slug}.vcf", vcard(name))
    import_people(kith, tmp_path, "Dan Local", "Eve Local")

    result = add(kith, radicale)

    assert result.returncode == 0, result.stderr
    assert ("At the first sync, 2 contacts in Kith will be added to Phone (and the 3 cards "
            "there come into Kith).") in result.stdout
    # --json stays exactly as it was: no sentence in it.
    work = radicale.phone.make_addressbook("work", "Work")
    answer = kith.run("sync", "add", work, "--user", radicale.user, "--password-stdin",
                      "--json", input=radicale.password + "\n")
    assert answer.returncode == 0, answer.stderr
    assert list(json.loads(answer.stdout)) == ["account_id", "address_books"]


def test_the_plain_output_names_who_was_deleted_and_how_to_get_them_back(kith, radicale):
    radicale.phone.make_addressbook("contacts")
    radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Silva", "u-ana"))
    radicale.phone.put_card("contacts", "bob.vcf", vcard("Bob Ng", "u-bob"))
    assert add(kith, radicale).returncode == 0
    kith.run("sync", check=True)
    radicale.phone.delete_card("contacts", "ana.vcf")

    result = kith.run("sync", check=True)

    assert "Deleted: 1 in Kith, 0 on the server." in result.stdout
    assert "deleted on the server: Ana Silva." in result.stdout
    assert "trash" in result.stdout and "Undo" in result.stdout


def test_sync_help_says_plain_sync_runs_now_and_lists_the_exit_codes(kith):
    text = kith.run("sync", "--help", check=True).stdout
    assert "Plain 'kith sync' runs a two-way sync now" in text
    assert "exit codes:" in text
    for line in ("0  the sync completed", "1  the server could not be reached", "2  wrong usage"):
        assert line in text
    assert "password" in kith.run("sync", "password", "--help", check=True).stdout


def test_a_kept_delete_is_not_called_a_conflict_and_long_names_are_capped(kith, radicale):
    long_name = "Ana " + "x" * 5000
    radicale.phone.make_addressbook("contacts")
    radicale.phone.put_card("contacts", "ana.vcf", vcard(long_name, "u-ana"))
    assert add(kith, radicale).returncode == 0
    kith.run("sync", check=True)
    kith.run("log", "--channel", "call", "Ana", check=True)  # history: kept, asked about
    radicale.phone.delete_card("contacts", "ana.vcf")

    result = kith.run("sync", check=True)
    removed = kith.run("sync", "removed", check=True)

    assert "Deleted on the server but kept in Kith for their history: 1" in result.stdout
    assert "Conflicts:" not in result.stdout
    assert "Ana " + "x" * 70 in result.stdout and "x" * 100 not in result.stdout
    assert "…" in result.stdout and len(result.stdout) < 2000
    assert "…" in removed.stdout and "x" * 100 not in removed.stdout
