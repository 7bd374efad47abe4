"""The soak's desk: the mix of calls a desk makes, and what it does when one fails."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pytest
from soak_counts import SoakCounts

from desktop.mews import InvalidResponseError, MewsClient, MewsError
from desktop.mews.models import Customer

T = TypeVar("T")
#: How often the soak's "user" presses Retry on one read before the test gives up.
READ_ROUNDS = 5
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


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
