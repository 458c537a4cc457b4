"""Who is due, and a long timeline, on the large synthetic profile.

    python tests/benchmarks/bench_due.py [--contacts 50000] [--repeat 20] [--cli-repeat 5]
                                         [--entries 5000]

On the profile of ``generate.py`` (made on first use; 50,000 contacts and
about 500,000 interactions):

- ``followups.due(today, days)`` in process, days=0 and days=7 (``--repeat``
  runs after one warm-up): median, p95, how many items, and how long each of
  its three queries takes alone (stored follow-ups, cadence rounds, birthdays);
- the wall clock of ``kith --data-dir D due --json`` and of ``... due --days 7
  --json`` (``--cli-repeat`` runs after a warm-up), beside ``kith --version``
  (the interpreter and argument parsing alone). The children's stdout is a
  pipe, block-buffered (``PYTHONUNBUFFERED`` removed); ``due --json`` runs once
  more with ``PYTHONUNBUFFERED=1`` to show what unbuffered output costs;
- on a copy of the profile, one contact given ``--entries`` more interactions
  (one ``executemany``): ``timeline.for_contact(cid, limit=200)`` for the first
  page and for the page at offset ``entries - 200``, and ``count_for_contact``.

Targets: due() under 100 ms; a timeline page instant (a few ms).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from common import empty_profile, ensure_profile, median, offscreen_env, percentile, remove

from kith.profile import open_profile
from kith.services.followups import actions as followups
from kith.services.followups import agenda, timeline
from kith.store.db import close_database
from kith.store.models import database

QUERY_MS = 100.0


def times_ms(repeat: int, fn: Callable[[], object]) -> list[float]:
    fn()  # warm the page cache and the statement cache
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def line(label: str, values: list[float], extra: str = "") -> str:
    return (f"{label:<40} median {median(values):8.2f} ms  p95 {percentile(values, 95):8.2f}  "
            f"min {min(values):8.2f}  max {max(values):8.2f}  (n={len(values)}){extra}")


def kith_start() -> list[str]:
    script = Path(sys.executable).parent / "kith"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kith"]


def child_env(unbuffered: bool = False) -> dict[str, str]:
    """As a user's shell has it: stdout block-buffered into a pipe (or, if asked, unbuffered)."""
    env = offscreen_env()
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    return env


def wall_ms(command: list[str], repeat: int, unbuffered: bool = False) -> tuple[list[float], str]:
    def once() -> str:
        proc = subprocess.run(command, capture_output=True, text=True,
                              env=child_env(unbuffered))
        if proc.returncode != 0:
            raise RuntimeError(f"{command} failed ({proc.returncode}): {proc.stderr[-2000:]}")
        return proc.stdout

    out = once()  # warm-up (bytecode cache, page cache)
    walls = []
    for _ in range(repeat):
        started = time.perf_counter()
        out = once()
        walls.append((time.perf_counter() - started) * 1000)
    return walls, out


def parts_of_due(today: dt.date, days: int, repeat: int) -> None:
    """Each of due()'s three queries on its own, fetched to the end (no Python per row)."""
    horizon = (today + dt.timedelta(days=days)).isoformat()
    conn = database.connection()
    stored = ("SELECT f.id, f.contact_id, c.display_name, f.due_on, f.snoozed_until, f.reason, "
              "f.kind FROM follow_up f JOIN contact c ON c.id = f.contact_id "
              "WHERE f.status = 'open' AND f.kind != 'birthday' AND c.deleted_at IS NULL "
              "AND MAX(f.due_on, COALESCE(f.snoozed_until, f.due_on)) <= ?")
    cadence = ("SELECT c.id, c.display_name, c.next_follow_up_on, c.last_contact_on, "
               "c.cadence_days, ci.cadence_days FROM contact c LEFT JOIN circle ci "
               "ON ci.id = c.circle_id WHERE c.deleted_at IS NULL AND c.next_follow_up_on <= ? "
               "AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.contact_id = c.id AND "
               "f.status = 'open' AND f.kind != 'birthday')")
    birthdays = ("SELECT c.id, c.display_name, c.birthday FROM contact c "
                 "WHERE c.deleted_at IS NULL AND c.birthday IS NOT NULL")
    for label, sql, params in (("stored follow-ups", stored, (horizon,)),
                               ("cadence rounds", cadence, (horizon,)),
                               ("birthday candidates", birthdays, ())):
        rows = conn.execute(sql, params).fetchall()
        plan = "; ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
        values = times_ms(repeat, lambda sql=sql, params=params: conn.execute(sql, params)
                          .fetchall())
        print(line(f"    query: {label}", values, f"  {len(rows):,} rows"))
        print(f"      plan: {plan}")
    values = times_ms(repeat, lambda: agenda._birthdays(today, days))
    print(line("    _birthdays() (query + Python per row)", values))


def bench_due(profile: Path, repeat: int, cli_repeat: int) -> None:
    today = dt.date.today()
    open_profile(profile, daily_backup=False)
    try:
        for days in (0, 7):
            items = followups.due(today, days)
            kinds = Counter(i.kind for i in items)
            values = times_ms(repeat, lambda days=days: followups.due(today, days))
            verdict = "met" if median(values) < QUERY_MS else "NOT met"
            print(line(f"followups.due(today, {days})", values,
                       f"  {len(items):,} items {dict(kinds)}; target {verdict}"))
            parts_of_due(today, days, repeat)
        # What the Today view reads at start-up: the most urgent 100 of each band (its
        # ROWS_PER_SECTION), and the totals.
        found, totals = agenda.agenda(today, 7, limit=100)
        values = times_ms(repeat, lambda: agenda.agenda(today, 7, limit=100))
        print(line("agenda.agenda(today, 7, limit=100) (the Today view)", values,
                   f"  {len(found):,} items; totals {totals}"))
    finally:
        close_database()

    base = [*kith_start(), "--data-dir", str(profile)]
    version, _ = wall_ms([*kith_start(), "--version"], cli_repeat)
    print(line("kith --version (process floor)", version))
    for args in (["due", "--json"], ["due", "--days", "7", "--json"]):
        walls, out = wall_ms([*base, *args], cli_repeat)
        print(line("kith --data-dir D " + " ".join(args), walls,
                   f"  {len(json.loads(out)):,} items, {len(out) / 1e3:.0f} KB of JSON"))
    walls, _ = wall_ms([*base, "due", "--json"], cli_repeat, unbuffered=True)
    print(line("the same, PYTHONUNBUFFERED=1", walls, "  (a write() per JSON token)"))


def bench_timeline(profile: Path, entries: int, repeat: int) -> None:
    copy = empty_profile()
    try:
        for name in ("kith.sqlite3", "kith.sqlite3-wal"):
            if (profile / name).exists():
                shutil.copy2(profile / name, copy / name)
        open_profile(copy, daily_backup=False)
        conn = database.connection()
        cid = int(conn.execute("SELECT MIN(id) FROM contact WHERE deleted_at IS NULL")
                  .fetchone()[0])
        before = timeline.count_for_contact(cid)
        rng = random.Random(5)
        today = dt.date.today()
        rows = []
        for i in range(entries):
            day = today - dt.timedelta(days=rng.randint(0, 3650))
            rows.append((cid, day.isoformat(), rng.choice(("email", "call", "meeting")), "me",
                         "none", f"Bench entry {i}", "", f"{day.isoformat()} 12:00:00"))
        started = time.perf_counter()
        with database.atomic():
            conn.executemany(
                "INSERT INTO interaction (contact_id, occurred_on, channel, initiated_by, help, "
                "summary, note, created_at) VALUES (?,?,?,?,?,?,?,?)", rows)
        inserted = (time.perf_counter() - started) * 1000
        total = timeline.count_for_contact(cid)
        print(f"timeline: contact {cid} had {before} entries, now {total:,} "
              f"({entries:,} inserted in {inserted:.0f} ms)")
        last = max(0, entries - 200)
        for label, offset in (("first page", 0), (f"offset {last:,}", last)):
            page = timeline.for_contact(cid, limit=200)
            values = times_ms(repeat, lambda offset=offset: timeline.for_contact(
                cid, limit=200, offset=offset))
            page = timeline.for_contact(cid, limit=200, offset=offset)
            print(line(f"timeline.for_contact(limit=200), {label}", values,
                       f"  {len(page)} entries"))
        values = times_ms(repeat, lambda: timeline.count_for_contact(cid))
        print(line("timeline.count_for_contact", values))
        # The first page's query as timeline builds it (each branch cut to the page's end,
        # no kind filter).
        sql, params = database.get_sql_context().sql(
            timeline.page_query(cid, None, 200, 0)).query()
        plan = "; ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
        print(f"  plan: {plan}")
    finally:
        close_database()
        remove(copy)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=50000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cli-repeat", type=int, default=5)
    parser.add_argument("--entries", type=int, default=5000)
    args = parser.parse_args()
    profile = ensure_profile(args.contacts)
    bench_due(profile, args.repeat, args.cli_repeat)
    bench_timeline(profile, args.entries, args.repeat)


if __name__ == "__main__":
    main()
