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
    QRadioButton,
    QTabBar,
    QWidget,
)

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
