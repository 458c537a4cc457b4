"""``kith export -o FILE`` writes a private file, 0600 like the database (issue 10, item 13)."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def test_export_to_a_file_is_private(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    card = tmp_path / "ana.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEND:VCARD\r\n")
    kith.run("import", str(card), check=True)
    target = tmp_path / "out" / "contacts.vcf"
    target.parent.mkdir()
    target.write_text("an earlier export")
    target.chmod(0o644)
    old = os.umask(0o022)
    try:
        result = kith.run("export", "-o", str(target), check=True)
    finally:
        os.umask(old)
    assert "Exported 1 contacts to" in result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "FN:Ana Silva" in target.read_text(encoding="utf-8")
    assert os.listdir(target.parent) == ["contacts.vcf"]
