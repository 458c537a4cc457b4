"""``kith duplicates`` (who is likely one person), ``kith merge`` and ``kith unmerge``."""

from __future__ import annotations

import argparse

from kith.cli.common import EXIT_OK, EXIT_USAGE, fail, open_profile, parse_positive, print_json

MERGE_HELP = """\
Merge people who are one person: the first ID is kept and the others merge into it,
field by field like an import (nothing is dropped: e-mails, phones, tags and notes
are added, empty fields filled; a differing organisation or title stays as the kept
person has it and is noted on their timeline). Their interactions, timeline,
follow-ups, needs and offers, events, introductions and prompts move to the kept
person; the merged people go to the trash. Undo with 'kith unmerge MERGE_ID'.

--json prints {"merge_id": N, "kept": ID, "merged": [ID, ...]}.
"""


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "duplicates", help="people who are likely the same person, best first",
        description="People who are likely the same person: the same e-mail or phone, "
                    "near-identical names at one organisation or in one city, a nickname "
                    "(Bob, Robert) or another spelling (José, Jose). Best first, each "
                    "group with a score (0-1) and the reason. Merge a group with 'kith "
                    "merge ID ID...'; say two are different with --not-same ID ID.")
    p.add_argument("--json", action="store_true",
                   help='print a JSON array of {"contact_ids", "score", "reason"}')
    p.add_argument("--not-same", nargs="+", type=parse_positive, metavar="ID",
                   help="remember that these people are not the same person (never "
                        "proposed together again)")
    p.set_defaults(func=cmd_duplicates)

    p = sub.add_parser("merge", help="merge people who are one person into the first",
                       description=MERGE_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("ids", nargs="+", type=parse_positive, metavar="ID",
                   help="the person kept, then those merged into them")
    p.add_argument("--json", action="store_true", help="print the merge as JSON")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("unmerge", help="take back a merge ('kith merge' prints its number)")
    p.add_argument("merge_id", type=parse_positive, metavar="MERGE_ID")
    p.set_defaults(func=cmd_unmerge)


def cmd_duplicates(args: argparse.Namespace) -> int:
    if args.not_same is not None:
        if len(set(args.not_same)) < 2:
            fail("give at least two different people with --not-same", EXIT_USAGE)
        open_profile(args)
        from kith.services.contacts import duplicates

        duplicates.mark_not_same(args.not_same)
        print("Remembered: they are not the same person; they will not be proposed "
              "together again.")
        return EXIT_OK
    open_profile(args, read_only=True)
    from kith.services.contacts import duplicates

    groups = duplicates.find()
    if args.json:
        print_json([g.as_json() for g in groups])
        return EXIT_OK
    if not groups:
        print("No likely duplicates found.")
        return EXIT_OK
    from kith.store.models import Contact

    ids = sorted({i for g in groups for i in g.contact_ids})
    names: dict[int, str] = {}
    for start in range(0, len(ids), 900):
        names.update(Contact.select(Contact.id, Contact.display_name)
                     .where(Contact.id.in_(ids[start:start + 900])).tuples())
    for g in groups:
        people = ", ".join(f"{names.get(i, '?')} ({i})" for i in g.contact_ids)
        print(f"{g.score:.2f}  {people}\n      {g.reason}\n"
              f"      merge: kith merge {' '.join(map(str, g.contact_ids))}")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    if len(set(args.ids)) < 2:
        fail("give at least two different people to merge (kith merge KEPT OTHER...)",
             EXIT_USAGE)
    open_profile(args)
    from kith.errors import Invalid, NotFound
    from kith.services.contacts import merging

    try:
        result = merging.merge(args.ids)
    except NotFound as exc:
        fail(f"{exc} 'kith contacts' lists the people.")
    except Invalid as exc:
        fail(str(exc), EXIT_USAGE)
    if args.json:
        print_json(result.as_json())
        return EXIT_OK
    moved = sum(result.moved.values())
    people = "1 person" if len(result.merged) == 1 else f"{len(result.merged)} people"
    print(f"Merged {people} into {result.name} (kept {result.kept}); "
          f"{moved} timeline items, follow-ups, needs, events and links moved. "
          f"Undo with: kith unmerge {result.merge_id}")
    return EXIT_OK


def cmd_unmerge(args: argparse.Namespace) -> int:
    open_profile(args)
    from kith.errors import Conflict, NotFound
    from kith.services.contacts import merging

    try:
        result = merging.unmerge(args.merge_id)
    except (Conflict, NotFound) as exc:
        fail(str(exc))
    print(f"Undid merge {args.merge_id}: {len(result.restored)} brought back from the trash.")
    if result.conflicts:
        print(f"Kept as edited since: {', '.join(result.conflicts)}.")
    if result.lost:
        print(f"{len(result.lost)} could not be brought back: something removed them since.")
    return EXIT_OK
