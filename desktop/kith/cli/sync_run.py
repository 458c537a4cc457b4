"""``kith sync [--account ID] [--json]``: run one two-way sync now.

``--json`` prints exactly ``{"downloaded", "uploaded", "deleted_local",
"deleted_remote", "conflicts", "errors": [{"card", "message"}]}``. Exit 0 when the
sync completed (even with per-card errors), 1 when the server could not be
reached or refused the login, or another sync of the profile is running ("A sync is
already running for this profile; try again in a moment."), 2 for wrong usage.
``kith sync add/status/remove`` (the accounts) live beside it in the same ``sync``
command.
"""

from __future__ import annotations

import argparse
from typing import Any

from kith.cli.common import EXIT_FAILED, EXIT_OK, fail, open_profile, parse_positive, print_json


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.choices.get("sync")
    if parser is None:
        parser = sub.add_parser(
            "sync", help="sync contacts with your CardDAV address books now "
                         "(two-way; --account ID for one account)")
    add_arguments(parser)
    parser.set_defaults(func=cmd_sync)


DESCRIPTION = """\
Plain 'kith sync' runs a two-way sync now with every account (or only --account ID):
cards changed on the server come into Kith, contacts changed in Kith go up.
The subcommands below add and manage the accounts."""

EPILOG = """\
exit codes:
  0  the sync completed (even when some cards had errors: they are listed)
  1  the server could not be reached or refused the login, or another sync is running
  2  wrong usage"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The run's options, on whichever parser holds the ``sync`` command."""
    parser.description = DESCRIPTION
    parser.epilog = EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    have = parser._option_string_actions
    if "--account" not in have:
        parser.add_argument("--account", metavar="ID", type=parse_positive,
                            help="sync only this account (kith sync status lists them)")
    if "--json" not in have:
        parser.add_argument("--json", action="store_true", help="print JSON")


def _password(account_id: int) -> str:
    from kith.platform import secrets

    password = secrets.get_password(account_id)
    if password is None:
        fail(f"No password is stored for sync account {account_id} (passwords are kept per "
             f"data folder). Set it with 'kith sync password {account_id}', or in "
             "Preferences > Accounts with Set password….")
    return str(password)


def cmd_sync(args: argparse.Namespace) -> int:
    open_profile(args)
    from kith.errors import Cancelled, KithError
    from kith.services.sync.engine import SyncReport, sync_account
    from kith.services.sync.lock import SyncBusy
    from kith.store.models import SyncAccount

    if args.account is not None:
        if not SyncAccount.select().where(SyncAccount.id == args.account).exists():
            fail(f"There is no sync account {args.account}. 'kith sync status' lists them.")
        accounts = [args.account]
    else:
        accounts = [int(i) for (i,) in SyncAccount.select(SyncAccount.id)
                    .order_by(SyncAccount.id).tuples()]
        if not accounts:
            fail("There is no sync account yet. Add one with 'kith sync add URL --user USER'.")
    total = SyncReport()
    for account_id in accounts:
        try:
            report = sync_account(account_id, _password(account_id))
        except (Cancelled, SyncBusy) as exc:  # "A sync is already running...": as is
            fail(str(exc), EXIT_FAILED)
        except KithError as exc:
            fail(f"The sync did not complete: {exc}", EXIT_FAILED)
        _add(total, report)
    if args.json:
        print_json(total.as_json())
    else:
        _print(total)
    return EXIT_OK


def _add(total: Any, report: Any) -> None:
    for name in ("downloaded", "uploaded", "deleted_local", "deleted_remote", "conflicts"):
        setattr(total, name, getattr(total, name) + getattr(report, name))
    total.errors.extend(report.errors)
    total.deleted_names.extend(report.deleted_names)
    total.kept_names.extend(report.kept_names)


def _print(report: Any) -> None:
    from kith.services.sync.summary import cap

    print(f"Synced: {report.downloaded} downloaded, {report.uploaded} uploaded.")
    print(f"Deleted: {report.deleted_local} in Kith, {report.deleted_remote} on the server.")
    if report.deleted_names:
        shown = ", ".join(cap(n) for n in report.deleted_names[:5])
        more = len(report.deleted_names) - 5
        if more > 0:
            shown += f" and {more} more"
        print(f"Deleted in Kith because they were deleted on the server: {shown}. They are "
              "in Kith's trash with their history, not erased; in the window, Edit > Undo "
              "brings them back.")
    kept = len(report.kept_names)
    if kept:
        print(f"Deleted on the server but kept in Kith for their history: {kept} (answer "
              "with 'kith sync keep ID' or 'kith sync forget ID'; 'kith sync removed' lists "
              "them).")
    merged = report.conflicts - kept
    if merged > 0:
        print(f"Conflicts: {merged} (merged; the other values are on the timelines).")
    for card, message in report.errors:
        print(f"{cap(card)}: {message}")
