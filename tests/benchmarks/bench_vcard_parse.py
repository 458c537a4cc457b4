"""How fast kith.vcard reads a large address book, against vobject.

Run on demand (pytest does not collect this folder):

    python tests/benchmarks/bench_vcard_parse.py [--cards 10000] [--repeat 3]

It writes a vCard 3.0 file of ``--cards`` people into a temporary directory,
one in ten with a ~10 KB JPEG-sized base64 photo, then times
``list(vobject.readComponents(text))`` against ``kith.vcard.read_bytes(data)``
(which also decodes the bytes, so it does more work than vobject here) and
prints both timings and their ratio. The import target is that the reader is
at least three times faster than vobject.
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))

from kith.vcard import read_bytes  # noqa: E402

GIVEN = ["Ana", "Bob", "Cara", "Dmitri", "Émile", "Fatima", "Gao", "Hiro", "Ines", "José"]
FAMILY = ["Silva", "Ng", "Diaz", "Ivanov", "Zoë-Brandt", "Okafor", "Wei", "Tanaka", "Müller"]
ORGS = ["Acme Corp", "Initech", "Globex\\, Inc.", "Umbrella", "Stark Industries"]


def _fold(line: str) -> str:
    """Fold at 75 characters the way exporters do (the lines here are ASCII or short)."""
    if len(line) <= 75:
        return line
    parts = [line[:75]]
    rest = line[75:]
    while rest:
        parts.append(" " + rest[:74])
        rest = rest[74:]
    return "\r\n".join(parts)


def make_file(n_cards: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    photo = base64.b64encode(b"\xff\xd8\xff\xe0" + rng.randbytes(10 * 1024 - 4)).decode()
    out: list[str] = []
    for i in range(n_cards):
        given = rng.choice(GIVEN)
        family = rng.choice(FAMILY)
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"UID:urn:uuid:00000000-0000-4000-8000-{i:012d}",
            f"FN:{given} {family}",
            f"N:{family};{given};;;",
            f"ORG:{rng.choice(ORGS)};Sales",
            "TITLE:Account Manager",
            f"EMAIL;TYPE=INTERNET,WORK,PREF:{given.lower()}.{i}@example.com",
            f"EMAIL;TYPE=INTERNET,HOME:{given.lower()}{i}@mail.example.org",
            f"TEL;TYPE=CELL:+1 555 {i % 1000:03d} {i % 10000:04d}",
            f"TEL;TYPE=WORK,VOICE:(555) 010-{i % 10000:04d}",
            f"ADR;TYPE=WORK:;;{i} Main Street;Springfield;IL;62701;USA",
            f"BDAY:19{rng.randrange(50, 99)}-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}",
            "URL:https://example.com/people/" + str(i),
            _fold("NOTE:Met at the Gallatin mixer\\, talked about hiring and the move to "
                  "Austin.\\nFollow up in two weeks."),
            "CATEGORIES:Work,Conference",
        ]
        if i % 10 == 0:
            lines.append(_fold("PHOTO;ENCODING=b;TYPE=JPEG:" + photo))
        lines.append("END:VCARD")
        out.append("\r\n".join(lines))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def _best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().split("\n")[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import vobject

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.vcf"
        path.write_bytes(make_file(args.cards))
        data = path.read_bytes()
        text = data.decode("utf-8")
        print(f"file: {args.cards} cards, {len(data) / 1e6:.1f} MB, "
              f"{args.cards // 10} with a ~10 KB photo")

        result = read_bytes(data, path.name)
        n_vobject = len(list(vobject.readComponents(text)))
        print(f"cards read: kith {len(result.cards)}, vobject {n_vobject}, "
              f"problems {len(result.problems)}")

        t_vobject = _best_of(args.repeat, lambda: list(vobject.readComponents(text)))
        t_kith = _best_of(args.repeat, lambda: read_bytes(data, path.name))
        print(f"vobject.readComponents: {t_vobject:.3f} s")
        print(f"kith.vcard.read_bytes:  {t_kith:.3f} s")
        print(f"ratio (vobject / kith): {t_vobject / t_kith:.1f}x")


if __name__ == "__main__":
    main()
