"""Shared checks for the translated screens: texts that do not fit, and language switching."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QRadioButton,
    QTabBar,
    QWidget,
)

from desktop.ui.mnemonics import mnemonic_letter
from desktop.ui.translation import install_translators

#: Room Qt's styles keep around a group box title and a header section's text.
GROUP_TITLE_MARGIN = 16
HEADER_PADDING = 8


@contextmanager
def ui_language(language: str) -> Iterator[None]:
    """Build widgets inside this block to get them in ``language``; English afterwards."""
    default_locale = QLocale()
    install_translators(language)
    try:
        yield
    finally:
        install_translators("en")
        QLocale.setDefault(default_locale)


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off_texts(root: QWidget) -> list[str]:
    """Every visible label, button, group title, tab and header text wider than its room."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.textFormat() is Qt.TextFormat.RichText or widget.pixmap().width() > 0:
                continue
            text = _plain(widget.text()) if widget.buddy() else widget.text()
            needed = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            room = widget.contentsRect().width() - 2 * max(widget.margin(), 0)
            if needed > room:
                problems.append(f"label {name} {text!r}: needs {needed}, has {room}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
            if isinstance(widget, QCheckBox | QRadioButton):
                needed = widget.minimumSizeHint().width()
            if widget.width() < needed:
                problems.append(
                    f"button {name} {widget.text()!r}: needs {needed}, has {widget.width()}"
                )
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + GROUP_TITLE_MARGIN
            if widget.width() < needed:
                problems.append(f"group {name} {widget.title()!r}: needs {needed}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = _plain(widget.tabText(index))
                needed = widget.fontMetrics().horizontalAdvance(text)
                if widget.tabRect(index).width() < needed:
                    problems.append(f"tab {text!r}: needs {needed}")
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            header = getattr(widget, "horizontalHeader", lambda: None)()
            if header is None or not header.isVisible():
                continue
            model = widget.model()
            metrics = header.fontMetrics()
            for section in range(model.columnCount()):
                if header.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                needed = metrics.horizontalAdvance(text) + HEADER_PADDING
                stretched = header.stretchLastSection() and section == model.columnCount() - 1
                if header.sectionSize(section) < needed and not stretched:
                    problems.append(f"header {name} {text!r}: needs {needed}")
    return problems


def _clashes(texts: list[str]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic_letter(text)
        if letter:
            by_letter.setdefault(letter, []).append(text)
    return [f"Alt+{key}: {names}" for key, names in sorted(by_letter.items()) if len(names) > 1]


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt letters two visible controls of ``root`` share, counting a main window's menu bar
    titles, which answer the same Alt key."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            is_label = isinstance(widget, QLabel)
            if not is_label or widget.buddy() is not None:  # type: ignore[union-attr]
                texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
    if isinstance(root, QMainWindow):
        bar = root.menuBar()
        texts.extend(action.text() for action in bar.actions() if action.isVisible())
    return _clashes(texts)


def menu_mnemonic_clashes(window: QMainWindow) -> list[str]:
    """Alt letters two items of one menu (or two menu bar titles) share."""
    bar = window.menuBar()
    problems = [f"menu bar {p}" for p in _menu_clashes(bar)]
    return problems + [
        f"menu {menu.title()!r} {p}" for menu in _menus(bar) for p in _menu_clashes(menu)
    ]


def _menus(root: QWidget) -> list[QMenu]:
    found: list[QMenu] = []
    pending = [action.menu() for action in root.actions() if action.menu() is not None]
    while pending:
        menu = pending.pop()
        found.append(menu)
        pending.extend(action.menu() for action in menu.actions() if action.menu() is not None)
    return found


def _menu_clashes(menu: QWidget) -> list[str]:
    return _clashes([a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()])
