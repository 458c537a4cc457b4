"""Every file Kith writes with contact data is private, 0600 (issue 10, item 13).

Exports used to be 0644 (the umask) while the database is 0600, and settings
were written through whatever already sat at ``settings.tmp``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kith import settings as opts
from kith.private_files import write_private, write_private_text
from kith.settings import Settings


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    old = os.umask(0o022)  # what a desktop session has: new files would be 0644
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_new_file_is_private_and_nothing_is_left_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "out.vcf"
    write_private_text(target, "BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n")
    assert mode(target) == 0o600
    assert target.read_bytes() == b"BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n"
    assert os.listdir(tmp_path) == ["out.vcf"]


def test_an_existing_readable_file_is_replaced_by_a_private_one(tmp_path: Path) -> None:
    target = tmp_path / "out.vcf"
    target.write_text("old and longer than the new text")
    target.chmod(0o644)
    write_private(target, b"new")
    assert mode(target) == 0o600 and target.read_bytes() == b"new"


def test_a_link_is_followed_to_the_file_it_names(tmp_path: Path) -> None:
    real = tmp_path / "sync" / "contacts.vcf"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "contacts.vcf"
    link.symlink_to(real)
    write_private(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new" and mode(real) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.vcf"
    target.write_text("old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_private(target, b"new")
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["out.vcf"]


def test_a_device_is_written_to_in_place(tmp_path: Path) -> None:
    write_private(os.devnull, b"nothing to see")  # kith export -o /dev/null
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_settings_are_private_whatever_was_left_at_the_temporary_name(tmp_path: Path) -> None:
    """A ``settings.tmp`` left behind (or planted as a link) used to be written through."""
    path = tmp_path / "conf" / "settings.json"
    path.parent.mkdir(mode=0o755)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text("untouched")
    (path.parent / "settings.tmp").symlink_to(elsewhere)
    Settings(path).set(opts.NOTIFY_AT, "07:30")
    assert not path.is_symlink() and mode(path) == 0o600
    assert elsewhere.read_text() == "untouched"
    assert Settings(path).get(opts.NOTIFY_AT) == "07:30"
    assert mode(path.parent) == 0o700
