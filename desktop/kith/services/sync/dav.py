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
from typing import Literal
from urllib.parse import quote, unquote, urljoin, urlsplit

from kith.services.sync import dav_xml as x
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
from kith.services.sync.dav_hrefs import BAD_ETAG, OUTSIDE, card_name, member
from kith.services.sync.dav_http import Http, Response, check_url, is_loopback

__all__ = [
    "Collection", "RemoteItem", "Delta", "DavClient", "DavError", "InsecureUrl",
    "Unreachable", "TlsError", "AuthFailed", "Forbidden", "NotFound", "PreconditionFailed",
    "CardRefused",
    "ServerError", "TokenInvalid", "NotSupported", "BadResponse", "is_loopback",
]

log = logging.getLogger(__name__)

Kind = Literal["addressbook", "calendar"]

#: Items per addressbook-multiget / calendar-multiget request.
MULTIGET_BATCH = 100
#: How many times sync_collection asks again when the server truncates its answer (507).
MAX_SYNC_PAGES = 1000


@dataclass(frozen=True)
class Collection:
    name: str
    url: str
    kind: Kind
    ctag: str | None
    sync_token: str | None


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


_COLLECTION_PROPS = (
    (x.DAV, "resourcetype"), (x.DAV, "displayname"), (x.CS, "getctag"), (x.DAV, "sync-token"),
)


class DavClient:
    """One account on one server: ``url`` is the server root, a principal or a collection."""

    def __init__(self, url: str, user: str, password: str, *, timeout: float = 30.0) -> None:
        url = url.strip()
        check_url(url)
        self.url = url
        self.user = user
        self._http = Http(user, password, timeout, home=url)
        self._kinds: dict[str, Kind] = {}
        #: (card name, message) for each card the server listed that Kith ignored: an
        #: href outside the collection or on another server, or an invalid ETag. The
        #: sync reports them as per-card errors (``take_skipped``).
        self.skipped: list[tuple[str, str]] = []

    def __repr__(self) -> str:  # never the password
        return f"<DavClient {self.user}@{self.host}>"

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    @property
    def requests(self) -> int:
        """How many HTTP requests this client sent."""
        return self._http.requests

    def close(self) -> None:
        self._http.close()

    def take_skipped(self) -> list[tuple[str, str]]:
        """The cards ignored since the last call (see ``skipped``), each once."""
        found = list(dict.fromkeys(self.skipped))
        self.skipped.clear()
        return found

    def _member(self, base: str, href: str) -> str | None:
        """``href`` as an absolute URL when it names an item inside the collection at
        ``base`` on the same server; otherwise None, noted in ``skipped``."""
        url = member(base, href)
        if url is None:
            self.skipped.append((card_name(href), OUTSIDE))
        return url

    def __enter__(self) -> DavClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- discovery ---------------------------------------------------------------------

    def discover(self) -> list[Collection]:
        """The address books and calendars reachable from the URL the client was given.

        A collection URL gives itself; a principal (or a home set) its collections; a
        server root is asked for ``/.well-known/carddav`` first, then for the current
        user's principal. Raises NotFound when nothing is at the URL at all.
        """
        start = self.url
        if urlsplit(start).path in ("", "/"):
            start = self._well_known(start)
        props = (*_COLLECTION_PROPS, (x.DAV, "current-user-principal"),
                 (x.CARD, "addressbook-home-set"), (x.CAL, "calendar-home-set"))
        entries, url = self._propfind(start, props, depth="0")
        me = _own(entries, url)
        if me is not None:
            own = self._collection(me, url)
            if own is not None:
                return [own]
            homes = _home_sets(me, url)
            principal = [urljoin(url, h) for h in me.hrefs(x.DAV, "current-user-principal")]
            if not homes and principal and _path(principal[0]) != _path(url):
                entries, purl = self._propfind(principal[0], props[-2:], depth="0")
                found = _own(entries, purl)
                homes = _home_sets(found, purl) if found is not None else []
                if not homes:
                    homes = [purl]
        else:
            homes = []
        if not homes:
            homes = [url]
        collections: dict[str, Collection] = {}
        for home in homes:
            entries, hurl = self._propfind(home, _COLLECTION_PROPS, depth="1")
            for entry in entries:
                found_collection = self._collection(entry, hurl)
                if found_collection is not None:
                    collections.setdefault(_path(found_collection.url), found_collection)
        return sorted(collections.values(), key=lambda c: (c.kind, c.name.casefold(), c.url))

    def calendar_home(self) -> str | None:
        """The account's calendar home set (RFC 4791), from the URL the client was given or
        the principal it names; None when the server names none (or refuses to say)."""
        props = ((x.DAV, "current-user-principal"), (x.CAL, "calendar-home-set"))
        url = self.url
        for _ in range(2):  # the URL given, then the principal it names
            try:
                entries, found = self._propfind(url, props, depth="0")
            except (NotFound, Forbidden, BadResponse):
                return None
            if not entries:
                return None
            homes = entries[0].hrefs(x.CAL, "calendar-home-set")
            if homes:
                return urljoin(found, homes[0])
            principal = entries[0].hrefs(x.DAV, "current-user-principal")
            if not principal or _path(urljoin(found, principal[0])) == _path(found):
                return None
            url = urljoin(found, principal[0])
        return None

    def _well_known(self, root: str) -> str:
        """Where ``/.well-known/carddav`` leads (after its redirects), or ``root``."""
        try:
            response = self._http.request(
                "PROPFIND", urljoin(root, "/.well-known/carddav"),
                x.propfind((x.DAV, "current-user-principal")),
                {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
            )
        except (NotFound, Forbidden, ServerError, BadResponse):
            return root
        except DavError as exc:
            if type(exc) is DavError:  # 405 and friends: no well-known support
                return root
            raise
        return response.url

    def _collection(self, entry: x.Entry, base: str) -> Collection | None:
        types = entry.resource_types()
        kind: Kind
        if x.q(x.CARD, "addressbook") in types:
            kind = "addressbook"
        elif x.q(x.CAL, "calendar") in types:
            kind = "calendar"
        else:
            return None
        url = urljoin(base, entry.href)
        if not url.endswith("/"):
            url += "/"
        self._kinds[_path(url)] = kind
        name = entry.text(x.DAV, "displayname") or unquote(_path(url).rsplit("/", 1)[-1])
        return Collection(name, url, kind, entry.text(x.CS, "getctag"),
                          entry.text(x.DAV, "sync-token"))

    # -- reading -----------------------------------------------------------------------

    def ctag(self, collection_url: str) -> str | None:
        """The collection's ctag (or, lacking one, its sync token): changes when any item does."""
        entries, url = self._propfind(collection_url, _COLLECTION_PROPS, depth="0")
        me = _own(entries, url)
        if me is None:
            return None
        return me.text(x.CS, "getctag") or me.text(x.DAV, "sync-token")

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
                raise NotSupported(
                    f"{self.host} answered the sync request without a sync token; Kith "
                    "compares the items one by one instead."
                )
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
            return TokenInvalid(
                f"{self.host} no longer accepts Kith's sync token; Kith lists the address "
                "book again."
            )
        if response.status == 403 and x.q(x.DAV, "supported-report") not in names:
            return for_status(403, "REPORT", self.host, _path(url))
        return NotSupported(
            f"{self.host} does not offer sync-collection; Kith compares the items one by "
            "one instead."
        )

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
                raise NotSupported(
                    f"{self.host} cannot create calendars here. Choose an existing "
                    "calendar, or create one with the server's own tools."
                ) from None
            raise
        self._kinds[_path(url)] = "calendar"
        return Collection(name, url, "calendar", None, None)

    # -- helpers -----------------------------------------------------------------------

    def _abs(self, href: str) -> str:
        url = urljoin(self.url, href)
        check_url(url)
        return url

    def _kind(self, url: str) -> Kind:
        kind = self._kinds.get(_path(url))
        if kind is None:
            entries, found_url = self._propfind(url, _COLLECTION_PROPS, depth="0")
            me = _own(entries, found_url)
            found = self._collection(me, found_url) if me is not None else None
            kind = found.kind if found is not None else "addressbook"
            self._kinds[_path(url)] = kind
        return kind

    def _propfind(self, url: str, props: Sequence[tuple[str, str]],
                  depth: str) -> tuple[list[x.Entry], str]:
        response = self._http.request(
            "PROPFIND", self._abs(url), x.propfind(*props),
            {"Depth": depth, "Content-Type": "application/xml; charset=utf-8"}, ok=(207,),
        )
        entries, _ = x.multistatus(response.body, self.host)
        return entries, response.url


def _path(url: str) -> str:
    """The unquoted path of ``url`` without a trailing slash: how two hrefs compare."""
    return unquote(urlsplit(url).path).rstrip("/")


def _own(entries: list[x.Entry], url: str) -> x.Entry | None:
    """The entry that describes ``url`` itself (the first one, if none matches)."""
    for entry in entries:
        if _path(urljoin(url, entry.href)) == _path(url):
            return entry
    return entries[0] if len(entries) == 1 else None


def _home_sets(entry: x.Entry, base: str) -> list[str]:
    homes = entry.hrefs(x.CARD, "addressbook-home-set") + entry.hrefs(x.CAL, "calendar-home-set")
    seen: dict[str, str] = {}
    for home in homes:
        url = urljoin(base, home)
        seen.setdefault(_path(url), url)
    return list(seen.values())


def _decode(response: Response) -> str:
    content_type = response.header("Content-Type") or ""
    match = re.search(r"charset=\"?([\w.-]+)", content_type, re.I)
    try:
        return response.body.decode(match.group(1) if match else "utf-8")
    except (LookupError, UnicodeDecodeError):
        return response.body.decode("utf-8", "replace")
