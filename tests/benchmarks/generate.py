"""Build a realistic synthetic Kith profile for the benchmarks.

    python tests/benchmarks/generate.py --contacts 50000 [--interactions-per-contact 10]
                                        [--out DIR] [--seed 1]

DIR (default tests/benchmarks/data/N, git-ignored; replaced only if this
script made it) is opened with ``kith.profile.open_profile`` so the schema is
the real migrated one; then every row goes in with ``executemany`` in one
transaction, the search index is filled in one ``INSERT ... SELECT`` and
``schedule.refresh()`` computes the dates the list shows. The same seed gives
the same people (dates are relative to today).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import MARKER, profile_dir, schema_stamp  # noqa: E402

from kith.profile import open_profile  # noqa: E402
from kith.services.contacts.keys import normalize_email, normalize_phone  # noqa: E402
from kith.services.followups import schedule  # noqa: E402
from kith.store.db import close_database  # noqa: E402
from kith.store.models import database  # noqa: E402
from kith.store.schema import NAMES_SQL, SEARCH_BODY_SQL, fill_sort_keys  # noqa: E402

LATIN_GIVEN = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Susan "
    "José María François Zoë Émile Hélène Søren Björn Åsa Łukasz Małgorzata Çağla Jürgen "
    "Renée Inês João Chloé Ignacio Núria Ólafur Sigríður Tomás Małek Dorothée Jérôme "
    "Ananya Priya Rahul Aarav Fatima Omar Yusuf Amara Chinedu Kwame Aisha Mateo Lucía "
    "Giulia Matteo Francesca Noah Emma Olivia Liam Ava Sophia Lukas Leonie Paweł Zuzana"
).split()
LATIN_FAMILY = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernández "
    "López González Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White "
    "Müller Schmidt Schneider Fischer Weiß Schäfer Köhler Dubois Lefèvre Moreau Girard "
    "Rossi Russo Ferrari Esposito Bianchi Romano Silva Santos Conceição Gonçalves "
    "Kowalski Wiśniewski Wójcik Nowak Dvořák Novák Svoboda Nielsen Jørgensen Håkansson "
    "Lindqvist Öberg Yılmaz Kaya Şahin Nguyễn Trần Phạm O'Brien MacLeod "
    "Okafor Mensah Patel Sharma Gupta Khan Haddad Cohen Levi"
).split() + ["Van der Berg", "De la Cruz", "García Márquez"]
# Family name, given name and their romanisations (for e-mail addresses).
CJK_FAMILY = (("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
              ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu"))
CJK_GIVEN = (("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
             ("强", "qiang"), ("磊", "lei"), ("洋", "yang"), ("晓明", "xiaoming"), ("婷", "ting"))
JA_FAMILY = (("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
             ("渡辺", "watanabe"), ("伊藤", "ito"), ("山本", "yamamoto"), ("中村", "nakamura"))
JA_GIVEN = (("翔太", "shota"), ("陽菜", "hina"), ("蓮", "ren"), ("結衣", "yui"),
            ("大輔", "daisuke"), ("さくら", "sakura"), ("健", "ken"), ("美咲", "misaki"))
KO_FAMILY = (("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"))
KO_GIVEN = (("민준", "minjun"), ("서연", "seoyeon"), ("지호", "jiho"), ("하은", "haeun"))
CY_GIVEN = "Иван Мария Дмитрий Ольга Алексей Наталья Сергей Анна Андрей Екатерина Олена Тарас"
CY_FAMILY = "Иванов Смирнова Кузнецов Попова Соколов Лебедева Козлов Новикова Шевченко Бондаренко"
CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ",
                    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya "
                    "ye i yi g".split(" "), strict=True))

ORG_STEMS = (
    "Acme Globex Initech Umbrella Stark Wayne Nordwind Helios Quantum Lumen Vertex Orbital "
    "Bluefin Redwood Kestrel Polaris Zenith Cobalt Meridian Aurora Cascade Granite Juniper "
    "Nestlé Señorial"
).split() + ["Société Générale", "Crédit Agricole", "Zürich Versicherung", "Müller & Söhne"]
ORG_SUFFIXES = ("Inc.", "Ltd", "GmbH", "SA", "Labs", "Consulting", "Capital", "Partners",
                "Health", "Systems", "AG", "BV", "Group", "Studio", "Foundation", "")
ORG_NATIVE = ("株式会社ソニー", "华为技术有限公司", "Яндекс", "Сбербанк", "삼성전자", "楽天",
              "阿里巴巴", "Лаборатория Касперского", "トヨタ自動車")
DEPARTMENTS = ("", "", "Engineering", "Sales", "Marketing", "Research", "Finance", "Legal",
               "Product", "Operations", "People", "Design")
TITLES = ("", "CEO", "CTO", "Founder", "Co-founder", "Software Engineer", "Senior Engineer",
          "Product Manager", "Designer", "Recruiter", "Partner", "Investor", "Professor",
          "Data Scientist", "Head of Growth", "VP Engineering", "Consultant", "Journalist",
          "Directrice commerciale", "Geschäftsführer", "研究员", "Руководитель отдела")
TAGS = ("investor mentor recruiter alumni conference python design founder hiring client "
        "vendor board press friend family climbing bookclub Berlin NYC Tokyo ex-colleague "
        "podcast speaker opensource angel VC PhD fintech health AI").split()
EVENTS = ("PyCon US", "EuroPython", "Web Summit", "SXSW", "Slush", "RustConf", "FOSDEM",
          "CES", "TechCrunch Disrupt", "Collision", "JSConf", "KubeCon", "re:Invent",
          "DjangoCon", "Startup Grind")
TOPICS = ("fundraising", "hiring engineers", "the Berlin office", "open source", "pricing",
          "a board seat", "their new book", "climbing in Fontainebleau", "LLMs", "moving to Tokyo",
          "the Series A", "a speaking slot", "remote work", "the podcast", "design systems")
MAIL_HOSTS = ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de",
              "yandex.ru", "qq.com", "naver.com", "orange.fr", "fastmail.com")
PHONES = ("+1 (###) 555-####", "(###) 555-####", "+44 20 #### ####", "+49 30 ########",
          "+33 1 ## ## ## ##", "+81 3-####-####", "+7 495 ###-##-##", "+86 10 #### ####",
          "+82 2-####-####", "+34 91 ### ## ##", "+39 06 ########", "+55 11 9####-####",
          "###.555.####", "+91 98### #####")
CHANNELS = ("email", "call", "video", "meeting", "message", "social", "event", "letter", "other")
CHANNEL_WEIGHTS = (30, 12, 10, 14, 20, 6, 5, 1, 2)
SUMMARIES = ("Coffee about {t}", "Call: {t}", "Emailed about {t}", "Lunch, talked about {t}",
             "Intro to a friend re {t}", "Caught up on {t}", "Sent article on {t}",
             "Met at the meetup; {t}", "Video call on {t}", "Quick message about {t}")


def ascii_fold(text: str) -> str:
    """'Łukasz Müller' -> 'lukasz muller'; Cyrillic transliterated."""
    text = text.casefold().replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    text = "".join(CYRILLIC.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in " -'"))


def slug(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text) if ch.isalnum()) or "mail"


def person(rng: random.Random) -> tuple[str, str, str, str, str]:
    """(display, given, family, given roman, family roman) in one of several scripts."""
    roll = rng.random()
    if roll < 0.06:
        (f, fr), (g, gr) = rng.choice(CJK_FAMILY), rng.choice(CJK_GIVEN)
        return f + g, g, f, gr, fr
    if roll < 0.10:
        (f, fr), (g, gr) = rng.choice(JA_FAMILY), rng.choice(JA_GIVEN)
        return f"{f} {g}", g, f, gr, fr
    if roll < 0.12:
        (f, fr), (g, gr) = rng.choice(KO_FAMILY), rng.choice(KO_GIVEN)
        return f + g, g, f, gr, fr
    if roll < 0.22:
        g, f = rng.choice(CY_GIVEN.split()), rng.choice(CY_FAMILY.split())
    else:
        g, f = rng.choice(LATIN_GIVEN), rng.choice(LATIN_FAMILY)
    return f"{g} {f}", g, f, slug(g), slug(f)


def phone(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in rng.choice(PHONES))


def stamp(day: dt.date, rng: random.Random) -> str:
    return f"{day.isoformat()} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:00"


def build(n: int, per_contact: int, seed: int) -> dict[str, list[tuple[object, ...]]]:
    rng = random.Random(seed)
    today = dt.date.today()
    orgs = [f"{s} {x}".strip() for s in ORG_STEMS for x in rng.sample(ORG_SUFFIXES, 4)]
    orgs += list(ORG_NATIVE)
    events = [(i + 1, f"{name} {2022 + i % 4}", (today - dt.timedelta(days=rng.randint(0, 1095)))
               .isoformat(), rng.choice(("Berlin", "Lisbon", "Austin", "Helsinki", "")))
              for i, name in enumerate(EVENTS * 4)]
    out: dict[str, list[tuple[object, ...]]] = {k: [] for k in (
        "contact", "point", "tag", "contact_tag", "event", "contact_event", "interaction",
        "follow_up", "photo")}
    out["tag"] = [(i + 1, name) for i, name in enumerate(TAGS)]
    out["event"] = [(*e, stamp(dt.date.fromisoformat(e[2]), rng)) for e in events]
    interaction_id = 0
    for cid in range(1, n + 1):
        display, given, family, given_r, family_r = person(rng)
        org = rng.choice(orgs) if rng.random() < 0.85 else ""
        created = today - dt.timedelta(days=rng.randint(30, 5 * 365))
        met = rng.choice(events) if rng.random() < 0.4 else None
        notes = ""
        if rng.random() < 0.35:
            notes = rng.choice((
                f"Interested in {rng.choice(TOPICS)}.",
                f"Introduced by {person(rng)[0]}. Wants to hear about {rng.choice(TOPICS)}.",
                f"Kids: {rng.randint(1, 3)}. Vegetarian.\nFollow up about {rng.choice(TOPICS)}.",
            ))
        birthday = None
        if rng.random() < 0.3:
            mmdd = f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            birthday = f"{rng.randint(1950, 2002)}-{mmdd}" if rng.random() < 0.6 else f"--{mmdd}"
        out["contact"].append((
            cid, f"urn:uuid:{rng.getrandbits(128):032x}", display, display.casefold(), given,
            family, "Dr." if rng.random() < 0.03 else "", given[:3] if rng.random() < 0.05 else "",
            org, rng.choice(DEPARTMENTS) if org else "", rng.choice(TITLES), birthday, notes,
            f"Met at {met[1]}" if met else "", rng.choice((1, 2, 3, 3, 3, 4, None)),
            rng.choice((7, 30, 60, 365)) if rng.random() < 0.05 else None,
            stamp(created, rng), stamp(created, rng),
            stamp(today, rng) if rng.random() < 0.005 else None,
        ))
        tld = rng.choice((".com", ".io", ".de", ".fr", ".co.jp"))
        local = rng.choice((f"{given_r}.{family_r}", f"{given_r[:1]}{family_r}",
                            f"{given_r}_{family_r}{rng.randint(1, 99)}", given_r))
        host = f"{slug(org.split()[0])}{tld}" if org else rng.choice(MAIL_HOSTS)
        mails = [f"{local}@{host}"]
        mails += [f"{given_r}{family_r[:1]}{rng.randint(1, 999)}@{rng.choice(MAIL_HOSTS)}"
                  for _ in range(rng.choice((0, 0, 1, 2)))]
        position = 0
        for mail in mails:
            out["point"].append((cid, "email", mail, normalize_email(mail),
                                 rng.choice(("work", "home", "")), int(position == 0), position))
            position += 1
        for _ in range(rng.choice((0, 1, 1, 2))):
            number = phone(rng)
            out["point"].append((cid, "phone", number, normalize_phone(number, "US"),
                                 rng.choice(("cell", "work", "home", "")), 0, position))
            position += 1
        for tag_id in rng.sample(range(1, len(TAGS) + 1), rng.choice((0, 0, 1, 1, 2, 3))):
            out["contact_tag"].append((cid, tag_id))
        if met:
            out["contact_event"].append((cid, met[0]))
        if rng.random() < 0.03:
            out["photo"].append((cid, rng.randbytes(4096), "image/jpeg"))
        for _ in range(rng.randint(0, 2 * per_contact)):
            interaction_id += 1
            day = today - dt.timedelta(days=rng.randint(0, 3 * 365))
            note = f"Follow up about {rng.choice(TOPICS)}." if rng.random() < 0.2 else ""
            out["interaction"].append((
                interaction_id, cid, day.isoformat(),
                rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0], rng.choice(("me", "me", "them")),
                rng.choices(("none", "gave", "asked"), (80, 12, 8))[0],
                rng.choice(SUMMARIES).format(t=rng.choice(TOPICS)), note, stamp(day, rng), None,
            ))
        roll = rng.random()
        if roll < 0.08:
            due = today + dt.timedelta(days=rng.randint(-20, 60))
            out["follow_up"].append((cid, due.isoformat(), f"Ask about {rng.choice(TOPICS)}",
                                     rng.choice(("explicit", "explicit", "event")), "open", None,
                                     stamp(due - dt.timedelta(days=14), rng), None))
        elif roll < 0.18:
            due = today - dt.timedelta(days=rng.randint(1, 700))
            out["follow_up"].append((cid, due.isoformat(), "Check in", "explicit", "done", None,
                                     stamp(due - dt.timedelta(days=14), rng), stamp(due, rng)))
    return out


INSERTS = {
    "contact": "INSERT INTO contact (id, uid, display_name, sort_name, given_name, family_name, "
               "prefix, nickname, organization, department, title, birthday, notes, how_met, "
               "circle_id, cadence_days, created_at, updated_at, deleted_at) "
               "VALUES (" + ",".join("?" * 19) + ")",
    "point": "INSERT INTO contact_point (contact_id, kind, value, norm, label, preferred, "
             "position) VALUES (?,?,?,?,?,?,?)",
    "tag": "INSERT INTO tag (id, name) VALUES (?,?)",
    "contact_tag": "INSERT INTO contact_tag (contact_id, tag_id) VALUES (?,?)",
    "event": "INSERT INTO event (id, name, date, place, created_at) VALUES (?,?,?,?,?)",
    "contact_event": "INSERT INTO contact_event (contact_id, event_id) VALUES (?,?)",
    "interaction": "INSERT INTO interaction (id, contact_id, occurred_on, channel, initiated_by, "
                   "help, summary, note, created_at, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "follow_up": "INSERT INTO follow_up (contact_id, due_on, reason, kind, status, "
                 "snoozed_until, created_at, resolved_at) VALUES (?,?,?,?,?,?,?,?)",
    "photo": "INSERT INTO contact_photo (contact_id, data, mime) VALUES (?,?,?)",
}


def generate(n: int, per_contact: int, out: Path, seed: int = 1) -> None:
    started = time.perf_counter()
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            sys.exit(f"{out} is not empty and was not made by generate.py; not touching it.")
        shutil.rmtree(out)
    open_profile(out, daily_backup=False)
    rows = build(n, per_contact, seed)
    built = time.perf_counter()
    conn = database.connection()
    with database.atomic():
        for table, sql in INSERTS.items():
            conn.executemany(sql, rows[table])
        inserted = time.perf_counter()
        conn.execute("DELETE FROM contact_search")
        conn.execute(f"INSERT INTO contact_search (rowid, body) {SEARCH_BODY_SQL}")
        conn.execute("DELETE FROM contact_names")
        conn.execute(f"INSERT INTO contact_names (rowid, name) {NAMES_SQL}")
        fill_sort_keys(conn.execute)
        indexed = time.perf_counter()
        schedule.refresh()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    done = time.perf_counter()
    params = {"contacts": n, "interactions_per_contact": per_contact, "schema": schema_stamp()}
    counts = {k: len(v) for k, v in rows.items()}
    (out / MARKER).write_text(json.dumps({"params": params, "seed": seed, "rows": counts}))
    size = (out / "kith.sqlite3").stat().st_size / 2**20
    print(f"generated {out}: {counts['contact']:,} contacts, {counts['interaction']:,} "
          f"interactions, {counts['point']:,} points, {counts['follow_up']:,} follow-ups, "
          f"{size:.0f} MB")
    print(f"  rows built {built - started:.1f} s, inserted {inserted - built:.1f} s, "
          f"search index {indexed - inserted:.1f} s, schedule and checkpoint "
          f"{done - indexed:.1f} s; "
          f"total {done - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, required=True)
    parser.add_argument("--interactions-per-contact", type=int, default=10)
    parser.add_argument("--out", type=Path, help="profile folder (default data/N)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.contacts, args.interactions_per_contact,
             args.out or profile_dir(args.contacts), args.seed)


if __name__ == "__main__":
    main()
