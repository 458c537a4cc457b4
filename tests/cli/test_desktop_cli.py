"""``kith install-desktop-entry [--uninstall]`` end to end, in the test's own XDG folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kith.services.desktop import autostart
from kith.services.desktop import entries as df


def data_home() -> Path:
    return Path(os.environ["XDG_DATA_HOME"])


def test_install_then_uninstall(kith) -> None:  # type: ignore[no-untyped-def]
    result = kith.run("install-desktop-entry", check=True)
    entry_path = data_home() / "applications" / "kith.desktop"
    for path in df.installed_paths(data_home()):
        assert path.is_file(), path
        assert str(path) in result.stdout
    entry = df.read_entry(entry_path.read_text(encoding="utf-8"))
    program = entry["Exec"].removesuffix(" %F")
    # The child ran as python -m kith beside this venv's kith script.
    assert Path(program).is_absolute() and os.access(program, os.X_OK), program
    assert f"runs: {program}" in result.stdout
    assert entry["Icon"] == "kith"
    assert result.stderr == ""

    result = kith.run("install-desktop-entry", "--uninstall", check=True)
    assert result.stdout.startswith("Removed:")
    assert str(entry_path) in result.stdout
    assert not any(path.exists() for path in df.installed_paths(data_home()))

    result = kith.run("install-desktop-entry", "--uninstall", check=True)
    assert "nothing to remove" in result.stdout


def test_uninstall_removes_the_login_entry(  # type: ignore[no-untyped-def]
    kith, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no-system-config"))
    kith.run("install-desktop-entry", check=True)
    login = autostart.enable_autostart(command=["/usr/bin/kith"])
    result = kith.run("install-desktop-entry", "--uninstall", check=True)
    assert str(login) in result.stdout
    assert not login.exists()


def test_an_unwritable_data_folder_is_an_error_on_stderr(  # type: ignore[no-untyped-def]
    kith, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "share"))
    result = kith.run("install-desktop-entry")
    assert result.returncode == 1
    assert result.stderr.startswith("kith: Cannot write ")
    assert "Traceback" not in result.stderr
    assert "Installed" not in result.stdout


def test_the_command_is_listed_in_help(kith) -> None:  # type: ignore[no-untyped-def]
    assert "install-desktop-entry" in kith.run("--help", check=True).stdout
    assert "--uninstall" in kith.run("install-desktop-entry", "--help", check=True).stdout


def test_the_command_never_loads_qt(tmp_path: Path) -> None:
    argv = ["--data-dir", str(tmp_path / "profile"), "install-desktop-entry"]
    code = (
        "import sys\n"
        "from kith.cli.main import main\n"
        f"assert main({argv!r}) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
