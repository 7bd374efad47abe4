"""Paging, cursors and date fields the way Mews's guidelines describe them, checked with
``MewsClient`` (and, where a client would send what ours never does, plain HTTP) over
loopback against the sandbox; every body passes through the OpenAPI contract check."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from contract_transport import ContractTransport

from desktop.mews import MewsClient, models
from desktop.sandbox.server import SandboxServer
from desktop.sandbox.tokens import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN

pytestmark = pytest.mark.e2e

AUTH = {"ClientToken": DEMO_CLIENT_TOKEN, "AccessToken": DEMO_ACCESS_TOKEN, "Client": "Rules 1.0"}


def _window(days_back: int = 89) -> dict[str, str]:
    now = datetime.now(UTC)
    return {
        "StartUtc": (now - timedelta(days=days_back)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "EndUtc": (now + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


@pytest.fixture
def raw(sandbox: SandboxServer, contract: ContractTransport) -> Iterator[Callable[..., Any]]:
    """POST a hand-written body through the contract check; returns the 200 answer."""
    http = httpx.Client(base_url=sandbox.base_url + "/api/connector/v1/", transport=contract)

    def post(operation: str, **fields: Any) -> Any:
        response = http.post(operation, json=AUTH | fields)
        assert response.status_code == 200, response.text
        return response.json()

    yield post
    http.close()


def test_every_page_with_customers_carries_its_last_id_as_cursor(client: MewsClient) -> None:
    window = _window()
    pages = list(client.iter_customer_pages(updated_utc=window, count=30))
    assert len(pages) > 1
    for page in pages:
        if page.customers:
            assert page.cursor == page.customers[-1].id
        else:
            assert page.cursor is None
    # A sync that stored the last cursor continues from it later and finds nothing new.
    last = next(page for page in reversed(pages) if page.customers)
    later = client.get_all_customers(updated_utc=window, count=30, cursor=last.cursor)
    assert later.customers == [] and later.cursor is None


@pytest.mark.parametrize(
    "page",
    [
        {"limitation": {"Count": 20}},
        {"limitation": {"count": 20}},
        {"limitation": models.Limitation(count=20)},
        {"count": 20},
        {"page_size": 20},
    ],
    ids=["wire-mapping", "snake-mapping", "model", "count", "page_size"],
)
def test_iterators_take_the_page_as_get_all_customers_does(
    client: MewsClient, contract: ContractTransport, page: dict[str, Any]
) -> None:
    window = _window(60)
    whole = client.get_all_customers(updated_utc=window)
    expected = [c.id for c in whole.customers]
    assert len(expected) > 20
    before = len(contract.statuses("customers/getAll"))
    paged = [c.id for c in client.iter_customers(updated_utc=window, **page)]
    assert paged == expected
    requests = len(contract.statuses("customers/getAll")) - before
    # 20 a page; a last page that happens to be full costs one more, empty, request.
    assert requests in {math.ceil(len(expected) / 20), len(expected) // 20 + 1}
    sizes = [len(p.customers) for p in client.iter_customer_pages(updated_utc=window, **page)]
    assert max(sizes) == 20


def test_page_given_twice_is_refused_before_sending(
    client: MewsClient, contract: ContractTransport
) -> None:
    with pytest.raises(TypeError):
        next(client.iter_customers(updated_utc=_window(), limitation={"Count": 5}, count=5))
    with pytest.raises(TypeError):
        next(client.iter_customers(updated_utc=_window(), count=5, page_size=5))
    with pytest.raises(TypeError):
        client.get_identity_documents([uuid.uuid4()], limitation={"Count": 5}, cursor=uuid.uuid4())
    assert contract.statuses("customers/getAll") == []


def _customer_with_documents(client: MewsClient, count: int) -> models.Customer:
    customer = client.add_customer(last_name="Paged", email=f"{uuid.uuid4().hex}@rules.test")
    client.add_identity_documents(
        [
            {"CustomerId": customer.id, "Type": "Visa", "Number": f"V{index}"}
            for index in range(count)
        ]
    )
    return customer


def test_identity_documents_page_with_cursors_and_every_spelling(client: MewsClient) -> None:
    customer = _customer_with_documents(client, 3)
    first = client.get_identity_documents([customer.id], limitation={"Count": 2})
    assert len(first.identity_documents) == 2
    assert first.cursor == first.identity_documents[-1].id
    rest = client.get_identity_documents([customer.id], count=2, cursor=first.cursor)
    assert [d.number for d in rest.identity_documents] == ["V2"]
    assert rest.cursor == rest.identity_documents[-1].id
    for page in ({"count": 1}, {"page_size": 1}, {"limitation": models.Limitation(count=2)}, {}):
        numbers = [d.number for d in client.iter_identity_documents([customer.id], **page)]
        assert numbers == ["V0", "V1", "V2"], page


def test_identity_document_dates_accept_date_times_and_answer_as_mews_does(
    client: MewsClient, raw: Callable[..., Any]
) -> None:
    customer = client.add_customer(last_name="Dated", email=f"{uuid.uuid4().hex}@rules.test")
    added = raw(
        "identityDocuments/add",
        IdentityDocuments=[
            {
                "CustomerId": str(customer.id),
                "Type": "Passport",
                "Number": "M1234567",
                "ExpirationDate": "2040-11-20T00:00:00Z",
                "IssuanceDate": "2020-11-20",
            }
        ],
    )["IdentityDocuments"][0]
    assert added["ExpirationDate"] == "2040-11-20T00:00:00Z"
    assert added["IssuanceDate"] == "2020-11-20T00:00:00Z"
    updated = raw(
        "identityDocuments/update",
        IdentityDocuments=[
            {"Id": added["Id"], "ExpirationDate": {"Value": "2041-01-02T00:00:00Z"}}
        ],
    )["IdentityDocuments"][0]
    assert updated["ExpirationDate"] == "2041-01-02T00:00:00Z"
    [read] = client.get_identity_documents([customer.id]).identity_documents
    assert (read.expiration_date, read.issuance_date) == (date(2041, 1, 2), date(2020, 11, 20))
    # The client takes a date-time too and sends the date the schema asks for.
    written = client.add_identity_documents(
        [
            {
                "CustomerId": customer.id,
                "Type": "IdentityCard",
                "Number": "ID7654321",
                "ExpirationDate": "2039-03-04T00:00:00Z",
            }
        ]
    )
    assert written.identity_documents[0].expiration_date == date(2039, 3, 4)


def test_birth_date_accepts_a_date_time_and_answers_a_date(raw: Callable[..., Any]) -> None:
    added = raw(
        "customers/add",
        LastName="Born",
        OverwriteExisting=False,
        BirthDate="1985-09-30T00:00:00Z",
    )
    assert added["BirthDate"] == "1985-09-30"


def test_resources_are_paged_and_resolve_the_rooms_of_stays(
    client: MewsClient, sandbox: SandboxServer, contract: ContractTransport
) -> None:
    rooms = list(client.iter_resources(count=40))
    assert len(contract.statuses("resources/getAll")) == math.ceil(len(rooms) / 40) + (
        len(rooms) % 40 == 0
    )
    by_id = {str(room.id): room.name for room in rooms}
    for row in sandbox.store.in_house():
        if row.reservation is not None:
            assert by_id[row.reservation["AssignedResourceId"]] == row.room_number
    [room] = client.get_resources(names=["204"]).resources or []
    assert room.name == "204" and room.data is not None
    assert isinstance(room.data.value, models.SpaceData) and room.data.value.floor_number == "2"
    hidden = client.get_resources(extent={"Resources": False}, count=5)
    assert hidden.resources is None and hidden.cursor is not None
