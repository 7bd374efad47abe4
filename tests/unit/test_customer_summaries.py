"""Summaries are at least as lenient as the full customer model, and name only its fields."""

from __future__ import annotations

import json

from openapi_contract import examples, spec

from desktop.desk.customer_rows import row_from_customer
from desktop.mews.models.customer_summaries import CustomerSummary, CustomerSummaryResult


def _example_customer() -> dict:
    _, response = examples("customers/getAll")
    return dict(response["Customers"][0])


def test_wire_names_are_fields_of_the_customer_schema() -> None:
    documented = set(spec()["components"]["schemas"]["Customer"]["properties"])
    names = {field.alias for field in CustomerSummary.model_fields.values()}
    assert names <= documented
    assert {"Id", "LastName", "Email", "Classifications", "UpdatedUtc"} <= names


def test_unknown_values_nulls_and_extra_fields_parse() -> None:
    body = _example_customer() | {
        "Title": "Doctor",
        "Classifications": ["Blocklist", "SuperVip", None],
        "LastName": None,
        "BirthDate": "1980-02-03T00:00:00Z",
        "SomethingNew": {"Nested": [1, 2]},
    }
    raw = json.dumps({"Customers": [body], "Cursor": None, "Later": 1}).encode()
    customer = CustomerSummaryResult.model_validate_json(raw).customers[0]
    assert customer.title == "Doctor"
    assert customer.classifications == ["Blocklist", "SuperVip", None]
    row = row_from_customer(customer)
    assert row.title == "Doctor"
    assert row.last_name == ""
    assert row.birth_date == "1980-02-03"
    assert row.classifications == "Blocklist, Super vip"
