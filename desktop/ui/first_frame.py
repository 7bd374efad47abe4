"""Run something once a window has drawn its first frame.

For work that must not compete with building and drawing the first window but should
start right after it (the desk's connection, on workers that would take turns on the GIL
with the GUI thread). A window is painted before its children, in the same turn of the
event loop, so the callback runs in the turn after that whole first frame. A window
that is not painted (started minimised) runs it after ``at_latest_ms`` all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: How long a window that is never painted delays the callback.
AT_LATEST_MS = 1000


class _FirstFrame(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None], at_latest_ms: int) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(at_latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_frame(
    window: QWidget, callback: Callable[[], None], *, at_latest_ms: int = AT_LATEST_MS
) -> None:
    """Call ``callback`` once, in the turn after ``window`` first paints (or ``at_latest_ms``
    after now, whichever comes first); not at all if the window is deleted before."""
    _FirstFrame(window, callback, at_latest_ms)
