"""How long ``prompts(today)`` takes on a large profile.

    python tests/benchmarks/bench_prompts.py [--contacts 50000] [--interactions 500000]
                                             [--items 20000] [--rounds 5] [--keep DIR]

Builds a profile in a temporary folder (the real migrated schema through
``kith.profile.open_profile``, then bulk SQL inserts): contacts with
birthdays and circles, interactions over two years (channels, asks and gifts,
summaries), needs and offers written from varied templates (so that most texts
differ, with typos now and then), events with recent attendees, re-import
changes, introductions and dismissed prompts. Then times ``prompts(today)``:
the first call in a fresh process (cold: every text read for the first time,
or read from the readings kept beside the database by an earlier run,
``readings.cache``; delete it to time a first run) and the following ones (the
matcher's caches warm), each as wall clock and as this process's CPU time
(steadier on a busy machine), and ``top_prompt_for``.
Target: under one second for 50,000 contacts and 20,000 needs and offers.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))

from kith.profile import open_profile  # noqa: E402
from kith.services.followups import schedule  # noqa: E402
from kith.store.db import close_database  # noqa: E402
from kith.store.models import database  # noqa: E402

GIVEN = ("Ana Bob Cara Dan Eve Finn Gia Hugo Ines Jon Kai Lea Max Nia Omar Pia Raj Sam Tia "
         "Uma Vik Wes Xia Yara Zoe").split()
FAMILY = ("Silva Ng Diaz Okafor Müller Rossi Kim Patel Nowak Haddad Cohen Lindqvist Sato "
          "Garcia Smith Brown Dubois Jensen").split()
CITIES = ("Austin Denver Nashville Boston Chicago Seattle Portland Miami Atlanta Berlin "
          "London Lisbon Toronto Paris Dublin").split()
ROLES = [
    "frontend developer", "React developer", "backend engineer", "Python developer",
    "iOS developer", "data scientist", "DevOps engineer", "UX designer", "graphic designer",
    "product manager", "accountant", "CPA", "bookkeeper", "lawyer", "immigration lawyer",
    "patent attorney", "marketer", "SEO specialist", "copywriter", "sales lead",
    "photographer", "translator", "therapist", "realtor", "recruiter", "mentor",
    "technical cofounder", "angel investor", "fractional CFO", "nanny",
]
NEED_TEMPLATES = [
    "looking for a {role}", "need a {role} for {what}", "hiring a {role}",
    "anyone know a good {role}?", "looking for a {role} in {city}", "moving to {city} in {month}",
    "{role} recommendations please", "raising a seed round for {what}",
    "intro to someone at {org}", "looking for work as a {role}", "need help with {topic}",
    "want to meet people in {city}",
]
OFFER_TEMPLATES = [
    "{role}", "{role}, happy to help", "{role} looking for work", "knows the {city} scene",
    "lives in {city}", "{topic}", "experienced {role} in {city}", "used to work at {org}",
    "invests in {what}", "hiring {role}s", "can give advice on {topic}", "{role}, {years} years",
]
TOPICS = ["tax returns", "bookkeeping", "legal advice", "visa applications", "SEO",
          "social media", "fundraising", "pitch decks", "Kubernetes", "AWS", "career advice",
          "public speaking", "Figma", "branding", "payroll", "contracts", "real estate"]
WHATS = ["our startup", "my bakery", "a climate app", "the new shop", "a B2B SaaS",
         "our nonprofit", "a podcast", "my family business", "consumer apps", "fintech"]
ORGS = ["Stripe", "Google", "Airbnb", "Acme", "Initech", "Globex", "Shopify", "Spotify"]
MONTHS = ["March", "May", "June", "September", "the spring", "the fall"]
CHANNELS = ["email"] * 5 + ["call"] * 2 + ["meeting", "message", "video", "social", "event",
                                           "letter", "other"]
HELPS = ["none"] * 14 + ["asked"] * 3 + ["gave"] * 3
SUMMARIES = ["Quarterly update", "Asked about the contract", "Coffee catch-up",
             "Sent the deck", "Intro call", "Checking in", "Discussed hiring",
             "Follow-up on proposal", "Birthday wishes", "Shared an article"]


# Words that make texts differ the way people's do (a project, a detail).
DETAILS = (
    "wedding bakery garden climate solar battery coffee bicycle museum library school "
    "hospital clinic kitchen brewery vineyard theater gallery festival podcast newsletter "
    "marathon charity church farm ranch boutique salon studio warehouse factory hotel "
    "restaurant cafe bookstore pharmacy dental veterinary robotics drone satellite rocket "
    "ocean river mountain forest island desert urban rural coastal nordic alpine tropical "
    "vintage organic artisan handmade luxury budget premium local regional national global "
    "mobile cloud edge quantum genomics biotech medtech edtech proptech insurtech legaltech "
    "agritech cleantech fashion beauty fitness wellness gaming music film video photo print "
    "paper glass steel wood textile leather ceramic jewelry furniture lighting plumbing"
).split()


def _typo(text: str, rng: random.Random) -> str:
    words = text.split()
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 5:
        j = rng.randrange(1, len(w) - 1)
        words[i] = w[:j] + w[j + 1:]
    return " ".join(words)


def _text(templates: list[str], rng: random.Random) -> str:
    text = rng.choice(templates).format(
        role=rng.choice(ROLES), city=rng.choice(CITIES), what=rng.choice(WHATS),
        org=rng.choice(ORGS), month=rng.choice(MONTHS), topic=rng.choice(TOPICS),
        years=rng.randint(2, 30),
    )
    if rng.random() < 0.7:
        text += f", {rng.choice(DETAILS)} {rng.choice(DETAILS)} project"
    if rng.random() < 0.3:
        text += rng.choice([" ASAP", f" ({rng.choice(GIVEN)} asked)", " for next quarter",
                            f" before {rng.choice(MONTHS)}", " — remote is fine",
                            f" #{rng.randint(1, 999)}"])
    if rng.random() < 0.05:
        text = _typo(text, rng)
    return text


def build(where: Path, contacts: int, interactions: int, items: int, today: dt.date,
          seed: int = 1) -> None:
    rng = random.Random(seed)
    open_profile(where, daily_backup=False)
    conn = database.connection()
    stamp = f"{today - dt.timedelta(days=800)} 09:00:00"
    started = time.perf_counter()
    with database.atomic():
        rows = []
        for cid in range(1, contacts + 1):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            name = f"{given} {family}"
            bday = None
            if rng.random() < 0.6:
                day = dt.date(2001, 1, 1) + dt.timedelta(days=rng.randrange(365))
                bday = (f"{rng.randint(1950, 2000)}-{day:%m-%d}" if rng.random() < 0.7
                        else f"--{day:%m-%d}")
            deleted = f"{today} 08:00:00" if rng.random() < 0.01 else None
            rows.append((cid, name, name.casefold(), given, family, bday,
                         rng.choice([1, 2, 3, 3, 3, 4]), stamp, stamp, deleted))
        conn.executemany(
            "INSERT INTO contact (id, display_name, sort_name, given_name, family_name, "
            "birthday, circle_id, created_at, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        rows = []
        for iid in range(1, interactions + 1):
            cid = rng.randint(1, contacts)
            day = today - dt.timedelta(days=int(rng.random() ** 1.5 * 730))
            rows.append((iid, cid, day.isoformat(), rng.choice(CHANNELS),
                         rng.choice(["me", "them"]), rng.choice(HELPS),
                         rng.choice(SUMMARIES), f"{day} 10:00:00",
                         f"{today} 10:00:00" if rng.random() < 0.01 else None))
        conn.executemany(
            "INSERT INTO interaction (id, contact_id, occurred_on, channel, initiated_by, help, "
            "summary, created_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        rows = []
        for nid in range(1, items + 1):
            kind = "need" if nid % 2 else "offer"
            owner = None if nid <= 40 else rng.randint(1, contacts)
            created = today - dt.timedelta(days=rng.randrange(400))
            expires = (created + dt.timedelta(days=rng.randrange(30, 200))
                       if rng.random() < 0.3 else None)
            closed = f"{today} 07:00:00" if rng.random() < 0.1 else None
            text = _text(NEED_TEMPLATES if kind == "need" else OFFER_TEMPLATES, rng)
            rows.append((nid, owner, kind, text, created.isoformat(),
                         expires.isoformat() if expires else None, closed))
        conn.executemany(
            "INSERT INTO need_offer (id, contact_id, kind, text, created_on, expires_on, "
            "closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        for eid in range(1, 61):
            day = today - dt.timedelta(days=eid * 6)
            conn.execute("INSERT INTO event (id, name, date, place, created_at) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (eid, f"Mixer {eid}", day.isoformat(), rng.choice(CITIES), stamp))
        pairs = {(rng.randint(1, contacts), rng.randint(1, 60)) for _ in range(10_000)}
        conn.executemany("INSERT INTO contact_event (contact_id, event_id) VALUES (?, ?)",
                         sorted(pairs))
        rows = []
        for _ in range(2_000):
            cid = rng.randint(1, contacts)
            day = today - dt.timedelta(days=rng.randrange(90))
            rows.append((cid, day.isoformat(), "change",
                         f"organisation on the card: {rng.choice(ORGS)} (Kith keeps Acme)",
                         f"{day} 09:00:00"))
        conn.executemany("INSERT INTO timeline_entry (contact_id, occurred_on, kind, summary, "
                         "created_at) VALUES (?, ?, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT INTO introduction (a_id, b_id, made_on) VALUES (?, ?, ?)",
            [(rng.randint(1, contacts), rng.randint(1, contacts), today.isoformat())
             for _ in range(1_000)])
        conn.executemany(
            "INSERT OR REPLACE INTO prompt_state (key, status, until, signature, updated_at) "
            "VALUES (?, 'dismissed', NULL, ?, ?)",
            [(f"check_in:{rng.randint(1, contacts)}", "x", stamp) for _ in range(1_000)])
    with database.atomic():
        schedule.refresh()  # last contact and next follow-up, as the app keeps them
    conn.execute("ANALYZE")
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("contact", "interaction", "need_offer", "event", "contact_event")}
    print(f"built in {time.perf_counter() - started:.1f} s: {counts}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--contacts", type=int, default=50_000)
    parser.add_argument("--interactions", type=int, default=500_000)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", metavar="DIR", help="build (or reuse) the profile in DIR")
    args = parser.parse_args()
    today = dt.date.today()
    where = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kith-bench-"))
    try:
        if not (where / "kith.sqlite3").exists():
            build(where, args.contacts, args.interactions, args.items, today)
            close_database()
        open_profile(where, daily_backup=False)
        from kith.services.ideas import prompts

        kept = (where / "readings.cache").exists()
        started, cpu = time.perf_counter(), time.process_time()
        found = prompts.prompts(today)
        cold = time.perf_counter() - started
        cold_cpu = time.process_time() - cpu
        warm, warm_cpu = [], []
        for _ in range(args.rounds):
            started, cpu = time.perf_counter(), time.process_time()
            prompts.prompts(today)
            warm.append(time.perf_counter() - started)
            warm_cpu.append(time.process_time() - cpu)
        kinds = collections.Counter(p.kind for p in found)
        print(f"prompts(today): {len(found):,} prompts {dict(kinds)}")
        print(f"  cold (first call in this process, readings "
              f"{'kept from an earlier run' if kept else 'made for the first time'}): "
              f"{cold * 1000:.0f} ms (CPU {cold_cpu * 1000:.0f} ms)")
        print(f"  warm: median {sorted(warm)[len(warm) // 2] * 1000:.0f} ms "
              f"(min {min(warm) * 1000:.0f}, max {max(warm) * 1000:.0f}, n={len(warm)}; "
              f"CPU median {sorted(warm_cpu)[len(warm_cpu) // 2] * 1000:.0f} ms)")
        ids = [cid for p in found[:200] for cid in p.contact_ids][:20]
        times = []
        for cid in ids:
            started = time.perf_counter()
            prompts.top_prompt_for(cid, today)
            times.append(time.perf_counter() - started)
        if times:
            print(f"top_prompt_for(contact): median {sorted(times)[len(times) // 2] * 1000:.1f} ms"
                  f" (max {max(times) * 1000:.1f}, n={len(times)})")
        print("best five:")
        for p in found[:5]:
            print(f"  {p.score:5.1f} {p.kind:12} {p.text}")
    finally:
        close_database()
        if not args.keep:
            shutil.rmtree(where, ignore_errors=True)


if __name__ == "__main__":
    main()
