"""Make an introduction: a double opt-in e-mail to each person, editable.

"Ask NAME first" sends the first person's e-mail and starts the pipeline
(``kith.services.ideas.pipeline``: asked, with a follow-up on them); the next steps are
taken in the Introductions dialog (``intros_view``). "Record introduction" records one
already made, without the steps before it.
"""

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
from kith.i18n import translate
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
        super().__init__(translate("IntroductionDialog", "To {name}").format(name=name), parent)
        address, subject, body = split_mailto(url)
        self.address = QLineEdit(address)
        self.address.setPlaceholderText(translate("IntroductionDialog", "their e-mail address"))
        self.address.setAccessibleName(
            translate("IntroductionDialog", "E-mail address of {name}").format(name=name))
        self.subject = QLineEdit(subject)
        self.subject.setAccessibleName(
            translate("IntroductionDialog", "Subject of the e-mail to {name}").format(name=name))
        self.body = QPlainTextEdit(body)
        self.body.setAccessibleName(
            translate("IntroductionDialog", "E-mail to {name}").format(name=name))
        self.body.setTabChangesFocus(True)
        self.open_button = QPushButton(translate("IntroductionDialog", "Open in my e-mail app"))
        self.open_button.setAccessibleName(
            translate("IntroductionDialog", "Open the e-mail to {name}").format(name=name))
        self.open_button.clicked.connect(self.open_mail)
        form = QFormLayout(self)
        form.addRow(translate("IntroductionDialog", "To"), self.address)
        form.addRow(translate("IntroductionDialog", "Subject"), self.subject)
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
    introduced(int): the introduction was started (asked) or recorded (its id).
    """

    introduced = Signal(int)

    def __init__(self, a_id: int, b_id: int, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.a_id, self.b_id = a_id, b_id
        a, b = read_record(a_id), read_record(b_id)
        names = {a_id: a.display_name if a else "?", b_id: b.display_name if b else "?"}
        self.setWindowTitle(translate("IntroductionDialog", "Introduce {a} and {b}").format(
            a=names[a_id], b=names[b_id]))
        self.reason = QLineEdit(reason)
        self.reason.setAccessibleName(translate("IntroductionDialog", "Why you introduce them"))
        drafts = prompts.introduction_draft(a_id, b_id, reason)
        self.drafts = {cid: Draft(names[cid], url) for cid, url in drafts.items()}
        from kith.services.ideas.introductions import pair_match

        found = pair_match(a_id, b_id)
        # The matcher's reason: a hint for the user here, never in the e-mails.
        self.hint = plain_label(translate("IntroductionDialog", "Kith matched them on: {why}")
                                .format(why=found.why) if found is not None else "")
        self.hint.setVisible(found is not None)
        self.hint.setEnabled(False)
        info = plain_label(translate(
            "IntroductionDialog",
            "Ask each of them first (double opt-in). Edit the e-mails, then ask {a} first: "
            "Kith opens the e-mail to them, puts each step on both timelines and reminds "
            "you to follow up until it is done. People > Introductions takes it from there. "
            "Already introduced them? Record the introduction.").format(a=names[a_id]))
        info.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ask = translate("IntroductionDialog", "Ask {name} first").format(name=names[a_id])
        self.ask_button = buttons.addButton(ask, QDialogButtonBox.ButtonRole.ActionRole)
        self.ask_button.setAccessibleName(ask)
        self.ask_button.setDefault(True)
        self.ask_button.clicked.connect(self.ask_first)
        self.record_button = buttons.addButton(
            translate("IntroductionDialog", "Record introduction"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setAccessibleName(translate("IntroductionDialog", "Record introduction"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("IntroductionDialog", "Cancel"))
        cancel.setAccessibleName(translate("IntroductionDialog", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.hint)
        form = QFormLayout()
        form.addRow(translate("IntroductionDialog", "Why"), self.reason)
        layout.addLayout(form)
        for draft in self.drafts.values():
            layout.addWidget(draft)
        layout.addWidget(buttons)
        self.resize(640, 640)

    def ask_first(self) -> None:
        """Start the pipeline ("asked", with its follow-up), then send the first e-mail."""
        from kith.services.ideas import pipeline
        from kith.ui.failures import attempt

        reason = self.reason.text()
        done, intro = attempt(self, translate("IntroductionDialog", "Introduction not started"),
                              lambda: pipeline.start(self.a_id, self.b_id, reason,
                                                     clock.today()))
        if not done or intro is None:
            return
        self.drafts[self.a_id].open_mail()
        self.introduced.emit(intro)
        super().accept()

    def accept(self) -> None:
        from kith.ui.failures import attempt

        reason = self.reason.text()
        done, intro = attempt(self, translate("IntroductionDialog", "Introduction not recorded"),
                              lambda: prompts.record_introduction(self.a_id, self.b_id, reason,
                                                                  clock.today()))
        if not done:
            return
        self.introduced.emit(intro)
        super().accept()
