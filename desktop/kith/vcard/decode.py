"""Bytes to text: BOMs, UTF-16, declared CHARSET, quoted-printable, undeclared 8-bit.

The reader works on the file as a *byte string held in a str*: the bytes are
decoded as latin-1, which maps every byte to the code point of the same value
and never fails. Line splitting, unfolding and the split into name, parameters
and value then run with fast str methods, and each value is turned back into
its bytes (``encode("latin-1")``) and decoded with the charset it declares.
Decoding per value matters: a vCard 2.1 file may mix Shift_JIS, quoted-printable
UTF-8 and plain ASCII, and a fold may split a multi-byte character (the bytes
are only valid once the lines are joined again).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import BinaryIO

UTF8_BOM = b"\xef\xbb\xbf"
_UTF8_BOM_AS_TEXT = UTF8_BOM.decode("latin-1")

# Charsets that real files declare, mapped to the Python codec that decodes
# what those clients actually wrote (Windows code pages are supersets of the
# ISO charsets they claim; Shift_JIS phones use the cp932 extensions).
_CHARSET_ALIASES = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
}

# Candidates for undeclared 8-bit text, given to charset-normalizer. A short
# list keeps its guesses among encodings that address books really use.
_FALLBACK_CANDIDATES = [
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "cp932", "euc_jp", "gb18030", "big5", "cp949", "koi8_r",
]

_SINGLE_BYTE_PREFIXES = ("cp125", "iso8859", "latin", "koi8", "mac")

# Python codecs that turn bytes into str but are no charset: they read escapes
# (and can make lone surrogates), or always fail. A CHARSET naming one of them
# is treated as unknown, like the bytes-to-bytes codecs (hex, zlib, rot13...).
_NOT_CHARSETS = frozenset(
    {"unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined", "charmap"}
)

# How much of a file is looked at up front: for a BOM or the BEGIN:VCARD line
# (the encoding), and as the sample for guessing undeclared 8-bit charsets.
SAMPLE_BYTES = 262_144
CHUNK_BYTES = 1 << 20
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _begin_pattern(unit: str) -> re.Pattern[bytes]:
    """BEGIN:VCARD, any case, each letter written as ``unit`` ("{}\0" is UTF-16-LE)."""
    parts = []
    for ch in "BEGIN:VCARD":
        choices = re.escape(ch.encode()) if not ch.isalpha() else \
            b"[" + ch.encode() + ch.lower().encode() + b"]"
        parts.append(unit.encode().replace(b"{}", choices))
    return re.compile(b"".join(parts))


_BEGIN_8BIT = _begin_pattern("{}")
_BEGIN_LE = _begin_pattern("{}\0")
_BEGIN_BE = _begin_pattern("\0{}")


def no_surrogates(text: str) -> str:
    """``text`` with lone surrogates (which no file or database can store) as U+FFFD."""
    if text.isascii() or _LONE_SURROGATE.search(text) is None:
        return text
    return _LONE_SURROGATE.sub("\ufffd", text)


@lru_cache(maxsize=64)
def codec_for(charset: str) -> str | None:
    """The Python codec name for a declared CHARSET, or None when unknown."""
    name = charset.strip().strip('"').lower()
    if not name:
        return None
    name = _CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # unknown, or not a name at all ("utf\0-8")
        return None
    # Only text encodings are charsets: not hex, zlib, rot13, base64, bz2, uu...
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def _is_single_byte(codec: str) -> bool:
    return codec.startswith(_SINGLE_BYTE_PREFIXES)


class TextSource:
    """A file's bytes as latin-1 "byte string" chunks, read a chunk at a time.

    A UTF-8 BOM at the start is removed (at the start of later lines, where
    exports joined into one file put it, the lexer removes it). UTF-16, with or
    without a BOM, is decoded and re-encoded as UTF-8 so that the rest of the
    reader sees one representation; ``unicode_source`` is then True, and
    declared CHARSET parameters no longer describe the bytes. ``sample`` is the
    head of an 8-bit file, the evidence for guessing undeclared charsets.
    ``blank`` stays True while only ASCII white space has been read.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        head = _read_up_to(stream, SAMPLE_BYTES)
        self.blank = True
        self.unicode_source = False
        self._utf16: str | None = None
        if head.startswith(UTF8_BOM):
            head = head[3:]
            self.unicode_source = True
        else:
            self._utf16 = utf16_codec(head)
            self.unicode_source = self._utf16 is not None
        self._head = head
        self.sample = b"" if self.unicode_source else head

    def chunks(self) -> Iterator[str]:
        """The text, in chunks of about a megabyte."""
        decoder = None
        if self._utf16 is not None:
            decoder = codecs.getincrementaldecoder(self._utf16)(errors="replace")
        first = True
        data = self._head
        self._head = b""
        while data:
            if self.blank and data.strip():
                self.blank = False
            if decoder is None:
                yield data.decode("latin-1")
            else:
                text = decoder.decode(data)
                if first:
                    text = text.lstrip("\ufeff")
                    first = not text
                yield text.encode("utf-8", errors="replace").decode("latin-1")
            data = self._stream.read(CHUNK_BYTES)
        if decoder is not None:
            rest = decoder.decode(b"", final=True)
            if rest:
                yield rest.encode("utf-8", errors="replace").decode("latin-1")


def _read_up_to(stream: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    wanted = size
    while wanted > 0:
        data = stream.read(wanted)
        if not data:
            break
        parts.append(data)
        wanted -= len(data)
    return b"".join(parts)


def bytes_to_text(data: bytes) -> tuple[str, bool]:
    """The whole of ``data`` as a latin-1 "byte string", and whether it was Unicode text.

    (The reader streams with :class:`TextSource`; this is the same for a small file.)
    """
    import io

    source = TextSource(io.BytesIO(data))
    text = "".join(source.chunks())
    if _UTF8_BOM_AS_TEXT in text:  # BOMs at line starts: exports joined with `cat`
        text = text.replace("\n" + _UTF8_BOM_AS_TEXT, "\n")
    return text, source.unicode_source


def utf16_codec(head: bytes) -> str | None:
    """UTF-16 by its BOM, else by how the first BEGIN:VCARD line is written.

    The BEGIN:VCARD line is evidence that the content of a card cannot fake: a
    NOTE full of NUL bytes comes after it. Only a file that holds no
    BEGIN:VCARD in its head falls back to counting NUL bytes.
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    found: list[tuple[int, str]] = []
    match = _BEGIN_8BIT.search(head)
    if match is not None:
        found.append((match.start(), ""))
    for pattern, codec in ((_BEGIN_LE, "utf-16-le"), (_BEGIN_BE, "utf-16-be")):
        for match in pattern.finditer(head):
            if match.start() % 2 == 0:  # UTF-16 code units start at even offsets
                found.append((match.start(), codec))
                break
    if found:
        return min(found)[1] or None
    return _utf16_by_nuls(head[:512])


def _utf16_by_nuls(head: bytes) -> str | None:
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even_nul = head[0 : pairs * 2 : 2].count(0)
    odd_nul = head[1 : pairs * 2 : 2].count(0)
    if odd_nul * 10 >= pairs * 4 and even_nul * 10 < pairs:
        return "utf-16-le"
    if even_nul * 10 >= pairs * 4 and odd_nul * 10 < pairs:
        return "utf-16-be"
    return None


def decode_qp(value: str) -> bytes:
    """Quoted-printable (soft line breaks already joined) to bytes."""
    return binascii.a2b_qp(value.encode("latin-1"))


class TextDecoder:
    """Turns one property value into text, remembering a file-wide fallback charset."""

    def __init__(self, data: bytes, unicode_source: bool) -> None:
        # The raw file (its head) is evidence for guessing a charset only when
        # it is 8-bit text.
        self._data = b"" if unicode_source else data[:SAMPLE_BYTES]
        self._unicode_source = unicode_source
        self._fallback: str | None = None

    def decode(self, value: str, encoding: str, charset: str) -> str:
        """Decode a raw value (latin-1 str) given its ENCODING and CHARSET parameters.

        Every non-ASCII value goes through here, so this is where lone
        surrogates (from charsets like UTF-7) are replaced.
        """
        return no_surrogates(self._decode(value, encoding, charset))

    def _decode(self, value: str, encoding: str, charset: str) -> str:
        if encoding == "QUOTED-PRINTABLE":
            raw = decode_qp(value)
            return self._bytes_to_str(raw, charset, declared_applies=True)
        if encoding in ("B", "BASE64"):
            try:
                raw = base64.b64decode("".join(value.split()), validate=True)
            except (binascii.Error, ValueError):
                raw = value.encode("latin-1")
            return self._bytes_to_str(raw, charset, declared_applies=True)
        if value.isascii():
            return value
        return self._bytes_to_str(
            value.encode("latin-1"), charset, declared_applies=not self._unicode_source
        )

    def _bytes_to_str(self, raw: bytes, charset: str, declared_applies: bool) -> str:
        if raw.isascii():
            return raw.decode("ascii")
        codec = codec_for(charset) if charset and declared_applies else None
        if codec is not None and codec != "utf-8":
            if _is_single_byte(codec) or codec.startswith("utf"):
                # A single-byte charset is often declared over UTF-8 bytes; valid
                # multi-byte UTF-8 almost never occurs in real windows-125x text.
                # (And "UTF-16" over bytes that are plainly UTF-8 is a mislabel.)
                try:
                    return raw.decode("utf-8")
                except UnicodeDecodeError:
                    pass
            try:
                return raw.decode(codec)
            except (UnicodeDecodeError, LookupError, ValueError):
                pass
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        mostly = _mostly_utf8(raw)
        if mostly is not None:
            return mostly
        return self._decode_fallback(raw)

    def _decode_fallback(self, raw: bytes) -> str:
        if self._fallback is None:
            self._fallback = _guess_charset(self._data, raw)
        try:
            return raw.decode(self._fallback)
        except UnicodeDecodeError:
            pass
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (a cut-off sequence): keep the good characters."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if good > bad:
        return text.replace("\ufffd", "")
    return None


def _guess_charset(data: bytes, value: bytes) -> str:
    """Guess the charset of undeclared 8-bit text, from all such lines of the file."""
    sample = b"\n".join(line for line in data[:262_144].split(b"\n") if not line.isascii())
    try:
        sample.decode("utf-8")
        # The raw lines are UTF-8 (or have no 8-bit bytes at all): the bytes to
        # decode came out of quoted-printable, so they are the only evidence.
        sample = value
    except UnicodeDecodeError:
        pass
    try:
        import charset_normalizer

        results = list(charset_normalizer.from_bytes(sample, cp_isolation=_FALLBACK_CANDIDATES))
    except Exception:  # a detector failure must not fail the import
        results = []
    if not results:
        return "cp1250" if _looks_central_european(sample) else "cp1252"
    # Short Latin text often ties (cp1250, cp1252, cp1257 all read "Müller").
    # Among the tied best, prefer the usual order, then look closer at the
    # two that matter most: Western (cp1252) and Central European (cp1250).
    top = min((round(m.chaos, 3), -round(m.coherence, 3)) for m in results)
    tied = {
        str(m.encoding) for m in results if (round(m.chaos, 3), -round(m.coherence, 3)) == top
    }
    pick = next((c for c in _FALLBACK_CANDIDATES if c in tied), str(results[0].encoding))
    if pick == "cp1252" and "cp1250" in tied and _looks_central_european(sample):
        return "cp1250"
    return pick


_VOWELS = frozenset("aeiouyAEIOUYáéíóúàèìòùâêîôûäëïöüÁÉÍÓÚ")


def _looks_central_european(sample: bytes) -> bool:
    """Where cp1252 and cp1250 both fit, which reads like real words?

    A letter in one and a symbol in the other (0xB3 is "³" or "ł") decides
    for the letter. For 0xF1 ("ñ" or "ń"): Spanish ñ stands before a vowel
    (Señor, España), Polish ń before a consonant or at the end (Iksiński).
    """
    try:
        western = sample.decode("cp1252")
    except UnicodeDecodeError:
        return True
    central = sample.decode("cp1250", errors="replace")
    score = 0
    for i, (w, c) in enumerate(zip(western, central, strict=False)):
        if w == c:
            continue
        if w.isalpha() != c.isalpha():
            score += 1 if c.isalpha() else -1
        elif w in "ñÑ":
            following = western[i + 1 : i + 2]
            score += -1 if following and following in _VOWELS else 1
    return score > 0
