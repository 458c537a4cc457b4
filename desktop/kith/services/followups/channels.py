"""The ways people get in touch, as stored and as shown. Imports nothing: the
command line builds its parser from it without loading the database layer."""

from __future__ import annotations

CHANNELS: dict[str, str] = {
    "email": "E-mail",
    "call": "Call",
    "video": "Video call",
    "meeting": "Meeting / coffee",
    "message": "Message",
    "social": "Social media",
    "event": "Event",
    "letter": "Letter / gift",
    "other": "Other",
}
