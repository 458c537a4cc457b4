"""``kith import``, ``kith undo-import``, ``kith imports``, ``kith export``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kith.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    fail,
    open_profile,
    parse_date,
    print_json,
)
from kith.errors import KithError


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import", help="import vCards, CSV exports (LinkedIn, Google, Outlook) or pictures of "
        "QR codes, files or folders, as one batch")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--event", metavar="NAME", help="the event these cards come from")
    p.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="the event's date")
    p.add_argument("--place", metavar="TEXT", default="", help="where the event was")
    p.add_argument("--map", metavar="FIELD=COLUMN,...", dest="column_map",
                   help="which column of a CSV holds what, for a layout Kith does not know, "
                   "e.g. \"Given=First,Family=Last,Email=Mail\" (fields: Given, Family, Name, "
                   "Email, Phone, Org, Title, Note, URL, Birthday, Tags). Fields and columns "
                   "match in any case; when a column is written in another case than the "
                   "file's, the report says which column was used. A CSV of an unknown "
                   "layout is refused with a --map suggested from its own columns, never "
                   "imported on a guess")
    p.add_argument("--json", action="store_true", help="print the result as a JSON object")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("undo-import", help="take back a whole import batch")
    p.add_argument("batch_id", type=int, metavar="BATCH_ID")
    p.set_defaults(func=cmd_undo_import)

    p = sub.add_parser("imports", help="list recent import batches")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_imports)

    p = sub.add_parser("export", help="write contacts as vCards")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    p.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")
    p.add_argument("--search", metavar="TEXT", default="", help="only contacts matching TEXT")
    p.set_defaults(func=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).expanduser().exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}", EXIT_USAGE)
    if (args.date or args.place) and not args.event:
        fail("--date and --place describe an event: give its name with --event", EXIT_USAGE)
    open_profile(args)
    from kith.services.cards import importer
    from kith.services.cards.csv_reader import BadMap, UnknownLayout

    try:
        the_plan = importer.plan(args.paths, maps={"*": args.column_map}
                                 if args.column_map else None)
    except (UnknownLayout, BadMap) as exc:
        fail(str(exc), EXIT_USAGE)
    except KithError as exc:
        fail(str(exc))
    if the_plan.cards_read == 0:
        if args.json:
            print_json({"batch_id": None, "cards_read": 0, "created": 0, "merged": 0,
                        "unchanged": 0, "failed": the_plan.failed,
                        "problems": [p.__dict__ for p in the_plan.problems]})
        for p in the_plan.problems[:20]:
            print(f"{p.file}:{p.line}: {p.message}", file=sys.stderr)
        print("kith: no card could be read; nothing was imported. Check that the files are "
              "vCards (.vcf), CSV exports or pictures of QR codes.", file=sys.stderr)
        return EXIT_FAILED
    event = importer.EventSpec(args.event or "", args.date, args.place) if args.event else None
    result = importer.commit(the_plan, event)
    if args.json:
        print_json(result.as_json())
        return EXIT_OK
    print(f"Import {result.batch_id}: read {result.cards_read} "
          f"card{'' if result.cards_read == 1 else 's'}; created {result.created}, "
          f"merged {result.merged}, unchanged {result.unchanged}, failed {result.failed}.")
    for problem in result.problems:
        card = f" ({problem['card']})" if problem["card"] else ""
        print(f"  {problem['file']}:{problem['line']}{card}: {problem['message']}")
    print(f"Undo with: kith undo-import {result.batch_id}")
    return EXIT_OK


def cmd_undo_import(args: argparse.Namespace) -> int:
    open_profile(args)
    from kith.services.cards import importer

    try:
        result = importer.undo(args.batch_id)
    except KithError as exc:
        fail(str(exc))
    from kith.services.cards.undo import describe

    summary, *kept = describe(result)
    print(summary)
    for line in kept:
        print(f"  {line}")
    return EXIT_OK


def cmd_imports(args: argparse.Namespace) -> int:
    open_profile(args, read_only=True)
    from kith.services.cards import importer

    found = importer.batches()
    if args.json:
        print_json(found)
        return EXIT_OK
    for b in found:
        print(f"{b['id']:>5}  {b['created_at']}  {b['status']:<9}  {b['event'] or '-'}  "
              f"read {b['cards_read']}, created {b['created']}, merged {b['merged']}")
    if not found:
        print("No imports yet.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    open_profile(args, read_only=True)
    from kith.services.cards import exporter
    from kith.services.contacts import search

    ids = search.ids(args.search) if args.search else None
    text, count = exporter.export(ids, version=args.vcard_version)
    if args.output:
        from kith.private_files import write_private_text

        target = Path(args.output).expanduser()
        try:
            write_private_text(target, text)  # 0600, like the database
        except OSError as exc:
            fail(f"cannot write {target}: {exc.strerror}")
        print(f"Exported {count} contacts to {target}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK
