"""What went wrong with the database, in words that are true: the one place that says so.

SQLite and the OS report faults as codes (``SQLITE_FULL``, ``ENOSPC``,
``SQLITE_CANTOPEN``...), often wrapped by peewee and sometimes hidden behind
a later error ("cannot rollback - no transaction is active" when SQLite has
already rolled back a transaction that failed on a full disk). ``classify``
finds the cause and turns it into one of the errors below, whose message is
one line for the user: what happened and what to do. A database is called
damaged only when SQLite says its file is not a database or when
``PRAGMA integrity_check`` finds a problem.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kith.errors import (
    Busy,
    Damaged,
    DatabaseError,
    DiskFull,
    LostDatabase,
    NewerDatabaseError,
    ReadOnly,
)
from kith.i18n import translate

__all__ = ["DatabaseError", "NewerDatabaseError", "DiskFull", "ReadOnly", "Busy", "Damaged",
           "LostDatabase", "classify", "integrity_problem", "root_cause"]


# Primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3, 5, 6, 8, 10, 11, 13, 14, 26)
_READONLY_DBMOVED = _READONLY | (4 << 8)
_NO_TRANSACTION = "no transaction is active"
_NO_SAVEPOINT = "no such savepoint"
_ROOM = 64 * 1024  # less free space than this, and a failed write is taken for a full disk


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, then what it wraps (peewee's ``orig``) and what it was raised during."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for inner in (getattr(current, "orig", None), current.__cause__, current.__context__):
            if isinstance(inner, BaseException):
                todo.append(inner)


def root_cause(exc: BaseException) -> BaseException | None:
    """The SQLite or OS error behind ``exc``, skipping the errors of unwinding a transaction
    SQLite already ended ("no transaction is active", and "no such savepoint" when nested
    savepoints are released or rolled back after a full disk ended it)."""
    for found in _chain(exc):
        if isinstance(found, DatabaseError):
            return found
        if isinstance(found, sqlite3.Error) and not any(
                text in str(found) for text in (_NO_TRANSACTION, _NO_SAVEPOINT)):
            return found
        if isinstance(found, OSError) and found.errno is not None:
            return found
    return None


def _code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _folder(path: Path | None) -> Path:
    return path.absolute().parent if path is not None else Path.cwd()


def folder_read_only(folder: Path) -> bool:
    """Whether nothing can be written in ``folder`` (a read-only mount, or no permission)."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(folder, os.W_OK)


def folder_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has (almost) no free space left."""
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < _ROOM


def disk_full(folder: Path, unchanged: bool = True) -> DiskFull:
    if unchanged:
        return DiskFull(translate("Faults", "The disk holding {folder} is full, so Kith could not "
                                  "write there; nothing was changed. Free some space and try "
                                  "again.").format(folder=folder))
    return DiskFull(translate("Faults", "The disk holding {folder} is full, so Kith could not "
                              "write there. Free some space and try again.").format(folder=folder))


def read_only(folder: Path) -> ReadOnly:
    return ReadOnly(translate("Faults", "{folder} is read-only, and Kith needs to write there to "
                              "use its database; nothing was changed. Make it writable, or "
                              "choose another folder with --data-dir.").format(folder=folder))


def busy() -> Busy:
    return Busy(translate("Faults", "The database is busy: another Kith process is using it; "
                          "nothing was changed. Try again in a moment."))


def backups_hint(database: Path | str) -> str:
    """Where the daily backups of ``database`` are, if there are any, as a parenthesis."""
    backups = Path(database).absolute().parent / "backups"
    try:
        found = any(backups.glob("kith-*.sqlite3"))
    except OSError:
        found = False
    return translate("Faults", " (Kith's daily backups are in {folder})").format(
        folder=backups) if found else ""


def damaged(path: Path | str, problem: str) -> Damaged:
    return Damaged(translate("Faults", "{path} is damaged ({problem}). Restore a backup with "
                             "'kith restore FILE'{backups}; 'kith export' may still save what "
                             "is readable.").format(path=path, problem=problem,
                                                    backups=backups_hint(path)))


def integrity_problem(path: Path | str) -> str | None:
    """The first problem ``PRAGMA integrity_check`` finds in ``path``, or None if it is intact.

    Raises ``sqlite3.Error`` if the check cannot run for another reason (a lock,
    a folder that cannot be read).
    """
    conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            if _code(exc) in (_CORRUPT, _NOTADB):
                return str(exc)
            raise
    finally:
        conn.close()
    return None if rows == [("ok",)] else str(rows[0][0])


def _from_sqlite(exc: sqlite3.Error, database: Path | None, folder: Path) -> DatabaseError | None:
    code = _code(exc)
    if code == _FULL:
        return disk_full(folder)
    if code in (_BUSY, _LOCKED):
        return busy()
    if int(getattr(exc, "sqlite_errorcode", 0) or 0) == _READONLY_DBMOVED:
        return DatabaseError(translate(
            "Faults", "The database file was replaced or moved while Kith was using it (a "
            "restore?); nothing was changed. Run the command again."))
    if code in (_READONLY, _PERM):
        return read_only(folder)
    if code == _NOTADB:
        where = database or translate("Faults", "the file")
        return damaged(where, translate("Faults", "it is not a SQLite database file"))
    if code == _CORRUPT:
        if database is None or not database.exists():
            return damaged(translate("Faults", "The database"), str(exc))
        try:
            problem = integrity_problem(database)
        except sqlite3.Error:
            problem = str(exc)
        if problem is not None:
            return damaged(database, problem)
        return DatabaseError(translate(
            "Faults", "SQLite reported '{error}', yet {path} passes its integrity check; "
            "nothing was changed. Try again.").format(error=exc, path=database))
    if code in (_IOERR, _CANTOPEN):
        if folder_full(folder):
            return disk_full(folder)
        if folder_read_only(folder):
            return read_only(folder)
        what = database or translate("Faults", "the database")
        return DatabaseError(translate(
            "Faults", "Kith could not read or write {path} ({error}); nothing was changed. "
            "Check the disk and the folder's permissions, then try again.").format(
                path=what, error=exc))
    return None


def _from_os(exc: OSError, database: Path | None, folder: Path) -> DatabaseError | None:
    where = Path(exc.filename) if exc.filename else database
    if exc.filename:
        folder = Path(exc.filename).absolute().parent
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(folder, unchanged=False)
    if exc.errno == errno.EROFS:
        return ReadOnly(translate("Faults", "{folder} is read-only, so Kith could not write "
                                  "there. Make it writable, or choose another folder.").format(
            folder=folder))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DatabaseError(translate(
            "Faults", "Kith may not use {path} (permission denied). Check its permissions, or "
            "choose another folder.").format(path=where or folder))
    return None


def classify(exc: BaseException, database: Path | str | None = None,
             folder: Path | None = None) -> DatabaseError | None:
    """The error to show for ``exc``, or None if it is no fault of the disk or the database.

    ``database`` is the file that may be damaged; ``folder`` where Kith was
    writing (by default the database's folder).
    """
    path = Path(database) if database is not None else None
    where = folder.absolute() if folder is not None else _folder(path)
    cause = root_cause(exc)
    if isinstance(cause, DatabaseError):
        return cause
    if isinstance(cause, sqlite3.Error):
        return _from_sqlite(cause, path, where)
    if isinstance(cause, OSError):
        return _from_os(cause, path, where)
    return None
