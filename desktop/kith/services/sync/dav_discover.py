"""The DAV client's base: one account's connection, and finding its address books and
calendars (``discover``, ``calendar_home``, ``ctag``). ``dav.DavClient`` adds reading and
writing the items; import from there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Self
from urllib.parse import unquote, urljoin, urlsplit

from kith.services.sync import dav_xml as x
from kith.services.sync.dav_errors import (
    BadResponse,
    DavError,
    Forbidden,
    NotFound,
    ServerError,
)
from kith.services.sync.dav_hrefs import OUTSIDE, card_name, member
from kith.services.sync.dav_http import Http, check_url

Kind = Literal["addressbook", "calendar"]


@dataclass(frozen=True)
class Collection:
    name: str
    url: str
    kind: Kind
    ctag: str | None
    sync_token: str | None


_COLLECTION_PROPS = (
    (x.DAV, "resourcetype"), (x.DAV, "displayname"), (x.CS, "getctag"), (x.DAV, "sync-token"),
)


class DavBase:
    """The connection to one account on one server, and finding its collections: what
    ``DavClient`` builds on (``url`` is the server root, a principal or a collection)."""

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

    def __enter__(self) -> Self:
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

    def ctag(self, collection_url: str) -> str | None:
        """The collection's ctag (or, lacking one, its sync token): changes when any item does."""
        entries, url = self._propfind(collection_url, _COLLECTION_PROPS, depth="0")
        me = _own(entries, url)
        if me is None:
            return None
        return me.text(x.CS, "getctag") or me.text(x.DAV, "sync-token")

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
