"""``kith sync [--account ID] [--json]`` through the real command against a real Radicale:
the JSON contract, exit codes, and a sync killed with SIGKILL and run again (issue #14)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from tests.cli.conftest import Kith
from tests.sync import conftest as _sync
from tests.sync.conftest import vcard

radicale = _sync.radicale
keyring_backend = _sync.keyring_backend

KEYS = ["downloaded", "uploaded", "deleted_local", "deleted_remote", "conflicts", "errors"]


def add_account(kith: Kith, radicale, book: str = "contacts") -> int:
    radicale.phone.make_addressbook(book)
    result = kith.run("sync", "add", radicale.url, "--user", radicale.user,
                      "--password-stdin", "--json", input=radicale.password + "\n")
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["account_id"])


def test_sync_json_has_exactly_the_contract_keys_and_syncs_both_ways(kith, radicale):
    account = add_account(kith, radicale)
    radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Silva", "u-ana"))
    first = kith.run("sync", "--json")
    assert first.returncode == 0, first.stderr
    out = json.loads(first.stdout)
    assert list(out) == KEYS
    assert (out["downloaded"], out["errors"]) == (1, [])
    listed = kith.json("contacts")
    assert [c["display_name"] for c in listed] \
        == ["Ana Silva"]

    radicale.phone.delete_card("contacts", "ana.vcf")
    second = kith.run("sync", "--account", str(account))
    assert second.returncode == 0, second.stderr
    assert "1 in Kith" in second.stdout  # plain lines without --json


def test_a_wrong_password_exits_1_and_says_what_to_do(kith, radicale):
    add_account(kith, radicale)
    radicale.stop()
    (radicale.root / "users").write_text(f"{radicale.user}:a-new-password\n")
    radicale.start()

    result = kith.run("sync", "--json")

    assert result.returncode == 1
    assert result.stdout == ""
    assert "password" in result.stderr.lower() and radicale.password not in result.stderr


def test_usage_errors_exit_2_and_an_unknown_account_exits_1(kith, radicale):
    assert kith.run("sync", "--account", "x").returncode == 2
    none_yet = kith.run("sync")
    assert none_yet.returncode == 1 and "kith sync add" in none_yet.stderr
    add_account(kith, radicale)
    unknown = kith.run("sync", "--account", "99")
    assert unknown.returncode == 1 and "no sync account 99" in unknown.stderr


def test_a_sync_killed_mid_upload_is_finished_by_the_next_run_without_duplicates(
        kith, radicale, tmp_path):
    add_account(kith, radicale)
    cards = "".join(vcard(f"Person {n:03d}", f"u-{n}") for n in range(300))
    (tmp_path / "people.vcf").write_text(cards)
    kith.run("import", str(tmp_path / "people.vcf"), check=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KITH_DATA_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "kith", "--data-dir", str(kith.data_dir), "sync"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(radicale.phone.card_names("contacts")) < 20 and process.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.05)  # watching another process's uploads: nothing to wait on
    process.send_signal(signal.SIGKILL)
    process.wait()
    uploaded_before = len(radicale.phone.card_names("contacts"))
    assert 20 <= uploaded_before < 300, "the kill came too late to test anything"

    again = kith.run("sync", "--json")

    assert again.returncode == 0, again.stderr
    out = json.loads(again.stdout)
    # A PUT already sent when the kill came may still land on the server after the count
    # above: the next run then finds it there (If-None-Match) instead of uploading it.
    assert out["errors"] == [] and 0 < out["uploaded"] <= 300 - uploaded_before
    names = radicale.phone.card_names("contacts")
    assert names == sorted(f"u-{n}.vcf" for n in range(300))
    with sqlite3.connect(kith.data_dir / "kith.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL"
                            ).fetchone()[0] == 300
        assert conn.execute("SELECT count(*) FROM sync_card WHERE state = 'synced'"
                            ).fetchone()[0] == 300
    quiet = json.loads(kith.run("sync", "--json", check=True).stdout)
    assert [quiet[k] for k in KEYS[:5]] == [0, 0, 0, 0, 0]


def test_two_syncs_at_once_upload_each_new_contact_once(kith, radicale, tmp_path):
    """Two ``kith sync`` runs started together (security review F6): one waits or says a
    sync is running; nothing is queued twice, and the next run has no errors."""
    add_account(kith, radicale)
    cards = "".join(vcard(f"Person {n:03d}", f"u-{n}") for n in range(150))
    (tmp_path / "people.vcf").write_text(cards)
    kith.run("import", str(tmp_path / "people.vcf"), check=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KITH_DATA_DIR", None)
    runs = [subprocess.Popen(
        [sys.executable, "-m", "kith", "--data-dir", str(kith.data_dir), "sync", "--json"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(run.wait(timeout=300), run.stdout.read(), run.stderr.read()) for run in runs]
    for run in runs:
        run.stdout.close()
        run.stderr.close()

    for code, out, err in results:
        if code == 0:
            assert json.loads(out)["errors"] == []
        else:
            assert code == 1 and "kith: A sync is already running for this profile" in err
    assert any(code == 0 for code, _, _ in results)
    again = json.loads(kith.run("sync", "--json", check=True).stdout)
    assert again["errors"] == []
    assert radicale.phone.card_names("contacts") == sorted(f"u-{n}.vcf" for n in range(150))
    with sqlite3.connect(kith.data_dir / "kith.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM sync_card").fetchone()[0] == 150
