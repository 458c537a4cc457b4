"""Fuzz the vCard reader for a while, and report inputs, crashes, hangs and peak memory.

    python tests/benchmarks/bench_fuzz.py [--seconds 60] [--seed 1] [--hang 5] [--out DIR]

Mutates real-world cards (../shared/vcards and tests/fixtures/vcards, see
``tests/vcard/fuzzing.py``) and reads each mutant with ``kith.vcard.iter_cards``
in a child process. A crash is an exception out of the reader, a problem that
shows an internal error, or text with a lone surrogate; a hang is a mutant that
takes longer than ``--hang`` seconds. Crashing and hanging inputs are saved in
``--out`` (default: a temporary folder) to be replayed. The bounded version
runs in the normal suite (tests/services/test_import_fuzz.py).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "desktop"))
sys.path.insert(0, str(HERE.parents[1]))

from kith.vcard import Card, Problem, iter_cards  # noqa: E402
from tests.vcard.fuzzing import mutate, seeds  # noqa: E402


def _check(data: bytes) -> str:
    """"" when the reader behaved, else what went wrong."""
    try:
        for item in iter_cards(data, "fuzz.vcf"):
            if isinstance(item, Problem):
                text = item.message
                if "could not read the rest" in text or "Error(" in text:
                    return f"internal error: {text}"
                text.encode("utf-8")
            elif isinstance(item, Card):
                item.display_name().encode("utf-8")
                item.notes.encode("utf-8")
            else:
                return f"unexpected item {item!r}"
    except Exception as exc:  # what the fuzzer looks for
        return f"{exc.__class__.__name__}: {exc}"
    return ""


def _worker(tasks: mp.Queue, results: mp.Queue) -> None:  # type: ignore[type-arg]
    while True:
        data = tasks.get()
        if data is None:
            break
        results.put(_check(data))
    results.put(("maxrss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hang", type=float, default=5.0, help="seconds that count as a hang")
    parser.add_argument("--out", type=Path, default=None, help="where bad inputs are saved")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="kith-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    pool = seeds()
    ctx = mp.get_context("spawn")
    inputs = crashes = hangs = 0
    peak_kb = 0

    def start() -> tuple[mp.Process, mp.Queue, mp.Queue]:  # type: ignore[type-arg]
        tasks, results = ctx.Queue(), ctx.Queue()
        proc = ctx.Process(target=_worker, args=(tasks, results), daemon=True)
        proc.start()
        return proc, tasks, results

    proc, tasks, results = start()
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        name, data = rng.choice(pool)
        mutant = mutate(data, rng)
        inputs += 1
        tasks.put(mutant)
        try:
            outcome = results.get(timeout=args.hang)
        except Exception:  # queue.Empty: the child is stuck on this input
            hangs += 1
            (out / f"hang-{inputs:06d}.vcf").write_bytes(mutant)
            proc.kill()
            proc.join()
            proc, tasks, results = start()
            continue
        if outcome:
            crashes += 1
            (out / f"crash-{inputs:06d}.vcf").write_bytes(mutant)
            print(f"crash on a mutant of {name}: {outcome}", file=sys.stderr)
    tasks.put(None)
    while True:
        item = results.get(timeout=60)
        if isinstance(item, tuple):
            peak_kb = max(peak_kb, item[1])
            break
    proc.join()
    print(f"seed {args.seed}: {inputs} inputs in {args.seconds:.0f} s from {len(pool)} seed "
          f"files; {crashes} crashes, {hangs} hangs; peak memory of the reader "
          f"{peak_kb / 1024:.0f} MB; bad inputs in {out}")
    return 1 if crashes or hangs else 0


if __name__ == "__main__":
    sys.exit(main())
