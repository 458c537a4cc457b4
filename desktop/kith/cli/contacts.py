"""``kith contacts``, ``kith backup``, ``kith restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kith.cli.common import EXIT_OK, fail, open_profile, print_json, table


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("contacts", help="list contacts (all, or those matching --search)")
    p.add_argument("--search", metavar="TEXT", default="", help="only contacts matching TEXT")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=cmd_contacts)

    p = sub.add_parser("backup", help="write a consistent copy of the database to FILE")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore", help="replace the database with FILE (checked first; the old one is kept)"
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)


def cmd_contacts(args: argparse.Namespace) -> int:
    open_profile(args, read_only=True)
    from kith.services.contacts import search, summaries

    found = summaries.summaries(search.ids(args.search))
    if args.json:
        from kith.services.contacts import links

        # Who they know: {"contact_id", "relation"} as seen from this person.
        seen = links.seen_by(c["id"] for c in found)
        for c in found:
            c["links"] = [s.as_json() for s in seen.get(c["id"], [])]
        print_json(found)
        return EXIT_OK
    if not found:
        print("No contacts." if not args.search else f"No contacts match {args.search!r}.")
        return EXIT_OK
    rows = [
        [
            str(c["id"]),
            c["display_name"],
            c["organization"],
            (c["emails"] or [""])[0],
            (c["phones"] or [""])[0],
            c["next_follow_up"] or "",
        ]
        for c in found
    ]
    print(
        table(
            ["ID", "Name", "Organization", "E-mail", "Phone", "Next follow-up"],
            rows,
            [6, 28, 22, 30, 18, 14],
        )
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    where = open_profile(args, read_only=True)
    from kith import errors
    from kith.store import backup
    from kith.store.db import close_database

    close_database()
    target = Path(args.file).expanduser()
    if target.is_dir():
        fail(f"{target} is a folder; give a file name, e.g. {target / 'kith-backup.sqlite3'}")
    try:
        backup.copy_database(where.database, target, check=True)
    except errors.Damaged as exc:
        fail(f"No backup was written: {exc}")
    except errors.DatabaseError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"Cannot write {target}: {exc.strerror}.")
    print(f"Backed up to {target}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from kith import dirs
    from kith.errors import DatabaseError
    from kith.store import backup

    where = dirs.resolve(args.data_dir)
    try:
        where.ensure()
    except OSError as exc:
        fail(f"Cannot use the data folder {where.data}: {exc.strerror}.")
    if where.instance_running():
        fail("Kith is open on this database; quit it (tray menu > Quit) and run restore again.")
    try:
        aside = backup.restore(Path(args.file).expanduser(), where.database)
    except DatabaseError as exc:
        fail(str(exc))
    print(f"Restored {args.file}.")
    if aside is not None:
        print(f"The replaced database is kept at {aside}")
    return EXIT_OK
