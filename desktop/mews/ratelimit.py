"""Client-side request budget per access token.

Mews allows 200 requests per access token in a sliding 30 s window, and every desk and
worker thread using that token draws on the same budget. Waiting here before sending is
far cheaper than collecting 429s (and clients that ignore 429 may be blocked), so every
``MewsClient`` in the process that uses a given token shares one limiter.

The registry is keyed by a hash of the token so that no dictionary, repr or debugger view
of this module ever shows a token.
"""

from __future__ import annotations

import bisect
import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable

from desktop.mews.limits import RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_SECONDS

DEFAULT_MAX_REQUESTS = RATE_LIMIT_REQUESTS
DEFAULT_WINDOW_SECONDS = float(RATE_LIMIT_WINDOW_SECONDS)

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class SlidingWindowLimiter:
    """At most ``max_requests`` acquisitions in any ``window`` seconds; callers block until a slot frees.

    Thread-safe. ``clock`` and ``sleep`` are injectable so tests run on fake time.
    """

    def __init__(
        self,
        max_requests: int = DEFAULT_MAX_REQUESTS,
        window: float = DEFAULT_WINDOW_SECONDS,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
    ) -> None:
        if max_requests < 1:
            raise ValueError("max_requests must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self.max_requests = max_requests
        self.window = window
        self._clock = clock
        self._sleep = sleep
        self._sent: deque[float] = deque()
        self._paused_until = 0.0
        self._lock = threading.Lock()
        self._taken = threading.local()

    def acquire(self) -> float:
        """Take one slot, sleeping as long as needed; returns the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self._clock()
                self._forget_before(now - self.window)
                if now >= self._paused_until and len(self._sent) < self.max_requests:
                    self._sent.append(now)
                    self._taken.stamp = now
                    return waited
                delay = max(
                    self._paused_until - now,
                    (self._sent[0] + self.window - now)
                    if len(self._sent) >= self.max_requests
                    else 0.0,
                )
            # Sleep outside the lock so other threads can still read usage() meanwhile.
            delay = max(delay, 0.001)
            self._sleep(delay)
            waited += delay

    def settle(self) -> None:
        """Count the slot this thread took last from now, when its answer has arrived.

        Mews counts a request when it arrives, some time after ``acquire()`` let it go.
        A slot counted from ``acquire()`` frees that much too early, and the first
        request of the next burst can reach Mews before the one it replaces has aged out
        there: a 429 and a whole-second Retry-After. Counted from the answer, the slot
        frees only once Mews has certainly seen the request.
        """
        stamp = getattr(self._taken, "stamp", None)
        self._taken.stamp = None
        if stamp is None:
            return
        with self._lock:
            try:
                self._sent.remove(stamp)
            except ValueError:
                return  # already aged out of the window: nothing left to hold
            bisect.insort(self._sent, max(stamp, self._clock()))

    def pause(self, seconds: float) -> None:
        """Hold every caller for ``seconds`` (the server's Retry-After after a 429)."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + max(seconds, 0.0))

    def usage(self) -> float:
        """Share of the window's budget used right now, 0.0 to 1.0, for a status bar."""
        with self._lock:
            now = self._clock()
            self._forget_before(now - self.window)
            if now < self._paused_until:
                return 1.0
            return len(self._sent) / self.max_requests

    def _forget_before(self, horizon: float) -> None:
        while self._sent and self._sent[0] <= horizon:
            self._sent.popleft()

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter(max_requests={self.max_requests}, window={self.window:g})"


_registry: dict[str, SlidingWindowLimiter] = {}
_registry_lock = threading.Lock()


def token_key(access_token: str) -> str:
    """A stable, non-reversible key for a token (SHA-256 hex)."""
    return hashlib.sha256(access_token.encode("utf-8")).hexdigest()


def shared_limiter(
    access_token: str,
    *,
    max_requests: int = DEFAULT_MAX_REQUESTS,
    window: float = DEFAULT_WINDOW_SECONDS,
) -> SlidingWindowLimiter:
    """The process-wide limiter for ``access_token``, created on first use.

    The first caller's ``max_requests``/``window`` win; later callers share that limiter.
    """
    key = token_key(access_token)
    with _registry_lock:
        limiter = _registry.get(key)
        if limiter is None:
            limiter = _registry[key] = SlidingWindowLimiter(max_requests, window)
        return limiter


def usage(access_token: str) -> float:
    """Budget used for ``access_token`` across the whole process (0.0 when never used)."""
    with _registry_lock:
        limiter = _registry.get(token_key(access_token))
    return limiter.usage() if limiter is not None else 0.0
