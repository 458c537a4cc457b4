"""HTTP for the DAV client: one kept-alive connection per server, Basic authentication,
redirects followed safely, and every failure turned into a ``DavError`` for the person.

Standard library only (http.client, ssl): a DAV client needs a handful of methods and
headers, which http.client does without a dependency; ``requests`` would add four
packages for no feature Kith uses.

The credentials go only to addresses that pass ``check_url`` (HTTPS, or plain HTTP to
this machine), and only to the origin (scheme, host and port) the account was added
with: a redirect to another origin is refused with a message naming the address to
enter instead, and no request to another origin is sent. The log names methods and
URLs, never headers.

A hostile or broken server cannot hold Kith forever or fill its memory: an answer is
read in pieces up to ``MAX_RESPONSE_BYTES``, and a whole request (headers and body) must
finish within ``REQUEST_DEADLINE`` seconds, however slowly its bytes trickle in.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import logging
import socket
import ssl
import threading
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from kith.i18n import translate
from kith.services.sync.dav_errors import (
    BadResponse,
    DavError,
    InsecureUrl,
    TlsError,
    Unreachable,
    for_status,
    reason,
)

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
#: The largest answer Kith reads (a multiget of 100 cards with photos is a few MB).
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: Seconds one request may take in all, however slowly the server trickles its answer.
REQUEST_DEADLINE = 300.0
_PIECE = 256 * 1024
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes
    url: str  # after redirects
    reason: str = ""  # the HTTP reason phrase ("Bad Request")

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


def is_loopback(host: str) -> bool:
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of ``url``, lower case, with the default port filled in."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").rstrip(".").lower(), port or (
        443 if scheme == "https" else 80)


def check_url(url: str) -> None:
    """Raise InsecureUrl unless ``url`` is https://, or http:// to this machine."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureUrl(translate(
            "Sync", "{url} is not a web address. Enter the server's address, starting with "
            "https://, for example https://dav.example.com/.").format(url=repr(url)))
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureUrl(translate(
            "Sync", "Kith only syncs over HTTPS: {host} was given with http://, which "
            "would send your password unencrypted. Use the https:// address of the server."
        ).format(host=parts.hostname))
    if parts.username or parts.password:
        raise InsecureUrl(translate(
            "Sync", "The address holds a user name or password. Remove them from the "
            "address and enter them in their own fields."))


class Http:
    """Requests to one or more servers with the same credentials."""

    def __init__(self, user: str, password: str, timeout: float,
                 home: str | None = None) -> None:
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._authorization = f"Basic {token}"
        self.timeout = timeout
        #: The only origin the credentials go to (None: the first URL asked for).
        self.home = origin(home) if home else None
        self._connections: dict[tuple[str, str, int], http.client.HTTPConnection] = {}
        #: How many HTTP requests were sent (the benchmark reports it).
        self.requests = 0

    def __repr__(self) -> str:  # never show the credentials
        return f"<Http {len(self._connections)} connections>"

    def close(self) -> None:
        for conn in self._connections.values():
            conn.close()
        self._connections.clear()

    def request(
        self, method: str, url: str, body: bytes | None = None,
        headers: dict[str, str] | None = None, *, ok: tuple[int, ...] = (200, 201, 204, 207),
    ) -> Response:
        """Send, following redirects; raise the DavError for any status not in ``ok``."""
        seen = [url]
        for _ in range(MAX_REDIRECTS + 1):
            check_url(url)
            response = self._send(method, url, body, headers or {})
            if response.status not in REDIRECTS:
                break
            target = response.header("Location")
            if not target:
                break
            new = urljoin(url, target)
            if urlsplit(url).scheme == "https" and urlsplit(new).scheme != "https":
                raise InsecureUrl(translate(
                    "Sync", "{host} redirected to an unencrypted http:// address; Kith did "
                    "not follow it. Check the address, or ask the server's administrator."
                ).format(host=_host(url)))
            if origin(new) != origin(url):
                where = urlsplit(new)
                raise InsecureUrl(translate(
                    "Sync", "{host} redirected to another server, {other}; Kith did not "
                    "follow it, so your password went only to the address you entered. If "
                    "that server is yours, add the account with the address {address} "
                    "instead."
                ).format(host=_host(url), other=_host(new),
                         address=f"{where.scheme}://{_host(new)}{where.path or '/'}"))
            if new in seen:
                break
            log.info("%s %s redirected to %s", method, url, new)
            seen.append(new)
            url = new
        else:
            raise BadResponse(translate(
                "Sync", "{host} redirected more than {count} times. Check the address; the "
                "server may be misconfigured.").format(host=_host(seen[0]), count=MAX_REDIRECTS))
        if response.status in REDIRECTS:
            raise BadResponse(translate(
                "Sync", "{host} redirected in a loop. Check the address; the server may be "
                "misconfigured.").format(host=_host(seen[0])))
        if response.status not in ok:
            raise for_status(response.status, method, _host(url), urlsplit(url).path or "/",
                             reason(response.body, response.reason))
        return response

    def _send(self, method: str, url: str, body: bytes | None,
              headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        if self.home is None:
            self.home = origin(url)
        if origin(url) != self.home:
            raise InsecureUrl(translate(
                "Sync", "Kith did not send a request to {host}: the account was added for "
                "another server, and your password goes only there. Check the address of "
                "the account, or add that server as an account of its own."
            ).format(host=_host(url)))
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        all_headers = {"Authorization": self._authorization, "User-Agent": "Kith",
                       **headers}
        if body is not None:
            all_headers.setdefault("Content-Length", str(len(body)))
        host, scheme, port = parts.hostname or "", parts.scheme, parts.port
        # A kept-alive connection the server closed meanwhile fails at once: one retry.
        for attempt in (0, 1):
            conn = self._connection(scheme, host, port)
            fresh = getattr(conn, "sock", None) is None
            watchdog = _Watchdog(conn, REQUEST_DEADLINE)
            try:
                self.requests += 1
                log.debug("%s %s", method, url)
                try:
                    conn.request(method, path, body=body, headers=all_headers)
                except ValueError as exc:  # a header value with a line break, say
                    if isinstance(exc, ssl.SSLError):  # certificate errors are ValueErrors too
                        raise
                    raise BadResponse(translate(
                        "Sync", "Kith did not send a request to {host}: a value the server "
                        "gave earlier (such as a card's version tag) is not valid in a "
                        "request. Sync again; if it keeps failing, tell the server's "
                        "administrator.").format(host=host)) from None
                resp = conn.getresponse()
                data = _read(resp, host)
            except DavError:
                self._drop(scheme, host, port)
                raise
            except Exception as exc:
                self._drop(scheme, host, port)
                if watchdog.fired:
                    raise Unreachable(translate(
                        "Sync", "{host} did not finish answering within {seconds} seconds; "
                        "Kith stopped waiting. Try again later; if it keeps happening, tell "
                        "the server's administrator."
                    ).format(host=host, seconds=f"{REQUEST_DEADLINE:g}")) from None
                if attempt == 0 and not fresh and isinstance(exc, _STALE):
                    continue
                raise self._failure(exc, host) from None
            finally:
                watchdog.cancel()
            if watchdog.fired or resp.will_close:  # the watchdog shut the socket just now
                self._drop(scheme, host, port)
            headers_out = {k.lower(): v for k, v in resp.getheaders()}
            log.debug("%s %s -> %d", method, url, resp.status)
            return Response(resp.status, headers_out, data, url, resp.reason or "")
        raise DavError("unreachable")  # pragma: no cover - the loop returns or raises

    def _failure(self, exc: BaseException, host: str) -> DavError:
        """The DavError for an exchange that failed with ``exc``."""
        if isinstance(exc, ssl.SSLCertVerificationError):
            return TlsError(translate(
                "Sync", "The certificate of {host} could not be verified ({reason}). Check "
                "the address; if the server uses a certificate of its own, add it to the "
                "system's trusted certificates."
            ).format(host=host, reason=exc.verify_message))
        if isinstance(exc, ssl.SSLError):
            return TlsError(translate(
                "Sync", "A secure connection to {host} failed ({reason}). Check the address "
                "and the port; the server may not speak HTTPS there."
            ).format(host=host, reason=exc.reason or exc))
        if isinstance(exc, TimeoutError):
            return Unreachable(translate(
                "Sync", "{host} did not answer within {seconds} seconds. Check the address "
                "and your connection, or try again later."
            ).format(host=host, seconds=f"{self.timeout:g}"))
        if isinstance(exc, OSError | http.client.HTTPException):
            return Unreachable(_unreachable(host, exc))
        raise exc

    def _connection(self, scheme: str, host: str, port: int | None) -> http.client.HTTPConnection:
        key = (scheme, host, port or (443 if scheme == "https" else 80))
        conn = self._connections.get(key)
        if conn is None:
            if scheme == "https":
                conn = http.client.HTTPSConnection(
                    host, key[2], timeout=self.timeout, context=ssl.create_default_context())
            else:
                conn = http.client.HTTPConnection(host, key[2], timeout=self.timeout)
            self._connections[key] = conn
        return conn

    def _drop(self, scheme: str, host: str, port: int | None) -> None:
        key = (scheme, host, port or (443 if scheme == "https" else 80))
        conn = self._connections.pop(key, None)
        if conn is not None:
            conn.close()


_STALE = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError,
          http.client.BadStatusLine)


class _Watchdog:
    """Shuts the connection's socket when a request has run for ``seconds`` in all: a
    server that trickles one byte at a time never trips the per-read timeout."""

    def __init__(self, conn: http.client.HTTPConnection, seconds: float) -> None:
        self.fired = False
        self._conn = conn
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.fired = True
        sock = getattr(self._conn, "sock", None)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self._timer.cancel()


def _read(resp: http.client.HTTPResponse, host: str) -> bytes:
    """The body, read in pieces, refusing more than ``MAX_RESPONSE_BYTES``."""
    too_large = BadResponse(translate(
        "Sync", "{host}'s answer was too large (over {size} MB); Kith stopped reading it. "
        "Check the address; if it is right, tell the server's administrator."
    ).format(host=host, size=MAX_RESPONSE_BYTES // (1024 * 1024)))
    length = (resp.getheader("Content-Length") or "").strip()
    if length.isdigit() and int(length) > MAX_RESPONSE_BYTES:
        raise too_large
    pieces: list[bytes] = []
    size = 0
    while True:
        piece = resp.read(_PIECE)
        if not piece:
            return b"".join(pieces)
        size += len(piece)
        if size > MAX_RESPONSE_BYTES:
            raise too_large
        pieces.append(piece)


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc.rpartition("@")[2] or url


def _unreachable(host: str | None, exc: BaseException) -> str:
    if isinstance(exc, socket.gaierror):
        why = translate("Sync", "the name was not found")
    elif isinstance(exc, ConnectionRefusedError):
        why = translate("Sync", "the connection was refused")
    elif isinstance(exc, ConnectionResetError | http.client.RemoteDisconnected):
        why = translate("Sync", "the connection was closed")
    else:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
    return translate("Sync", "Kith could not reach {host} ({why}). Check the address and your "
                             "connection, then try again.").format(host=host, why=why)
