"""Preferences > Me: your details, your card saved and shown as a QR code (issue #13)."""

from __future__ import annotations

import stat
from pathlib import Path

import vobject
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QPushButton, QTabWidget

from kith import clock
from kith.services.cards import importer, my_card
from kith.services.ideas import needs
from kith.settings import Settings
from kith.ui.needs_editor import NeedsEditor
from kith.ui.preferences import PreferencesDialog
from kith.ui.qr_view import QrView


def dialog_for(qtbot, tmp_path: Path) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Settings(tmp_path / "settings.json"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def button(widget, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
    (found,) = [b for b in widget.findChildren(QPushButton) if b.accessibleName() == name]
    return found


def test_preferences_are_tabs_and_me_saves_the_details(db: Path, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, tmp_path)
    tabs = dialog.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "General", "Language and sorting", "Circles", "Me"]
    # the controls that were there stay, under their names
    assert dialog.close_to_tray.isVisibleTo(dialog) or tabs.currentIndex() == 0
    for control in (dialog.notify_at, dialog.language, dialog.sort_by, dialog.table):
        assert control.accessibleName()
    tabs.setCurrentIndex(3)
    fields = dialog.me.fields
    assert [f.accessibleName() for f in fields.values()] == [
        "Name", "E-mail", "Phone", "Organisation", "Job title"]
    qtbot.keyClicks(fields["name"], "Ana Silva")
    qtbot.keyClicks(fields["email"], "ana@example.com")
    qtbot.keyClicks(fields["organization"], "Acme")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert my_card.details() == my_card.MyDetails("Ana Silva", "ana@example.com", "", "Acme", "")
    again = dialog_for(qtbot, tmp_path)
    assert again.me.fields["name"].text() == "Ana Silva"


def test_me_shows_the_offers_saves_the_card_and_shows_the_qr(db: Path, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    today = clock.today()
    needs.add(None, "offer", "tax advice for small shops", today)
    needs.add(None, "need", "a flat in Lisbon", today)
    dialog = dialog_for(qtbot, tmp_path)
    me = dialog.me
    dialog.findChild(QTabWidget).setCurrentIndex(3)
    shown = [me.items.item(i).text() for i in range(me.items.count())]
    assert shown == ["Offers: tax advice for small shops"]
    me.with_needs.setChecked(True)
    shown = [me.items.item(i).text() for i in range(me.items.count())]
    assert shown == ["Offers: tax advice for small shops", "Needs: a flat in Lisbon"]
    me.with_needs.setChecked(False)

    # no name yet: the card is refused with a message, nothing is written
    target = tmp_path / "card.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert me.card_text() is None
    qtbot.waitUntil(lambda: any(w.isVisible() and "no name" in getattr(w, "text", str)()
                                for w in QApplication.topLevelWidgets()))
    for box in QApplication.topLevelWidgets():
        if box.isVisible() and box is not dialog and box.windowTitle() == "No card made":
            box.close()

    qtbot.keyClicks(me.fields["name"], "Ana Silva")
    qtbot.mouseClick(button(me, "Save my card"), Qt.MouseButton.LeftButton)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    card = vobject.readOne(target.read_text(encoding="utf-8"))
    assert card.fn.value == "Ana Silva"
    assert [o.value for o in card.contents["x-kith-offer"]] == ["tax advice for small shops"]
    assert me.status.text() == f"Saved your card to {target}."
    assert my_card.details().name == "Ana Silva"  # the card made is the card stored

    qtbot.mouseClick(button(me, "Show QR code"), Qt.MouseButton.LeftButton)
    view = me.qr_window
    assert isinstance(view, QrView)
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.size() == view.screen().size())
    assert view.isFullScreen() and view.accessibleName() == "QR code of your card"
    assert view.windowFlags() & Qt.WindowType.FramelessWindowHint
    image = view.grab().toImage()
    assert image.pixelColor(2, 2).name() == "#ffffff"  # white, whatever the theme
    assert view.module_size() * view.code.width() >= 0.6 * min(view.width(), view.height())
    found = zxingcpp.read_barcode(image.convertToFormat(image.Format.Format_Grayscale8),
                                  formats=zxingcpp.BarcodeFormat.QRCode)
    assert found is not None
    assert bytes(found.bytes).decode("utf-8") == target.read_bytes().decode("utf-8")
    closed: list[bool] = []
    view.destroyed.connect(lambda *_: closed.append(True))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(closed))


def test_needs_from_a_card_say_so(db: Path, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    card = tmp_path / "bea.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bea Kim\r\nX-KITH-OFFER:lends a van\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    importer.commit(importer.plan([card]))
    (cid,) = [i.contact_id for i in needs.open_items(clock.today())]
    assert cid is not None
    needs.add(cid, "need", "a bookkeeper", clock.today())
    editor = NeedsEditor()
    qtbot.addWidget(editor)
    editor.show_for(cid)
    texts = sorted(editor.list.item(i).text() for i in range(editor.list.count()))
    assert texts == ["Needs: a bookkeeper", "Offers: lends a van · from their card"]


def test_showing_the_qr_code_keeps_nothing_when_preferences_are_cancelled(
        db: Path, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    my_card.save(my_card.MyDetails(name="Ana Silva", email="ana@example.org"))
    dialog = dialog_for(qtbot, tmp_path)
    me = dialog.me
    me.fields["name"].setText("Ana Silva-Pereira")
    me.fields["email"].setText("ana@new.example")
    qtbot.mouseClick(button(me, "Show QR code"), Qt.MouseButton.LeftButton)
    view = me.qr_window
    assert isinstance(view, QrView)
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.size() == view.screen().size())
    image = view.grab().toImage()
    found = zxingcpp.read_barcode(image.convertToFormat(image.Format.Format_Grayscale8),
                                  formats=zxingcpp.BarcodeFormat.QRCode)
    assert found is not None
    shown = vobject.readOne(bytes(found.bytes).decode("utf-8"))
    assert (shown.fn.value, shown.email.value) == ("Ana Silva-Pereira", "ana@new.example")
    view.close()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert my_card.details() == my_card.MyDetails(name="Ana Silva", email="ana@example.org")
