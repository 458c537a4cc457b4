"""Helpers shared by the benchmarks: where the synthetic profiles live, and statistics."""

from __future__ import annotations

import ctypes
import hashlib
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = HERE / "data"
MARKER = "generated.json"

sys.path.insert(0, str(ROOT / "desktop"))


def profile_dir(contacts: int) -> Path:
    return DATA / str(contacts)


def schema_stamp() -> str:
    """The schema's version and a hash of its SQL: a profile from an older or edited
    step is generated again."""
    from kith.store import schema

    steps = hashlib.sha1("".join(s.sql for s in schema.STEPS).encode()).hexdigest()[:12]
    return f"{schema.LATEST}-{steps}"


def ensure_profile(contacts: int, interactions_per_contact: int = 10) -> Path:
    """The synthetic profile of ``contacts`` people, generated unless already there."""
    where = profile_dir(contacts)
    marker = where / MARKER
    wanted = {"contacts": contacts, "interactions_per_contact": interactions_per_contact,
              "schema": schema_stamp()}
    if marker.exists() and json.loads(marker.read_text()).get("params") == wanted:
        print(f"reusing {where}")
        return where
    subprocess.run(
        [sys.executable, str(HERE / "generate.py"), "--contacts", str(contacts),
         "--interactions-per-contact", str(interactions_per_contact), "--out", str(where)],
        check=True,
    )
    return where


ALL_DUE_SCRIPT = """
import datetime as dt, sys
sys.path.insert(0, {bench!r})
from bench_vcard_parse import make_file
from pathlib import Path
from kith.profile import open_profile
from kith.services.cards import importer
where = Path({where!r})
cards = where.parent / (where.name + ".vcf")
cards.write_bytes(make_file({contacts}))
open_profile(where, daily_backup=False)
plan = importer.plan([cards])
a_year_ago = dt.date.today() - dt.timedelta(days=365)
importer.commit(plan, importer.EventSpec("Big Conference", a_year_ago))
cards.unlink()
"""


def ensure_all_due_profile(contacts: int) -> Path:
    """The day when everyone is due at once: ``contacts`` cards imported as one event a year
    ago, so each of them has had a follow-up waiting for a year (issue #12)."""
    where = DATA / f"{contacts}-all-due"
    marker = where / MARKER
    wanted = {"contacts": contacts, "all_due": True, "schema": schema_stamp()}
    if marker.exists() and json.loads(marker.read_text()).get("params") == wanted:
        print(f"reusing {where}")
        return where
    remove(where)
    where.mkdir(parents=True)
    script = ALL_DUE_SCRIPT.format(bench=str(HERE), where=str(where), contacts=contacts)
    subprocess.run([sys.executable, "-c", script], check=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT / "desktop")})
    marker.write_text(json.dumps({"params": wanted}))
    print(f"generated {where}: {contacts:,} cards imported as one event a year ago")
    return where


# A bare PySide6 window, timed the way kith times itself (kith.STARTED_AT is
# taken when the package is first imported, before Qt is).
BARE_WINDOW = """
import time
STARTED_AT = time.perf_counter()
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 700)
window.show()
def report():
    print(f"ready in {(time.perf_counter() - STARTED_AT) * 1000:.0f} ms", file=sys.stderr)
    app.quit()
QTimer.singleShot(0, report)
sys.exit(app.exec())
"""


def bare_command() -> list[str]:
    return [sys.executable, "-c", BARE_WINDOW]


def kith_command(data_dir: Path) -> list[str]:
    script = Path(sys.executable).parent / "kith"
    start = [str(script)] if script.exists() else [sys.executable, "-m", "kith"]
    return [*start, "--data-dir", str(data_dir), "--exit-after-start"]


@dataclass(frozen=True)
class Run:
    wall_ms: float  # the whole process, as the parent saw it
    ready_ms: float  # what the process printed as 'ready in N ms'
    maxrss_mb: float  # peak resident memory


def run_child(command: list[str]) -> Run:
    """Run ``command`` offscreen; its wall-clock, its own 'ready in' figure, its peak RSS."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err,
                                env=offscreen_env())
        _, status, usage = os.wait4(proc.pid, 0)
        wall = (time.perf_counter() - started) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode(errors="replace")
    found = re.search(r"ready in (\d+) ms", text)
    if proc.returncode != 0 or found is None:
        raise RuntimeError(f"{command[:2]} failed ({proc.returncode}): {text[-2000:]}")
    kib = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)  # macOS counts bytes
    return Run(wall, float(found[1]), kib / 1024)


def empty_profile() -> Path:
    """A fresh, empty profile folder (the caller removes it with ``shutil.rmtree``)."""
    return Path(tempfile.mkdtemp(prefix="kith-bench-"))


def remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def offscreen_env() -> dict[str, str]:
    """The children's environment: offscreen Qt, and bytecode cached as in an install.

    An installed kith has its .pyc files; a checkout run with
    PYTHONDONTWRITEBYTECODE=1 compiles every module at each start (~30 ms more).
    The cache goes under data/, not beside the sources.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(DATA / "pycache"))
    for name in ("KITH_DATA_DIR", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def survive_pyside_refcount_bug(spare: int = 1_000_000) -> None:
    """Outlive PySide6 6.12.0's lost references on CPython 3.11 (not 3.12+: immortal).

    There every signal ``emit()`` from Python returns True, and every void
    method (``setText``, ``beginResetModel``...) None, without a reference, so
    the interpreter aborts ("bool_dealloc" / "none_dealloc") after a few hundred
    keystrokes in the search box. Give True and None references that are never
    given back (a list that is itself never freed); harmless elsewhere.
    """
    spares = [True, None] * spare
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(spares))


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def median(values: list[float]) -> float:
    return statistics.median(values)


def fmt(values: list[float]) -> str:
    """'median 12.3 ms (min 11.0, max 14.2, n=5)'."""
    return (f"median {median(values):7.1f} ms  (min {min(values):.1f}, "
            f"max {max(values):.1f}, n={len(values)})")


def startup_commands(contacts: int) -> tuple[dict[str, list[str]], str, Path, Path]:
    """The starts compared: a bare window, kith on an empty profile, kith on ``contacts``
    people, and kith on the day all of them are due. Returns (commands by name, the big
    profile's name, the big profile, the empty profile to remove afterwards)."""
    profile = ensure_profile(contacts)
    all_due = ensure_all_due_profile(contacts)
    empty = empty_profile()
    big = f"kith, {contacts:,} contacts"
    commands = {
        "bare window": bare_command(),
        "kith, empty profile": kith_command(empty),
        big: kith_command(profile),
        f"kith, {contacts:,} all due": kith_command(all_due),
    }
    return commands, big, profile, empty
