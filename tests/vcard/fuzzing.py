"""Mutated real-world cards for fuzzing the importer (shared by the suite and a benchmark).

``seeds()`` gives the bytes of the corpus files (../shared/vcards) and of
tests/fixtures/vcards; ``mutate(data, rng)`` returns a damaged copy: bytes
flipped, cut, repeated or spliced with hostile fragments (non-text CHARSETs,
lone surrogates, bare CRs, NULs, deep nesting, injected media types).
"""

from __future__ import annotations

import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "vcards"
FIXTURES = REPO / "tests" / "fixtures" / "vcards"

FRAGMENTS = [
    b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"\r\n ", b"\r", b"\n", b"\x00", b"\xff\xfe", b"\xfe\xff",
    b"\xef\xbb\xbf", b"=\r\n", b"\\", b";", b":", b",",
    b"FN;CHARSET=unicode_escape;ENCODING=QUOTED-PRINTABLE:=E9\\ud800x\r\n",
    b"FN;CHARSET=hex;ENCODING=QUOTED-PRINTABLE:=E9=FF\r\n",
    b"NOTE;CHARSET=utf-7;ENCODING=QUOTED-PRINTABLE:+2ADcAA-=E9\r\n",
    b"PHOTO:data:image/png\rEND:VCARD\rBEGIN:VCARD\rFN:Injected;base64,iVBORw0KGgo=\r\n",
    b"CATEGORIES:" + b",".join(b"t%d" % i for i in range(300)) + b"\r\n",
    b"BEGIN:VCARD\r\n" * 12, b"ADR;LABEL=a:b:;c;d\r\n", b"BDAY:99999999\r\n",
    b"TEL;TYPE=\"a:1\r\n", b"item1.X-ABLabel:_$!<>!$_\r\n", b"\xed\xa0\x80",
    "NOTE:é\x00a\x00b\x00".encode(), b"X" * 2000,
]


def seeds() -> list[tuple[str, bytes]]:
    found = sorted(CORPUS.rglob("*.vcf")) + sorted(FIXTURES.glob("*.vcf"))
    return [(str(p.relative_to(p.parents[1])), p.read_bytes()) for p in found if p.is_file()]


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A damaged copy of ``data``: one to four random edits."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        where = rng.randint(0, len(out))
        kind = rng.randrange(6)
        if kind == 0 and out:  # flip bytes
            for _ in range(rng.randint(1, 8)):
                out[rng.randrange(len(out))] = rng.randrange(256)
        elif kind == 1:  # insert a hostile fragment
            out[where:where] = rng.choice(FRAGMENTS)
        elif kind == 2:  # cut off
            del out[where:]
        elif kind == 3 and out:  # repeat a slice
            end = min(len(out), where + rng.randint(1, 400))
            out[where:where] = out[where:end] * rng.randint(2, 5)
        elif kind == 4:  # delete a slice
            del out[where:where + rng.randint(1, 200)]
        else:  # random bytes
            out[where:where] = rng.randbytes(rng.randint(1, 64))
    return bytes(out)
