"""``kith --exit-after-start`` a hundred times in a row never crashes.

About one run in 30 used to end in SIGSEGV after "ready in N ms": a pool thread
emitting into Qt while the application was being destroyed (issue 10, item 6).
It showed most with someone due (the window then starts more background work),
so every other run opens a profile where someone is due; the others a fresh
one. Two processes run at a time to keep this short on two cores.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.e2e.conftest import XSession

RUNS = 100
AT_ONCE = 2
SEED = """
import datetime as dt, sys
from kith.profile import open_profile
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
open_profile(sys.argv[1])
contacts.create(ContactRecord(display_name="Due", cadence_days=7), when=dt.datetime(2020, 1, 1))
"""


def test_exit_after_start_a_hundred_times_without_a_crash(
    xsession: XSession, tmp_path: Path
) -> None:
    due = tmp_path / "due"
    subprocess.run([sys.executable, "-c", SEED, str(due)], check=True, env=xsession.env())

    def start(n: int) -> str:
        """'' if run ``n`` started and quit cleanly, else what went wrong."""
        profile = due if n % 2 else tmp_path / f"profile-{n}"
        result = subprocess.run(
            [sys.executable, "-X", "faulthandler", "-m", "kith", "--data-dir", str(profile),
             "--exit-after-start"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env=xsession.env(), timeout=60,
        )
        if result.returncode == 0 and "ready in " in result.stderr:
            return ""
        tail = " | ".join(result.stderr.strip().splitlines()[-25:])
        return f"run {n}: exit {result.returncode}: {tail}"

    with ThreadPoolExecutor(AT_ONCE) as pool:
        failures = [f for f in pool.map(start, range(RUNS)) if f]
    assert failures == [], f"{len(failures)} of {RUNS} runs failed:\n" + "\n".join(failures)
