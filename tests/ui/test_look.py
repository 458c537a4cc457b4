"""The look (issue #12): avatars, the sidebar's icons, the timeline's entries, a detail pane
that fits 1180x720, and circle and cadence controls that agree."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QAbstractScrollArea, QStyleOptionViewItem, QWidget

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import interactions
from kith.services.followups.interactions import Interaction
from kith.ui import avatar
from kith.ui.points_editor import PointRow
from kith.vcard.model import CardPoint

LONG_NOTE = ("Called Ana, she's moving to Austin in January.\n"
             "She is looking for an accountant who knows small startups. " * 6
             + "\nThe last line: send two names by Friday.")


def centre_colour(icon_or_pixmap: object, size: int) -> QColor:
    pixmap = icon_or_pixmap.pixmap(QSize(size, size)) if isinstance(icon_or_pixmap, QIcon) \
        else icon_or_pixmap
    image = pixmap.toImage()
    return image.pixelColor(image.width() // 2, image.height() // 4)


def png(colour: str) -> bytes:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_avatar_colour_is_the_same_for_the_same_person_and_varies_between_people(qapp) -> None:  # type: ignore[no-untyped-def]
    assert avatar.colour_for(42) == avatar.colour_for(42)
    # A fixed hash, not Python's per-run salted hash(): the same on every run and machine.
    assert avatar.colour_for(42).name() == "#0277bd"
    assert len({avatar.colour_for(i).name() for i in range(60)}) >= 8
    assert avatar.initials("Ana Silva") == "AS"
    assert avatar.initials("Cher") == "C"
    assert avatar.initials("  María  de la O ") == "MO"
    assert avatar.initials("") == "?"
    first = avatar.avatar_pixmap(7, "Ana Silva", None, 40, 1.0)
    assert centre_colour(first, 40) == avatar.colour_for(7)
    assert avatar.avatar_pixmap(7, "Ana Silva", None, 40, 1.0) is first  # cached
    sharp = avatar.avatar_pixmap(7, "Ana Silva", None, 40, 2.0)
    assert sharp.width() == 80 and sharp.devicePixelRatio() == 2.0  # HiDPI: real pixels


def test_person_header_shows_initials_without_a_photo_and_the_photo_with_one(window) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create(ContactRecord(display_name="Ana Silva", organization="Acme",
                                        title="CTO"))
    page = window.contacts_page
    page.show_contact(cid)
    editor = page.editor
    button = editor.avatar
    assert button.isVisible() and button.accessibleName() == "Photo"
    assert "No photo" not in button.text()
    assert centre_colour(button.icon(), 72) == avatar.colour_for(cid)
    assert editor.heading.text() == "Ana Silva" and editor.subheading.text() == "CTO · Acme"
    assert editor.heading.font().pointSizeF() > editor.subheading.font().pointSizeF()
    # Clicking the avatar chooses a photo; the header then shows it.
    chosen = []
    editor._choose_photo = lambda: chosen.append(True)  # type: ignore[method-assign]
    button.photoRequested.disconnect()
    button.photoRequested.connect(lambda: editor._choose_photo())
    button.click()
    assert chosen == [True]
    editor.set_photo(png("#ffcc00"), "image/png")
    assert centre_colour(button.icon(), 72) == QColor("#ffcc00")
    # The list and Today rows: initials on the same colour (no photo is read for a list).
    icon = page.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and centre_colour(icon, 20) == avatar.colour_for(cid)


def test_sidebar_pages_have_icons_and_badges_in_a_role(window) -> None:  # type: ignore[no-untyped-def]
    nav = window.nav
    names = [nav.item(row).text() for row in range(nav.count())]
    assert names == ["Today", "Contacts", "Events", "Ideas", "Recent"]
    for row in range(nav.count()):
        icon = nav.item(row).icon()
        assert not icon.isNull(), names[row]
        image = icon.pixmap(QSize(18, 18), 2.0).toImage()
        assert image.width() == 36  # drawn from SVG at the screen's ratio, not scaled up
        assert any(image.pixelColor(x, y).alpha() for x in range(36) for y in range(36))
    assert nav.accessibleName()
    nav.set_badge("today", 1234)
    assert nav.badge("today") == "1,234" and nav.item(0).text() == "Today"
    assert "1,234" in nav.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    nav.set_badge("today", 0)
    assert nav.badge("today") == ""


def test_timeline_entry_shows_the_first_lines_and_the_whole_note_on_expand(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create(ContactRecord(display_name="Ana Silva"))
    interactions.log(Interaction(cid, dt.date(2026, 11, 2), "call", help="gave",
                                 note=LONG_NOTE))
    window.resize(1180, 720)
    window.open_contact(cid)
    view = window.contacts_page.timeline
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    index = view.model.index(1, 0)
    view.list.viewport().repaint()  # painting reads the full note of the entries in view
    assert view.model.data(index, view.model.NoteRole) == LONG_NOTE.strip()
    option = QStyleOptionViewItem()
    option.initFrom(view.list)
    option.rect = view.list.visualRect(index)
    shown, more = view.delegate.note_lines(option, index)
    assert more and len(shown) == 3 and "send two names by Friday" not in " ".join(shown)
    collapsed = view.delegate.sizeHint(option, index).height()
    assert index.data(view.model.HelpRole) == "you helped"

    view.list.setFocus()
    view.list.setCurrentIndex(index)
    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    shown, more = view.delegate.note_lines(option, index)
    assert not more and "send two names by Friday" in " ".join(shown)
    assert view.delegate.sizeHint(option, index).height() > collapsed
    # A click folds it again.
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.list.visualRect(index).center())
    assert view.delegate.note_lines(option, index)[1]


def visible_in(widget: QWidget, area: QAbstractScrollArea) -> bool:
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(top_left) and viewport.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1))


def test_detail_pane_fits_1180x720_with_every_remove_button_reachable(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    points = [CardPoint(kind="email", value="ana.silva.long.address@acme-corporation.example",
                        label="work"),
              CardPoint(kind="phone", value="+1 512 555 0199", label="mobile"),
              CardPoint(kind="url", value="https://acme.example/people/ana", label="")]
    cid = contacts.create(ContactRecord(display_name="Ana Silva", organization="Acme Corp",
                                        points=points))
    window.resize(1180, 720)
    window.open_contact(cid)
    page = window.contacts_page
    page.tabs.setCurrentWidget(page.editor)
    qtbot.waitUntil(lambda: page.editor.isVisible())
    rows = page.editor.findChildren(PointRow)
    assert len(rows) == 3
    scroll = page.editor.scroll_area
    assert scroll.horizontalScrollBar().maximum() == 0  # no sideways scrolling needed
    for row in rows:
        scroll.ensureWidgetVisible(row.remove_button)
        assert visible_in(row.remove_button, scroll)
    # The form's own buttons are always in view, under the scroll area.
    for button in (page.editor.save_button, page.editor.delete_button):
        assert button.isVisible() and page.rect().contains(
            button.mapTo(page, QPoint(button.width() - 1, button.height() - 1)))
    column = page.editor.given_name.parentWidget()
    assert column.width() <= 640  # forms no wider than ~640 px


def test_circle_and_cadence_never_show_two_numbers_that_disagree(window) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create(ContactRecord(display_name="Ana Silva", circle="Network"))
    page = window.contacts_page
    page.show_contact(cid)
    page.tabs.setCurrentWidget(page.editor)
    editor = page.editor
    assert editor.circle.currentText() == "Network (every 90 days)"
    assert editor.cadence_mode.currentData() == "circle"

    def shown_number() -> int | None:
        return editor.cadence.value() if editor.cadence.isVisible() else None

    assert shown_number() == 90 and not editor.cadence.isEnabled()
    editor.circle.setCurrentIndex(editor.circle.findData("Close"))
    assert editor.circle.currentText() == "Close (every 14 days)" and shown_number() == 14
    # A custom cadence shows its own number, editable; back to the circle shows the circle's.
    editor.cadence_mode.setCurrentIndex(editor.cadence_mode.findData("days"))
    assert editor.cadence.isEnabled()
    editor.cadence.setValue(21)
    assert shown_number() == 21
    editor.cadence_mode.setCurrentIndex(editor.cadence_mode.findData("circle"))
    assert shown_number() == 14 and not editor.cadence.isEnabled()
    assert editor.record().cadence_days is None  # following the circle stores no number
    # No circle: no number at all, and words that say what it means.
    editor.circle.setCurrentIndex(editor.circle.findData(None))
    assert shown_number() is None and editor.cadence_note.isVisible()
    assert "no reminders" in editor.cadence_note.text()
    editor.cadence_mode.setCurrentIndex(editor.cadence_mode.findData("days"))
    assert shown_number() == 21 and not editor.cadence_note.isVisible()
    editor.cadence_mode.setCurrentIndex(editor.cadence_mode.findData("never"))
    assert shown_number() is None
