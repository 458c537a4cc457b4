"""The XML of WebDAV, CardDAV and CalDAV: request bodies and reading multistatus answers.

Answers are parsed with xml.etree, which expands no external entities; a body too
large or not XML becomes a ``BadResponse``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from kith.services.sync.dav_errors import BadResponse

DAV = "DAV:"
CARD = "urn:ietf:params:xml:ns:carddav"
CAL = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"

NAMESPACES = {"d": DAV, "c": CARD, "cal": CAL, "cs": CS}
PREFIX = '<?xml version="1.0" encoding="utf-8"?>\n'


# RFC 7232 entity-tag: an optional W/ and a quoted string of visible characters (an
# unquoted token, which some servers send, is tolerated). Nothing else is sent back in
# an If-Match header: a line break there would break (or smuggle) a request.
_ETAG = re.compile(r'(?:W/)?"[\x21\x23-\x7e]*"|[\x21\x23-\x7e]+')


def valid_etag(value: str | None) -> str | None:
    """``value`` when it is an ETag Kith can send back in If-Match, else None."""
    if value is None:
        return None
    value = value.strip()  # XML may wrap it in white space; inside, none is allowed
    return value if _ETAG.fullmatch(value) else None


def q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


@dataclass
class Entry:
    """One ``response`` of a multistatus: its href, status and the props found (200)."""

    href: str
    status: int | None = None  # the response's own status (deleted items: 404)
    props: dict[str, ET.Element] = field(default_factory=dict)

    def text(self, ns: str, name: str) -> str | None:
        element = self.props.get(q(ns, name))
        if element is None or element.text is None:
            return None
        return element.text.strip()

    def etag(self) -> str | None:
        """The getetag, when it is a valid ETag (see ``valid_etag``)."""
        element = self.props.get(q(DAV, "getetag"))
        if element is None or element.text is None:
            return None
        return valid_etag(element.text)

    def bad_etag(self) -> bool:
        """Whether the entry has a getetag that is not a valid ETag."""
        return q(DAV, "getetag") in self.props and self.etag() is None

    def resource_types(self) -> set[str]:
        element = self.props.get(q(DAV, "resourcetype"))
        return set() if element is None else {child.tag for child in element}

    def hrefs(self, ns: str, name: str) -> list[str]:
        element = self.props.get(q(ns, name))
        if element is None:
            return []
        return [h.text.strip() for h in element.iter(q(DAV, "href")) if h.text]


def propfind(*props: tuple[str, str]) -> bytes:
    inner = "".join(f'<x:{name} xmlns:x="{ns}"/>' for ns, name in props)
    return (PREFIX + f'<d:propfind xmlns:d="DAV:"><d:prop>{inner}</d:prop></d:propfind>'
            ).encode()


def sync_collection(token: str | None) -> bytes:
    token_xml = f"<d:sync-token>{escape(token)}</d:sync-token>" if token else "<d:sync-token/>"
    return (PREFIX + '<d:sync-collection xmlns:d="DAV:">' + token_xml
            + "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop>"
              "</d:sync-collection>").encode()


def multiget(kind: str, paths: list[str]) -> bytes:
    if kind == "calendar":
        ns, root, data = CAL, "calendar-multiget", "calendar-data"
    else:
        ns, root, data = CARD, "addressbook-multiget", "address-data"
    hrefs = "".join(f"<d:href>{escape(p)}</d:href>" for p in paths)
    return (PREFIX + f'<x:{root} xmlns:d="DAV:" xmlns:x="{ns}">'
            f"<d:prop><d:getetag/><x:{data}/></d:prop>{hrefs}</x:{root}>").encode()


def mkcalendar(name: str) -> bytes:
    return (PREFIX + f'<cal:mkcalendar xmlns:d="DAV:" xmlns:cal="{CAL}"><d:set><d:prop>'
            f"<d:displayname>{escape(name)}</d:displayname>"
            "<cal:supported-calendar-component-set><cal:comp name=\"VEVENT\"/>"
            "<cal:comp name=\"VTODO\"/></cal:supported-calendar-component-set>"
            "</d:prop></d:set></cal:mkcalendar>").encode()


def parse(body: bytes, host: str) -> ET.Element:
    try:
        return ET.fromstring(body)
    except ET.ParseError:
        raise BadResponse(
            f"{host} sent an answer that is not WebDAV XML. Check the address: it may not "
            "lead to a CardDAV server."
        ) from None


def multistatus(body: bytes, host: str) -> tuple[list[Entry], str | None]:
    """The entries of a multistatus and its top-level sync-token (if any)."""
    root = parse(body, host)
    if root.tag != q(DAV, "multistatus"):
        raise BadResponse(
            f"{host} did not answer with a WebDAV multistatus. Check the address: it may "
            "not lead to a CardDAV server."
        )
    entries: list[Entry] = []
    for response in root.findall(q(DAV, "response")):
        href = response.findtext(q(DAV, "href"))
        if not href:
            continue
        entry = Entry(href.strip(), _status(response.findtext(q(DAV, "status"))))
        for propstat in response.findall(q(DAV, "propstat")):
            if _status(propstat.findtext(q(DAV, "status"))) != 200:
                continue
            prop = propstat.find(q(DAV, "prop"))
            if prop is not None:
                for child in prop:
                    entry.props[child.tag] = child
        entries.append(entry)
    token = root.findtext(q(DAV, "sync-token"))
    return entries, token.strip() if token else None


def error_names(body: bytes) -> set[str]:
    """The precondition names in a DAV:error body (e.g. ``{DAV:}valid-sync-token``)."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return set()
    if root.tag != q(DAV, "error"):
        return set()
    return {child.tag for child in root}


def _status(line: str | None) -> int | None:
    """200 from "HTTP/1.1 200 OK"."""
    if not line:
        return None
    parts = line.split()
    if len(parts) >= 2 and parts[1].isdigit():
        return int(parts[1])
    return None
