"""The top of a person's page: avatar, name, job line, how to reach them, next follow-up.

Typography as in Apple Contacts and GNOME Contacts: the name large and
semi-bold, the organisation and title under it in the secondary colour, then
the first e-mail and phone, then the next follow-up and the best idea.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kith.ui.avatar import HEADER_SIZE, AvatarButton
from kith.ui.safety import plain_label
from kith.ui.theme import style_secondary, style_title


class PersonHeader(QWidget):
    """Shows a person; the avatar button's ``photoRequested`` asks for a new photo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.avatar = AvatarButton(HEADER_SIZE)
        self.name = style_title(plain_label())
        self.name.setObjectName("heading")
        self.name.setWordWrap(True)
        self.job = style_secondary(plain_label())
        self.job.setObjectName("subheading")
        self.job.setWordWrap(True)
        self.reach = style_secondary(plain_label())
        self.reach.setObjectName("reach")
        self.hint = plain_label()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addStretch(1)
        for label in (self.name, self.job, self.reach):
            text.addWidget(label)
        text.addSpacing(4)
        text.addWidget(self.hint)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(16)
        layout.addWidget(self.avatar)
        layout.addLayout(text, 1)

    def show_person(self, key: object, name: str, job: str, reach: str,
                    photo: bytes | None) -> None:
        self.name.setText(name)
        self.avatar.show_person(key, name, photo)
        for label, value in ((self.job, job), (self.reach, reach)):
            label.setText(value)
            label.setVisible(bool(value))

    def show_hint(self, lines: list[str]) -> None:
        self.hint.setText("\n".join(lines))
        self.hint.setVisible(bool(lines))

