"""``customers/getAll``, ``customers/search`` and ``customers/getOpenItems``."""

from __future__ import annotations

import copy
import unicodedata
from typing import Any, Final

from desktop.sandbox.errors import invalid
from desktop.sandbox.records import Json, legacy_document
from desktop.sandbox.store import CustomerFilter, InHouseRow, Store
from desktop.sandbox.validation import (
    ACTIVITY_STATES,
    MAX_FILTER_ITEMS,
    limitation,
    lowered,
    optional_interval,
    optional_list,
    optional_str,
    optional_str_list,
    optional_uuid,
    optional_uuid_list,
)

_FILTERS: Final = (
    "CustomerIds", "Emails", "FirstNames", "LastNames", "LoyaltyCodes", "CompanyIds",
    "CreatedUtc", "UpdatedUtc", "DeletedUtc",
)  # fmt: skip


def _extent(body: dict[str, Any]) -> dict[str, bool]:
    """Which parts to return. A missing Extent means customers only: real integrations
    omit it and Mews answers them, so the sandbox must not be stricter than Mews."""
    extent = body.get("Extent")
    if extent is None:
        return {"Customers": True, "Documents": False, "Addresses": False}
    if not isinstance(extent, dict):
        raise invalid("Extent", "expected an object")
    return {key: extent.get(key) is True for key in ("Customers", "Documents", "Addresses")}


def _shape(customer: Json, extent: dict[str, bool]) -> Json:
    if not extent["Addresses"] and customer.get("Address") is not None:
        customer = dict(customer, Address=None)
    return customer


def _documents_extent(store: Store, customers: list[Json]) -> list[Json]:
    ids = [customer["Id"] for customer in customers]
    if not ids:
        return []
    documents, _ = store.query_documents(ids, None, None, count=len(ids) * 10, cursor=None)
    return [legacy_document(document) for document in documents]


def get_all(store: Store, body: dict[str, Any]) -> Json:
    extent = _extent(body)
    page = limitation(body)
    states = optional_list(body, "ActivityStates", max_items=2)
    if states is not None and any(state not in ACTIVITY_STATES for state in states):
        raise invalid("ActivityStates", "expected Active and/or Deleted")
    company_ids = optional_uuid_list(body, "CompanyIds", max_items=1)
    filters = CustomerFilter(
        ids=optional_uuid_list(body, "CustomerIds"),
        emails=_lowered_list(body, "Emails"),
        first_names=_lowered_list(body, "FirstNames"),
        last_names=_lowered_list(body, "LastNames"),
        loyalty_codes=_lowered_list(body, "LoyaltyCodes"),
        company_ids=company_ids,
        created=optional_interval(body, "CreatedUtc"),
        updated=optional_interval(body, "UpdatedUtc"),
        deleted=optional_interval(body, "DeletedUtc"),
        activity_states=frozenset(states or ("Active",)),
    )
    if all(body.get(name) is None for name in _FILTERS):
        raise invalid("CustomerIds", "at least one filter is required")
    customers, cursor = store.query_customers(filters, page.count, page.cursor)
    result: Json = {
        "Customers": [_shape(c, extent) for c in customers] if extent["Customers"] else [],
        "Documents": _documents_extent(store, customers) if extent["Documents"] else None,
        "Cursor": cursor,
    }
    return result


def _lowered_list(body: dict[str, Any], name: str) -> list[str] | None:
    values = optional_str_list(body, name, max_items=MAX_FILTER_ITEMS)
    return None if values is None else lowered(values)


# -- search ------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Case- and accent-insensitive form: a desk typing "dvorak" finds "Dvořák"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def names_match(first_name: str | None, last_name: str | None, query: str) -> bool:
    """Prefix of the first name, the last name, or the full name in either order."""
    first = fold(first_name or "")
    last = fold(last_name or "")
    candidates = (first, last, f"{first} {last}".strip(), f"{last} {first}".strip())
    return any(candidate.startswith(query) for candidate in candidates if candidate)


def search(store: Store, body: dict[str, Any]) -> Json:
    """Only customers active right now: in-house guests with their stay, and paymasters."""
    name = optional_str(body, "Name")
    resource_id = optional_uuid(body, "ResourceId")
    extent = _extent(body)
    query = fold(name or "")
    if not query and resource_id is None:
        raise invalid("Name", "a name or a ResourceId is required")
    named = (lambda first, last: names_match(first, last, query)) if query else None
    matches: list[InHouseRow] = store.in_house(resource_id, named)
    customers = [row.customer for row in matches]
    return {
        "Customers": [
            {"Customer": _shape(row.customer, extent), "Reservation": row.reservation}
            for row in matches
        ],
        "Documents": _documents_extent(store, customers) if extent["Documents"] else None,
    }


# -- open items ------------------------------------------------------------------------------

#: Value of one unit in euros; enough to convert amounts plausibly for a demo.
_EURO_RATES: Final = {"EUR": 1.0, "GBP": 1.17, "USD": 0.92, "CZK": 0.04, "CHF": 1.04}


def _convert(item: Json, currency: str) -> Json:
    converted = copy.deepcopy(item)
    source = converted["Amount"]
    factor = _EURO_RATES.get(source["Currency"], 1.0) / _EURO_RATES[currency]
    source["Currency"] = currency
    for key in ("NetValue", "GrossValue", "Value", "Net", "Tax"):
        if isinstance(source.get(key), int | float):
            source[key] = round(source[key] * factor, 2)
    for tax in source["TaxValues"]:
        tax["Value"] = round(tax["Value"] * factor, 2)
    for line in source["Breakdown"]["Items"]:
        line["NetValue"] = round(line["NetValue"] * factor, 2)
        line["TaxValue"] = round(line["TaxValue"] * factor, 2)
    return converted


def get_open_items(store: Store, body: dict[str, Any]) -> Json:
    customer_ids = optional_uuid_list(body, "CustomerIds")
    if customer_ids is None:
        raise invalid("CustomerIds", "required")
    currency = optional_str(body, "Currency")
    if currency is not None and currency not in _EURO_RATES:
        raise invalid("Currency", f"unsupported currency {currency!r}")
    unique_ids = list(dict.fromkeys(customer_ids))
    missing = set(unique_ids) - store.existing_customer_ids(unique_ids)
    if missing:
        raise invalid("CustomerIds", f"unknown customer {sorted(missing)[0]}")
    items = store.open_items(unique_ids)
    result = []
    for customer_id in unique_ids:
        orders, payments = items[customer_id]["order"], items[customer_id]["payment"]
        if currency is not None:
            orders = [_convert(item, currency) for item in orders]
            payments = [_convert(item, currency) for item in payments]
        result.append(
            {"CustomerId": customer_id, "Items": [], "OrderItems": orders, "PaymentItems": payments}
        )
    return {"Customers": result}
