"""A one-line label that shows as much of its text as fits, and never widens its window.

A plain QLabel asks for the width of its whole text: one long server message in the
status bar made the desk window wider than the screen, with Save off its edge. This one
cuts the text in the middle (a RequestId at the end stays in view), shows all of it in
the tooltip, and copies all of it from its context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self._full = ""
        self._hint = ""

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, hint: str = "") -> None:
        """Show ``text`` (cut to fit); the tooltip holds all of it, then ``hint``."""
        self._full, self._hint = text, hint
        self.setToolTip("\n\n".join(part for part in (text, hint) if part))
        self._fit()

    def clear(self) -> None:
        self.set_full_text("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = max(self.contentsRect().width(), 0)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, room)
        if shown != self.text():
            self.setText(shown)

    def _menu(self, position: QPoint) -> None:
        if not self._full:
            return
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Copy the whole message"))
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self._full))
        menu.exec(self.mapToGlobal(position))
        menu.deleteLater()
