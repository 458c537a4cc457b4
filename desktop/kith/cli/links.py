"""``kith links CONTACT``: who someone knows (the links of ``services.contacts.links``)."""

from __future__ import annotations

import argparse

from kith.cli.common import EXIT_OK, open_profile, print_json, table

DESCRIPTION = """\
The people CONTACT knows, as set with 'kith edit CONTACT --link OTHER --as RELATION'
(or in the window's "People they know"), each named from CONTACT's side: "introduced
by", "introduced", "works with", "reports to", "manages", "partner of", "friend of",
"met through you", or the words typed. People in the trash are left out.

With --json: a list of {"contact_id", "name", "relation"}, by name; "relation" is as
seen from CONTACT ("introduced-by", "reports-to", ..., or the free text).
"""


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("links", help="the people someone knows (who introduced them, who "
                       "they work with...)", description=DESCRIPTION,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("contact", metavar="CONTACT", help="an id, an e-mail or a name")
    p.add_argument("--json", action="store_true",
                   help='a list of {"contact_id", "name", "relation"}')
    p.set_defaults(func=cmd_links)


def cmd_links(args: argparse.Namespace) -> int:
    open_profile(args, read_only=True)
    from kith.cli.relationships import resolve
    from kith.services.contacts import links
    from kith.services.contacts.rows import read_record

    cid = resolve(args.contact)
    found = links.for_contact(cid)
    if args.json:
        print_json([{"contact_id": s.contact_id, "name": s.name, "relation": s.relation}
                    for s in found])
        return EXIT_OK
    record = read_record(cid)
    name = record.display_name if record else str(cid)
    if not found:
        print(f"{name} has no links yet. Add one with "
              f"'kith edit {cid} --link OTHER --as RELATION'.")
        return EXIT_OK
    rows = [[str(s.contact_id), s.name, links.words(s.relation)] for s in found]
    print(f"{name} knows:")
    print(table(["ID", "Name", "How"], rows, [6, 30, 40]))
    return EXIT_OK
