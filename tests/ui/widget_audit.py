"""Walk a widget tree as a screen reader and a translator would see it.

``unnamed(root)``: interactive widgets with no accessible name (what
QAccessible reports: an explicit name, a button's text, or a label's buddy).
``untranslated(root, data)``: texts on screen that did not go through Qt's
translation functions, found under :class:`PseudoTranslator`, which wraps every
translated text in ⟪ ⟫. Whatever is left after removing the wrapped parts, the
user's own data and digits/punctuation is a string that bypassed translation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, QTranslator
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QTreeWidget,
    QWidget,
)

OPEN, CLOSE = "\u27ea", "\u27eb"
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit, QSlider, QTabBar)


class PseudoTranslator(QTranslator):
    """Every text that asks for a translation comes back wrapped: ⟪Save⟫."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str:
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:  # noqa: N802
        return False


#: Containers Qt names but fills with the application's own widgets: what is inside them
#: is ours to name (a tab's page, a scroll area's contents).
_CONTAINERS = frozenset({"qt_tabwidget_stackedwidget", "qt_scrollarea_viewport"})


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a spin box's line edit, a combo's popup list,
    scroll bars, a tab bar's scroll arrows): named by Qt or not interactive on their own."""
    if widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QHeaderView) or isinstance(widget.parentWidget(), QLineEdit):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) \
                or (parent.objectName().startswith("qt_")
                    and parent.objectName() not in _CONTAINERS):
            return True
        if isinstance(parent, QTabBar) and isinstance(widget, QAbstractButton):
            return True
        parent = parent.parentWidget()
    return False


def widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and everything inside it, but not the dialogs it owns (walked on their own)."""
    yield root
    for child in root.findChildren(QWidget):
        if child.window() is root and not _qt_internal(child):
            yield child


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return (face.text(QAccessible.Text.Name) if face is not None else "") or ""


def describe(widget: QWidget) -> str:
    chain = []
    node: QWidget | None = widget
    while node is not None and len(chain) < 4:
        chain.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        node = node.parentWidget()
    return " < ".join(chain)


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in widgets(root)
            if isinstance(w, INTERACTIVE) and not accessible_name(w).strip()]


def _header_texts(view: QAbstractItemView) -> Iterator[str]:
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return
    model: QAbstractItemModel | None = view.model()
    if model is None or header.isHidden():
        return
    for section in range(header.count()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value


def _action_texts(actions: Iterable[QAction]) -> Iterator[str]:
    for action in actions:
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _action_texts(menu.actions())


def texts(widget: QWidget) -> Iterator[str]:
    """The texts a person reads on ``widget`` (not the cells of its data)."""
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        if hasattr(widget, "suffix"):
            yield widget.suffix()
            yield widget.prefix()
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            yield item.text()
            yield item.toolTip()
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for i in range(header.columnCount()):
            yield header.text(i)
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
        yield from _header_texts(widget)
    yield from _action_texts(widget.actions())


_TAGS = re.compile(r"<[^>]+>|&[a-z]+;")
_WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # innermost first: they nest


def leftover(text: str, data: Iterable[str]) -> str:
    """The letters of ``text`` that are neither translated nor the user's data."""
    text = _TAGS.sub(" ", text)
    for value in sorted(data, key=len, reverse=True):
        if value:
            text = text.replace(value, " ")
    while True:
        unwrapped = _WRAPPED.sub(" ", text)
        if unwrapped == text:
            break
        text = unwrapped
    return "".join(ch for ch in text if unicodedata.category(ch)[0] == "L")


def untranslated(root: QWidget, data: Iterable[str]) -> list[str]:
    data = list(data)
    found = []
    for widget in widgets(root):
        for text in texts(widget):
            if text and leftover(text, data):
                found.append(f"{describe(widget)}: {text!r}")
    return sorted(set(found))


def all_windows(objects: Iterable[QObject]) -> list[QWidget]:
    return [o for o in objects if isinstance(o, QWidget) and o.isWindow()]
