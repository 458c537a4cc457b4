"""Finding the one contact a person means: by id, e-mail or name."""

from __future__ import annotations

from kith.services.contacts import search
from kith.services.contacts.keys import normalize_email
from kith.services.contacts.rows import conn


def candidates(text: str) -> list[tuple[int, str]]:
    """Contacts that ``text`` (an id, an e-mail or a name) could mean, best first.

    An id or an e-mail that matches, or a name matching exactly (ignoring
    case), wins outright; otherwise every contact whose name contains all the
    words given.
    """
    text = text.strip()
    c = conn()
    if text.isdigit():
        row = c.execute("SELECT id, display_name FROM contact WHERE id = ? AND deleted_at IS NULL",
                        (int(text),)).fetchone()
        if row:
            return [(row[0], row[1])]
    if "@" in text:
        rows = c.execute(
            "SELECT DISTINCT c.id, c.display_name FROM contact_point p JOIN contact c "
            "ON c.id = p.contact_id WHERE p.kind = 'email' AND p.norm = ? "
            "AND c.deleted_at IS NULL ORDER BY c.sort_name", (normalize_email(text),)).fetchall()
        if rows:
            return [(r[0], r[1]) for r in rows]
    exact = c.execute(
        "SELECT id, display_name FROM contact WHERE sort_name = ? AND deleted_at IS NULL "
        "ORDER BY id", (text.casefold(),)).fetchall()
    if exact:
        return [(r[0], r[1]) for r in exact]
    # Otherwise: names that contain every word given ("ana", "silva ana").
    found = search.ids(text)[:200]
    names = dict(c.execute(
        f"SELECT id, display_name FROM contact WHERE id IN ({','.join('?' * len(found))})",
        found).fetchall()) if found else {}
    terms = text.casefold().split()
    return [(i, names[i]) for i in found
            if i in names and all(t in names[i].casefold() for t in terms)][:20]
