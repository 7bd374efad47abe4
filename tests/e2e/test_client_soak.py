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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from contract_transport import ContractTransport
from fake_time import FakeTime
from soak_counts import SoakCounts, counting_faults, soak_sandbox

from desktop.mews import (
    InvalidResponseError,
    MewsClient,
    MewsError,
    NetworkError,
    RetryPolicy,
    SlidingWindowLimiter,
)
from desktop.mews.models import Customer
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
#: How often the soak's "user" presses Retry on one read before the test gives up.
READ_ROUNDS = 5
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


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


@dataclass
class ClientSoakCounts(SoakCounts):
    rate_limited_429: int = 0
    errors_surfaced: int = 0
    writes_saved_again: int = 0
    reads_failed: int = 0


def _window(days_back: int = 89) -> dict[str, str]:
    now = datetime.now(UTC)
    return {
        "StartUtc": (now - timedelta(days=days_back)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "EndUtc": (now + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


class DeskUser:
    """Acts like a desk on failure: reads are asked again, writes checked, then saved again."""

    def __init__(self, client: MewsClient, counts: ClientSoakCounts, rng: random.Random) -> None:
        self.client = client
        self.counts = counts
        self.rng = rng
        self.calls = 0
        self.emails: list[str] = []
        self.created: list[Customer] = []
        self.merged_away: set[uuid.UUID] = set()
        self.notes: dict[uuid.UUID, str] = {}
        self.documents: dict[uuid.UUID, uuid.UUID] = {}  # document -> customer
        self.cursor: str | None = None
        self.last_names: list[str] = []
        self.seen_ids: list[uuid.UUID] = []

    # -- failure handling ----------------------------------------------------------------

    def _attempt(self, call: Callable[[], T]) -> T | MewsError:
        self.calls += 1
        try:
            return call()
        except MewsError as error:
            self.counts.errors_surfaced += 1
            assert error.message and str(error).startswith("Mews "), repr(error)
            return error

    def read(self, call: Callable[[], T]) -> T:
        """A read the desk shows with a Retry button; the user presses it."""
        for _ in range(READ_ROUNDS):
            result = self._attempt(call)
            if not isinstance(result, MewsError):
                return result
            # Only a well-formed but unusable answer (a proxy's HTML page) is left to the
            # user; every transient failure was retried inside the client.
            assert isinstance(result, InvalidResponseError), repr(result)
        self.counts.reads_failed += 1
        pytest.fail(f"a read still failed after {READ_ROUNDS} rounds")

    def write(self, call: Callable[[], T], applied: Callable[[], bool]) -> T | None:
        """Save; after a failure, look at what Mews holds and save again only if needed."""
        while True:
            result = self._attempt(call)
            if not isinstance(result, MewsError):
                return result
            if self.read(applied):
                return None
            self.counts.writes_saved_again += 1

    # -- the operations ------------------------------------------------------------------

    def page(self) -> None:
        page = self.read(
            lambda: self.client.get_all_customers(
                updated_utc=_window(), count=50, cursor=self.cursor
            )
        )
        self.cursor = str(page.cursor) if page.cursor and len(page.customers) == 50 else None
        self.last_names.extend(c.last_name for c in page.customers[:5] if c.last_name)
        self.seen_ids.extend(c.id for c in page.customers[:10])

    def search(self) -> None:
        name = self.rng.choice(self.last_names or ["Novak"])
        result = self.read(lambda: self.client.search_customers(name=name))
        assert all(found.customer is not None for found in result.customers)

    def open_items(self) -> None:
        ids = self.rng.sample(self.seen_ids, min(20, len(self.seen_ids))) or [uuid.uuid4()]
        self.read(lambda: self.client.get_open_items(ids))

    def add(self) -> None:
        email = f"soak.{uuid.uuid4().hex[:12]}@frontdesk.test"
        self.emails.append(email)
        added = self.write(
            lambda: self.client.add_customer(last_name="Soak", first_name="Ada", email=email),
            lambda: bool(self.client.get_all_customers(emails=[email]).customers),
        )
        if added is None:
            added = self.read(lambda: self.client.get_all_customers(emails=[email])).customers[0]
        self.created.append(added)

    def _live_customer(self) -> Customer | None:
        live = [c for c in self.created if c.id not in self.merged_away]
        return self.rng.choice(live) if live else None

    def update(self) -> None:
        customer = self._live_customer()
        if customer is None:
            return self.add()
        notes = f"soak note {self.calls}"
        self.notes[customer.id] = notes

        def applied() -> bool:
            [current] = self.client.get_all_customers(customer_ids=[customer.id]).customers
            return current.notes == notes

        self.write(lambda: self.client.update_customer(customer.id, notes=notes), applied)
        return None

    def add_file(self) -> None:
        customer = self._live_customer()
        if customer is None:
            return self.add()
        # No operation lists files, so the desk cannot check: it reports and moves on.
        self._attempt(
            lambda: self.client.add_customer_file(
                customer.id, name="id.png", type="image/png", data=TINY_PNG
            )
        )
        return None

    def _documents_of(self, customer_id: uuid.UUID) -> list[Any]:
        return self.client.get_identity_documents([customer_id], count=10).identity_documents

    def add_document(self) -> None:
        customer = self._live_customer()
        if customer is None:
            return self.add()
        number = f"P{self.calls:07d}"
        self.write(
            lambda: self.client.add_identity_documents(
                [{"CustomerId": customer.id, "Type": "Passport", "Number": number}]
            ),
            lambda: any(d.number == number for d in self._documents_of(customer.id)),
        )
        for document in self.read(lambda: self._documents_of(customer.id)):
            if document.number == number:
                self.documents[document.id] = customer.id
        return None

    def change_document(self) -> None:
        if not self.documents:
            return self.add_document()
        document_id = self.rng.choice(sorted(self.documents))
        customer_id = self.documents[document_id]
        if self.rng.random() < 0.5:
            number = f"U{self.calls:07d}"
            self.write(
                lambda: self.client.update_identity_documents(
                    [{"Id": document_id, "Number": {"Value": number}}]
                ),
                lambda: any(
                    d.id == document_id and d.number == number
                    for d in self._documents_of(customer_id)
                ),
            )
        else:
            self.write(
                lambda: self.client.delete_identity_documents([document_id]),
                lambda: all(d.id != document_id for d in self._documents_of(customer_id)),
            )
            del self.documents[document_id]
        return None

    def merge(self) -> None:
        live = [c for c in self.created if c.id not in self.merged_away]
        if len(live) < 4:
            return self.add()
        target, source = self.rng.sample(live, 2)

        def applied() -> bool:
            [current] = self.client.get_all_customers(
                customer_ids=[source.id], activity_states=["Active", "Deleted"]
            ).customers
            return current.merge_target_id == target.id

        self.write(lambda: self.client.merge_customers(target.id, [source.id]), applied)
        self.merged_away.add(source.id)
        self.notes.pop(source.id, None)
        self.documents = {d: c for d, c in self.documents.items() if c != source.id}
        return None

    def run(self, operations: int) -> None:
        mix: list[tuple[Callable[[], None], int]] = [
            (self.page, 6),
            (self.search, 3),
            (self.open_items, 2),
            (self.add, 3),
            (self.update, 4),
            (self.add_file, 1),
            (self.add_document, 1),
            (self.change_document, 2),
            (self.get_documents, 1),
            (self.merge, 1),
        ]
        actions, weights = zip(*mix, strict=True)
        for action in self.rng.choices(actions, weights, k=operations):
            action()

    def get_documents(self) -> None:
        ids = [c.id for c in self.created[-100:]] or [uuid.uuid4()]
        self.read(lambda: self.client.get_identity_documents(ids, count=100))


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
