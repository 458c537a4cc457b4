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
from functools import lru_cache

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


@lru_cache(maxsize=64)
def codec_for(charset: str) -> str | None:
    """The Python codec name for a declared CHARSET, or None when unknown."""
    name = charset.strip().strip('"').lower()
    if not name:
        return None
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):  # unknown, or not a name at all ("utf\0-8")
        return None


def _is_single_byte(codec: str) -> bool:
    return codec.startswith(_SINGLE_BYTE_PREFIXES)


def bytes_to_text(data: bytes) -> tuple[str, bool]:
    """The file as a latin-1 "byte string", and whether it was Unicode text already.

    A UTF-8 BOM is removed, also at the start of later lines, where exports
    joined into one file put it (a U+FEFF inside a value stays). UTF-16, with
    or without a BOM, is decoded and re-encoded as UTF-8 so that the rest of
    the reader sees one representation; the second value is then True, and
    declared CHARSET parameters no longer describe the bytes.
    """
    unicode_source = False
    if data.startswith(UTF8_BOM):
        data = data[3:]
        unicode_source = True
    else:
        utf16 = _utf16_codec(data)
        if utf16 is not None:
            text = data.decode(utf16, errors="replace").lstrip("\ufeff")
            data = text.replace("\n\ufeff", "\n").encode("utf-8", errors="replace")
            unicode_source = True
    text = data.decode("latin-1")
    if _UTF8_BOM_AS_TEXT in text:  # BOMs at line starts: exports joined with `cat`
        text = text.replace("\n" + _UTF8_BOM_AS_TEXT, "\n")
    return text, unicode_source


def _utf16_codec(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:512]
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
        # The raw file is evidence for guessing a charset only when it is 8-bit text.
        self._data = b"" if unicode_source else data
        self._unicode_source = unicode_source
        self._fallback: str | None = None

    def decode(self, value: str, encoding: str, charset: str) -> str:
        """Decode a raw value (latin-1 str) given its ENCODING and CHARSET parameters."""
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
            except UnicodeDecodeError:
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
