"""Pages that arrive within a frame of the last rows shown wait and join the next insert.

Every insert costs the table a relayout and a repaint on the GUI thread. A search of
several streams (an advanced search sends one ``customers/getAll`` per time window) can
answer a dozen times in one frame; inserting each answer on its own stalls the desk for
several frames, while one insert per frame looks the same to the receptionist. The first
rows after a pause go in at once, so Enter still paints the first answer as soon as it is
parsed. Rows wait too while ``ready()`` says no (a worker is parsing, see
:mod:`desktop.desk.parse_turns`), and go in a millisecond later.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from desktop.desk.customer_rows import CustomerRow

#: At most one insert per 60 Hz frame.
FRAME_S = 1 / 60
#: How soon rows that were not ready to go in try again.
_RETRY_MS = 1


class RowBatcher(QObject):
    """Hands rows to ``insert`` at most once per frame; :meth:`flush` hands them on now."""

    def __init__(
        self,
        insert: Callable[[list[CustomerRow]], None],
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._insert = insert
        self._clock = clock
        self._ready = ready
        self._held: list[CustomerRow] = []
        self._last = -math.inf
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._flush_when_ready)

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def add(self, rows: list[CustomerRow]) -> None:
        if not rows:
            return
        self._held += rows
        wait_ms = (self._last + FRAME_S - self._clock()) * 1000
        if wait_ms <= 0:
            self._flush_when_ready()
        elif not self._timer.isActive():
            self._timer.start(math.ceil(wait_ms))

    @Slot()
    def _flush_when_ready(self) -> None:
        if self._held and not self._ready():
            self._timer.start(_RETRY_MS)
            return
        self._hand_on()

    def flush(self) -> None:
        """Hand the held rows on now, ready or not."""
        if self._held:
            self._ready()  # asked all the same: no further parse starts before they are shown
        self._hand_on()

    def _hand_on(self) -> None:
        self._timer.stop()
        rows, self._held = self._held, []
        if rows:
            self._last = self._clock()
            self._insert(rows)

    def drop(self) -> None:
        """Forget the held rows (their search was superseded)."""
        self._timer.stop()
        self._held = []
