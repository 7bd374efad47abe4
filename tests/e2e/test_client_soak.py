"""The client under a fifth of requests failing, and across a server restart, over loopback.

A desk runs all day on shared networks: proxies answer with HTML, connections drop,
answers are cut off, Mews is briefly unavailable or out of budget. The soak drives the
mix of calls the desk makes (pages, searches, open items, adds, edits, scans, identity
documents, merges) against the sandbox with ``FaultConfig.mixed(0.2)`` and a tight rate
limit, and acts like the desk would on a failure: show the ``MewsError`` and, for a
write, check what Mews holds before saving again. Afterwards, with faults off, the
store is compared with what was meant: nothing lost, nobody created twice.

Retry waits run at a fraction of their real length, so the run stays short while
Retry-After and backoff still order events as they would on a real network.
"""

from __future__ import annotations

import itertools
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from client_soak_user import ClientSoakCounts, DeskUser
from contract_transport import ContractTransport
from fake_time import FakeTime
from soak_counts import counting_faults, soak_sandbox

from desktop.mews import (
    MewsClient,
    NetworkError,
    RetryPolicy,
    SlidingWindowLimiter,
)
from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, FaultConfig, SandboxServer
from desktop.sandbox.faults import Fault

pytestmark = pytest.mark.e2e

T = TypeVar("T")

FAULT_RATE = 0.2
SOAK_OPERATIONS = 520
#: Requests per window the sandbox allows during the soak: low enough to answer 429s.
SERVER_LIMIT = (20, 0.25)
#: Retry waits (Retry-After, backoff) are slept at this share of their length.
TIME_SCALE = 0.2


class CountingTransport(httpx.BaseTransport):
    """Counts every attempt the client makes and every 429 it receives."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.attempts = 0
        self.rate_limited = 0
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.attempts += 1
        response = self.inner.handle_request(request)
        if response.status_code == 429:
            with self._lock:
                self.rate_limited += 1
        return response


def _batches(items: list[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


@pytest.fixture
def hostile_sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    with soak_sandbox(
        tmp_path / "soak.db",
        customer_count=300,
        rate_limit=SERVER_LIMIT,
        faults=FaultConfig.mixed(FAULT_RATE, seed=11),
    ) as server:
        yield server


def test_soak_under_a_fifth_of_requests_failing(hostile_sandbox: SandboxServer) -> None:
    contract = ContractTransport()
    counting = CountingTransport(contract)
    instant = FakeTime(start=0.0)  # a 429 pause passes at once; the retry sleep is real
    client = MewsClient(
        hostile_sandbox.base_url,
        client_token=DEMO_CLIENT_TOKEN,
        access_token=DEMO_ACCESS_TOKEN,
        client="Frontdesk soak 1.0",
        transport=counting,
        rate_limiter=SlidingWindowLimiter(10**6, 30.0, clock=instant.clock, sleep=instant.sleep),
        retry_policy=RetryPolicy(
            max_attempts=8,
            base_delay=0.02,
            max_delay=0.2,
            sleep=lambda seconds: time.sleep(seconds * TIME_SCALE),
            rng=random.Random(5),
        ),
        timeout=10.0,
    )
    counts = ClientSoakCounts()
    user = DeskUser(client, counts, random.Random(2026))
    started = time.perf_counter()
    with client:
        user.run(SOAK_OPERATIONS)
        counts.operations = SOAK_OPERATIONS
        faults = counting_faults(hostile_sandbox)
        counts.faults_injected = faults.total()
        counts.rate_limited_429 = counting.rate_limited
        counts.retries = counting.attempts - user.calls

        # What Mews holds now, read without faults or limits.
        hostile_sandbox.set_faults(None)
        hostile_sandbox.set_rate_limit(None)
        found: Counter[str] = Counter()
        for emails in _batches(user.emails, 1000):
            page = client.get_all_customers(emails=emails, activity_states=["Active", "Deleted"])
            found.update(customer.email for customer in page.customers if customer.email)
        counts.duplicates = sum(count - 1 for count in found.values() if count > 1)
        current: dict[uuid.UUID, str | None] = {}
        for ids in _batches(sorted(user.notes), 1000):
            for customer in client.get_all_customers(customer_ids=ids).customers:
                current[customer.id] = customer.notes
        counts.lost_edits = sum(current.get(cid) != notes for cid, notes in user.notes.items())
    contract.shutdown()
    elapsed = time.perf_counter() - started

    print(f"\nclient soak: {elapsed:.1f} s, faults by kind {faults.by_kind()}")
    print(counts.table())
    assert contract.problems == [], "\n".join(contract.problems[:10])
    assert counts.reads_failed == 0
    assert counts.duplicates == 0
    assert counts.lost_edits == 0
    assert set(found) == set(user.emails), "every added guest exists exactly once"
    assert len(user.notes) > 10 and len(user.emails) > 20
    # The mix really was hostile: faults of every kind, 429s, and retries absorbing most.
    assert set(faults.drawn) == set(Fault)
    # A 429 is answered before any fault is drawn, so only the other attempts can fail.
    assert counts.faults_injected >= 0.15 * (counting.attempts - counting.rate_limited)
    assert counts.rate_limited_429 > 0
    assert counts.retries > 0 and 0 < counts.errors_surfaced < counts.faults_injected


def test_client_reports_a_stopped_sandbox_and_recovers_on_restart(tmp_path: Path) -> None:
    db_path = tmp_path / "restart.db"
    server = SandboxServer(db_path, customer_count=50).start()
    port = server.port
    client = MewsClient(
        server.base_url,
        client_token=DEMO_CLIENT_TOKEN,
        access_token=DEMO_ACCESS_TOKEN,
        client="Frontdesk restart 1.0",
        rate_limiter=SlidingWindowLimiter(10_000, 30.0),
        retry_policy=RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02),
        timeout=5.0,
    )
    with client:
        added = client.add_customer(last_name="Restart", email="restart@frontdesk.test")
        server.stop()

        with pytest.raises(NetworkError) as down:
            client.get_all_customers(customer_ids=[added.id])
        assert down.value.message and "Could not connect" in down.value.message
        with pytest.raises(NetworkError) as write_down:
            client.update_customer(added.id, notes="typed while offline")
        assert write_down.value.request_sent is False, "a refused write is safe to send again"

        restarted = SandboxServer(db_path, port=port, customer_count=50).start()
        try:
            updated = client.update_customer(added.id, notes="typed while offline")
            assert updated.notes == "typed while offline"
            [again] = client.get_all_customers(customer_ids=[added.id]).customers
            assert again.email == "restart@frontdesk.test" and again.notes == updated.notes
        finally:
            restarted.stop()
