"""Two-way sync of an account's address books: ``sync_account``.

One run, per enabled address book:

1. What changed on the server: RFC 6578 ``sync-collection`` from the stored token
   (one request when nothing changed), else the ctag, then the ETags.
2. Download the changed cards (multiget, in batches). New ones go in as one import
   batch (matched and merged like any import); linked ones are merged field by field
   with what changed in Kith since (``state.merge_sides``).
3. Cards deleted on the server: their contacts go to the trash, unless Kith holds
   history about them (then they stay, and the person is asked).
4. Push what changed in Kith: local deletes (DELETE with If-Match), edits (the
   server's text patched, PUT with If-Match; a 412 fetches, merges and retries) and
   new contacts (PUT with If-None-Match: *, recorded before they go, so a re-run
   finishes them instead of uploading twice).
5. Store the new token and ctag: only now, so an interrupted run starts over from
   the last complete one, and what it already did is recognised by its ETags.

Nothing here reads secrets: the caller passes the password in.
"""

from __future__ import annotations

import hashlib
import logging
import posixpath
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from kith import clock
from kith.errors import Cancelled, NotFound
from kith.i18n import translate
from kith.services.sync import local, state, summary
from kith.services.sync.dav_errors import (
    DavError,
    NotSupported,
    PreconditionFailed,
    TokenInvalid,
)
from kith.services.sync.dav_errors import NotFound as DavNotFound
from kith.services.sync.push import Pusher
from kith.store.models import SyncAccount, SyncCard, SyncCollection

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
MULTIGET_BATCH = 100
CONTENT_TYPE = "text/vcard; charset=utf-8"


@dataclass
class SyncReport:
    downloaded: int = 0
    uploaded: int = 0
    deleted_local: int = 0
    deleted_remote: int = 0
    conflicts: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (card name, message)
    #: Who went to Kith's trash because their card was deleted on the server (not in JSON).
    deleted_names: list[str] = field(default_factory=list)
    #: The same, as the trash knows them: the window's undo brings them back.
    trashed: list[tuple[int, str]] = field(default_factory=list)  # (contact id, stamp)
    #: Deleted on the server but kept in Kith for their history (counted in ``conflicts``
    #: for the JSON; not in JSON itself).
    kept_names: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"downloaded": self.downloaded, "uploaded": self.uploaded,
                "deleted_local": self.deleted_local, "deleted_remote": self.deleted_remote,
                "conflicts": self.conflicts,
                "errors": [{"card": card, "message": message} for card, message in self.errors]}


def sync_account(account_id: int, password: str, *, progress: Progress | None = None,
                 cancelled: IsCancelled | None = None, client: Any = None) -> SyncReport:
    """Sync every enabled address book of the account; raises a ``DavError`` when the
    server could not be reached or refused the login (what was done so far stays)."""
    account = SyncAccount.get_or_none(SyncAccount.id == account_id)
    if account is None:
        raise NotFound(translate("Sync", "There is no sync account {id}. 'kith sync status' "
                                 "lists them.").format(id=account_id))
    if client is None:
        from kith.services.sync.dav import DavClient

        client = DavClient(account.url, account.user, password)
    from kith.services.sync.lock import sync_lock

    with sync_lock():
        collections = list(SyncCollection.select().where(
            SyncCollection.account == account_id, SyncCollection.kind == "addressbook",
            SyncCollection.enabled == True).order_by(SyncCollection.id))  # noqa: E712
        report = SyncReport()
        for n, collection in enumerate(collections):
            before = len(report.errors)
            try:
                _CollectionSync(client, collection, report, upload_new=n == 0,
                                progress=progress, cancelled=cancelled).run()
            except (DavError, Cancelled) as exc:
                if isinstance(exc, DavError):
                    _record(collection.id, str(exc))
                raise
            except Exception as exc:
                _failed(collection.id, exc)
                raise
            finally:
                take = getattr(client, "take_skipped", None)
                if take is not None:
                    report.errors.extend(take())
            # Per-card failures stay visible in the status until a run goes through clean.
            _record(collection.id, summary.card_errors(report.errors[before:], clock.now()),
                    completed=True)
    return report


def _status(collection_id: int, error: str | None, completed: bool) -> None:
    from kith.services.sync import accounts

    if completed:  # the error, if any, is the run's per-card failures
        accounts.set_status(collection_id, last_sync=clock.now(), last_error=error)
    else:
        accounts.set_status(collection_id, last_error=error)


def _record(collection_id: int, error: str | None, completed: bool = False) -> bool:
    """Store the collection's status; False when even that could not be written."""
    try:
        _status(collection_id, error, completed or error is None)
    except Exception:  # the disk is full, the database gone: the caller says so
        log.warning("the sync status could not be recorded", exc_info=True)
        return False
    return True


def _failed(collection_id: int, exc: Exception) -> None:
    """A sync stopped by something other than the server: a full disk, a write error.
    Raise it as the KithError that says so (recorded as the collection's last error
    when that can still be written); a bug is recorded and left to propagate."""
    from kith.store import database as db
    from kith.store import faults

    # A full disk inside nested savepoints surfaces as "no such savepoint" and then
    # "no transaction is active": look behind each for the cause.
    fault = None
    cause: BaseException | None = exc
    while cause is not None and fault is None:
        fault = faults.classify(cause, db.path())
        cause = getattr(cause, "orig", None) or cause.__cause__ or cause.__context__
    if fault is None:
        _record(collection_id, translate(
            "Sync", "The sync stopped on an unexpected error ({name}). Try again; if it keeps "
            "failing, report it.").format(name=type(exc).__name__))
        return
    message = str(fault)
    if not _record(collection_id, message):
        message += " " + translate("Sync", "Kith could not record this either, so the sync "
                                   "status does not show it.")
    raise type(fault)(message) from exc


class _CollectionSync:
    def __init__(self, client: Any, collection: Any, report: SyncReport, *, upload_new: bool,
                 progress: Progress | None, cancelled: IsCancelled | None) -> None:
        self.client, self.collection, self.report = client, collection, report
        self.url = str(collection.url)
        self.upload_new = upload_new
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(translate("Sync", "The sync was stopped; what was synced so far "
                                      "is kept, and the next sync carries on."))

    def run(self) -> None:
        local.forget_undone(self.collection.id)
        changed, deleted, token, ctag = self.remote_changes()
        self.download(changed)
        for href in deleted:
            self.check()
            self.removed(href)
        Pusher(self.client, self.collection, self.report, self.check, self.merge_fetched,
               upload_new=self.upload_new).run()
        from kith.services.sync import accounts

        accounts.set_tokens(self.collection.id, ctag=ctag, sync_token=token)

    # --- what changed on the server -------------------------------------------------
    def known(self) -> dict[str, tuple[str | None, str]]:
        return {href: (etag, st) for href, etag, st in SyncCard.select(
            SyncCard.href, SyncCard.etag, SyncCard.state).where(
            SyncCard.collection == self.collection.id).tuples()}

    def remote_changes(self) -> tuple[list[tuple[str, str]], list[str], str | None, str | None]:
        known = self.known()
        token = self.collection.sync_token
        ctag = self.collection.ctag
        try:
            try:
                delta = self.client.sync_collection(self.url, token)
                full = token is None
            except TokenInvalid:
                delta = self.client.sync_collection(self.url, None)
                full = True
            listed = dict(delta.changed)
            if full:
                deleted = [h for h, (etag, st) in known.items()
                           if h not in listed and etag is not None]
            else:
                deleted = [h for h in delta.deleted if h in known]
            new_token: str | None = delta.token
        except NotSupported:
            new_token = None
            now = self.client.ctag(self.url)
            if now is not None and now == ctag and known:
                return [], [], None, ctag
            listed = self.client.list_etags(self.url)
            deleted = [h for h, (etag, st) in known.items()
                       if h not in listed and etag is not None]
            ctag = now
        changed = [(h, e) for h, e in listed.items()
                   if h not in known or known[h][0] != e or known[h][1] == "ignored"]
        return changed, deleted, new_token, ctag

    # --- downloads ------------------------------------------------------------------
    def fetch(self, hrefs: Sequence[str]) -> list[local.Fetched]:
        from kith.vcard import read_bytes

        out = []
        for item in self.client.multiget(self.url, list(hrefs)):
            if item.text is None:
                continue
            parsed = read_bytes(item.text.encode("utf-8"), posixpath.basename(item.href))
            if not parsed.cards:
                name = parsed.problems[0].card if parsed.problems else ""
                self.report.errors.append((
                    name or posixpath.basename(item.href),
                    translate("Sync", "This card on the server could not be read; it was left "
                                      "out. Fix or delete it on the server.")))
                continue
            out.append(local.Fetched(item.href, item.etag, item.text, parsed.cards[0]))
        return out

    def download(self, changed: list[tuple[str, str]]) -> None:
        rows = {href: (i, cid, st) for href, i, cid, st in SyncCard.select(
            SyncCard.href, SyncCard.id, SyncCard.contact, SyncCard.state).where(
            SyncCard.collection == self.collection.id).tuples()}
        new: list[local.Fetched] = []
        total = len(changed)
        for start in range(0, total, MULTIGET_BATCH):
            self.check()
            for item in self.fetch([h for h, _ in changed[start:start + MULTIGET_BATCH]]):
                row = rows.get(item.href)
                if row is not None and row[2] == "create":
                    self.adopt(row[0], item)
                elif row is None or row[1] is None or row[2] == "ignored" \
                        or not self.merge_fetched(row[0], item):
                    new.append(item)
            if self.progress is not None:
                self.progress(min(start + MULTIGET_BATCH, total), total)
        if new:
            self.check()
            local.import_new(self.collection.id, str(self.collection.name), new)
            self.report.downloaded += len(new)

    def merge_fetched(self, row_id: int, item: local.Fetched) -> bool:
        merged = local.apply_remote(row_id, item)
        if merged is None:
            return False
        self.report.downloaded += 1
        if merged.conflicts:
            self.report.conflicts += 1
        return True

    def adopt(self, row_id: int, item: local.Fetched) -> None:
        """Our own upload from a run that was cut off before it recorded the ETag."""
        from kith.services.cards.mapping import record_from_card
        from kith.store.database import database

        agreed = record_from_card(item.card).cleaned()
        with database.atomic():
            SyncCard.update(etag=item.etag, server_text=item.text, base=state.dump(agreed),
                            state="synced").where(SyncCard.id == row_id).execute()

    # --- deletes on the server ---------------------------------------------------------
    def removed(self, href: str) -> None:
        row_id = SyncCard.select(SyncCard.id).where(
            SyncCard.collection == self.collection.id, SyncCard.href == href).scalar()
        if row_id is None:
            return
        outcome = local.remote_deleted(int(row_id))
        if outcome is None:
            return
        what, name, cid, stamp = outcome
        if what == "deleted":
            self.report.deleted_local += 1
            self.report.deleted_names.append(name)
            self.report.trashed.append((cid, stamp))
        else:
            self.report.conflicts += 1
            self.report.kept_names.append(name)
            self.report.errors.append((name, translate(
                "Sync", "was deleted on the server; Kith kept them for their history. Choose "
                "to keep them in Kith only or delete them here too (the window asks; or 'kith "
                "sync keep ID' / 'kith sync forget ID').")))


_SAFE_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}")


def new_href(collection_url: str, uid: str) -> str:
    """Where a new card goes: ``<name>.vcf`` in the collection. The name is the UID when it
    holds only letters, digits, ``.``, ``_`` and ``-`` (a UID such as ``urn:uuid:...`` in a
    path is refused by Radicale with 400); otherwise a hash of the UID, so the same UID
    always gets the same name. The UID inside the card stays as it is."""
    base = collection_url if collection_url.endswith("/") else collection_url + "/"
    if not uid:
        name = uuid.uuid4().hex
    elif _SAFE_NAME.fullmatch(uid):
        name = uid
    else:
        name = hashlib.sha256(uid.encode("utf-8")).hexdigest()[:32]
    return urljoin(base, name + ".vcf")


def safe_href(href: str) -> bool:
    """Whether ``href``'s file name is one ``new_href`` could have made."""
    name = href.rstrip("/").rsplit("/", 1)[-1]
    return name.endswith(".vcf") and _SAFE_NAME.fullmatch(name[:-4]) is not None


__all__ = ["CONTENT_TYPE", "DavNotFound", "PreconditionFailed", "SyncReport", "new_href",
           "safe_href",
           "state", "sync_account"]
