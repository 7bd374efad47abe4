"""An in-memory stand-in for ``MewsClient`` that behaves like Mews where the editor cares.

It keeps customers as wire dictionaries, answers through the real pydantic models, and
applies ``customers/update`` the way Mews does: blank values never clear a field, sets are
replaced, Italian codes are update values. Every call is recorded so tests can assert on
exactly what the editor sent; ``fail_next`` injects one failure.
"""

from __future__ import annotations

import itertools
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.desk.duplicate_groups import normalized_name
from desktop.mews.models import Customer, CustomerItemResult, CustomerResult, CustomerSearchResult
from desktop.ui.profile_editor import ProfileEditor
from desktop.ui.profile_service import ProfileService
from desktop.ui.workers import Request, WorkerRunner

_WIRE = {
    "title": "Title",
    "first_name": "FirstName",
    "last_name": "LastName",
    "second_last_name": "SecondLastName",
    "sex": "Sex",
    "birth_date": "BirthDate",
    "birth_place": "BirthPlace",
    "birth_country_code": "BirthCountryCode",
    "birth_country_subdivision_code": "BirthCountrySubdivisionCode",
    "nationality_code": "NationalityCode",
    "preferred_language_code": "PreferredLanguageCode",
    "occupation": "Occupation",
    "email": "Email",
    "phone": "Phone",
    "tax_identification_number": "TaxIdentificationNumber",
    "loyalty_code": "LoyaltyCode",
    "company_id": "CompanyId",
    "notes": "Notes",
    "car_registration_number": "CarRegistrationNumber",
    "dietary_requirements": "DietaryRequirements",
    "classifications": "Classifications",
    "options": "Options",
    "italian_destination_code": "ItalianDestinationCode",
    "italian_fiscal_code": "ItalianFiscalCode",
    "italian_lottery_code": "ItalianLotteryCode",
}


def wire_customer(**fields: Any) -> dict[str, Any]:
    """A complete ``Customer`` wire object with sensible defaults."""
    base: dict[str, Any] = {
        "Id": str(uuid.uuid4()),
        "ChainId": "1df21f06-0cfc-4960-9c58-a3bf1261663e",
        "Number": "1001",
        "FirstName": "Anna",
        "LastName": "Novak",
        "Email": "anna@example.com",
        "Phone": "+420 777 123 456",
        "Title": "Misses",
        "Classifications": [],
        "Options": [],
        "PreferredSpaceFeatures": [],
        "IsActive": True,
        "CreatedUtc": "2026-01-01T10:00:00Z",
        "UpdatedUtc": "2026-01-01T10:00:00Z",
        "CreatorProfileId": "6f8e1b8e-0000-4000-8000-000000000001",
        "UpdaterProfileId": "6f8e1b8e-0000-4000-8000-000000000001",
    }
    return base | fields


class FakeMews:
    """Thread-safe: the editor calls it from the worker pools."""

    def __init__(self) -> None:
        self.customers: dict[str, dict[str, Any]] = {}
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.open_items: dict[str, dict[str, Any]] = {}
        self.in_house: set[str] = set()  # ids ``customers/search`` can find, as in Mews
        self._failures: list[BaseException] = []
        self._clock = itertools.count(1)
        self._lock = threading.Lock()

    # --- test controls --------------------------------------------------------------------

    def put(self, **fields: Any) -> dict[str, Any]:
        record = wire_customer(**fields)
        self.customers[record["Id"]] = record
        return record

    def model(self, customer_id: str) -> Customer:
        return Customer.model_validate(self.customers[customer_id])

    def touch(self, customer_id: str, **wire_fields: Any) -> None:
        """Another desk saves the profile."""
        record = self.customers[customer_id]
        record.update(wire_fields)
        record["UpdatedUtc"] = f"2026-02-01T10:{next(self._clock):02d}:00Z"

    def fail_next(self, error: BaseException) -> None:
        self._failures.append(error)

    def calls_to(self, operation: str) -> list[dict[str, Any]]:
        return [args for name, args in self.calls if name == operation]

    # --- MewsClient surface ---------------------------------------------------------------

    def _record(self, operation: str, arguments: dict[str, Any]) -> None:
        with self._lock:
            self.calls.append((operation, arguments))
            if self._failures:
                raise self._failures.pop(0)

    def get_all_customers(self, **filters: Any) -> CustomerResult:
        self._record("customers/getAll", filters)
        found = list(self.customers.values())
        if "customer_ids" in filters:
            found = [c for c in found if c["Id"] in filters["customer_ids"]]
        if "emails" in filters:
            found = [c for c in found if c.get("Email") in filters["emails"]]
        if "last_names" in filters:
            found = [c for c in found if c.get("LastName") in filters["last_names"]]
        if "first_names" in filters:
            found = [c for c in found if c.get("FirstName") in filters["first_names"]]
        return CustomerResult.model_validate({"Customers": found, "Cursor": None})

    get_customer_summaries = get_all_customers  # the same getAll, read for the table

    def search_customers(self, *, name: str) -> CustomerSearchResult:
        """Guests in house whose folded full name starts with the folded ``name``."""
        self._record("customers/search", {"name": name})
        wanted = normalized_name(name)
        hits = [
            {"Customer": record}
            for customer_id, record in self.customers.items()
            if customer_id in self.in_house
            and normalized_name(f"{record.get('FirstName') or ''} {record['LastName']}").startswith(
                wanted
            )
        ]
        return CustomerSearchResult.model_validate({"Customers": hits})

    def update_customer(self, customer_id: str, **fields: Any) -> Customer:
        self._record("customers/update", {"customer_id": customer_id, **fields})
        record = self.customers[str(customer_id)]
        for key, value in fields.items():
            if key == "address":
                record["Address"] = (record.get("Address") or {}) | value
            elif key.startswith("italian_"):
                record[_WIRE[key]] = value["Value"]
            elif value not in (None, ""):
                record[_WIRE[key]] = value
        record["UpdatedUtc"] = f"2026-03-01T10:{next(self._clock):02d}:00Z"
        return self.model(str(customer_id))

    def add_customer(self, *, overwrite_existing: bool = False, **fields: Any) -> Customer:
        self._record("customers/add", {"overwrite_existing": overwrite_existing, **fields})
        wire = {_WIRE[k]: v for k, v in fields.items() if k in _WIRE}
        if "address" in fields:
            wire["Address"] = fields["address"]
        existing = [
            c
            for c in self.customers.values()
            if fields.get("email") and c.get("Email") == fields["email"]
        ]
        if existing and overwrite_existing:
            existing[0].update(wire)
            return self.model(existing[0]["Id"])
        record = self.put(**wire, Number=str(2000 + len(self.customers)))
        return self.model(record["Id"])

    def get_open_items(self, customer_ids: Sequence[str], **_: Any) -> CustomerItemResult:
        self._record("customers/getOpenItems", {"customer_ids": list(customer_ids)})
        customers = [self.open_items[c] for c in customer_ids if c in self.open_items]
        return CustomerItemResult.model_validate({"Customers": customers})


class FakeCalls:
    """``ApiCalls`` over a real worker runner, with ``FakeMews`` as the client."""

    def __init__(self, runner: WorkerRunner, client: FakeMews) -> None:
        self._runner = runner
        self._client = client

    def read(self, fn: Callable[[Any], Any], *, owner: QObject, label: str = "") -> Request:
        return self._runner.submit(lambda: fn(self._client), owner=owner, label=label)

    def write(self, fn: Callable[[Any], Any], *, owner: QObject, label: str = "") -> Request:
        return self._runner.submit(lambda: fn(self._client), owner=owner, write=True, label=label)

    def run_local(self, fn: Callable[[], Any], *, owner: QObject, label: str = "") -> Request:
        return self._runner.submit(fn, owner=owner, label=label)


@contextmanager
def profile_editor(qtbot: QtBot, mews: FakeMews) -> Iterator[ProfileEditor]:
    """An editor on its own worker runner over ``mews``, reverted and shut down afterwards."""
    runner = WorkerRunner()
    widget = ProfileEditor(ProfileService(FakeCalls(runner, mews)))
    qtbot.addWidget(widget)
    try:
        yield widget
    finally:
        qtbot.waitUntil(lambda: not widget.is_busy())
        widget.revert()  # closing a dirty editor would ask Save / Discard / Cancel
        runner.shutdown()
        runner.deleteLater()
