"""Which calls are retried, how long the client waits, and the shared rate-limit window."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from client_calls import CUSTOMER, EMPTY_PAGE, a_read, a_write
from fake_time import FakeTime
from mews_mock import ScriptedMews, make_client, reply

from desktop.mews.errors import (
    MewsError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from desktop.mews.ratelimit import SlidingWindowLimiter

# -- retries ---------------------------------------------------------------------------


def test_read_waits_retry_after_then_succeeds() -> None:
    time = FakeTime()
    mews = ScriptedMews(reply(429, headers={"Retry-After": "7"}), reply(200, EMPTY_PAGE))
    with make_client(mews, time=time) as client:
        result = a_read(client)
    assert result.customers == []
    assert len(mews.requests) == 2
    assert time.sleeps[0] == 7.0
    assert sum(time.sleeps) == pytest.approx(7.0), "the limiter must not add a second wait"


def test_read_retry_after_as_http_date() -> None:
    time = FakeTime()
    date = httpx.Headers({"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"})
    mews = ScriptedMews(reply(429, headers=dict(date)), reply(200, EMPTY_PAGE))
    with make_client(mews, time=time) as client, pytest.raises(RateLimitedError) as caught:
        a_read(client)
    # Far in the future: beyond the cap, so no wait and no retry.
    assert caught.value.retry_after is not None and caught.value.retry_after > 1e6
    assert time.sleeps == []


def test_read_backs_off_exponentially_on_server_errors() -> None:
    time = FakeTime()
    mews = ScriptedMews(reply(500), reply(503), reply(502), reply(200, EMPTY_PAGE))
    with make_client(mews, time=time) as client:
        a_read(client)
    assert len(mews.requests) == 4
    first, second, third = time.sleeps
    assert 0.25 <= first <= 0.5
    assert 0.5 <= second <= 1.0
    assert 1.0 <= third <= 2.0


def test_read_gives_up_after_max_attempts() -> None:
    time = FakeTime()
    mews = ScriptedMews(reply(503))
    with make_client(mews, time=time, max_attempts=3) as client, pytest.raises(ServerError):
        a_read(client)
    assert len(mews.requests) == 3
    assert len(time.sleeps) == 2


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset"), httpx.ReadError("reset")],
    ids=lambda e: type(e).__name__,
)
def test_read_retries_network_failures(failure: Exception) -> None:
    mews = ScriptedMews(failure, reply(200, EMPTY_PAGE))
    with make_client(mews) as client:
        a_read(client)
    assert len(mews.requests) == 2


@pytest.mark.parametrize(
    "failure",
    [
        reply(500),
        reply(503),
        reply(408),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.WriteError("broken pipe"),
    ],
    ids=["500", "503", "408", "ReadTimeout", "RemoteProtocolError", "WriteError"],
)
def test_write_is_never_repeated_once_it_may_have_arrived(failure: Any) -> None:
    time = FakeTime()
    mews = ScriptedMews(failure, reply(200, {"Id": CUSTOMER, "LastName": "Novák"}))
    with make_client(mews, time=time) as client, pytest.raises(MewsError):
        a_write(client)
    assert len(mews.requests) == 1
    assert time.sleeps == []


def test_write_is_retried_after_connect_failure_and_429() -> None:
    time = FakeTime()
    mews = ScriptedMews(
        httpx.ConnectError("refused"),
        reply(429, headers={"Retry-After": "2"}),
        reply(200, {"Id": CUSTOMER, "LastName": "Novák"}),
    )
    with make_client(mews, time=time) as client:
        customer = a_write(client)
    assert str(customer.id) == CUSTOMER
    assert len(mews.requests) == 3
    assert time.sleeps[-1] == 2.0


def test_connect_failure_is_a_network_error_marked_unsent() -> None:
    mews = ScriptedMews(httpx.ConnectError("refused"))
    with make_client(mews, max_attempts=2) as client, pytest.raises(NetworkError) as caught:
        a_write(client)
    assert caught.value.request_sent is False
    assert len(mews.requests) == 2


# -- rate limit ------------------------------------------------------------------------------


def test_client_waits_for_the_shared_window() -> None:
    time = FakeTime()
    limiter = SlidingWindowLimiter(2, 30.0, clock=time.clock, sleep=time.sleep)
    mews = ScriptedMews(reply(200, EMPTY_PAGE))
    with make_client(mews, time=time, limiter=limiter) as client:
        for _ in range(3):
            a_read(client)
    assert time.sleeps == [pytest.approx(30.0)]
    assert limiter.usage() == pytest.approx(0.5)


def test_429_pauses_the_shared_limiter_for_other_callers() -> None:
    time = FakeTime()
    limiter = SlidingWindowLimiter(100, 30.0, clock=time.clock, sleep=time.sleep)
    mews = ScriptedMews(reply(429, headers={"Retry-After": "5"}))
    with (
        make_client(mews, time=time, limiter=limiter, max_attempts=1) as client,
        pytest.raises(RateLimitedError),
    ):
        a_read(client)
    assert limiter.usage() == 1.0
    assert limiter.acquire() == pytest.approx(5.0)


def test_a_very_long_retry_after_does_not_freeze_other_callers() -> None:
    time = FakeTime()
    limiter = SlidingWindowLimiter(100, 30.0, clock=time.clock, sleep=time.sleep)
    mews = ScriptedMews(reply(429, headers={"Retry-After": "3600"}))
    with make_client(mews, time=time, limiter=limiter) as client, pytest.raises(RateLimitedError):
        a_read(client)
    assert limiter.acquire() <= 60.0
