"""A controllable clock for rate-limit and retry tests: sleeping advances time instantly."""

from __future__ import annotations

import threading


class FakeTime:
    """``clock()`` and ``sleep()`` on one shared timeline; ``sleeps`` records every pause."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds
