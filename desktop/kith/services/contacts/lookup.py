"""Finding the one contact a person means: by id, e-mail or name."""

from __future__ import annotations

from kith.services.contacts import search
from kith.services.contacts.keys import normalize_email
from kith.store.models import Contact, ContactPoint


def candidates(text: str) -> list[tuple[int, str]]:
    """Contacts that ``text`` (an id, an e-mail or a name) could mean, best first.

    An id or an e-mail that matches, or a name matching exactly (ignoring
    case), wins outright; otherwise every contact whose name contains all the
    words given.
    """
    text = text.strip()
    live = Contact.deleted_at.is_null()
    named = Contact.select(Contact.id, Contact.display_name)
    if text.isdigit() and len(text) < 19:  # SQLite's ids fit in 63 bits
        found = named.where(Contact.id == int(text), live).tuples().first()
        if found:
            return [found]
    if "@" in text:
        by_email = list(named.join(ContactPoint).where(
            ContactPoint.kind == "email", ContactPoint.norm == normalize_email(text), live)
            .distinct().order_by(Contact.sort_name).tuples())
        if by_email:
            return by_email
    exact = list(named.where(Contact.sort_name == text.casefold(), live)
                 .order_by(Contact.id).tuples())
    if exact:
        return exact
    # Otherwise: names that contain every word given ("ana", "silva ana").
    found_ids = search.ids(text)[:200]
    names = dict(named.where(Contact.id.in_(found_ids)).tuples()) if found_ids else {}
    terms = text.casefold().split()
    return [(i, names[i]) for i in found_ids
            if i in names and all(t in names[i].casefold() for t in terms)][:20]
