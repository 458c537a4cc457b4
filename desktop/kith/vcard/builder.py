"""Properties of one card -> a Card record."""

from __future__ import annotations

from collections.abc import Callable

from kith.vcard.decode import TextDecoder
from kith.vcard.labels import label_from_ablabel
from kith.vcard.lexer import Params, RawProperty, parse_params
from kith.vcard.model import Card, CardPoint
from kith.vcard.photo import decode_photo
from kith.vcard.values import (
    ADDRESS_PARTS,
    address_text,
    email_value,
    parse_birthday,
    phone_value,
    structured,
    text_list,
    text_value,
)

# Legacy instant-messaging properties, as the IMPP URI scheme they stand for.
_IM_SCHEMES = {
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-JABBER": "xmpp",
    "X-GTALK": "xmpp",
    "X-GOOGLE-TALK": "xmpp",
    "X-MSN": "msnim",
    "X-YAHOO": "ymsgr",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-QQ": "qq",
    "X-SIP": "sip",
    "X-MS-IMADDRESS": "",
}
_ANDROID_NICKNAME = "vnd.android.cursor.item/nickname"
MAX_KITH_ITEMS = 50  # X-KITH-OFFER / X-KITH-NEED kept per card, of each


class CardBuilder:
    """Collects the properties of one card; ``finish()`` gives the Card."""

    def __init__(self, source_file: str, line: int, decoder: TextDecoder) -> None:
        self.card = Card(source_file=source_file, line=line)
        self.problems: list[tuple[int, str]] = []
        self._decoder = decoder
        self._seen: set[str] = set()
        self._grouped: list[tuple[str, CardPoint]] = []
        self._group_labels: dict[str, str] = {}
        self._nicknames: list[str] = []
        self._notes: list[str] = []
        self._labels: list[tuple[str, Params]] = []
        self._categories_seen: set[str] = set()

    def add(self, prop: RawProperty) -> None:
        line, group, name, raw_params, value = prop
        handler = _HANDLERS.get(name)
        if handler is None:
            return
        params = parse_params(raw_params)
        if name == "PHOTO":
            self._photo(line, value, params)
            return
        if name == "ADR" and ";LABEL=" in raw_params.upper():
            value = _value_after_unquoted_label(raw_params, value)
        if not raw_params.isascii():  # a non-ASCII TYPE: decode like undeclared text
            params = parse_params(self._decoder.decode(raw_params, "", ""))
        if params.encoding or not value.isascii():
            value = self._decoder.decode(value, params.encoding, params.charset)
        handler(self, params, value, group, name)

    def finish(self) -> Card:
        card = self.card
        if not card.addresses:
            # LABEL (a formatted address) counts when no ADR gives the address.
            for text, params in self._labels:
                self._point(card.addresses, "address", text, "", params)
        for group, point in self._grouped:
            label = self._group_labels.get(group)
            if label:
                point.label = label
        if self._nicknames:
            card.nickname = ", ".join(dict.fromkeys(self._nicknames))
        if self._notes:
            card.notes = "\n".join(self._notes)
        return card

    # --- names ---------------------------------------------------------------

    def _fn(self, params: Params, text: str, group: str, name: str) -> None:
        if not self.card.formatted_name:
            self.card.formatted_name = text_value(text)

    def _n(self, params: Params, text: str, group: str, name: str) -> None:
        if "N" in self._seen:
            return
        parts = structured(text, 5)
        if any(parts):
            self._seen.add("N")
            card = self.card
            card.family_name, card.given_name, card.additional_names = parts[0:3]
            card.prefix, card.suffix = parts[3], parts[4]

    def _nickname(self, params: Params, text: str, group: str, name: str) -> None:
        self._nicknames.extend(text_list(text))

    def _android_custom(self, params: Params, text: str, group: str, name: str) -> None:
        parts = structured(text, 2)
        if parts[0] == _ANDROID_NICKNAME and parts[1]:
            self._nicknames.append(parts[1])

    # --- work ------------------------------------------------------------------

    def _org(self, params: Params, text: str, group: str, name: str) -> None:
        if "ORG" in self._seen:
            return
        parts = structured(text, 1)
        if any(parts):
            self._seen.add("ORG")
            self.card.organization = parts[0]
            department = ", ".join(p for p in parts[1:] if p)
            if department:
                self.card.department = department

    def _department(self, params: Params, text: str, group: str, name: str) -> None:
        if not self.card.department:
            self.card.department = text_value(text)

    def _title(self, params: Params, text: str, group: str, name: str) -> None:
        if not self.card.title:
            self.card.title = text_value(text)

    # --- other single values ------------------------------------------------------

    def _bday(self, params: Params, text: str, group: str, name: str) -> None:
        if self.card.birthday is not None:
            return
        birthday, raw = parse_birthday(text_value(text))
        if birthday is not None:
            self.card.birthday, self.card.birthday_raw = birthday, None
        elif raw is not None and self.card.birthday_raw is None:
            self.card.birthday_raw = raw

    def _note(self, params: Params, text: str, group: str, name: str) -> None:
        note = text_value(text)
        if note:
            self._notes.append(note)

    def _uid(self, params: Params, text: str, group: str, name: str) -> None:
        if self.card.uid is None:
            self.card.uid = text_value(text) or None

    def _categories(self, params: Params, text: str, group: str, name: str) -> None:
        # A set beside the list: a membership test per item keeps this linear.
        seen = self._categories_seen
        for item in text_list(text):
            if item not in seen:
                seen.add(item)
                self.card.categories.append(item)

    def _kith_item(self, params: Params, text: str, group: str, name: str) -> None:
        # One text per property; the same text twice counts once, and a card carries at
        # most MAX_KITH_ITEMS of each (a hostile card cannot fill anyone's list).
        value = " ".join(text_value(text).split())
        items = self.card.offers if name == "X-KITH-OFFER" else self.card.needs
        key = name + "\0" + value.casefold()
        if value and key not in self._seen and len(items) < MAX_KITH_ITEMS:
            self._seen.add(key)
            items.append(value)

    def _ablabel(self, params: Params, text: str, group: str, name: str) -> None:
        if group:
            label = label_from_ablabel(text_value(text))
            if label:
                self._group_labels[group] = label

    # --- ways to reach the person ---------------------------------------------------

    def _point(self, points: list[CardPoint], kind: str, value: str, group: str,
               params: Params, label: str | None = None,
               extra: dict[str, str] | None = None) -> None:
        key = kind + "\0" + value
        if key in self._seen:
            if params.pref:
                for point in points:
                    if point.value == value:
                        point.preferred = True
            return
        self._seen.add(key)
        point = CardPoint(kind, value, params.label if label is None else label, params.pref, extra)
        points.append(point)
        if group:
            self._grouped.append((group, point))

    def _email(self, params: Params, text: str, group: str, name: str) -> None:
        value = email_value(text_value(text))
        if value:
            self._point(self.card.emails, "email", value, group, params)

    def _tel(self, params: Params, text: str, group: str, name: str) -> None:
        value = phone_value(text_value(text))
        if value:
            self._point(self.card.phones, "phone", value, group, params)

    def _url(self, params: Params, text: str, group: str, name: str) -> None:
        value = text_value(text)
        if value:
            self._point(self.card.urls, "url", value, group, params)

    def _impp(self, params: Params, text: str, group: str, name: str) -> None:
        value = text_value(text)
        if value:
            label = params.service.lower() if params.service else None
            self._point(self.card.ims, "im", value, group, params, label)

    def _legacy_im(self, params: Params, text: str, group: str, name: str) -> None:
        value = text_value(text)
        if not value:
            return
        scheme = _IM_SCHEMES[name]
        if scheme and not value.lower().startswith(scheme + ":"):
            value = f"{scheme}:{value}"
        self._point(self.card.ims, "im", value, group, params)

    def _adr(self, params: Params, text: str, group: str, name: str) -> None:
        parts = structured(text, 7)
        extra = dict(zip(ADDRESS_PARTS, parts, strict=False))
        value = address_text(extra)
        if value:
            self._point(self.card.addresses, "address", value, group, params, extra=extra)

    def _label(self, params: Params, text: str, group: str, name: str) -> None:
        value = text_value(text)
        if value:
            self._labels.append((value, params))

    def _photo(self, line: int, value: str, params: Params) -> None:
        if self.card.photo is not None:
            return
        photo = decode_photo(value, params)
        if photo.problem:
            self.problems.append((line, photo.problem))
        elif photo.data is not None:
            self.card.photo, self.card.photo_mime = photo.data, photo.mime


def _value_after_unquoted_label(raw_params: str, value: str) -> str:
    """ADR;LABEL=a: b:;;street... -- an unquoted LABEL that holds colons (ez-vcard #114).

    The value then starts after the last colon before the first ";" of the
    structured value, which is where the writer put it.
    """
    upper = raw_params.upper()
    label = upper.find(";LABEL=")
    if upper.startswith('"', label + 7) or ";" in raw_params[label + 7 :]:
        return value  # quoted, or followed by another parameter: no colon inside
    whole = raw_params + ":" + value
    first_colon = len(raw_params)
    semi = whole.find(";", first_colon)
    if semi < 0:
        return value
    return whole[whole.rfind(":", first_colon, semi) + 1 :]


_Handler = Callable[[CardBuilder, Params, str, str, str], None]

_HANDLERS: dict[str, _Handler] = {
    "FN": CardBuilder._fn,
    "N": CardBuilder._n,
    "NICKNAME": CardBuilder._nickname,
    "X-ANDROID-CUSTOM": CardBuilder._android_custom,
    "ORG": CardBuilder._org,
    "X-DEPARTMENT": CardBuilder._department,
    "X-KADDRESSBOOK-X-DEPARTMENT": CardBuilder._department,
    "TITLE": CardBuilder._title,
    "BDAY": CardBuilder._bday,
    "NOTE": CardBuilder._note,
    "UID": CardBuilder._uid,
    "CATEGORIES": CardBuilder._categories,
    "X-ABLABEL": CardBuilder._ablabel,
    "X-KITH-OFFER": CardBuilder._kith_item,
    "X-KITH-NEED": CardBuilder._kith_item,
    "EMAIL": CardBuilder._email,
    "TEL": CardBuilder._tel,
    "URL": CardBuilder._url,
    "IMPP": CardBuilder._impp,
    "ADR": CardBuilder._adr,
    "LABEL": CardBuilder._label,
    "PHOTO": lambda builder, params, text, group, name: None,  # handled in add()
    **{name: CardBuilder._legacy_im for name in _IM_SCHEMES},
}
