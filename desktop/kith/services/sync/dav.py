"""A small WebDAV / CardDAV / CalDAV client: what two-way sync of contacts and a
follow-up calendar needs, over the standard library (see dav_http for why).

Every URL in and out is absolute (``https://host/user/book/ana.vcf``); an href may
also be given as a path, which is read against the client's URL. Errors are the
``DavError`` kinds in dav_errors, each with a message that says what to do and never
the password.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from kith.i18n import translate
from kith.services.sync import dav_xml as x
from kith.services.sync.dav_discover import (
    Collection,
    DavBase,
    Kind,
    _path,
)
from kith.services.sync.dav_errors import (
    AuthFailed,
    BadResponse,
    CardRefused,
    DavError,
    Forbidden,
    InsecureUrl,
    NotFound,
    NotSupported,
    PreconditionFailed,
    ServerError,
    TlsError,
    TokenInvalid,
    Unreachable,
    for_status,
)
from kith.services.sync.dav_hrefs import BAD_ETAG, card_name, member
from kith.services.sync.dav_http import Response, is_loopback

__all__ = [
    "Collection", "Kind", "RemoteItem", "Delta", "DavClient", "DavError", "InsecureUrl",
    "Unreachable", "TlsError", "AuthFailed", "Forbidden", "NotFound", "PreconditionFailed",
    "CardRefused",
    "ServerError", "TokenInvalid", "NotSupported", "BadResponse", "is_loopback",
]

log = logging.getLogger(__name__)

#: Items per addressbook-multiget / calendar-multiget request.
MULTIGET_BATCH = 100
#: How many times sync_collection asks again when the server truncates its answer (507).
MAX_SYNC_PAGES = 1000


@dataclass(frozen=True)
class RemoteItem:
    href: str
    etag: str
    text: str | None  # None when only listed


@dataclass(frozen=True)
class Delta:
    changed: list[tuple[str, str]]  # (href, etag)
    deleted: list[str]  # hrefs
    token: str


class DavClient(DavBase):
    """One account on one server: discovery (``DavBase``), then reading and writing items."""

    # -- reading -----------------------------------------------------------------------

    def sync_collection(self, collection_url: str, token: str | None) -> Delta:
        """What changed since ``token`` (RFC 6578); ``None`` lists everything.

        Raises TokenInvalid when the server no longer accepts the token, NotSupported
        when it has no sync-collection report.
        """
        url = self._abs(collection_url)
        changed: dict[str, str] = {}
        deleted: dict[str, None] = {}
        for _ in range(MAX_SYNC_PAGES):
            response = self._http.request(
                "REPORT", url, x.sync_collection(token),
                {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
                ok=(207, 400, 403, 405, 409, 412, 501),
            )
            if response.status != 207:
                raise self._sync_error(response, url)
            entries, new_token = x.multistatus(response.body, self.host)
            if not new_token:
                raise NotSupported(translate(
                    "Sync", "{host} answered the sync request without a sync token; Kith "
                    "compares the items one by one instead.").format(host=self.host))
            truncated = False
            for entry in entries:
                if _path(urljoin(response.url, entry.href)) == _path(response.url):
                    truncated = truncated or entry.status == 507
                    continue
                gone = entry.status == 404 or not entry.props
                found = member(response.url, entry.href) if gone else self._member(
                    response.url, entry.href)
                if found is None:
                    continue
                href = found
                etag = entry.etag()
                if gone:
                    deleted[href] = None
                    changed.pop(href, None)
                elif entry.bad_etag():  # listed (so not taken for deleted), never fetched
                    self.skipped.append((card_name(href), BAD_ETAG))
                    changed[href] = ""
                    deleted.pop(href, None)
                elif etag is not None and not href.endswith("/"):
                    changed[href] = etag
                    deleted.pop(href, None)
            token = new_token
            if not truncated:
                break
        return Delta(list(changed.items()), list(deleted), token or "")

    def _sync_error(self, response: Response, url: str) -> DavError:
        names = x.error_names(response.body)
        if x.q(x.DAV, "valid-sync-token") in names:
            return TokenInvalid(translate(
                "Sync", "{host} no longer accepts Kith's sync token; Kith lists the address "
                "book again.").format(host=self.host))
        if response.status == 403 and x.q(x.DAV, "supported-report") not in names:
            return for_status(403, "REPORT", self.host, _path(url))
        return NotSupported(translate(
            "Sync", "{host} does not offer sync-collection; Kith compares the items one by "
            "one instead.").format(host=self.host))

    def list_etags(self, collection_url: str) -> dict[str, str]:
        """Every item in the collection: href -> etag (sub-collections left out)."""
        entries, url = self._propfind(
            collection_url, ((x.DAV, "getetag"), (x.DAV, "resourcetype")), depth="1")
        found: dict[str, str] = {}
        for entry in entries:
            if _path(urljoin(url, entry.href)) == _path(url):
                self._collection(entry, url)  # remembers its kind for multiget
                continue
            if x.q(x.DAV, "collection") in entry.resource_types():
                continue
            href = self._member(url, entry.href)
            if href is None:
                continue
            etag = entry.etag()
            if entry.bad_etag():  # listed (so not taken for deleted), never fetched
                self.skipped.append((card_name(href), BAD_ETAG))
                etag = ""
            if etag is None:
                continue
            found[href] = etag
        return found

    def multiget(self, collection_url: str, hrefs: Sequence[str]) -> list[RemoteItem]:
        """The text and etag of ``hrefs``, in batches; items gone from the server are left out."""
        url = self._abs(collection_url)
        kind = self._kind(url)
        data_tag = x.q(x.CAL, "calendar-data") if kind == "calendar" else x.q(
            x.CARD, "address-data")
        items: list[RemoteItem] = []
        wanted = [self._abs(h) for h in hrefs]
        for start in range(0, len(wanted), MULTIGET_BATCH):
            batch = wanted[start:start + MULTIGET_BATCH]
            asked = {_path(h): h for h in batch}
            response = self._http.request(
                "REPORT", url, x.multiget(kind, [urlsplit(h).path for h in batch]),
                {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
            )
            entries, _ = x.multistatus(response.body, self.host)
            for entry in entries:
                found = member(response.url, entry.href)
                href = asked.get(_path(found)) if found is not None else None
                if href is None:  # not asked for: never taken as one of ours
                    continue
                etag = entry.etag()
                if entry.bad_etag():
                    self.skipped.append((card_name(href), BAD_ETAG))
                data = entry.props.get(data_tag)
                if etag is None or data is None or entry.status == 404:
                    continue
                items.append(RemoteItem(href, etag, data.text or ""))
        return items

    def get(self, href: str) -> RemoteItem:
        url = self._abs(href)
        response = self._http.request("GET", url, ok=(200,))
        return RemoteItem(url, x.valid_etag(response.header("ETag")) or "", _decode(response))

    # -- writing -----------------------------------------------------------------------

    def put(self, href: str, text: str, *, etag: str | None, content_type: str) -> str | None:
        """Create (``etag`` None: only if nothing is there) or replace (only if unchanged).

        Raises PreconditionFailed when the server's copy is not the one expected.
        Returns the new etag when the server gave one.
        """
        url = self._abs(href)
        headers = {"Content-Type": content_type}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        response = self._http.request("PUT", url, text.encode("utf-8"), headers,
                                      ok=(200, 201, 204))
        return x.valid_etag(response.header("ETag"))

    def delete(self, href: str, *, etag: str | None) -> None:
        """Delete ``href`` (only if unchanged when ``etag`` is given). An item already gone
        is not an error; one changed since is (PreconditionFailed)."""
        url = self._abs(href)
        headers = {"If-Match": etag} if etag is not None else {}
        try:
            self._http.request("DELETE", url, None, headers, ok=(200, 202, 204))
        except NotFound:
            return

    def make_calendar(self, home_url: str, name: str) -> Collection:
        """A new calendar named ``name`` in ``home_url`` (MKCALENDAR)."""
        home = self._abs(home_url)
        if not home.endswith("/"):
            home += "/"
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "calendar"
        url = urljoin(home, quote(f"{slug}-{uuid.uuid4().hex[:8]}") + "/")
        try:
            self._http.request("MKCALENDAR", url, x.mkcalendar(name),
                               {"Content-Type": "application/xml; charset=utf-8"},
                               ok=(200, 201))
        except DavError as exc:
            if type(exc) is DavError:  # 405 / 501: not a CalDAV server
                raise NotSupported(translate(
                    "Sync", "{host} cannot create calendars here. Choose an existing "
                    "calendar, or create one with the server's own tools."
                ).format(host=self.host)) from None
            raise
        self._kinds[_path(url)] = "calendar"
        return Collection(name, url, "calendar", None, None)


def _decode(response: Response) -> str:
    content_type = response.header("Content-Type") or ""
    match = re.search(r"charset=\"?([\w.-]+)", content_type, re.I)
    try:
        return response.body.decode(match.group(1) if match else "utf-8")
    except (LookupError, UnicodeDecodeError):
        return response.body.decode("utf-8", "replace")
