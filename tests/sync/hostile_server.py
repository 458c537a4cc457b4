"""A small CardDAV server for the security tests, which can be told to misbehave: list
cards outside its address book or on another host, hand out broken ETags, hold two
cards with one UID, redirect elsewhere. It logs every request it gets, with whether the
password came along, so a test can tell where the password went.

It speaks just enough CardDAV for Kith: PROPFIND on the root and the book,
sync-collection (always the whole listing), addressbook-multiget, GET, PUT (with
If-Match / If-None-Match) and DELETE.
"""

from __future__ import annotations

import base64
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit
from xml.sax.saxutils import escape

BOOK = "/book/"
MS = ('<?xml version="1.0"?>\n<d:multistatus xmlns:d="DAV:" '
      'xmlns:c="urn:ietf:params:xml:ns:carddav">{body}</d:multistatus>')
OK = "<d:status>HTTP/1.1 200 OK</d:status>"


@dataclass
class Hostile:
    url: str = ""
    #: href as listed (may be hostile) -> (etag as listed, vCard text)
    cards: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: (method, path, password sent)
    log: list[tuple[str, str, bool]] = field(default_factory=list)
    redirect_to: str | None = None
    password: str = ""
    count: int = 0

    def requests(self, method: str | None = None) -> list[tuple[str, str, bool]]:
        return [r for r in self.log if method is None or r[0] == method]

    def card_key(self, path: str) -> str | None:
        for key in self.cards:
            if unquote(urlsplit(key).path) == unquote(path):
                return key
        return None


def _handler(state: Hostile) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: object) -> None:
            pass

        def send(self, status: int, body: str = "", headers: dict[str, str] | None = None,
                 ctype: str = "application/xml; charset=utf-8") -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            auth = self.headers.get("Authorization", "")
            sent = auth.startswith("Basic ") and state.password in base64.b64decode(
                auth[6:]).decode()
            state.log.append((self.command, self.path, sent))
            state.count += 1
            if state.redirect_to is not None:
                return self.send(307, headers={"Location": state.redirect_to + self.path})
            if self.command == "PROPFIND":
                return self.propfind()
            if self.command == "REPORT":
                return self.report(body)
            key = state.card_key(self.path)
            if self.command == "GET":
                if key is None:
                    return self.send(404)
                etag, text = state.cards[key]
                return self.send(200, text, {"ETag": etag}, "text/vcard; charset=utf-8")
            if self.command == "PUT":
                match = self.headers.get("If-Match")
                if self.headers.get("If-None-Match") == "*" and key is not None:
                    return self.send(412)
                if match is not None and (key is None or state.cards[key][0] != match):
                    return self.send(412)
                etag = f'"e{state.count}"'
                state.cards[key or self.path] = (etag, body)
                return self.send(201 if key is None else 204, headers={"ETag": etag})
            if self.command == "DELETE":
                if key is None:
                    return self.send(404)
                del state.cards[key]
                return self.send(204)
            return self.send(405)

        def propfind(self) -> None:
            book = ("<d:response><d:href>/book/</d:href><d:propstat><d:prop><d:resourcetype>"
                    "<d:collection/><c:addressbook/></d:resourcetype><d:displayname>Book"
                    f"</d:displayname><d:sync-token>t{state.count}</d:sync-token></d:prop>{OK}"
                    "</d:propstat></d:response>")
            depth = self.headers.get("Depth")
            if self.path.startswith("/.well-known"):
                return self.send(404)
            if self.path.startswith(BOOK):
                body = book
                if depth == "1":
                    body += "".join(
                        f"<d:response><d:href>{escape(h)}</d:href><d:propstat><d:prop>"
                        f"<d:getetag>{escape(e)}</d:getetag><d:resourcetype/></d:prop>{OK}"
                        "</d:propstat></d:response>" for h, (e, _) in state.cards.items())
                return self.send(207, MS.format(body=body))
            body = ("<d:response><d:href>/</d:href><d:propstat><d:prop>"
                    "<d:current-user-principal><d:href>/</d:href></d:current-user-principal>"
                    "<c:addressbook-home-set><d:href>/</d:href></c:addressbook-home-set>"
                    f"</d:prop>{OK}</d:propstat></d:response>")
            if depth == "1":
                body += book
            return self.send(207, MS.format(body=body))

        def report(self, body: str) -> None:
            if "sync-collection" in body:
                listing = "".join(
                    f"<d:response><d:href>{escape(h)}</d:href><d:propstat><d:prop>"
                    f"<d:getetag>{escape(e)}</d:getetag></d:prop>{OK}</d:propstat>"
                    "</d:response>" for h, (e, _) in state.cards.items())
                return self.send(207, MS.format(
                    body=listing + f"<d:sync-token>t{state.count}</d:sync-token>"))
            asked = [h.text or "" for h in ET.fromstring(body).iter("{DAV:}href")]
            out = ""
            for path in asked:
                key = state.card_key(path)
                if key is None:
                    continue
                etag, text = state.cards[key]
                out += (f"<d:response><d:href>{escape(key)}</d:href><d:propstat><d:prop>"
                        f"<d:getetag>{escape(etag)}</d:getetag><c:address-data>"
                        f"{escape(text)}</c:address-data></d:prop>{OK}</d:propstat>"
                        "</d:response>")
            return self.send(207, MS.format(body=out))

        do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = _any

    return Handler


@contextmanager
def hostile(password: str = "") -> Iterator[Hostile]:
    """A running server on a free loopback port; yields its state (``.url`` its root)."""
    state = Hostile(password=password)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def card(uid: str, name: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{name};;;;\r\nEND:VCARD\r\n"
