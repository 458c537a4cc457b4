"""Make an introduction: a double opt-in e-mail to each person, editable, then recorded."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith import clock
from kith.services.contacts.rows import read_record
from kith.services.ideas import prompts
from kith.ui.safety import mail_link, plain_label


def split_mailto(url: str) -> tuple[str, str, str]:
    """(address, subject, body) of a mailto: URL."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    body = query.get("body", [""])[0].replace("\r\n", "\n")
    return unquote(parts.path), query.get("subject", [""])[0], body


class Draft(QGroupBox):
    def __init__(self, name: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(f"To {name}", parent)
        address, subject, body = split_mailto(url)
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("their e-mail address")
        self.subject = QLineEdit(subject)
        self.body = QPlainTextEdit(body)
        self.body.setTabChangesFocus(True)
        self.open_button = QPushButton("Open in my e-mail app")
        self.open_button.clicked.connect(self.open_mail)
        form = QFormLayout(self)
        form.addRow("To", self.address)
        form.addRow("Subject", self.subject)
        form.addRow(self.body)
        form.addRow(self.open_button)

    def url(self) -> QUrl | None:
        """The e-mail as edited, or None if the address cannot be one."""
        return mail_link(self.address.text(), self.subject.text(), self.body.toPlainText())

    def open_mail(self) -> bool:
        url = self.url()
        return url is not None and bool(QDesktopServices.openUrl(url))


class IntroductionDialog(QDialog):
    """Signals:
    introduced(int): the introduction was recorded (its id).
    """

    introduced = Signal(int)

    def __init__(self, a_id: int, b_id: int, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.a_id, self.b_id = a_id, b_id
        a, b = read_record(a_id), read_record(b_id)
        names = {a_id: a.display_name if a else "?", b_id: b.display_name if b else "?"}
        self.setWindowTitle(f"Introduce {names[a_id]} and {names[b_id]}")
        self.reason = QLineEdit(reason)
        drafts = prompts.introduction_draft(a_id, b_id, reason)
        self.drafts = {cid: Draft(names[cid], url) for cid, url in drafts.items()}
        info = plain_label(
            "Ask each of them first (double opt-in). Edit the e-mails, open them in your "
            "e-mail app to send, then record the introduction: Kith logs it on both timelines "
            "and reminds you in a week to ask how it went.")
        info.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton("Record introduction",
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        form = QFormLayout()
        form.addRow("Why", self.reason)
        layout.addLayout(form)
        for draft in self.drafts.values():
            layout.addWidget(draft)
        layout.addWidget(buttons)
        self.resize(640, 640)

    def accept(self) -> None:
        from kith.ui.failures import attempt

        reason = self.reason.text()
        done, intro = attempt(self, "Introduction not recorded",
                              lambda: prompts.record_introduction(self.a_id, self.b_id, reason,
                                                                  clock.today()))
        if not done:
            return
        self.introduced.emit(intro)
        super().accept()
