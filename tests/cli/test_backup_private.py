"""``kith backup FILE`` writes a private copy, 0600 like the database (issue #12, "Files").

The other writers have their own tests: exports from the window
(tests/ui/test_export_private.py, tests/ui/test_never_frozen.py) and the
command line (tests/cli/test_export_private.py), the daily backup
(tests/store/test_backup.py), settings (tests/test_private_files.py), the
copy kept aside on restore (tests/store/test_backup_private.py) and desktop
entries (tests/services/desktop/test_desktop_files.py).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path


def test_backup_to_a_file_is_private_even_over_a_readable_one(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    card = tmp_path / "ana.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEND:VCARD\r\n")
    kith.run("import", str(card), check=True)
    target = tmp_path / "out" / "kith-backup.sqlite3"
    target.parent.mkdir()
    target.write_text("an earlier file")
    target.chmod(0o644)
    old = os.umask(0o022)
    try:
        result = kith.run("backup", str(target), check=True)
    finally:
        os.umask(old)
    assert f"Backed up to {target}" in result.stdout
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT display_name FROM contact").fetchall() == [("Ana Silva",)]
    finally:
        conn.close()
    assert os.listdir(target.parent) == ["kith-backup.sqlite3"]
