"""vCard bytes <-> Card records (the format and vobject stay behind this package)."""

from kith.vcard.model import Card, CardPoint, ParseResult, Problem

__all__ = ["Card", "CardPoint", "ParseResult", "Problem"]
