"""Which hrefs from a server Kith accepts: only items inside the collection they were
listed for, on the same server. A server that lists ``/book/../other/x.vcf`` or a card on
another host would otherwise have Kith PUT and DELETE there with the account's password.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote, urljoin, urlsplit

from kith.services.sync.dav_http import origin

#: Per-card notes for cards the server listed but Kith ignored (see ``DavClient.skipped``).
OUTSIDE = ("The server listed a card outside the address book; it was ignored. If it "
           "should be there, ask the server's administrator.")
BAD_ETAG = ("The server gave this card a version tag (ETag) that is not valid; it was "
            "ignored. Tell the server's administrator.")


def member(collection_url: str, href: str) -> str | None:
    """``href`` (read against ``collection_url``) as an absolute URL when it names an item
    inside that collection on the same server, else None: another origin, a path outside
    the collection (after decoding and resolving ``..``), or characters no request may
    carry."""
    href = href.strip()
    if re.search(r"[\x00-\x20\x7f]", href):  # urljoin would quietly drop line breaks
        return None
    url = urljoin(collection_url, href)
    if origin(url) != origin(collection_url):
        return None
    path = unquote(urlsplit(url).path)
    if any(part in (".", "..") for part in path.split("/")):
        return None
    home = posixpath.normpath(unquote(urlsplit(collection_url).path)).rstrip("/") + "/"
    if not path.startswith(home) or not path[len(home):].strip("/"):
        return None
    return url


def card_name(href: str) -> str:
    """What a per-card error calls a card known only by its href: its file name."""
    name = unquote(urlsplit(href.strip()).path.rstrip("/").rsplit("/", 1)[-1])
    return "".join(c for c in name if c.isprintable())[:80] or href[:80]
