"""What the first sync of a new account will do, said before the account is added.

The first sync uploads every contact that is on no server yet to the account's first
address book, and brings the cards of its address books into Kith. A person adding
their phone's account should know that before it happens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kith.i18n import plural, translate
from kith.store.models import Contact, SyncCard


@dataclass(frozen=True)
class FirstSync:
    to_upload: int  # contacts in Kith that go to the first book
    book: str  # the first book's name
    to_download: int  # cards in the chosen books that come into Kith

    def sentence(self) -> str:
        """ "At the first sync, 120 contacts in Kith will be added to Contacts (and the 8
        cards there come into Kith)." """
        added = plural("Sync", "At the first sync, %Ln contact in Kith will be added to "
                               "{book}", "At the first sync, %Ln contacts in Kith will be "
                               "added to {book}", self.to_upload).format(book=self.book)
        there = plural("Sync", "(and the %Ln card there comes into Kith).",
                       "(and the %Ln cards there come into Kith).", self.to_download)
        return translate("Sync", "{added} {there}").format(added=added, there=there)


def unsynced_contacts() -> int:
    """Live contacts linked to no card on any server: what a first sync uploads."""
    linked = SyncCard.select(SyncCard.contact).where(SyncCard.contact.is_null(False))
    return int(Contact.select().where(Contact.deleted_at.is_null(),
                                      Contact.id.not_in(linked)).count())


def first_sync(client: Any, books: Sequence[Any]) -> FirstSync:
    """Count the cards in ``books`` (one listing each) and the contacts to upload."""
    cards = sum(len(client.list_etags(book.url)) for book in books)
    client.take_skipped()  # the sync reports those; here they are only counted out
    return FirstSync(unsynced_contacts(), books[0].name if books else "", cards)
