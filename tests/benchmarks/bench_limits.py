"""Time and peak memory of ``kith import`` on hostile sizes (issue #10 item 18).

    python tests/benchmarks/bench_limits.py [--cards 1000000] [--line-mb 100] [--keep]

Writes, in a temporary folder, a file with one ``--line-mb`` MB property line
inside a card, and a file of ``--cards`` tiny cards, then runs the real
``kith import`` on each in a child process on a fresh profile and prints its
wall time, exit code and peak resident memory (``ru_maxrss`` from ``wait4``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _line_file(path: Path, megabytes: int) -> None:
    with path.open("wb") as out:
        out.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Line\r\nNOTE:")
        block = b"x" * (1 << 20)
        for _ in range(megabytes):
            out.write(block)
        out.write(b"\r\nEND:VCARD\r\n")


def _cards_file(path: Path, cards: int) -> None:
    with path.open("wb") as out:
        for start in range(0, cards, 10_000):
            out.write(b"".join(b"BEGIN:VCARD\r\nFN:P%d\r\nEND:VCARD\r\n" % i
                               for i in range(start, min(cards, start + 10_000))))


def _run(data_dir: Path, file: Path) -> tuple[float, int, float, str]:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kith", "--data-dir", str(data_dir),
                             "import", str(file)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    out = (proc.stdout.read() if proc.stdout else "") + (proc.stderr.read() if proc.stderr else "")
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, proc.returncode, usage.ru_maxrss / 1024, out.splitlines()[0][:110]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1_000_000)
    parser.add_argument("--line-mb", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kith-limits-"))
    try:
        line = folder / "line.vcf"
        _line_file(line, args.line_mb)
        many = folder / "many.vcf"
        _cards_file(many, args.cards)
        for label, file in ((f"one {args.line_mb} MB line", line),
                            (f"{args.cards:,} tiny cards", many)):
            elapsed, code, peak, first = _run(folder / f"profile-{file.stem}", file)
            print(f"{label:>24}: {elapsed:6.1f} s, exit {code}, peak {peak:6.0f} MB  | {first}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
