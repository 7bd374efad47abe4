"""When a failed Mews call may be sent again, and how long to wait first.

Reads (getAll, search, getOpenItems, identityDocuments/getAll) change nothing, so they
are retried on every transient failure: 408, 429, 5xx, network errors and bodies cut off
in transit.

Writes (add, update, addFile, merge, identity document add/update/delete) are retried
only when Mews certainly did not act on them:

- a 429, because the rate limiter rejects a request before any operation runs;
- a network failure before the request could have left this machine (connection
  refused, name resolution, connect timeout: ``NetworkError.request_sent`` is False).

Anything else (a read timeout, a reset after sending, a 5xx, a 408, a garbled answer) may
come after Mews applied the change; repeating it could add the same guest twice or upload
a scan twice, so the error goes to the caller, who can check and decide.

On 429 the wait is the server's ``Retry-After`` (seconds or an HTTP date); without it,
and for every other retry, exponential backoff with jitter, as Mews recommends (a fixed
pause "is never recommended").
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.mews.errors import (
    InvalidResponseError,
    MewsError,
    NetworkError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
)


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries with exponential backoff and full jitter.

    ``max_attempts`` counts the first try. ``max_retry_after`` caps how long a single 429
    may hold a caller: a longer ``Retry-After`` is handed to the caller as the
    ``RateLimitedError`` instead (an interactive desk should say so, not freeze).
    """

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 20.0
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def backoff(self, attempt: int) -> float:
        """Delay before retry number ``attempt`` (1 = the first retry): jittered over its upper half.

        Half-jitter keeps the growth visible (never near zero) while still spreading
        desks that failed together.
        """
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return ceiling * (0.5 + self.rng.random() / 2)

    def retry_delay(self, error: MewsError, *, attempt: int, idempotent: bool) -> float | None:
        """Seconds to wait before sending again after ``attempt`` failed, or None to give up."""
        if attempt >= self.max_attempts or not is_retryable(error, idempotent=idempotent):
            return None
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            if error.retry_after > self.max_retry_after:
                return None
            return error.retry_after
        return self.backoff(attempt)


NO_RETRY = RetryPolicy(max_attempts=1)
"""For callers that handle failures themselves (an interactive check that must fail fast)."""


def is_retryable(error: MewsError, *, idempotent: bool) -> bool:
    """Whether sending the same request again is both useful and safe."""
    if isinstance(error, RateLimitedError):
        return True
    if isinstance(error, NetworkError):
        return idempotent or not error.request_sent
    if not idempotent:
        return False
    if isinstance(error, InvalidResponseError):
        return error.truncated
    return isinstance(error, RequestTimeoutError | ServerError)


#: Failures a second try of the same request may fix. The others (refused tokens, a
#: business rule, a bad request) come back the same until something is changed first.
TRANSIENT_ERRORS: tuple[type[MewsError], ...] = (
    NetworkError,
    RequestTimeoutError,
    ServerError,
    RateLimitedError,
    InvalidResponseError,
)


def write_may_have_landed(error: BaseException) -> bool:
    """Whether Mews may have done a write whose answer failed, so sending it again could
    do it twice: the failure is transient, yet resending the write is not safe."""
    return isinstance(error, TRANSIENT_ERRORS) and not is_retryable(error, idempotent=False)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            from email.utils import (
                parsedate_to_datetime,
            )  # rare; the email package is slow to import

            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(seconds, 0.0)
