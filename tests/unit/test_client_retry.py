"""Which failures are retried, for reads and for writes, and how long the waits are."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from desktop.mews.errors import (
    AuthenticationError,
    ConflictError,
    ForbiddenError,
    InvalidRequestError,
    InvalidResponseError,
    NetworkError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TooLargeError,
)
from desktop.mews.retry import RetryPolicy, is_retryable, parse_retry_after, write_may_have_landed

TRANSIENT = [
    RequestTimeoutError(status_code=408),
    ServerError(status_code=500),
    ServerError(status_code=503),
    NetworkError(request_sent=True),
    InvalidResponseError(truncated=True),
]
PERMANENT = [
    InvalidRequestError(status_code=400),
    AuthenticationError(status_code=401),
    ForbiddenError(status_code=403),
    ConflictError(status_code=409),
    TooLargeError(status_code=413),
    InvalidResponseError(truncated=False),
]


@pytest.mark.parametrize("error", TRANSIENT, ids=lambda e: type(e).__name__)
def test_reads_retry_transient_failures_but_writes_do_not(error: Exception) -> None:
    assert is_retryable(error, idempotent=True)
    assert not is_retryable(error, idempotent=False)


@pytest.mark.parametrize("error", PERMANENT, ids=lambda e: type(e).__name__)
def test_permanent_failures_are_never_retried(error: Exception) -> None:
    assert not is_retryable(error, idempotent=True)
    assert not is_retryable(error, idempotent=False)


def test_writes_retry_only_what_mews_never_processed() -> None:
    assert is_retryable(RateLimitedError(status_code=429), idempotent=False)
    assert is_retryable(NetworkError(request_sent=False), idempotent=False)
    assert not is_retryable(NetworkError(request_sent=True), idempotent=False)


def test_a_failed_write_may_have_landed_unless_mews_certainly_refused_it() -> None:
    """What the desk looks up before adding a guest again after a failed add."""
    garbled = InvalidResponseError(truncated=False)
    for error in [*TRANSIENT, garbled]:
        assert write_may_have_landed(error), repr(error)
    assert not write_may_have_landed(RateLimitedError(status_code=429))
    assert not write_may_have_landed(NetworkError(request_sent=False))
    for error in PERMANENT:
        if not isinstance(error, InvalidResponseError):  # refused: Mews did nothing
            assert not write_may_have_landed(error), repr(error)


def test_backoff_grows_exponentially_within_jitter_and_cap() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=6.0, rng=random.Random(7))
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 6.0), (9, 6.0)]:
        delays = [policy.backoff(attempt) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1, "jitter must spread the delays"


def test_retry_delay_uses_retry_after_and_respects_limits() -> None:
    policy = RetryPolicy(max_attempts=3, max_retry_after=60.0)
    limited = RateLimitedError(status_code=429, retry_after=12.0)
    assert policy.retry_delay(limited, attempt=1, idempotent=False) == 12.0
    assert policy.retry_delay(limited, attempt=3, idempotent=False) is None
    too_long = RateLimitedError(status_code=429, retry_after=600.0)
    assert policy.retry_delay(too_long, attempt=1, idempotent=True) is None
    without_header = RateLimitedError(status_code=429)
    assert 0 < policy.retry_delay(without_header, attempt=1, idempotent=True) <= policy.base_delay


def test_parse_retry_after_seconds_and_http_date() -> None:
    now = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("5", now=now) == 5.0
    assert parse_retry_after(" 2.5 ", now=now) == 2.5
    assert parse_retry_after("Sun, 01 Mar 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Sun, 01 Mar 2026 11:59:00 GMT", now=now) == 0.0
    assert parse_retry_after("-3", now=now) == 0.0
    for junk in (None, "", "soon", "nan"):
        assert parse_retry_after(junk, now=now) is None
