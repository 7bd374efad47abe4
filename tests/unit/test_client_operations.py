"""Each operation sends a complete, schema-valid request and parses the documented answer."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from mews_mock import ACCESS_TOKEN, CLIENT_NAME, CLIENT_TOKEN, ScriptedMews, make_client, reply
from openapi_contract import assert_valid_request, examples

from desktop.mews import models
from desktop.mews.client import MewsClient

CHAIN = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
CUSTOMER = "fadd5bb6-b428-45d5-94f8-fd0d89fece6d"
OTHER = "bccdafd1-3e44-439d-861f-341526b597a9"
DOCUMENT = "e8a72a69-c20b-4278-b699-ab0400a32ecc"

Call = Callable[[MewsClient], Any]

# operation -> (call, chain field the schema has, response type)
CALLS: dict[str, tuple[Call, str | None, type | None]] = {
    "customers/getAll": (
        lambda c: c.get_all_customers(emails=["john@example.com"], count=50),
        "ChainIds",
        models.CustomerResult,
    ),
    "customers/search": (
        lambda c: c.search_customers(name="Smith"),
        None,
        models.CustomerSearchResult,
    ),
    "customers/getOpenItems": (
        lambda c: c.get_open_items([CUSTOMER]),
        None,
        models.CustomerItemResult,
    ),
    "customers/add": (
        lambda c: c.add_customer(last_name="Carbone", first_name="Thea", email="thea@example.com"),
        "ChainId",
        models.Customer,
    ),
    "customers/update": (
        lambda c: c.update_customer(
            CUSTOMER, first_name="Thea", italian_fiscal_code={"Value": "X"}
        ),
        "ChainId",
        models.Customer,
    ),
    "customers/addFile": (
        lambda c: c.add_customer_file(
            CUSTOMER, name="id.pdf", type="application/pdf", data=b"%PDF-1.0"
        ),
        "ChainId",
        models.CustomerAddFileResult,
    ),
    "accounts/merge": (lambda c: c.merge_customers(CUSTOMER, [OTHER]), None, None),
    "identityDocuments/getAll": (
        lambda c: c.get_identity_documents([CUSTOMER], count=10),
        "ChainIds",
        models.IdentityDocumentResult,
    ),
    "identityDocuments/add": (
        lambda c: c.add_identity_documents(
            [{"CustomerId": CUSTOMER, "Type": "Passport", "Number": "M1234567"}]
        ),
        "ChainId",
        models.IdentityDocumentWriteResult,
    ),
    "identityDocuments/update": (
        lambda c: c.update_identity_documents([{"Id": DOCUMENT, "Number": {"Value": "X1"}}]),
        "ChainId",
        models.IdentityDocumentWriteResult,
    ),
    "identityDocuments/delete": (
        lambda c: c.delete_identity_documents([DOCUMENT]),
        "ChainId",
        None,
    ),
}


def _answer(operation: str) -> Any:
    _, response = examples(operation)
    return response if response is not None else {}


@pytest.mark.parametrize("operation", CALLS)
def test_operation_sends_valid_request_and_parses_documented_answer(operation: str) -> None:
    call, _, response_type = CALLS[operation]
    mews = ScriptedMews(reply(200, _answer(operation)))
    with make_client(mews) as client:
        result = call(client)
    assert mews.paths == [f"/api/connector/v1/{operation}"]
    assert mews.requests[0].method == "POST"
    assert mews.requests[0].headers["Content-Type"] == "application/json"
    body = mews.bodies[0]
    assert (body["ClientToken"], body["AccessToken"], body["Client"]) == (
        CLIENT_TOKEN,
        ACCESS_TOKEN,
        CLIENT_NAME,
    )
    assert "ChainId" not in body and "ChainIds" not in body
    assert_valid_request(operation, body)
    if response_type is None:
        assert result is None
    else:
        assert isinstance(result, response_type)


@pytest.mark.parametrize("operation", CALLS)
def test_portfolio_chain_id_goes_where_the_schema_has_it(operation: str) -> None:
    call, chain_field, _ = CALLS[operation]
    mews = ScriptedMews(reply(200, _answer(operation)))
    with make_client(mews, chain_id=CHAIN) as client:
        call(client)
    body = mews.bodies[0]
    assert_valid_request(operation, body)
    if chain_field == "ChainIds":
        assert body["ChainIds"] == [CHAIN]
        assert "ChainId" not in body
    elif chain_field == "ChainId":
        assert body["ChainId"] == CHAIN
        assert "ChainIds" not in body
    else:
        assert "ChainId" not in body and "ChainIds" not in body


def test_get_all_always_sends_extent_and_limitation() -> None:
    mews = ScriptedMews(reply(200, {"Customers": [], "Cursor": None}))
    with make_client(mews) as client:
        client.get_all_customers(last_names=["Novák"])
        client.get_all_customers(
            customer_ids=[CUSTOMER], extent={"Customers": True, "Addresses": True}, count=5
        )
    first, second = mews.bodies
    assert first["Extent"] == {"Customers": True}
    assert first["Limitation"] == {"Count": 1000}
    assert first["LastNames"] == ["Novák"]
    assert second["Extent"] == {"Customers": True, "Addresses": True}
    assert second["Limitation"] == {"Count": 5}


def test_enum_arguments_accept_member_or_api_string_and_nested_mapping() -> None:
    answer = _answer("customers/add")
    mews = ScriptedMews(reply(200, answer))
    with make_client(mews) as client:
        client.add_customer(
            last_name="Dvořák",
            title=models.Title.MISTER,
            sex="Male",
            classifications=["Returning", "SomethingMewsAddsLater"],
            address={"line1": "Na Příkopě 1", "city": "Praha", "country_code": "CZ"},
        )
    body = mews.bodies[0]
    assert body["Title"] == "Mister"
    assert body["Sex"] == "Male"
    assert body["Classifications"] == ["Returning", "SomethingMewsAddsLater"]
    assert body["Address"] == {"Line1": "Na Příkopě 1", "City": "Praha", "CountryCode": "CZ"}
    assert body["OverwriteExisting"] is False


def test_add_file_encodes_bytes_as_base64() -> None:
    raw = bytes(range(256))
    mews = ScriptedMews(reply(200, {"FileId": str(uuid.uuid4())}))
    with make_client(mews) as client:
        result = client.add_customer_file(CUSTOMER, name="scan.png", type="image/png", data=raw)
    assert base64.b64decode(mews.bodies[0]["Data"]) == raw
    assert isinstance(result.file_id, uuid.UUID)


def test_merge_customers_sends_one_customer_account_merge() -> None:
    mews = ScriptedMews(reply(200, {}))
    with make_client(mews) as client:
        client.merge_customers(CUSTOMER, [OTHER, DOCUMENT])
    assert mews.bodies[0]["AccountMergeParameters"] == [
        {
            "AccountType": "Customer",
            "SourceAccountIds": [OTHER, DOCUMENT],
            "TargetAccountId": CUSTOMER,
        }
    ]


def test_search_results_carry_customer_and_reservation() -> None:
    mews = ScriptedMews(reply(200, _answer("customers/search")))
    with make_client(mews) as client:
        result = client.search_customers(name="Smith")
    assert result.customers, "the documented example has one match"
    assert result.customers[0].customer.last_name == "Smith"
