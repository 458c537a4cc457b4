"""Preferences > Me: your details, what your card offers, the card as a file or a QR code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith import clock
from kith.i18n import translate
from kith.services.cards import my_card
from kith.services.cards.my_card import MyDetails
from kith.services.ideas import needs
from kith.ui.failures import attempt
from kith.ui.safety import plain_label
from kith.ui.theme import style_hint, style_secondary


class MeTab(QWidget):
    """Your details (saved with the Preferences, or before a card is made from them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        saved = my_card.details()
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label, value in (
            ("name", translate("MeTab", "Name"), saved.name),
            ("email", translate("MeTab", "E-mail"), saved.email),
            ("phone", translate("MeTab", "Phone"), saved.phone),
            ("organization", translate("MeTab", "Organisation"), saved.organization),
            ("title", translate("MeTab", "Job title"), saved.title),
        ):
            edit = QLineEdit(value)
            edit.setAccessibleName(label)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.fields["name"].setPlaceholderText(translate("MeTab", "as people know you"))
        self.items = QListWidget()
        self.items.setAccessibleName(translate("MeTab", "What your card says you offer"))
        self.items.setWordWrap(True)
        self.empty = style_secondary(plain_label(translate(
            "MeTab", "No offers yet. Add what you can help with: your card says it, and "
            "another Kith reads it as an offer from you.")))
        self.empty.setWordWrap(True)
        self.with_needs = QCheckBox(translate("MeTab", "Put my needs on the card too"))
        self.with_needs.setAccessibleName(translate("MeTab", "Put my needs on the card too"))
        self.with_needs.toggled.connect(lambda _on: self.reload())
        change = QPushButton(translate("MeTab", "Change my needs and offers…"))
        change.setAccessibleName(translate("MeTab", "Change my needs and offers"))
        change.clicked.connect(self._change_items)
        self.save_card = QPushButton(translate("MeTab", "Save my card…"))
        self.save_card.setAccessibleName(translate("MeTab", "Save my card"))
        self.save_card.clicked.connect(self._save_card)
        self.show_code = QPushButton(translate("MeTab", "Show QR code"))
        self.show_code.setAccessibleName(translate("MeTab", "Show QR code"))
        self.show_code.clicked.connect(self._show_qr)
        self.status = plain_label()
        self.status.setWordWrap(True)
        hint = style_hint(plain_label(translate(
            "MeTab", "Hand over a card that already says how you can help: a vCard with your "
            "open offers, which other address books keep and another Kith matches.")))
        hint.setWordWrap(True)
        items_row = QHBoxLayout()
        items_row.addWidget(self.with_needs)
        items_row.addStretch(1)
        items_row.addWidget(change)
        card_row = QHBoxLayout()
        card_row.addWidget(self.save_card)
        card_row.addWidget(self.show_code)
        card_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(plain_label(translate("MeTab", "On your card")))
        layout.addWidget(self.empty)
        layout.addWidget(self.items, 1)
        layout.addLayout(items_row)
        layout.addWidget(hint)
        layout.addLayout(card_row)
        layout.addWidget(self.status)
        self.qr_window: QWidget | None = None
        self.reload()

    def details(self) -> MyDetails:
        return MyDetails(**{name: edit.text() for name, edit in self.fields.items()})

    def save(self) -> None:
        """Store the details (nothing is written while every field is empty and was)."""
        mine = self.details()
        if any(vars(mine).values()) or any(vars(my_card.details()).values()):
            my_card.save(mine)

    def reload(self) -> None:
        """The open offers (and needs, when they go on the card), as the card lists them."""
        self.items.clear()
        today = clock.today()
        mine = sorted((i for i in needs.for_me() if i.is_open(today)),
                      key=lambda i: (i.created_on, i.id))
        for item in mine:
            if item.kind == "offer":
                self.items.addItem(translate("MeTab", "Offers: {text}").format(text=item.text))
        if self.with_needs.isChecked():
            for item in mine:
                if item.kind == "need":
                    self.items.addItem(translate("MeTab", "Needs: {text}").format(
                        text=item.text))
        self.empty.setVisible(self.items.count() == 0)

    def _change_items(self) -> None:
        from kith.ui.needs_editor import MyNeedsDialog

        dialog = MyNeedsDialog(self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()

    def card_text(self, keep: bool = True) -> str | None:
        """The card's text, made from the details as typed; None (and a message) if it
        failed. With ``keep`` the details are saved first: a card written to a file is the
        card stored. Only showing it (the QR code) keeps nothing, so Cancel still cancels."""
        def make() -> str:
            if keep:
                self.save()
            return my_card.card_text(my_card.card(self.details(),
                                                  with_needs=self.with_needs.isChecked()))

        done, text = attempt(self, translate("MeTab", "No card made"), make)
        return text if done else None

    def _save_card(self) -> None:
        text = self.card_text()
        if text is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, translate("MeTab", "Save my card"), str(Path.home() / "my-card.vcf"),
            translate("MeTab", "vCard (*.vcf)"))
        if not path:
            return
        target = Path(path)
        if attempt(self, translate("MeTab", "Card not saved"),
                   lambda: my_card.write_card(target, text))[0]:
            self.status.setText(translate("MeTab", "Saved your card to {file}.").format(
                file=str(target)))

    def _show_qr(self) -> None:
        text = self.card_text(keep=False)
        if text is None:
            return
        from kith.ui.qr_view import show_qr

        done, view = attempt(self, translate("MeTab", "No QR code shown"), lambda: show_qr(
            text, self.details().name.strip(), self.window()))
        if done:
            self.qr_window = view
