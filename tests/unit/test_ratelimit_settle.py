"""A slot counts from when the answer arrived, so the client never outruns Mews's own count."""

from __future__ import annotations

import threading

import httpx
import pytest
from fake_time import FakeTime
from mews_mock import ScriptedMews, make_client, reply

from desktop.mews.ratelimit import SlidingWindowLimiter


def test_settled_slot_frees_a_window_after_the_answer() -> None:
    time = FakeTime(0.0)
    limiter = SlidingWindowLimiter(2, 10.0, clock=time.clock, sleep=time.sleep)
    limiter.acquire()  # sent at t = 0
    time.advance(3.0)
    limiter.settle()  # answered at t = 3: Mews saw it somewhere in between
    limiter.acquire()
    limiter.settle()
    # Counted from acquire() the first slot would free at t = 10; from its answer, t = 13.
    assert limiter.acquire() == pytest.approx(10.0)
    assert time.now == pytest.approx(13.0)


def test_settle_without_a_slot_changes_nothing() -> None:
    time = FakeTime(0.0)
    limiter = SlidingWindowLimiter(1, 10.0, clock=time.clock, sleep=time.sleep)
    limiter.settle()
    limiter.acquire()
    limiter.settle()
    time.advance(5.0)
    limiter.settle()  # the slot was settled already: a second call must not move it again
    assert limiter.acquire() == pytest.approx(5.0)


def test_each_thread_settles_only_its_own_slot() -> None:
    time = FakeTime(0.0)
    limiter = SlidingWindowLimiter(2, 10.0, clock=time.clock, sleep=time.sleep)
    limiter.acquire()  # this thread, t = 0, never settled
    other = threading.Thread(target=limiter.acquire)
    other.start()
    other.join()
    time.advance(4.0)
    limiter.settle()  # moves this thread's slot to t = 4; the other thread's stays at t = 0
    assert limiter.acquire() == pytest.approx(6.0)  # the other slot ages out at t = 10


def test_slot_aged_out_while_waiting_is_not_brought_back() -> None:
    time = FakeTime(0.0)
    limiter = SlidingWindowLimiter(1, 10.0, clock=time.clock, sleep=time.sleep)
    limiter.acquire()
    time.advance(25.0)  # a very slow answer
    assert limiter.usage() == 0.0
    limiter.settle()
    assert limiter.usage() == 0.0 and limiter.acquire() == 0.0


def test_client_counts_each_request_from_its_answer() -> None:
    time = FakeTime(0.0)

    def slow(request: httpx.Request) -> httpx.Response:
        time.advance(2.0)  # two seconds on the wire
        return reply(200, {"Customers": [], "Cursor": None})

    limiter = SlidingWindowLimiter(1, 10.0, clock=time.clock, sleep=time.sleep)
    with make_client(ScriptedMews(slow), time=time, limiter=limiter) as client:
        client.get_all_customers(count=1)  # sent at 0, answered at 2
        client.get_all_customers(count=1)  # may go only at 2 + 10
    assert time.sleeps == [pytest.approx(10.0)]
    assert time.now == pytest.approx(14.0)
