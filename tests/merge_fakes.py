"""Duplicate profiles and a client that merges them, for the merge and duplicates dialogs."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from desktop.mews.models import Customer, CustomerItemResult, CustomerResult, IdentityDocument


def customer(**fields: Any) -> Customer:
    values: dict[str, Any] = {"id": str(uuid.uuid4())}
    values.update(fields)
    return Customer.model_validate(values)


def stale_and_current(**fields: Any) -> tuple[Customer, Customer]:
    """Two equally full profiles of one guest: one untouched since 2020, one updated now."""
    stale = customer(
        created_utc="2019-01-01T00:00:00Z", updated_utc="2020-01-01T00:00:00Z", **fields
    )
    current = customer(
        created_utc="2025-01-01T00:00:00Z", updated_utc="2026-11-01T00:00:00Z", **fields
    )
    return stale, current


def _anna(number: str, created: str, updated: str | None = None, **fields: Any) -> Customer:
    """One of Anna Novak's profiles: its number, when it was created and last changed."""
    values: dict[str, Any] = {
        "first_name": "Anna",
        "last_name": "Novak",
        "number": number,
        "created_utc": created,
        "updated_utc": updated or created,
    }
    return customer(**(values | fields))


def duplicates() -> list[Customer]:
    """Three profiles of one guest, as channels create them; the second is the fullest."""
    return [
        _anna("1041", "2025-03-01T10:00:00Z", email="ANNA.NOVAK@example.com"),
        _anna(
            "877",
            "2023-06-14T08:30:00Z",
            "2026-10-02T16:12:00Z",
            title="Misses",
            email="anna.novak@example.com",
            phone="+420 777 123 456",
            birth_date="1988-04-12",
            nationality_code="CZ",
            loyalty_code="GOLD-7731",
            classifications=["Returning", "LoyaltyProgram"],
            address={
                "Line1": "Na Příkopě 1",
                "City": "Praha",
                "PostalCode": "110 00",
                "CountryCode": "CZ",
            },
        ),
        _anna(
            "2210",
            "2026-09-20T19:45:00Z",
            last_name="Nováková",
            phone="00420777123456",
            birth_date="1988-04-12",
        ),
    ]


def open_item(customer_id: str, gross: float, currency: str = "EUR") -> dict[str, Any]:
    """An open order item as ``customers/getOpenItems`` sends it (wire names)."""
    return {
        "Id": str(uuid.uuid4()),
        "AccountId": customer_id,
        "Amount": {"Currency": currency, "GrossValue": gross},
        "AccountingState": "Open",
        "ConsumedUtc": "2026-05-01T10:00:00Z",
    }


class MergeClient:
    """Serves profiles, their ID documents and open items, and records ``merge_customers``.

    ``documents`` and ``owed`` map a customer id to how many identity documents it has
    and to the gross amounts (in EUR) of its open items.
    """

    def __init__(
        self,
        customers: list[Customer],
        *,
        fail: Exception | None = None,
        documents: dict[str, int] | None = None,
        owed: dict[str, list[float]] | None = None,
    ) -> None:
        self.customers = {str(item.id): item for item in customers}
        self.merges: list[tuple[str, list[str]]] = []
        self.fail = fail
        self.documents = documents or {}
        self.owed = owed or {}
        self.fact_reads: list[list[str]] = []

    def get_all_customers(self, *, customer_ids: list[str], **_: Any) -> CustomerResult:
        found = [self.customers[item] for item in customer_ids if item in self.customers]
        return CustomerResult(customers=found)

    def iter_identity_documents(self, customer_ids: list[str]) -> Iterator[IdentityDocument]:
        self.fact_reads.append(list(customer_ids))
        for customer_id in customer_ids:
            for number in range(self.documents.get(customer_id, 0)):
                yield IdentityDocument.model_validate(
                    {
                        "Id": str(uuid.uuid4()),
                        "CustomerId": customer_id,
                        "Type": "Passport",
                        "Number": f"P{number:07d}",
                    }
                )

    def get_open_items(self, customer_ids: list[str]) -> CustomerItemResult:
        entries = [
            {
                "CustomerId": customer_id,
                "OrderItems": [open_item(customer_id, gross) for gross in self.owed[customer_id]],
            }
            for customer_id in customer_ids
            if customer_id in self.owed
        ]
        return CustomerItemResult.model_validate({"Customers": entries})

    def merge_customers(self, target: str, sources: list[str]) -> None:
        if self.fail is not None:
            error, self.fail = self.fail, None
            raise error
        self.merges.append((target, list(sources)))
        for source in sources:
            del self.customers[source]
