"""The client-side sliding window: shared per token, blocking, and never keyed by the token."""

from __future__ import annotations

import threading

import pytest
from fake_time import FakeTime

from desktop.mews import ratelimit
from desktop.mews.ratelimit import SlidingWindowLimiter, shared_limiter, token_key


def test_requests_within_budget_do_not_wait() -> None:
    time = FakeTime()
    limiter = SlidingWindowLimiter(5, 30.0, clock=time.clock, sleep=time.sleep)
    waits = [limiter.acquire() for _ in range(5)]
    assert waits == [0.0] * 5
    assert time.sleeps == []
    assert limiter.usage() == 1.0


def test_request_over_budget_waits_until_oldest_leaves_the_window() -> None:
    time = FakeTime()
    limiter = SlidingWindowLimiter(3, 30.0, clock=time.clock, sleep=time.sleep)
    limiter.acquire()  # t = 0
    time.advance(10)
    limiter.acquire()  # t = 10
    limiter.acquire()  # t = 10
    waited = limiter.acquire()
    # The window slides: the first request (t=0) frees its slot at t=30, 20 s from now.
    assert waited == pytest.approx(20.0)
    # Next free slot comes when the two t=10 requests leave, at t=40 (10 s later).
    assert limiter.acquire() == pytest.approx(10.0)


def test_usage_falls_as_requests_age_out() -> None:
    time = FakeTime()
    limiter = SlidingWindowLimiter(4, 30.0, clock=time.clock, sleep=time.sleep)
    limiter.acquire()
    time.advance(20)
    limiter.acquire()
    assert limiter.usage() == pytest.approx(0.5)
    time.advance(11)
    assert limiter.usage() == pytest.approx(0.25)
    time.advance(20)
    assert limiter.usage() == 0.0


def test_pause_holds_callers_for_the_server_retry_after() -> None:
    time = FakeTime()
    limiter = SlidingWindowLimiter(100, 30.0, clock=time.clock, sleep=time.sleep)
    limiter.pause(7.5)
    assert limiter.usage() == 1.0
    assert limiter.acquire() == pytest.approx(7.5)


def test_window_is_respected_across_threads() -> None:
    """Real threads and real time: a budget of 20 per 0.3 s holds with 4 threads x 10 calls."""
    limiter = SlidingWindowLimiter(20, 0.3)
    stamps: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(10):
            limiter.acquire()
            with lock:
                stamps.append(__import__("time").monotonic())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stamps.sort()
    assert len(stamps) == 40
    # Any 21 consecutive grants must span at least one window.
    assert all(stamps[i + 20] - stamps[i] >= 0.3 - 1e-3 for i in range(len(stamps) - 20))


def test_shared_limiter_is_one_per_token_and_keyed_by_hash() -> None:
    token = "SECRET-ACCESS-TOKEN-for-registry-test"
    first = shared_limiter(token)
    assert shared_limiter(token) is first
    assert shared_limiter(token + "-other") is not first
    assert token not in repr(ratelimit._registry)
    assert token_key(token) in ratelimit._registry
    assert token not in repr(first)
    assert first.max_requests == 200 and first.window == 30.0


def test_invalid_limits_are_refused() -> None:
    with pytest.raises(ValueError):
        SlidingWindowLimiter(0, 30.0)
    with pytest.raises(ValueError):
        SlidingWindowLimiter(10, 0)
