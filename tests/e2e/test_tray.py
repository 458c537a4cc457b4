"""The real kith in a real X session with a tray host: icon embedded, notification, hand-over."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import XSession, output, start_kith, stop

SEED = """
import datetime as dt, sys
from kith.profile import open_profile
open_profile(sys.argv[1], daily_backup=False)
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
long_ago = dt.datetime.now() - dt.timedelta(days=40)
for name in ("Ana <b>Silva</b>", "Bob Ng"):
    contacts.create(ContactRecord(display_name=name, cadence_days=30), when=long_ago)
"""


def children_of(tree: str, parent_name: str) -> list[str]:
    """Lines of ``xwininfo -root -tree`` nested below the window named ``parent_name``."""
    lines = tree.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        if f'"{parent_name}"' in line and "trayer" in line:
            depth = len(line) - len(line.lstrip())
            for child in lines[i + 1:]:
                if child.strip() and len(child) - len(child.lstrip()) <= depth:
                    break
                out.append(child.strip())
    return out


def test_tray_icon_notification_and_hand_over(xsession: XSession, tray, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "profile"
    subprocess.run([sys.executable, "-c", SEED, str(profile)], check=True)
    # Remind at midnight, so the daily time has passed whenever the test runs.
    (profile / "settings.json").write_text(json.dumps({"notify_at": "00:00"}))
    proc = start_kith(xsession, profile)
    try:
        assert xsession.wait_for(lambda: xsession.window_ids("^Kith — 2 due$")), \
            "the window did not appear with the due count in its title"
        embedded = xsession.wait_for(
            lambda: [c for c in children_of(xsession.run("xwininfo", "-root", "-tree"), "panel")
                     if '("kith" "Kith")' in c])
        assert embedded, "Kith's tray icon is not embedded in the tray:\n" + xsession.run(
            "xwininfo", "-root", "-tree")

        card = tmp_path / "new.vcf"
        card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cara Diaz\r\nEND:VCARD\r\n")
        second = subprocess.run(
            [sys.executable, "-m", "kith", "--data-dir", str(profile), str(card)],
            env=xsession.env(), capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "handed over" in second.stderr
        assert xsession.wait_for(lambda: xsession.window_ids("^Import cards$")), \
            "the running Kith did not open the import for the handed-over file"
        assert xsession.wait_for(lambda: "notification:" in output(proc)), output(proc)
    finally:
        out, err = stop(proc)
    assert "notification: 2 people are due today: Follow up with Ana <b>Silva</b> and Bob Ng" \
        in err, err
    assert "Traceback" not in err, err
    # Announced once: a restart on the same day stays quiet.
    proc = start_kith(xsession, profile)
    try:
        assert xsession.wait_for(lambda: xsession.window_ids("^Kith — 2 due$"))
        assert xsession.wait_for(lambda: "reminders: first check done" in output(proc))
    finally:
        out, err = stop(proc)
    assert "notification:" not in err
    assert dt.date.today().isoformat()  # the notification log is per day


def test_minimized_starts_in_the_tray_only(xsession: XSession, tray, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "profile"
    proc = start_kith(xsession, profile, "--minimized")
    try:
        embedded = xsession.wait_for(
            lambda: [c for c in children_of(xsession.run("xwininfo", "-root", "-tree"), "panel")
                     if '("kith" "Kith")' in c])
        assert embedded, "no tray icon"
        assert xsession.wait_for(lambda: "reminders: first check done" in output(proc))
        assert xsession.window_ids("^Kith") == [], "the window should stay hidden"
        assert proc.poll() is None
    finally:
        out, err = stop(proc)
    assert "Traceback" not in err, err
