"""File > Export writes a private file, 0600 like the database (issue 10, item 13)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord


def test_export_from_the_window_is_private(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    contacts.create(ContactRecord(display_name="Ana Silva"))
    target = tmp_path / "out.vcf"
    target.write_text("an earlier export")
    target.chmod(0o644)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "vCard 3.0 (*.vcf)"))
    old = os.umask(0o022)
    try:
        window.export_action.trigger()
        qtbot.waitUntil(lambda: "Exported 1 contact " in window.statusBar().currentMessage())
    finally:
        os.umask(old)
    assert "FN:Ana Silva" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
