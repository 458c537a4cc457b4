"""One address book is one account: adding it again by another address is refused."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Kith
from tests.sync import conftest as _sync
from tests.sync.hostile_server import hostile

keyring_backend = _sync.keyring_backend  # the test keyring (autouse)

PASSWORD = "Zq9-LEAKME-pass"


def add(kith: Kith, url: str, user: str = "ana"):
    return kith.run("sync", "add", url, "--user", user, "--password-stdin",
                    input=PASSWORD + "\n")


def test_the_same_book_by_another_address_is_refused_and_points_to_the_account(
        tmp_path: Path) -> None:
    with hostile(PASSWORD) as server:
        kith = Kith(tmp_path / "profile")
        port = server.url.rsplit(":", 1)[1].strip("/")
        assert add(kith, f"http://127.0.0.1:{port}/book").returncode == 0

        again = add(kith, f"http://localhost:{port}/")

        assert again.returncode == 1
        assert "added already (sync account 1)" in again.stderr
        assert "kith sync password 1" in again.stderr
        assert [a["id"] for a in kith.json("sync", "status")["accounts"]] == [1]


def test_the_same_book_for_another_user_is_a_second_account(tmp_path: Path) -> None:
    with hostile(PASSWORD) as server:
        kith = Kith(tmp_path / "profile")
        assert add(kith, server.url + "book/").returncode == 0

        other = add(kith, server.url, user="bob")

        assert other.returncode == 0, other.stderr
        assert len(kith.json("sync", "status")["accounts"]) == 2
