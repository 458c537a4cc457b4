"""Two-way CardDAV sync against a local Radicale: first sync and incremental syncs.

    python tests/benchmarks/bench_sync.py [--cards 5000]

Starts Radicale (the test fixture's, htpasswd auth on 127.0.0.1) with an address
book of ``--cards`` vCard 3.0 cards, one in ten with a ~10 KB photo (written
straight into Radicale's storage folder, as a phone would have uploaded them over
time), then in a fresh Kith profile times and counts the HTTP requests of:

(a) the first sync: everything downloaded, matched and imported as one batch;
(b) a sync with nothing changed (target: one or two requests);
(c) an incremental sync after 10 cards changed on the server (a phone) and 10
    contacts edited in Kith.
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.sync.conftest import Radicale, free_port, vcard  # noqa: E402


def card(n: int, photo: bytes | None) -> str:
    extra = {"EMAIL": f"person{n}@example.org", "TEL": f"+1 555 {n:07d}",
             "ORG": f"Company {n % 300}", "TITLE": "Engineer"}
    text = vcard(f"Person{n:05d} Bench", f"bench-{n}", **extra)
    if photo is not None:
        encoded = base64.b64encode(photo).decode()
        text = text.replace("END:VCARD", f"PHOTO;ENCODING=b;TYPE=JPEG:{encoded}\r\nEND:VCARD")
    return text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--profile", action="store_true", help="profile one idle sync")
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        server = Radicale(Path(tmp), free_port())
        server.start()
        try:
            run(server, Path(tmp), args.cards, rng)
        finally:
            server.stop()



def run(server: Radicale, tmp: Path, cards: int, rng: random.Random) -> None:
    from kith.services.contacts import people
    from kith.services.sync import accounts
    from kith.services.sync.dav import DavClient
    from kith.services.sync.engine import sync_account
    from kith.store.db import open_database
    from kith.store.models import Contact

    server.phone.make_addressbook("contacts")
    folder = next((tmp / "storage").rglob("contacts"))
    for n in range(cards):
        photo = (b"\xff\xd8\xff\xe0" + rng.randbytes(10_000)) if n % 10 == 0 else None
        (folder / f"bench-{n}.vcf").write_text(card(n, photo), newline="")
    open_database(tmp / "kith.sqlite3")
    client = DavClient(server.url, server.user, server.password, timeout=900)
    books = [c for c in client.discover() if c.kind == "addressbook"]
    account = accounts.add_account(server.url, server.user, books)
    # Radicale reads files dropped into its storage once, on the first listing: not ours.
    start = time.perf_counter()
    client.sync_collection(books[0].url, None)
    print(f"Radicale indexing its storage (not Kith): {time.perf_counter() - start:.2f} s")

    def measure(label: str) -> None:
        c = DavClient(server.url, server.user, server.password, timeout=900)
        start = time.perf_counter()
        report = sync_account(account, server.password, client=c)
        took = time.perf_counter() - start
        print(f"{label}: {took:.2f} s, {c.requests} HTTP requests; downloaded "
              f"{report.downloaded}, uploaded {report.uploaded}, errors {len(report.errors)}")

    measure(f"(a) first sync of {cards} cards (1 in 10 with a photo)")
    measure("(b) nothing changed")
    for n in range(10):  # the phone edits 10 cards...
        server.phone.put_card("contacts", f"bench-{n * 7}.vcf",
                              vcard(f"Person{n * 7:05d} Bench", f"bench-{n * 7}",
                                    TITLE="Director"))
    ids = [cid for (cid,) in Contact.select(Contact.id).order_by(Contact.id.desc())
           .limit(10).tuples()]
    for cid in ids:  # ...and Kith edits 10 others
        people.update(cid, replace(people.load(cid), title="Edited in Kith"))
    measure("(c) 10 changes on each side")
    measure("(b) nothing changed, again")
    if "--profile" in sys.argv:
        import cProfile
        import pstats

        with cProfile.Profile() as prof:
            measure("(b) profiled")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(18)


if __name__ == "__main__":
    main()
