"""vCard bytes <-> Card records.

Everything that knows about the vCard format lives in this package. The rest
of Kith sees only the plain dataclasses in ``kith.vcard.model`` and the
functions re-exported here:

- ``iter_cards(data, filename)``: each Card as it is read, and Problem records
  (skipped lines, dropped photos, skipped cards), in file order; never raises.
- ``read_bytes(data, filename)``: the same, collected into a ParseResult.
- ``write_cards(cards, version="3.0")``: vCard 3.0 or 4.0 text.
- ``normalize_phone`` / ``normalize_email``: keys for duplicate matching.

Modules: ``decode`` (bytes, charsets, quoted-printable), ``lexer`` (lines,
unfolding, parameters), ``values`` (escapes, dates, addresses), ``labels``,
``photo``, ``builder`` (properties -> Card), ``reader``, ``writer``,
``normalize``. Nothing here imports Qt, the database or vobject.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from kith.vcard.model import Card, CardPoint, ParseResult, Problem

if TYPE_CHECKING:
    from kith.vcard.normalize import normalize_email, normalize_phone
    from kith.vcard.reader import iter_cards, read_bytes
    from kith.vcard.values import address_text
    from kith.vcard.writer import write_cards

# The reader and writer load on first use (PEP 562): start-up and the command
# line only pay for the small record types in ``model``.
_LAZY = {
    "normalize_email": "normalize", "normalize_phone": "normalize", "iter_cards": "reader",
    "read_bytes": "reader", "address_text": "values", "write_cards": "writer",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"kith.vcard.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'kith.vcard' has no attribute {name!r}")

__all__ = [
    "Card",
    "CardPoint",
    "ParseResult",
    "Problem",
    "address_text",
    "iter_cards",
    "normalize_email",
    "normalize_phone",
    "read_bytes",
    "write_cards",
]
