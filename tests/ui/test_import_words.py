"""The import preview and its result say the same thing in the same words (issue #12):
new / updated / unchanged / duplicates within the files / skipped / failed; a duplicate
says which earlier card it joins; no internal identifiers; every cell's whole text one
hover away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.ui.import_dialog import NO_EVENT, ImportDialog
from kith.vcard.model import CardPoint


def card(name: str, email: str, uid: str = "") -> str:
    uid_line = f"UID:{uid}\r\n" if uid else ""
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\n{uid_line}FN:{name}\r\nEMAIL:{email}\r\n"
            "END:VCARD\r\n")


def test_preview_and_result_use_one_vocabulary(db: Path, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    contacts.create(ContactRecord(display_name="Ana Silva",
                                  points=[CardPoint("email", "ana@acme.com")]))
    contacts.create(ContactRecord(display_name="Uma Uid", uid="urn:uuid:1234-abcd",
                                  points=[CardPoint("email", "uma@x.org")]))
    text = (card("Ana Silva", "ana@acme.com")  # known, nothing new: unchanged
            + card("Uma Uid", "uma@x.org", "urn:uuid:1234-abcd")  # known by identifier
            + card("Bob Ng", "bob@initech.com")  # new (line 12)
            + "".join(card("Bob Ng", "bob@initech.com") for _ in range(14)))
    path = tmp_path / "event.vcf"
    path.write_text(text, encoding="utf-8", newline="")
    dialog = ImportDialog([str(path)])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 17)
    dialog.event_choice.setCurrentIndex(dialog.event_choice.findData(NO_EVENT))
    assert dialog.summary.text() == (
        "17 cards: 1 new, 2 unchanged, 14 duplicates within the files. Choose per person "
        "in the Action column, then Import.")
    model = dialog.model
    # A duplicate names the card it joins; no raw identifier anywhere in the table.
    duplicate = model.index(3, 2)
    assert duplicate.data() == "Duplicate of Bob Ng, line 12"
    assert duplicate.data(Qt.ItemDataRole.ToolTipRole) == "Duplicate of Bob Ng, line 12"
    assert model.index(1, 2).data() == "Uma Uid (same card identifier)"
    cells = [str(model.index(r, c).data()) for r in range(17) for c in range(5)]
    assert not any("urn:uuid" in text or "UID" in text for text in cells)
    assert all(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) ==
               model.index(r, c).data() for r in range(17) for c in (2, 3, 4))

    dialog._commit()
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert dialog.result_text() == (
        "Imported 17 cards: 1 new, 2 unchanged, 14 duplicates within the files. "
        "Undo with Ctrl+Z.")


def test_earlier_events_show_the_locale_date(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtCore import QLocale

    from kith.services.cards import importer

    importer.commit(importer.plan([]), importer.EventSpec("Mixer", dt.date(2026, 2, 28), "Austin"))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dialog = ImportDialog()
        qtbot.addWidget(dialog)
        labels = [dialog.event_choice.itemText(i) for i in range(dialog.event_choice.count())]
        assert "Mixer · 28.02.2026 · Austin" in labels
    finally:
        QLocale.setDefault(before)


def test_what_changes_is_shown_in_the_window_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """The merge's English descriptions (kept in the database) are reworded for the window."""
    from PySide6.QtCore import QCoreApplication

    from kith import i18n
    from kith.ui.import_changes import change_text
    from tests.ui.widget_audit import CLOSE, OPEN, PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    i18n.install(lambda c, t, d, n: QCoreApplication.translate(c, t, d, n))
    try:
        for change, value in (("adds phone +1 512 555 0199", "+1 512 555 0199"),
                              ("adds tag VIP", "VIP"), ("adds a note", ""),
                              ("organisation on the card: Acme (Kith keeps Initech)", "Acme")):
            text = change_text(change)
            assert text.startswith(OPEN) and text.endswith(CLOSE), text
            assert value in text
        assert change_text("adds e-mail ana@x.example") == \
            f"{OPEN}adds {{field}} {{value}}{CLOSE}".replace(
                "{field}", f"{OPEN}e-mail{CLOSE}").replace("{value}", "ana@x.example")
    finally:
        i18n.install(None)
        qapp.removeTranslator(translator)
    assert change_text("adds phone 1") == "adds phone 1"
    assert change_text("something new") == "something new"
