"""Notes when the table has painted the rows just inserted, for the parse turn (see
:mod:`desktop.desk.parse_turns`): the next answer is parsed after that paint, not during it.

The view's viewport is watched only from an insert to the paint that follows it. Rows that
need no repaint (they landed out of sight, the window is hidden) are taken as shown two
frames later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Slot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView, QWidget

#: Rows that no paint follows count as shown after this long.
_NO_PAINT_MS = 33


class PaintTurn(QObject):
    """Calls ``shown`` in the turn of the event loop after the next paint of ``view``."""

    def __init__(self, shown: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown = shown
        self._view: QAbstractItemView | None = None
        self._watched: QWidget | None = None
        self._no_paint = QTimer(self, singleShot=True, interval=_NO_PAINT_MS)
        self._no_paint.timeout.connect(self._done)

    def follow(self, view: QAbstractItemView) -> None:
        self._view = view

    @property
    def waiting(self) -> bool:
        return self._no_paint.isActive()

    def rows_inserted(self) -> None:
        """Rows went in: ``shown`` follows their paint (at once without a view)."""
        if self._view is None:
            self._shown()
            return
        if self._watched is None:
            self._watched = self._view.viewport()
            self._watched.installEventFilter(self)
        self._no_paint.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._watched is not None:
            self._unwatch()
            QTimer.singleShot(0, self, self._done)  # this paint runs first
        return False

    def _unwatch(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None

    @Slot()
    def _done(self) -> None:
        self._no_paint.stop()
        self._unwatch()
        self._shown()

    def cancel(self) -> None:
        """Forget the rows awaited (their search was superseded)."""
        self._no_paint.stop()
        self._unwatch()
