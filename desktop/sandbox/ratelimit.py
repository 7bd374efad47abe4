"""Mews's request limit: so many requests per AccessToken in a sliding window.

The window is anchored at each request (a sliding log), which is what "200 requests per
AccessToken within 30 seconds" means for a client that bursts: the 201st request inside
any 30 s span is refused with 429 and told how long until the oldest request ages out.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable


class SlidingWindowLimiter:
    def __init__(
        self,
        limit: int | None = 200,
        window_seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._log: dict[str, deque[float]] = {}
        self.configure(limit, window_seconds)

    def configure(self, limit: int | None, window_seconds: float = 30.0) -> None:
        """Change the limit at run time; ``None`` switches limiting off. Resets history."""
        if limit is not None and (limit < 1 or window_seconds <= 0):
            raise ValueError("the limit and window must be positive")
        with self._lock:
            self.limit = limit
            self.window_seconds = window_seconds
            self._log.clear()

    def check(self, key: str) -> int | None:
        """Record a request for ``key``; ``None`` if allowed, else whole seconds to wait."""
        if self.limit is None:
            return None
        with self._lock:
            now = self._clock()
            log = self._log.setdefault(key, deque())
            while log and log[0] <= now - self.window_seconds:
                log.popleft()
            if len(log) >= self.limit:
                return max(1, math.ceil(log[0] + self.window_seconds - now))
            log.append(now)
            return None
