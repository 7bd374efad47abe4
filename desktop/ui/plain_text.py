"""Labels that never interpret their text as markup.

Guest data is typed by guests and booking channels; a name like ``<img src=x>`` must show
as those characters, never as an image or formatting. Qt's labels guess rich text by
default, so every label that may hold customer data, or sit next to it, is made here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


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


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt guesses whether a tooltip is rich text, so a guest called ``<b>x</b>`` would turn
    bold; escaping inside an explicit paragraph makes the guess harmless.
    """
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""
