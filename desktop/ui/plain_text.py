"""Labels and message boxes that never interpret their text as markup.

Guest data is typed by guests and booking channels; a name like ``<img src=x>`` must show
as those characters, never as an image or formatting. Qt's labels and message boxes guess
rich text by default, so every one that may hold customer data, or sit next to it, is
made here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def plain_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if name:
        label.setObjectName(name)
    return label


def heading_label(text: str, name: str) -> QLabel:
    """A dialog's heading: larger and bold, plain text (it usually names the guest)."""
    label = plain_label(text, name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def plain_message_box(
    parent: QWidget,
    name: str,
    icon: QMessageBox.Icon,
    title: str,
    *,
    modality: Qt.WindowModality | None = None,
) -> QMessageBox:
    """A message box that shows its text and informative text as plain text."""
    from PySide6.QtWidgets import QMessageBox  # its class and enums: not for the first window

    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    if modality is not None:
        box.setWindowModality(modality)
    return box


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt guesses whether a tooltip is rich text, so a guest called ``<b>x</b>`` would turn
    bold; escaping inside an explicit paragraph makes the guess harmless.
    """
    import html  # its entity tables take milliseconds: not at start-up

    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""
