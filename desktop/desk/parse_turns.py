"""Taking turns for the table's rows: workers parsing answers, the GUI thread showing them.

Parsing a page holds the GIL (pydantic's ``validate_json`` throughout, then the rows are
built in Python). A worker parsing while the GUI thread inserts and paints rows makes the
GUI thread wait for the GIL at each of the hundreds of calls into Python a paint makes:
a 10 ms paint took 30-90 ms that way. So answers are read side by side (socket reads
release the GIL) but parsed one at a time, never while the GUI thread shows rows: from
an insert to the end of the paint that follows it. The GUI thread never waits for a
worker: :meth:`ParseTurns.try_show` says no while a parse runs (and no new one starts
until the GUI thread has had its turn), and it tries again a moment later. A showing
that lasts longer than ``max_hold_s`` (a window that never paints) no longer holds
parses back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from desktop.mews.parse_hook import waiting_before_parse

T = TypeVar("T")

#: How long a parse waits for the GUI thread at most, whatever it is doing.
MAX_HOLD_S = 0.25


class ParseTurns:
    """One parse at a time, and none while the GUI thread shows rows."""

    def __init__(
        self, max_hold_s: float = MAX_HOLD_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._changed = threading.Condition()
        self._parsing = False
        #: Since when the GUI thread shows rows, or has asked to; ``None``: it does not.
        self._showing_since: float | None = None
        self._wants_to_show = False
        self._max_hold_s = max_hold_s
        self._clock = clock

    @property
    def showing(self) -> bool:
        return self._showing_since is not None and not self._wants_to_show

    def run(self, call: Callable[[], T]) -> T:
        """On a worker: ``call()``, its answers parsed and its rows built in a turn."""
        taken = False

        def take() -> None:
            nonlocal taken
            if not taken:  # a retried answer is parsed in the turn already taken
                self._take()
                taken = True

        try:
            with waiting_before_parse(take):
                return call()
        finally:
            if taken:
                with self._changed:
                    self._parsing = False
                    self._changed.notify_all()

    def _take(self) -> None:
        with self._changed:
            while True:
                if self._parsing:
                    self._changed.wait()
                    continue
                since = self._showing_since
                left = 0.0 if since is None else since + self._max_hold_s - self._clock()
                if left <= 0:
                    break
                self._changed.wait(left)
            self._parsing = True

    def try_show(self) -> bool:
        """On the GUI thread, before inserting rows: whether it may now (no parse runs).

        When not, no further parse starts until it has had its turn: ask again shortly.
        """
        with self._changed:
            if self._parsing:
                if self._showing_since is None:
                    self._showing_since = self._clock()
                self._wants_to_show = True
                return False
            self._showing_since = self._clock()
            self._wants_to_show = False
            return True

    def shown(self) -> None:
        """On the GUI thread: the rows are painted (or there are none to show)."""
        with self._changed:
            self._showing_since = None
            self._wants_to_show = False
            self._changed.notify_all()
