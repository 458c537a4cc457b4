from pathlib import Path

from tests.e2e.conftest import XSession, start_kith, stop


def test_real_kith_shows_its_window(xsession: XSession, tmp_path: Path) -> None:
    proc = start_kith(xsession, tmp_path / "profile")
    try:
        windows = xsession.wait_for(lambda: xsession.window_ids("^Kith$"))
        assert windows, "no visible window named Kith appeared"
        info = xsession.run("xwininfo", "-id", windows[0])
        assert "Map State: IsViewable" in info
        width = int(info.split("Width:")[1].split()[0])
        assert width >= 600
        assert proc.poll() is None, "kith exited while its window should be open"
    finally:
        out, err = stop(proc)
    assert "Traceback" not in err, err


def test_restore_refuses_while_kith_is_open(xsession: XSession, tmp_path: Path) -> None:
    import subprocess
    import sys

    profile = tmp_path / "profile"
    proc = start_kith(xsession, profile)
    try:
        assert xsession.wait_for(lambda: xsession.window_ids("^Kith"))
        copy = tmp_path / "copy.sqlite3"
        backup = subprocess.run([sys.executable, "-m", "kith", "--data-dir", str(profile),
                                 "backup", str(copy)], capture_output=True, text=True)
        assert backup.returncode == 0, backup.stderr
        restore = subprocess.run([sys.executable, "-m", "kith", "--data-dir", str(profile),
                                  "restore", str(copy)], capture_output=True, text=True)
        assert restore.returncode == 1
        assert "Kith is open on this database" in restore.stderr
    finally:
        stop(proc)
    after = subprocess.run([sys.executable, "-m", "kith", "--data-dir", str(profile),
                            "restore", str(copy)], capture_output=True, text=True)
    assert after.returncode == 0, after.stderr
