"""``kith sync add/status/remove``: the CardDAV accounts Kith syncs with.

- ``kith sync add URL --user USER [--password-stdin] [--address-book NAME]...
  [--store-password-in-file] [--json]`` discovers the address books at URL (a server
  root, a principal or an address book), tests the login, keeps the password in the
  system keyring and records the account. ``--json`` prints exactly
  ``{"account_id", "address_books": [{"name", "url"}]}``. Without --password-stdin,
  the password is asked on the terminal (never echoed). Exit 1 when the server cannot
  be reached or refuses the login; exit 2 for wrong usage, which includes an http://
  address to another machine (Kith only syncs over HTTPS, except on this machine).
- ``kith sync status [--json]``: accounts, their collections, last sync, last error.
- ``kith sync remove ID``: forget the account and its password; contacts stay.
- ``kith sync password ID [--password-stdin] [--json]``: test the login with a new
  password and keep it (after copying the data folder: passwords are kept per database).
  Adding the same address and user name twice is refused with a pointer to it.
- ``kith sync removed [--json]`` (also under ``status``), ``kith sync keep ID`` /
  ``kith sync forget ID``: the people deleted on the server whom Kith kept for their
  history (by contact ID; ``--json``: ``{"removed_on_server": [{"id", "name",
  "interactions"}]}``), and the answer for one:
  keep them in Kith only (never uploaded again), or move them to Kith's trash too.

``kith sync`` with no subcommand runs a sync: ``kith.cli.sync_run`` provides it
(``add_arguments(parser)`` and ``cmd_sync(args)``), whichever module builds the
``sync`` parser first.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import sys
from types import ModuleType
from typing import Any

from kith.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    fail,
    open_profile,
    parse_positive,
    print_json,
    table,
)


def _sync_run() -> ModuleType | None:
    try:
        return importlib.import_module("kith.cli.sync_run")
    except ModuleNotFoundError as exc:
        if exc.name != "kith.cli.sync_run":
            raise
        return None


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.choices.get("sync")
    if parser is None:
        parser = sub.add_parser(
            "sync", help="sync contacts with CardDAV address books now; 'kith sync add URL' "
                         "adds an account, 'status', 'password ID' and 'remove ID' manage "
                         "them")
        run = _sync_run()
        if run is not None:
            run.add_arguments(parser)
        parser.set_defaults(func=_run)
    commands = parser.add_subparsers(dest="sync_command", metavar="SUBCOMMAND",
                                     parser_class=type(parser))

    add = commands.add_parser(
        "add", help="add a CardDAV account: discover its address books, test the login, "
                    "keep the password in the system keyring")
    add.add_argument("url", metavar="URL",
                     help="the server (https://dav.example.com/), a principal or an address "
                          "book URL; http:// only for this machine")
    add.add_argument("--user", required=True, metavar="USER", help="the user name")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of standard input")
    add.add_argument("--address-book", metavar="NAME", action="append", default=[],
                     help="sync only this address book (name or URL; repeatable); "
                          "default: all of them")
    add.add_argument("--label", default="", help="a name for the account in Kith")
    add.add_argument("--store-password-in-file", action="store_true",
                     help="where no system keyring is available, keep the password in a "
                          "file only you can read, beside the database")
    add.add_argument("--json", action="store_true", help="print JSON")
    add.set_defaults(func=cmd_add)

    status = commands.add_parser("status", help="the accounts, their address books, the "
                                                "last sync and the last error")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(func=cmd_status)

    password = commands.add_parser(
        "password", help="set the password of an account (after copying the data folder, "
                         "or when it changed): tests the login, then keeps it in the system "
                         "keyring")
    password.add_argument("id", metavar="ID", type=parse_positive,
                          help="the account (kith sync status lists them)")
    password.add_argument("--password-stdin", action="store_true",
                          help="read the password from the first line of standard input")
    password.add_argument("--store-password-in-file", action="store_true",
                          help="where no system keyring is available, keep the password in "
                               "a file only you can read, beside the database")
    password.add_argument("--json", action="store_true",
                          help='print JSON: {"account_id"}')
    password.set_defaults(func=cmd_password)

    remove = commands.add_parser("remove", help="forget an account and its password "
                                                "(contacts synced from it stay)")
    remove.add_argument("id", metavar="ID", type=parse_positive,
                        help="the account (kith sync status lists them)")
    remove.add_argument("--json", action="store_true", help="print JSON")
    remove.set_defaults(func=cmd_remove)

    removed = commands.add_parser(
        "removed", help="the people deleted on the server whom Kith kept for their history, "
                        "waiting for 'kith sync keep ID' or 'kith sync forget ID'")
    removed.add_argument("--json", action="store_true", help='print JSON: '
                         '{"removed_on_server": [{"id", "name", "interactions"}]}')
    removed.set_defaults(func=cmd_removed)

    for name, what in (
            ("keep", "keep a person deleted on the server in Kith only, with their history "
                     "(not uploaded again; 'kith sync status' lists who waits for an answer)"),
            ("forget", "move a person deleted on the server to Kith's trash too (the trash "
                       "keeps them with their history; nothing is erased)")):
        answer = commands.add_parser(name, help=what, description=what[0].upper() + what[1:])
        answer.add_argument("id", metavar="ID", type=parse_positive,
                            help="the contact's ID ('kith sync status' lists them)")
        answer.add_argument("--json", action="store_true", help="print JSON")
        answer.set_defaults(func=cmd_answer, delete=name == "forget")


def _run(args: argparse.Namespace) -> int:
    run = _sync_run()
    if run is None:
        fail("Running a sync is not available in this Kith; use 'kith sync add', "
             "'kith sync status' or 'kith sync remove'.", EXIT_USAGE)
    return int(run.cmd_sync(args))


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        password = password[:-1] if password.endswith("\r") else password
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.user}: ")
    else:
        fail("No password given. Pipe it in with --password-stdin, or run the command in "
             "a terminal to be asked for it.", EXIT_USAGE)
    if not password:
        fail("The password is empty. Give the account's password (or app password).",
             EXIT_USAGE)
    return password


def _may_use_file(args: argparse.Namespace) -> bool:
    """Whether the password may go to a file, where no keyring works (asks on a terminal)."""
    from kith.platform import secrets

    if secrets.keyring_available() or args.store_password_in_file:
        return args.store_password_in_file
    if sys.stdin.isatty() and not args.password_stdin:
        print(secrets.no_keyring_message(), file=sys.stderr)
        answer = input("Keep the password in a file only you can read? [y/N] ")
        if answer.strip().lower() in ("y", "yes"):
            return True
    fail(secrets.no_keyring_message() + " To keep it in a file, run again with "
         "--store-password-in-file.")


def _choose(books: list[Any], wanted: list[str], url: str) -> list[Any]:
    if not books:
        fail(f"No address book was found at {url}. Create one on the server (or in its web "
             "page), or give the address of an address book.")
    if not wanted:
        return books
    chosen: list[Any] = []
    for name in wanted:
        match = [b for b in books if name.casefold() in (b.name.casefold(), b.url.casefold())
                 or name.rstrip("/") == b.url.rstrip("/")]
        if not match:
            names = ", ".join(repr(b.name) for b in books)
            fail(f"There is no address book named {name!r} there. The account has: {names}.")
        chosen.extend(b for b in match if b not in chosen)
    return chosen


def cmd_add(args: argparse.Namespace) -> int:
    from kith.services.sync import dav

    try:  # refuse an http:// address before asking for a password
        dav.DavClient(args.url, args.user, "")
    except dav.InsecureUrl as exc:
        fail(str(exc), EXIT_USAGE)
    password = _read_password(args)
    open_profile(args)
    from kith import errors
    from kith.platform import secrets
    from kith.services.sync import accounts, preview

    existing = accounts.find_account(args.url, args.user)
    if existing is not None:
        fail(accounts.already_added(existing))
    allow_file = _may_use_file(args)
    try:
        with dav.DavClient(args.url, args.user, password) as client:
            found = client.discover()
            books = _choose([c for c in found if c.kind == "addressbook"],
                            args.address_book, args.url)
            for book in books:  # the login can read each chosen book
                client.ctag(book.url)
            first = preview.first_sync(client, books)
    except dav.DavError as exc:
        fail(str(exc))
    try:
        account_id = accounts.add_account(args.url, args.user, books, label=args.label)
    except errors.Conflict as exc:  # added meanwhile by another Kith
        fail(str(exc))
    try:
        where = secrets.set_password(account_id, password, allow_file=allow_file)
    except (secrets.NoKeyring, OSError) as exc:
        accounts.remove_account(account_id)
        fail(f"{exc} The account was not added.")
    if args.json:
        print_json({"account_id": account_id,
                    "address_books": [{"name": b.name, "url": b.url} for b in books]})
        return EXIT_OK
    names = ", ".join(b.name for b in books)
    kept = ("the system keyring" if where == "keyring"
            else f"{secrets.FILE_NAME} beside the database (readable by you alone)")
    print(f"Added sync account {account_id} ({args.user}) with {len(books)} address "
          f"book{'s' if len(books) != 1 else ''}: {names}. The password is kept in {kept}. "
          "Run 'kith sync' to sync now.")
    print(first.sentence())
    return EXIT_OK


def cmd_password(args: argparse.Namespace) -> int:
    open_profile(args)
    from kith import errors
    from kith.platform import secrets
    from kith.services.sync import accounts, dav

    try:
        account = accounts.get_account(args.id)
    except errors.NotFound as exc:
        fail(str(exc))
    args.user = account.user  # for the terminal's prompt
    password = _read_password(args)
    allow_file = _may_use_file(args)
    try:
        with dav.DavClient(account.url, account.user, password) as client:
            books = account.address_books or account.collections
            if books:
                for book in books:  # the login can read each book
                    client.ctag(book.url)
            else:
                client.discover()
    except dav.DavError as exc:
        fail(f"The password was not stored: {exc}")
    try:
        where = secrets.set_password(account.id, password, allow_file=allow_file)
    except (secrets.NoKeyring, OSError) as exc:
        fail(f"{exc} The password was not stored.")
    if args.json:
        print_json({"account_id": account.id})
        return EXIT_OK
    kept = ("the system keyring" if where == "keyring"
            else f"{secrets.FILE_NAME} beside the database (readable by you alone)")
    print(f"The login to {account.label} worked; its password is kept in {kept}. Run "
          "'kith sync' to sync now.")
    return EXIT_OK


def _when(value: Any) -> str | None:
    return None if value is None else value.isoformat(sep=" ", timespec="seconds")


def cmd_status(args: argparse.Namespace) -> int:
    open_profile(args, read_only=True)
    from kith.services.sync import accounts, local

    found = accounts.list_accounts()
    asked = local.removed_on_server()
    if args.json:
        print_json({"accounts": [
            {"id": a.id, "label": a.label, "url": a.url, "user": a.user,
             "created": _when(a.created),
             "collections": [
                 {"id": c.id, "name": c.name, "url": c.url, "kind": c.kind,
                  "enabled": c.enabled, "last_sync": _when(c.last_sync),
                  "last_error": c.last_error}
                 for c in a.collections]}
            for a in found]})
        return EXIT_OK
    if not found:
        print("No sync accounts. Add one with 'kith sync add URL --user USER'.")
        return EXIT_OK
    rows = []
    for a in found:
        rows.append([str(a.id), a.label, a.url, "", ""])
        for c in a.collections:
            state = c.last_error or ("never synced" if c.last_sync is None else "ok")
            name = c.name if c.enabled else f"{c.name} (off)"
            rows.append(["", f"  {name}", c.kind, _when(c.last_sync) or "-", state])
    print(table(["ID", "ACCOUNT", "URL / KIND", "LAST SYNC", "STATE"], rows,
                [3, 28, 40, 19, 40], whole=(0,)))
    if asked:
        print()
        _print_removed(asked)
    return EXIT_OK


def cmd_removed(args: argparse.Namespace) -> int:
    open_profile(args, read_only=True)
    from kith.services.sync import local

    asked = local.removed_on_server()
    if args.json:
        print_json({"removed_on_server": [
            {"id": r.contact_id, "name": r.name, "interactions": r.interactions}
            for r in asked]})
        return EXIT_OK
    if not asked:
        print("Nobody deleted on the server is waiting for an answer.")
        return EXIT_OK
    _print_removed(asked)
    return EXIT_OK


def _print_removed(asked: list[Any]) -> None:
    from kith.services.sync.summary import cap

    print("Deleted on the server, kept in Kith for their history. Answer with 'kith sync "
          "keep ID' (Kith only) or 'kith sync forget ID' (to the trash):")
    for r in asked:
        noun = "interaction" if r.interactions == 1 else "interactions"
        print(f"  {r.contact_id}  {cap(r.name)} ({r.interactions} {noun})")


def cmd_answer(args: argparse.Namespace) -> int:
    open_profile(args)
    from kith.services.sync import local
    from kith.services.sync.summary import cap

    asked = {r.contact_id: r.name for r in local.removed_on_server()}
    if args.id not in asked:
        fail(f"Contact {args.id} is not waiting for an answer about a delete on the server. "
             "'kith sync status' lists those who are.")
    name = cap(asked[args.id])
    if args.delete:
        local.delete_removed(args.id)
        text = f"Moved {name} to Kith's trash, as on the server; their history is kept there."
    else:
        local.keep_removed(args.id)
        text = f"Kept {name} in Kith only; Kith will not upload them again."
    if args.json:
        print_json({"id": args.id, "name": asked[args.id],
                    "answer": "deleted" if args.delete else "kept"})
    else:
        print(text)
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    open_profile(args)
    from kith import errors
    from kith.platform import secrets
    from kith.services.sync import accounts

    try:
        account = accounts.get_account(args.id)
        secrets.delete_password(args.id)  # first: the account's server and user name it
        accounts.remove_account(args.id)
    except errors.NotFound as exc:
        fail(str(exc))
    if args.json:
        print_json({"removed": args.id})
    else:
        print(f"Removed sync account {args.id} ({account.label}) and its password; the "
              "contacts synced from it stay in Kith.")
    return EXIT_OK
