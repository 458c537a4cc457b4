"""Kith's start-up on a large profile against a bare PySide6 window.

    python tests/benchmarks/bench_startup.py [--contacts 50000] [--repeat 5]

Generates (or reuses) the synthetic profile, then runs, offscreen and
alternating, a tiny script that shows an empty QMainWindow and
``kith --data-dir DIR --exit-after-start``. Both print 'ready in N ms' counted
from their first import (``kith.STARTED_AT``) to the first event-loop turn;
the parent also times the whole process. A first kith run, with the
profile's backups removed, shows the first start of a day (which backs the
database up); one unmeasured warm-up run of each follows. Target: kith within
3x the bare window.
"""

from __future__ import annotations

import argparse

from common import (
    Run,
    fmt,
    median,
    remove,
    run_child,
    startup_commands,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=50000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    commands, big, profile, empty = startup_commands(args.contacts)
    try:
        remove(profile / "backups")
        first = run_child(commands[big])
        print(f"first start of the day (daily backup): ready {first.ready_ms:.0f} ms, "
              f"wall {first.wall_ms:.0f} ms")
        for name, command in commands.items():
            first = run_child(command)
            print(f"warm-up {name:<24} ready {first.ready_ms:6.0f} ms, "
                  f"wall {first.wall_ms:6.0f} ms")
        runs: dict[str, list[Run]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                runs[name].append(run_child(command))
    finally:
        remove(empty)

    print(f"\nstart-up, offscreen, {args.repeat} runs each")
    for name, results in runs.items():
        print(f"{name}")
        print(f"  ready (own clock)  {fmt([r.ready_ms for r in results])}")
        print(f"  whole process      {fmt([r.wall_ms for r in results])}")
    bare = runs["bare window"]
    for name in (big, f"kith, {args.contacts:,} all due"):
        kith = runs[name]
        for label, pick in (("ready", lambda r: r.ready_ms),
                            ("whole process", lambda r: r.wall_ms)):
            ratio = median([pick(r) for r in kith]) / median([pick(r) for r in bare])
            print(f"{name} / bare ({label}): {ratio:.2f}x  (target <= 3x)")


if __name__ == "__main__":
    main()
