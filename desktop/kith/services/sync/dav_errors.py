"""What can go wrong talking to a CardDAV/CalDAV server, each with a message for the person.

Every message says what happened and what to do. None ever holds the password: the
client never formats its credentials, and messages name the server by its host alone.
"""

from __future__ import annotations

from kith.errors import KithError
from kith.i18n import translate


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


class CardRefused(DavError):
    """4xx to one card's PUT or DELETE: the server refused that card (an error of that card,
    not of the account)."""


class TokenInvalid(DavError):
    """The server no longer accepts the sync token: list everything again."""


class NotSupported(DavError):
    """The server does not offer what was asked (sync-collection, MKCALENDAR...)."""


class BadResponse(DavError):
    """An answer that is not what the protocol says (not XML, a redirect loop...)."""


def for_status(status: int, method: str, host: str, path: str, detail: str = "") -> DavError:
    """The error for an HTTP ``status`` to ``method`` on ``path`` at ``host``; ``detail`` is
    the server's own short reason, when it gave one.

    The messages go through ``translate`` (context "Sync"): the window shows them in its
    language; the command line, which installs no translator, keeps them in English.
    """
    if status == 401:
        return AuthFailed(translate(
            "Sync", "{host} refused the user name or password. Check them; some servers "
            "(iCloud, Fastmail, Nextcloud with two-factor login) need an app password."
        ).format(host=host))
    if status == 403:
        return Forbidden(translate(
            "Sync", "{host} does not allow this account to {action} {path}. Check that the "
            "address belongs to this user, or ask the server's administrator."
        ).format(host=host, action=_verb(method), path=path))
    if status == 404:
        return NotFound(translate(
            "Sync", "Nothing was found at {path} on {host}. Check the address; the server "
            "root (https://server/) lets Kith find the address books itself."
        ).format(path=path, host=host))
    if status == 412:
        return PreconditionFailed(translate(
            "Sync", "{path} changed on {host} since Kith last read it; nothing was "
            "overwritten. Sync again to merge the changes."
        ).format(path=path, host=host))
    if status >= 500:
        return ServerError(translate(
            "Sync", "{host} failed (HTTP {status}) on {path}. Try again later; if it keeps "
            "failing, tell the server's administrator."
        ).format(host=host, status=status, path=path))
    if method in ("PUT", "DELETE") and 400 <= status < 500:
        # One card's upload refused: that card's problem, not the address's.
        return CardRefused(translate(
            "Sync", "The server refused this card (HTTP {status}): {reason}. The other cards "
            "were synced; change this one in Kith, or tell the server's administrator if it "
            "keeps happening."
        ).format(status=status, reason=detail or translate("Sync", "no reason given")))
    return DavError(translate(
        "Sync", "{host} answered HTTP {status} to {method} {path}. Check the address; if it "
        "is right, the server may not be a CardDAV server."
    ).format(host=host, status=status, method=method, path=path))


def _verb(method: str) -> str:
    verbs = {
        "GET": translate("Sync", "read"), "PROPFIND": translate("Sync", "read"),
        "REPORT": translate("Sync", "read"), "PUT": translate("Sync", "write"),
        "DELETE": translate("Sync", "delete"),
        "MKCALENDAR": translate("Sync", "create a calendar in"),
        "MKCOL": translate("Sync", "create"),
    }
    return verbs.get(method) or translate("Sync", "use")


def reason(body: bytes, phrase: str = "") -> str:
    """A server's short reason for refusing a request: the first line of its answer when
    that is short plain text (Radicale: "Bad Request"), else the HTTP reason phrase.
    Control characters are dropped; never more than 120 characters."""
    first = ""
    try:
        text = body[:2000].decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    if text and not text.lstrip().startswith("<"):
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    chosen = first or phrase
    return "".join(c for c in chosen if c.isprintable())[:120].rstrip(" .")
