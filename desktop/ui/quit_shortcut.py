"""Ctrl+Q from anywhere in the desk, even while a dialog is open.

A window's shortcuts are blocked while a modal dialog is up, so the Quit action alone
misses the receptionist who is half-way through attaching a file or merging and wants to
go home. This filter on the application sees the key press wherever the focus is.

The platform's Quit key is empty under some window systems (a plain X server with no
desktop's key theme), so Ctrl+Q is always among :func:`quit_keys`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence


def quit_keys() -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ctrl_q = QKeySequence("Ctrl+Q")
    return keys if ctrl_q in keys else [ctrl_q, *keys]


class QuitShortcut(QObject):
    """Calls ``quit_desk`` on the platform's Quit key; removed again with its parent."""

    def __init__(self, parent: QObject, quit_desk: Callable[[], None]) -> None:
        super().__init__(parent)
        self._quit_desk = quit_desk
        self._keys = quit_keys()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in self._keys
        ):
            self._quit_desk()
            return True
        return False
