"""Finding duplicates across the whole address book (issue #15), on a copy of a profile.

    python tests/benchmarks/bench_duplicates.py [--contacts 50000] [--repeat 5] [--profile DIR]

Copies the synthetic profile (``generate.py``; made on first use) or ``--profile DIR``
to a temporary folder (the copy is migrated, the original never written), then runs
``duplicates.find()`` ``--repeat`` times after one warm-up and prints the median, the
fastest and the slowest run, how many groups it found, and the best few.

Target: under 5 s for 50,000 contacts.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from common import ensure_profile, median

from kith.profile import open_profile
from kith.services.contacts import duplicates
from kith.store.db import close_database

TARGET_S = 5.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=50000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="use this profile (copied) instead")
    args = parser.parse_args()
    source = args.profile or ensure_profile(args.contacts)
    with tempfile.TemporaryDirectory(prefix="kith-bench-dups-") as tmp:
        copy = Path(tmp) / "profile"
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns("backups"))
        open_profile(str(copy), daily_backup=False)
        try:
            groups = duplicates.find()  # warm-up: page cache, nickname table, imports
            runs = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                groups = duplicates.find()
                runs.append(time.perf_counter() - start)
        finally:
            close_database()
    people = sum(len(g.contact_ids) for g in groups)
    print(f"duplicates.find(): median {median(runs):.2f} s (min {min(runs):.2f}, "
          f"max {max(runs):.2f}, {args.repeat} runs; target < {TARGET_S:.0f} s)")
    print(f"{len(groups)} groups, {people} people in them")
    for group in groups[:5]:
        print(f"  {group.score:.2f}  {group.contact_ids}  {group.reason}")


if __name__ == "__main__":
    main()
