"""Peak resident memory of kith started on a large profile, against a bare window.

    python tests/benchmarks/bench_memory.py [--contacts 50000] [--repeat 3]

Runs, offscreen, a bare PySide6 window, ``kith --exit-after-start`` on an
empty profile and on the synthetic profile of ``--contacts`` people, each as
a subprocess, and reads its peak resident set size (``ru_maxrss`` from
``wait4``). Target: under 250 MB at 50,000 contacts.
"""

from __future__ import annotations

import argparse

from common import remove, run_child, startup_commands


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=50000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    commands, big, _profile, empty = startup_commands(args.contacts)
    try:
        first = run_child(commands[big])
        print(f"first kith run (makes the daily backup if due): {first.maxrss_mb:.1f} MB")
        peaks = {name: [run_child(c).maxrss_mb for _ in range(args.repeat)]
                 for name, c in commands.items()}
    finally:
        remove(empty)
    print(f"\npeak resident memory (ru_maxrss), offscreen, {args.repeat} runs each")
    for name, values in peaks.items():
        print(f"  {name:<26} {max(values):6.1f} MB  (min {min(values):.1f})")
    target = "under" if max(peaks[big]) < 250 else "OVER"
    print(f"target: under 250 MB at 50,000 contacts ({target} it here)")


if __name__ == "__main__":
    main()
