"""PHOTO values: inline base64 (2.1, 3.0), ``data:`` URIs (4.0), URIs (never fetched)."""

from __future__ import annotations

import binascii
import re
from typing import NamedTuple

from kith.vcard.lexer import Params

_SHORT_TYPES = {
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "pjpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tiff": "image/tiff",
    "webp": "image/webp",
    "heic": "image/heic",
}
_URI_SCHEMES = ("http:", "https:", "ftp:", "file:", "cid:", "urn:")


class Photo(NamedTuple):
    data: bytes | None
    mime: str | None
    problem: str  # "" when nothing went wrong


NO_PHOTO = Photo(None, None, "")


def sniff_mime(data: bytes) -> str | None:
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


# A media type as RFC 6838 names them: type/subtype of restricted token characters.
# Nothing else is kept: a CR, ";", "," or ":" in it would break the card on export.
_NAME = r"[a-z0-9][a-z0-9!#$&^_.+-]{0,126}"
_MEDIA_TYPE = re.compile(f"{_NAME}/{_NAME}")
_SUBTYPE = re.compile(_NAME)


def media_type(mime: str | None) -> str | None:
    """``mime`` when it is a well-formed ``type/subtype`` (lower case), else None."""
    if not mime:
        return None
    mime = mime.strip().lower()
    return mime if _MEDIA_TYPE.fullmatch(mime) is not None else None


def normalize_mime(mime: str) -> str | None:
    mime = mime.strip().lower()
    if not mime:
        return None
    if "/" in mime:
        return "image/jpeg" if mime == "image/jpg" else media_type(mime)
    if _SUBTYPE.fullmatch(mime) is None:
        return None
    return _SHORT_TYPES.get(mime, f"image/{mime}")


def _declared_mime(params: Params) -> str | None:
    if params.media:
        return normalize_mime(params.media)
    for one in params.types:
        if "/" in one or one in _SHORT_TYPES:
            return normalize_mime(one)
    for one in params.types:
        if one not in ("home", "work", "pref"):
            return normalize_mime(one)
    return None


def _b64(text: str) -> bytes | None:
    if " " in text or "\t" in text or "\n" in text or "\r" in text:
        text = "".join(text.split())
    try:
        return binascii.a2b_base64(text, strict_mode=True)
    except (binascii.Error, ValueError):
        return None


def decode_photo(value: str, params: Params) -> Photo:
    """Decode one PHOTO value; URIs and empty values give no photo and no problem."""
    value = value.strip()
    if not value:
        return NO_PHOTO
    if value[:5].lower() == "data:":
        return _data_uri(value.replace("\\,", ","))
    if params.value_type in ("uri", "url") or value[:6].lower().startswith(_URI_SCHEMES):
        return NO_PHOTO
    if params.encoding not in ("B", "BASE64") and len(value) < 64:
        return NO_PHOTO
    data = _b64(value)
    if data is None:
        if params.encoding not in ("B", "BASE64"):
            return NO_PHOTO  # some text that is not base64 and does not claim to be
        return Photo(None, None, "photo dropped: its base64 data is damaged")
    if not data:
        return NO_PHOTO
    return Photo(data, _declared_mime(params) or sniff_mime(data), "")


def _data_uri(value: str) -> Photo:
    header, comma, payload = value[5:].partition(",")
    if not comma:
        return Photo(None, None, "photo dropped: its data: URI has no data")
    fields = [f.strip() for f in header.split(";")]
    is_base64 = any(f.lower() == "base64" for f in fields[1:])
    if is_base64:
        data = _b64(payload)
        if data is None:
            return Photo(None, None, "photo dropped: its base64 data is damaged")
    else:
        from urllib.parse import unquote_to_bytes  # rare: a percent-encoded photo

        data = unquote_to_bytes(payload)
    if not data:
        return NO_PHOTO
    return Photo(data, normalize_mime(fields[0]) or sniff_mime(data), "")
