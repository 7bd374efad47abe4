"""Duplicate profiles and a client that merges them, for the merge and duplicates dialogs."""

from __future__ import annotations

import uuid
from typing import Any

from desktop.mews.models import Customer, CustomerResult


def customer(**fields: Any) -> Customer:
    values: dict[str, Any] = {"id": str(uuid.uuid4())}
    values.update(fields)
    return Customer.model_validate(values)


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


class MergeClient:
    """Serves ``get_all_customers(customer_ids=...)`` and records ``merge_customers``."""

    def __init__(self, customers: list[Customer], *, fail: Exception | None = None) -> None:
        self.customers = {str(item.id): item for item in customers}
        self.merges: list[tuple[str, list[str]]] = []
        self.fail = fail

    def get_all_customers(self, *, customer_ids: list[str], **_: Any) -> CustomerResult:
        found = [self.customers[item] for item in customer_ids if item in self.customers]
        return CustomerResult(customers=found)

    def merge_customers(self, target: str, sources: list[str]) -> None:
        if self.fail is not None:
            error, self.fail = self.fail, None
            raise error
        self.merges.append((target, list(sources)))
        for source in sources:
            del self.customers[source]
