"""What a reading is: the ``Mention``s a text seeks or provides, and the ``Reading`` of a text.

Plain data shared by the reader (which makes readings), ``kept`` (which stores
them) and the matcher (which compares them); no logic beyond picking a side.
"""

from __future__ import annotations

from dataclasses import dataclass

SEEK, PROVIDE = "S", "P"


@dataclass(frozen=True)
class Mention:
    """One thing a text seeks or provides."""

    key: str  # "f:plumbing", "a:photograph", "t:boat builder", "g:bike", "job:software", ...
    side: str  # SEEK or PROVIDE
    how: str  # role | service | goods | job | place | learn | problem | scope
    written: str  # the words as written ("a heating engineer", "fix an old sailing boat")
    generic: bool = False  # met only when both texts share what is worked on
    hire: bool = False  # sought by hiring / provided by someone looking for work
    said: str = ""  # the clause that says it, as written


@dataclass(frozen=True, eq=False)  # one per text and kind (cached): identity is enough
class Reading:
    """A need or an offer as read: what it seeks and provides, its facets and topic words."""

    text: str
    kind: str
    mentions: tuple[Mention, ...]
    facets: tuple[tuple[str, frozenset[str]], ...]
    domain: frozenset[str]

    def _on(self, side: str) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.side == side)

    @property
    def seeks(self) -> tuple[Mention, ...]:
        return self._on(SEEK)

    @property
    def provides(self) -> tuple[Mention, ...]:
        return self._on(PROVIDE)
