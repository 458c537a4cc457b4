"""HTTP for the DAV client: one kept-alive connection per server, Basic authentication,
redirects followed safely, and every failure turned into a ``DavError`` for the person.

Standard library only (http.client, ssl): a DAV client needs a handful of methods and
headers, which http.client does without a dependency; ``requests`` would add four
packages for no feature Kith uses.

The credentials go only to addresses that pass ``check_url`` (HTTPS, or plain HTTP to
this machine); a redirect from https:// to http:// is refused. The log names methods and
URLs, never headers.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import logging
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from kith.services.sync.dav_errors import (
    BadResponse,
    DavError,
    InsecureUrl,
    TlsError,
    Unreachable,
    for_status,
)

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes
    url: str  # after redirects

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


def check_url(url: str) -> None:
    """Raise InsecureUrl unless ``url`` is https://, or http:// to this machine."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureUrl(
            f"{url!r} is not a web address. Enter the server's address, starting with "
            "https://, for example https://dav.example.com/."
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureUrl(
            f"Kith only syncs over HTTPS: {parts.hostname} was given with http://, which "
            "would send your password unencrypted. Use the https:// address of the server."
        )
    if parts.username or parts.password:
        raise InsecureUrl(
            "The address holds a user name or password. Remove them from the address and "
            "enter them in their own fields."
        )


class Http:
    """Requests to one or more servers with the same credentials."""

    def __init__(self, user: str, password: str, timeout: float) -> None:
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._authorization = f"Basic {token}"
        self.timeout = timeout
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
                raise InsecureUrl(
                    f"{_host(url)} redirected to an unencrypted http:// address; Kith did "
                    "not follow it. Check the address, or ask the server's administrator."
                )
            if new in seen:
                break
            log.info("%s %s redirected to %s", method, url, new)
            seen.append(new)
            url = new
        else:
            raise BadResponse(
                f"{_host(seen[0])} redirected more than {MAX_REDIRECTS} times. Check the "
                "address; the server may be misconfigured."
            )
        if response.status in REDIRECTS:
            raise BadResponse(
                f"{_host(seen[0])} redirected in a loop. Check the address; the server may "
                "be misconfigured."
            )
        if response.status not in ok:
            raise for_status(response.status, method, _host(url), urlsplit(url).path or "/")
        return response

    def _send(self, method: str, url: str, body: bytes | None,
              headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        all_headers = {"Authorization": self._authorization, "User-Agent": "Kith",
                       **headers}
        if body is not None:
            all_headers.setdefault("Content-Length", str(len(body)))
        # A kept-alive connection the server closed meanwhile fails at once: one retry.
        for attempt in (0, 1):
            conn = self._connection(parts.scheme, parts.hostname or "", parts.port)
            fresh = getattr(conn, "sock", None) is None
            try:
                self.requests += 1
                log.debug("%s %s", method, url)
                conn.request(method, path, body=body, headers=all_headers)
                resp = conn.getresponse()
                data = resp.read()
            except ssl.SSLCertVerificationError as exc:
                self._drop(parts.scheme, parts.hostname or "", parts.port)
                raise TlsError(
                    f"The certificate of {parts.hostname} could not be verified "
                    f"({exc.verify_message}). Check the address; if the server uses a "
                    "certificate of its own, add it to the system's trusted certificates."
                ) from None
            except ssl.SSLError as exc:
                self._drop(parts.scheme, parts.hostname or "", parts.port)
                raise TlsError(
                    f"A secure connection to {parts.hostname} failed ({exc.reason or exc}). "
                    "Check the address and the port; the server may not speak HTTPS there."
                ) from None
            except (http.client.RemoteDisconnected, BrokenPipeError,
                    ConnectionResetError, http.client.BadStatusLine) as exc:
                self._drop(parts.scheme, parts.hostname or "", parts.port)
                if attempt == 0 and not fresh:
                    continue
                raise Unreachable(_unreachable(parts.hostname, exc)) from None
            except TimeoutError:
                self._drop(parts.scheme, parts.hostname or "", parts.port)
                raise Unreachable(
                    f"{parts.hostname} did not answer within {self.timeout:g} seconds. Check "
                    "the address and your connection, or try again later."
                ) from None
            except (OSError, http.client.HTTPException) as exc:
                self._drop(parts.scheme, parts.hostname or "", parts.port)
                raise Unreachable(_unreachable(parts.hostname, exc)) from None
            headers_out = {k.lower(): v for k, v in resp.getheaders()}
            if resp.will_close:
                self._drop(parts.scheme, parts.hostname or "", parts.port)
            log.debug("%s %s -> %d", method, url, resp.status)
            return Response(resp.status, headers_out, data, url)
        raise DavError("unreachable")  # pragma: no cover - the loop returns or raises

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


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc.rpartition("@")[2] or url


def _unreachable(host: str | None, exc: BaseException) -> str:
    if isinstance(exc, socket.gaierror):
        why = "the name was not found"
    elif isinstance(exc, ConnectionRefusedError):
        why = "the connection was refused"
    elif isinstance(exc, ConnectionResetError | http.client.RemoteDisconnected):
        why = "the connection was closed"
    else:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
    return (f"Kith could not reach {host} ({why}). Check the address and your connection, "
            "then try again.")
