"""What can go wrong talking to a CardDAV/CalDAV server, each with a message for the person.

Every message says what happened and what to do. None ever holds the password: the
client never formats its credentials, and messages name the server by its host alone.
"""

from __future__ import annotations

from kith.errors import KithError


class DavError(KithError):
    """A server could not be used; the message says what to do."""


class InsecureUrl(DavError):
    """Plain http:// to a machine other than this one (or not a web address at all)."""


class Unreachable(DavError):
    """Connection refused or reset, a name that does not resolve, a timeout."""


class TlsError(DavError):
    """The HTTPS connection could not be made safe (certificate, protocol)."""


class AuthFailed(DavError):
    """401: the server refused the user name or password."""


class Forbidden(DavError):
    """403: logged in, but not allowed."""


class NotFound(DavError):
    """404: nothing at that address."""


class PreconditionFailed(DavError):
    """412: the item changed (or appeared) on the server since Kith last read it."""


class ServerError(DavError):
    """5xx: the server failed."""


class TokenInvalid(DavError):
    """The server no longer accepts the sync token: list everything again."""


class NotSupported(DavError):
    """The server does not offer what was asked (sync-collection, MKCALENDAR...)."""


class BadResponse(DavError):
    """An answer that is not what the protocol says (not XML, a redirect loop...)."""


def for_status(status: int, method: str, host: str, path: str) -> DavError:
    """The error for an HTTP ``status`` to ``method`` on ``path`` at ``host``."""
    if status == 401:
        return AuthFailed(
            f"{host} refused the user name or password. Check them; some servers "
            "(iCloud, Fastmail, Nextcloud with two-factor login) need an app password."
        )
    if status == 403:
        return Forbidden(
            f"{host} does not allow this account to {_verb(method)} {path}. Check that the "
            "address belongs to this user, or ask the server's administrator."
        )
    if status == 404:
        return NotFound(
            f"Nothing was found at {path} on {host}. Check the address; the server root "
            "(https://server/) lets Kith find the address books itself."
        )
    if status == 412:
        return PreconditionFailed(
            f"{path} changed on {host} since Kith last read it; nothing was overwritten. "
            "Sync again to merge the changes."
        )
    if status >= 500:
        return ServerError(
            f"{host} failed (HTTP {status}) on {path}. Try again later; if it keeps "
            "failing, tell the server's administrator."
        )
    return DavError(
        f"{host} answered HTTP {status} to {method} {path}. Check the address; if it is "
        "right, the server may not be a CardDAV server."
    )


def _verb(method: str) -> str:
    return {
        "GET": "read", "PROPFIND": "read", "REPORT": "read", "PUT": "write",
        "DELETE": "delete", "MKCALENDAR": "create a calendar in", "MKCOL": "create",
    }.get(method, "use")
