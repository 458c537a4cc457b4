"""A whole vCard import into Kith, against vobject merely parsing the same file.

    python tests/benchmarks/bench_import.py [--repeat 3] [--cli-repeat 3] [--big] [--profile]

The file is ``bench_vcard_parse.make_file(10000)``: 10,000 vCard 3.0 cards,
one in ten with a ~10 KB JPEG-sized base64 photo (about 20 MB). It is written
to ``data/vcards/`` (git-ignored) and rewritten only when the generator's
output changes. In one run, the median of ``--repeat`` runs each:

(a) ``list(vobject.readComponents(text))`` over the decoded text;
(b) the full import into a fresh empty profile, as the app does it:
    ``importer.plan([path])`` then ``importer.commit(plan, EventSpec(...))``,
    timed separately and together (opening the new profile is not counted);
(c) the same file again into the profile (b) filled: everyone matches, so
    nothing may be created;
(d) ``kith --data-dir D import FILE --event X --json`` into an empty profile,
    wall clock of the whole process (``--cli-repeat`` runs).

Target: (b) total / (a) at most 1.0. ``--big`` instead times one import of a
20,000-card file of about 54 MB (the 10,000 cards, then 10,000 more with other
UIDs, e-mails and phones, one in five of those with a photo), plan and commit,
and the re-import. ``--profile`` prints the 25 costliest functions of one
plan + commit under cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import pstats
import subprocess
import sys
import time
from pathlib import Path

from bench_vcard_parse import make_file
from common import DATA, empty_profile, median, offscreen_env, remove

from kith.profile import open_profile
from kith.services.cards import importer
from kith.store.db import close_database
from kith.store.models import database

EVENT = "Bench"
CARDS = 10_000


def big_file() -> bytes:
    """20,000 distinct cards: make_file(10000) twice, the copy given its own identities."""
    first = make_file(CARDS).decode("utf-8")
    photo_start = first.index("PHOTO;")
    photo = first[photo_start : first.index("\r\nEND:VCARD", photo_start)]
    second = (first.replace("UID:urn:uuid:00000000-0000-4000-8000-",
                            "UID:urn:uuid:00000000-0000-4000-8001-")
              .replace("@example.com", "@example.net")
              .replace("@mail.example.org", "@mail.example.net")
              .replace("TEL;TYPE=CELL:+1 555 ", "TEL;TYPE=CELL:+1 556 ")
              .replace("TEL;TYPE=WORK,VOICE:(555) 010-", "TEL;TYPE=WORK,VOICE:(556) 010-"))
    cards = second.split("END:VCARD\r\n")
    for i in range(5, len(cards), 10):  # a photo on one more card in ten
        cards[i] += photo + "\r\n"
    return (first + "END:VCARD\r\n".join(cards)).encode("utf-8")


def vcard_file(big: bool) -> Path:
    """The test file under data/vcards/, written only if missing or different."""
    data = big_file() if big else make_file(CARDS)
    path = DATA / "vcards" / ("cards-20000-big.vcf" if big else f"cards-{CARDS}.vcf")
    if path.exists() and path.stat().st_size == len(data) and path.read_bytes() == data:
        print(f"reusing {path}")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path}")
    return path


def timed(fn):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def kith_import(path: Path, profile: Path) -> dict[str, float | object]:
    """Plan and commit ``path`` into ``profile`` (already open); seconds and the result."""
    the_plan, t_plan = timed(lambda: importer.plan([path]))
    spec = importer.EventSpec(EVENT, dt.date.today())
    result, t_commit = timed(lambda: importer.commit(the_plan, spec))
    return {"plan": t_plan, "commit": t_commit, "total": t_plan + t_commit, "result": result,
            "planned": the_plan}


def fresh_import(path: Path) -> tuple[Path, dict[str, float | object], float]:
    """Import into a new empty profile, left open; (folder, figures, seconds to open it)."""
    profile = empty_profile()
    _, t_open = timed(lambda: open_profile(profile, daily_backup=False))
    return profile, kith_import(path, profile), t_open


def live_contacts() -> int:
    row = database.connection().execute(
        "SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL").fetchone()
    return int(row[0])


def describe(label: str, figures: dict[str, float | object]) -> None:
    result = figures["result"]
    assert isinstance(result, importer.ImportResult)
    print(f"  {label}: plan {figures['plan']:.2f} s + commit {figures['commit']:.2f} s = "
          f"{figures['total']:.2f} s; cards_read {result.cards_read}, created "
          f"{result.created}, merged {result.merged}, unchanged {result.unchanged}, failed "
          f"{result.failed}, problems {len(result.problems)}")


def cli_import(path: Path) -> tuple[float, dict[str, object]]:
    """Wall clock of ``kith --data-dir D import FILE --event X --json``, and its JSON."""
    profile = empty_profile()
    script = Path(sys.executable).parent / "kith"
    start = [str(script)] if script.exists() else [sys.executable, "-m", "kith"]
    command = [*start, "--data-dir", str(profile), "import", str(path), "--event", EVENT,
               "--json"]
    try:
        started = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True, env=offscreen_env())
        wall = time.perf_counter() - started
    finally:
        remove(profile)
    if proc.returncode != 0:
        raise RuntimeError(f"kith import failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return wall, json.loads(proc.stdout)


def stats(label: str, values: list[float]) -> str:
    return (f"{label:<34} median {median(values):7.2f} s  (min {min(values):.2f}, "
            f"max {max(values):.2f}, n={len(values)})")


def run_big(path: Path) -> None:
    profile, first, t_open = fresh_import(path)
    try:
        describe(f"import into an empty profile (opened in {t_open:.2f} s)", first)
        print(f"  live contacts now {live_contacts()}")
        again = kith_import(path, profile)
        describe("re-import into the filled profile", again)
        print(f"  live contacts now {live_contacts()}")
    finally:
        close_database()
        remove(profile)


def run_profile(path: Path) -> None:
    profile = empty_profile()
    try:
        open_profile(profile, daily_backup=False)
        profiler = cProfile.Profile()
        profiler.enable()
        kith_import(path, profile)
        profiler.disable()
    finally:
        close_database()
        remove(profile)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="in-process runs of (a)-(c)")
    parser.add_argument("--cli-repeat", type=int, default=3, help="runs of (d)")
    parser.add_argument("--big", action="store_true", help="time the 20,000-card file instead")
    parser.add_argument("--profile", action="store_true", help="cProfile one import")
    args = parser.parse_args()

    path = vcard_file(args.big)
    data = path.read_bytes()
    cards = data.count(b"BEGIN:VCARD")
    photos = data.count(b"\nPHOTO;")
    print(f"file: {cards:,} cards, {len(data) / 1e6:.1f} MB, {photos:,} with a ~10 KB photo")
    if args.profile:
        run_profile(path)
        return
    if args.big:
        run_big(path)
        return

    import vobject

    text = data.decode("utf-8")
    t_vobject: list[float] = []
    for _ in range(args.repeat):
        components, seconds = timed(lambda: list(vobject.readComponents(text)))
        t_vobject.append(seconds)
    print(f"  vobject read {len(components):,} components")
    del components

    plans: list[float] = []
    commits: list[float] = []
    totals: list[float] = []
    again_plans: list[float] = []
    again_commits: list[float] = []
    again_totals: list[float] = []
    for run in range(args.repeat):
        profile, first, t_open = fresh_import(path)
        try:
            describe(f"run {run + 1}, empty profile (opened in {t_open:.2f} s)", first)
            contacts = live_contacts()
            again = kith_import(path, profile)
            describe(f"run {run + 1}, re-import", again)
            result = again["result"]
            assert isinstance(result, importer.ImportResult)
            if result.created or live_contacts() != contacts:
                print(f"  !! the re-import created {result.created} contacts "
                      f"({contacts} -> {live_contacts()})")
        finally:
            close_database()
            remove(profile)
        plans.append(float(first["plan"]))  # type: ignore[arg-type]
        commits.append(float(first["commit"]))  # type: ignore[arg-type]
        totals.append(float(first["total"]))  # type: ignore[arg-type]
        again_plans.append(float(again["plan"]))  # type: ignore[arg-type]
        again_commits.append(float(again["commit"]))  # type: ignore[arg-type]
        again_totals.append(float(again["total"]))  # type: ignore[arg-type]
        print(f"  live contacts after the first import: {contacts:,}")

    walls: list[float] = []
    for _ in range(args.cli_repeat):
        wall, out = cli_import(path)
        walls.append(wall)
        print(f"  CLI: {wall:.2f} s; cards_read {out.get('cards_read')}, created "
              f"{out.get('created')}, merged {out.get('merged')}, failed {out.get('failed')}")

    print(f"\n{cards:,} cards, {len(data) / 1e6:.1f} MB")
    print(stats("(a) vobject.readComponents", t_vobject))
    print(stats("(b) kith plan, empty profile", plans))
    print(stats("    kith commit", commits))
    print(stats("    kith plan + commit", totals))
    print(stats("(c) re-import: plan", again_plans))
    print(stats("    re-import: commit", again_commits))
    print(stats("    re-import: plan + commit", again_totals))
    print(stats("(d) kith import CLI, wall clock", walls))
    ratio = median(totals) / median(t_vobject)
    print(f"ratio (b) total / (a) vobject: {ratio:.2f}  (target <= 1.0: "
          f"{'met' if ratio <= 1.0 else 'NOT met'})")
    print(f"ratio (c) re-import / (a) vobject: {median(again_totals) / median(t_vobject):.2f}; "
          f"(d) CLI / (a) vobject: {median(walls) / median(t_vobject):.2f}")


if __name__ == "__main__":
    main()
