"""Backups through SQLite's online backup API, never by copying the live file.

Every file is written under a unique temporary name beside its target
(created with ``O_EXCL | O_NOFOLLOW``, so nothing at a guessable name is
ever followed or overwritten), checked, and renamed into place; on any
failure the temporary file is removed. One left by a process that was
killed is removed by the next backup, restore or open
(``kith.store.temporary``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kith import clock
from kith.private_files import copy_private, make_private, sync_folder
from kith.store import faults, read_only, temporary
from kith.store.db import check_kith_version, check_version, migrate, real_file
from kith.store.faults import DatabaseError

KEEP_DAILY = 7
DAILY_PREFIX = "kith-"
DAILY_SUFFIX = ".sqlite3"
DAILY_NAME = r"kith-\d{4}-\d\d-\d\d\.sqlite3"  # the names of the daily backups


def _uri(path: Path) -> str:
    """A read-only URI for ``path``; ``#``, ``?`` and ``%`` in it are quoted."""
    return path.absolute().as_uri() + "?mode=ro"


def _fault(exc: BaseException, database: Path, folder: Path) -> BaseException:
    """``exc`` as the error to show, if it is a fault of the disk or the database."""
    if isinstance(exc, DatabaseError):
        return exc
    if isinstance(exc, (sqlite3.Error, OSError)):
        fault = faults.classify(exc, database, folder=folder)
        if fault is not None:
            return fault
    return exc


@contextmanager
def _beside(target: Path, suffix: str, database: Path) -> Iterator[temporary.Temporary]:
    """A temporary file beside ``target`` for the caller to fill and rename into place:
    removed if anything fails (the failure shown as the fault of the disk or the
    database it is, about ``database``), its lock released in any case."""
    tmp = temporary.Temporary(target, suffix)
    try:
        yield tmp
    except BaseException as exc:
        tmp.remove()
        fault = _fault(exc, database, target.parent)
        if fault is exc:
            raise
        raise fault from exc
    finally:
        tmp.release()


def copy_database(source: Path, target: Path, check: bool = False) -> None:
    """Write a consistent copy of ``source`` to ``target`` (replacing it).

    With ``check``, the copy must pass ``PRAGMA integrity_check`` first; a
    damaged database raises ``faults.Damaged`` and ``target`` is left alone.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary.sweep(target.parent, re.escape(target.name))
    with _beside(target, ".part", source) as tmp:
        # Read-only, so a copy can be made from a full disk or a read-only folder too.
        src = sqlite3.connect(read_only.read_uri(source), uri=True)
        try:
            dst = sqlite3.connect(tmp.path)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if check:
            problem = faults.integrity_problem(tmp.path)
            if problem is not None:
                raise faults.damaged(source, problem)
        os.replace(tmp.path, target)
    sync_folder(target.parent)
    make_private(target)


def daily_backup(database: Path, folder: Path, today: dt.date | None = None) -> Path | None:
    """At most once a day: back up ``database`` into ``folder`` and keep the last seven.

    Only a copy that passes the integrity check joins the rotation: a damaged
    database raises ``faults.Damaged`` and pushes no good backup out.
    """
    if not database.exists() or database.stat().st_size == 0:
        return None
    today = today or clock.today()
    temporary.sweep(folder, DAILY_NAME)
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}{DAILY_SUFFIX}"
    made = None
    if not target.exists():
        copy_database(database, target, check=True)
        made = target
    existing = sorted(folder.glob(f"{DAILY_PREFIX}????-??-??{DAILY_SUFFIX}"))
    for old in existing[:-KEEP_DAILY]:
        old.unlink()
    return made


def check_backup(path: Path) -> int:
    """Raise DatabaseError unless ``path`` is an intact Kith database; returns its version."""
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist or is not a file; nothing was restored.")
    try:
        conn = sqlite3.connect(_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened ({exc}); nothing was restored.") from exc
    try:
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[1] for r in conn.execute("PRAGMA table_list")}
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                f"{path} is not a SQLite database ({exc}); nothing was restored.") from exc
        if result != [("ok",)]:
            raise DatabaseError(
                f"{path} failed its integrity check ({result[0][0]}); nothing was restored."
            )
        if version < 1 or "contact" not in tables:
            raise DatabaseError(f"{path} is not a Kith database; nothing was restored.")
        check_version(version, path)
        return version
    finally:
        conn.close()


def _shape(conn: sqlite3.Connection) -> dict[tuple[str, str], list[tuple[object, ...]]]:
    """Every table, index, view and trigger, with each table's columns."""
    shape: dict[tuple[str, str], list[tuple[object, ...]]] = {}
    # Raw SQL on purpose: this reads the schema of a file being checked (a backup, or a
    # restore's copy) on its own connection, triggers and views included, which
    # Peewee's introspection does not list.
    rows = conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    for kind, name in rows.fetchall():
        columns: list[tuple[object, ...]] = []
        if kind == "table":
            info = conn.execute("SELECT name, type, \"notnull\", pk FROM pragma_table_xinfo(?)",
                                (name,))
            columns = [tuple(c) for c in info.fetchall()]
        shape[(kind, name)] = columns
    return shape


def _expected_shape() -> dict[tuple[str, str], list[tuple[object, ...]]]:
    conn = sqlite3.connect(":memory:")
    try:
        migrate(conn)
        return _shape(conn)
    finally:
        conn.close()


def _check_restored(conn: sqlite3.Connection, backup: Path) -> None:
    """DatabaseError unless the migrated copy is exactly Kith's schema, intact and consistent."""
    nothing = "nothing was restored"
    got, want = _shape(conn), _expected_shape()
    if got != want:
        odd = sorted(f"{kind} {name}" for kind, name in set(got) ^ set(want))
        odd += sorted(f"the columns of {name}" for (kind, name), columns in want.items()
                      if got.get((kind, name), columns) != columns)
        raise DatabaseError(f"{backup} is not a Kith database (its schema differs: "
                            f"{', '.join(odd[:3])}); {nothing}.")
    problem = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if problem != "ok":
        raise DatabaseError(f"{backup} failed its integrity check ({problem}); {nothing}.")
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise DatabaseError(f"{backup} has {len(broken)} broken references (the first in "
                            f"table {broken[0][0]}); {nothing}.")


def _prepare(backup: Path, tmp: Path) -> None:
    """Copy ``backup`` into ``tmp``, bring it up to date and check it there."""
    src = sqlite3.connect(_uri(backup), uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        check_kith_version(conn, backup)
        try:
            migrate(conn, backup)
        except sqlite3.Error as exc:
            if faults.classify(exc, None, folder=tmp.parent) is not None:
                raise
            raise DatabaseError(f"{backup} is not a Kith database (bringing it up to date "
                                f"failed: {exc}); nothing was restored.") from exc
        _check_restored(conn, backup)
    finally:
        conn.close()


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _keep(source: Path, aside: Path) -> None:
    """Keep ``source`` at ``aside`` too: a hard link (no copy, no space), else a copy."""
    try:
        os.link(source, aside)
    except FileExistsError:
        raise
    except OSError:
        copy_private(source, aside)  # 0600 from its first byte


def _set_aside(database: Path, now: dt.datetime) -> Path | None:
    """Keep the live database beside it under a new name, its log folded in; returns the name."""
    wal = Path(f"{database}-wal")
    if not database.exists() or (
        database.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size)
    ):
        return None
    aside = _free_name(database.with_name(f"{database.name}.replaced-{now:%Y%m%d-%H%M%S}"))
    damaged = False
    conn = sqlite3.connect(database)
    try:
        # Leaving WAL mode checkpoints the log into the file and deletes it, so the file
        # alone is the database: a stale log must never meet the restored file.
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    except sqlite3.DatabaseError as exc:
        fault = faults.classify(exc, None)
        if isinstance(fault, faults.Busy):
            raise in_use() from exc
        if not isinstance(fault, faults.Damaged):
            raise
        damaged = True  # keep it as it is, log and all
    finally:
        conn.close()
    _keep(database, aside)
    if damaged and wal.exists():
        _keep(wal, Path(f"{aside}-wal"))
        wal.unlink()
    Path(f"{database}-shm").unlink(missing_ok=True)
    return aside


def in_use() -> faults.Busy:
    """Another process keeps the database open: waiting will not help, closing it will."""
    return faults.Busy("Another Kith process has the database open (the window, or a command "
                       "still running); nothing was restored. Close Kith first, then run "
                       "'kith restore FILE' again.")


def restore(backup: Path, database: Path, now: dt.datetime | None = None) -> Path | None:
    """Replace ``database`` with ``backup`` after checking it; returns where the old one went.

    The backup is copied into a temporary file beside ``database``, migrated
    and checked there (schema, integrity, references), and renamed over the
    live file only when all pass: at any moment the live database is either
    the old one or the new one. The replaced database is kept beside it as
    ``kith.sqlite3.replaced-YYYYmmdd-HHMMSS``. The caller must have closed
    its own connection to ``database``. A ``database`` that is a symbolic
    link stays one: the file it leads to is replaced.
    """
    check_backup(backup)
    database = real_file(database, "nothing was restored")
    now = now or clock.now()
    database.parent.mkdir(parents=True, exist_ok=True)
    temporary.sweep(database.parent, re.escape(database.name))
    with _beside(database, ".restore", database) as tmp:
        _prepare(backup, tmp.path)
        aside = _set_aside(database, now)
        os.replace(tmp.path, database)
    sync_folder(database.parent)
    make_private(database)
    return aside
