"""Your own card: your details, and a vCard that says how you can help.

The details live in one row of ``my_card`` (schema 11) with a UID that stays
with the card, so that someone who imports it twice has one of you. The card is
vCard 4.0 from Kith's own writer, with your open offers in ``X-KITH-OFFER``
and, if you choose, your open needs in ``X-KITH-NEED`` (other clients ignore
them and keep the rest). The same text goes into a QR code (``segno``) that a
phone camera reads as a contact.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from kith import clock
from kith.errors import Invalid
from kith.i18n import translate
from kith.private_files import write_private, write_private_text
from kith.services.contacts.records import clean_text
from kith.services.ideas import needs
from kith.store.database import database
from kith.store.models import MyCard
from kith.vcard.builder import MAX_KITH_ITEMS
from kith.vcard.model import Card, CardPoint
from kith.vcard.writer import write_cards

if TYPE_CHECKING:
    from segno import QRCode

MAX_FIELD = 200
QR_FORMATS = (".png", ".svg")
_ROW = 1


@dataclass
class MyDetails:
    """What your card says about you."""

    name: str = ""
    email: str = ""
    phone: str = ""
    organization: str = ""
    title: str = ""

    def cleaned(self) -> MyDetails:
        out = MyDetails(**{f.name: clean_text(getattr(self, f.name)) for f in fields(self)})
        for f in fields(out):
            if len(getattr(out, f.name)) > MAX_FIELD:
                raise Invalid(translate("MyCard", "Keep each detail under {most} characters.")
                              .format(most=MAX_FIELD))
        if out.email and ("@" not in out.email or " " in out.email):
            raise Invalid(translate("MyCard", "{email} is not an e-mail address; write it as "
                                    "name@example.com.").format(email=out.email))
        return out


def details() -> MyDetails:
    """Your details as saved (all empty before the first save)."""
    row = MyCard.get_or_none(MyCard.id == _ROW)
    if row is None:
        return MyDetails()
    return MyDetails(row.name, row.email, row.phone, row.organization, row.title)


def save(new: MyDetails) -> MyDetails:
    """Store ``new`` (cleaned) as your details; raises ``Invalid`` for a bad e-mail."""
    cleaned = new.cleaned()
    stamp = str(clock.now().replace(microsecond=0))
    with database.atomic():
        if MyCard.get_or_none(MyCard.id == _ROW) is None:
            MyCard.insert(id=_ROW, uid=f"urn:uuid:{uuid.uuid4()}", updated_at=stamp,
                          **asdict(cleaned)).execute()
        else:
            MyCard.update(updated_at=stamp, **asdict(cleaned)).where(MyCard.id == _ROW).execute()
    return cleaned


def _uid() -> str | None:
    found = MyCard.select(MyCard.uid).where(MyCard.id == _ROW).scalar()
    return str(found) if found else None


def card(mine: MyDetails | None = None, with_needs: bool = False,
         today: dt.date | None = None) -> Card:
    """Your card: ``mine`` (default: as saved), your open offers and, with
    ``with_needs``, your open needs (the newest ``MAX_KITH_ITEMS`` of each, as many as an
    import keeps). Raises ``Invalid`` when there is no name."""
    mine = (mine or details()).cleaned()
    if not mine.name:
        raise Invalid(translate("MyCard", "Your card has no name yet. Add it in Preferences > "
                                "Me, or: kith me --name 'Your Name'."))
    today = today or clock.today()
    words = mine.name.split()
    out = Card(uid=_uid(), formatted_name=mine.name,
               given_name=" ".join(words[:-1]) if len(words) > 1 else mine.name,
               family_name=words[-1] if len(words) > 1 else "",
               organization=mine.organization, title=mine.title)
    if mine.email:
        out.emails.append(CardPoint("email", mine.email))
    if mine.phone:
        out.phones.append(CardPoint("phone", mine.phone))
    items = [i for i in needs.for_me() if i.is_open(today)]
    items.sort(key=lambda i: (i.created_on, i.id))
    # No more than an importing Kith keeps of each (the newest): a card says all it says.
    out.offers = [i.text for i in items if i.kind == "offer"][-MAX_KITH_ITEMS:]
    if with_needs:
        out.needs = [i.text for i in items if i.kind == "need"][-MAX_KITH_ITEMS:]
    return out


def card_text(the_card: Card) -> str:
    """The card as vCard 4.0 text (CRLF lines), as written to a file and into the QR code."""
    return write_cards([the_card], "4.0")


def qr_code(text: str) -> QRCode:
    """A QR code of ``text`` (UTF-8 bytes; at least error level L, raised when it fits
    in the same size). Raises ``Invalid`` when the card is too long for a QR code."""
    import segno
    from segno import DataOverflowError

    data = text.encode("utf-8")
    try:
        return segno.make_qr(data, error="l", boost_error=True)
    except DataOverflowError:
        raise Invalid(translate("MyCard", "Your card is too long for a QR code ({size} bytes; "
                                "at most 2,953). Shorten your offers or leave out your needs.")
                      .format(size=f"{len(data):,}")) from None


def qr_bytes(text: str, kind: str, scale: int = 10) -> bytes:
    """The QR code of ``text`` as a PNG or SVG file (``kind`` "png" or "svg"), black on white
    with the four-module quiet zone that readers need."""
    import io

    buffer = io.BytesIO()
    qr_code(text).save(buffer, kind=kind, scale=scale, border=4, dark="#000", light="#fff")
    return buffer.getvalue()


def write_card(target: Path, text: str) -> None:
    """Write the card's text to ``target`` (0600; raises OSError)."""
    write_private_text(target, text)


def write_qr(target: Path, text: str) -> None:
    """Write the card's QR code to ``target``, PNG or SVG by its suffix (0600).

    Raises ``Invalid`` for another suffix or a card too long for a QR code, OSError."""
    suffix = target.suffix.lower()
    if suffix not in QR_FORMATS:
        raise Invalid(translate("MyCard", "Name the QR code file .png or .svg (not {name}).")
                      .format(name=target.name))
    write_private(target, qr_bytes(text, suffix[1:]))
