"""``MewsClient`` over real loopback HTTP against the sandbox, every body checked against the OpenAPI.

The ``contract`` fixture fails a test on any request or response that violates the
official schemas, so each test here also proves both sides speak the documented API.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from contract_transport import ContractTransport

from desktop.mews import (
    ForbiddenError,
    InvalidResponseError,
    MewsClient,
    NetworkError,
    RateLimitedError,
    RetryPolicy,
    TooLargeError,
)
from desktop.sandbox.faults import FaultConfig
from desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.e2e

ClientFactory = Callable[..., MewsClient]
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _window(days_back: int = 89, ahead: int = 1) -> dict[str, str]:
    now = datetime.now(UTC)
    return {
        "StartUtc": (now - timedelta(days=days_back)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "EndUtc": (now + timedelta(days=ahead)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def _unique_email(tag: str) -> str:
    return f"{tag}.{uuid.uuid4().hex[:10]}@frontdesk.test"


@pytest.fixture(autouse=True)
def _calm_sandbox(sandbox: SandboxServer) -> None:
    """Each test starts without faults and with the real rate limit."""
    sandbox.set_faults(None)
    sandbox.set_rate_limit(200, 30.0)


def test_get_all_finds_recent_updates_and_by_email(client: MewsClient) -> None:
    page = client.get_all_customers(updated_utc=_window(), count=20)
    assert 0 < len(page.customers) <= 20
    someone = next(c for c in page.customers if c.email)
    found = client.get_all_customers(emails=[someone.email.upper()])
    assert someone.id in {c.id for c in found.customers}


def test_iter_customers_pages_each_customer_exactly_once(client: MewsClient) -> None:
    window = _window(days_back=89)
    whole = client.get_all_customers(updated_utc=window, count=1000)
    assert len(whole.customers) > 25, "the demo data updates many profiles in the last weeks"
    pages = list(client.iter_customer_pages(updated_utc=window, page_size=25))
    paged = [c.id for page in pages for c in page.customers]
    assert len(paged) == len(set(paged))
    assert set(paged) == {c.id for c in whole.customers}
    assert all(len(page.customers) == 25 for page in pages[:-1])
    assert sum(1 for _ in client.iter_customers(updated_utc=window, page_size=40)) == len(paged)


def test_search_finds_in_house_guest_with_reservation(
    client: MewsClient, sandbox: SandboxServer
) -> None:
    staying = next(row for row in sandbox.store.in_house() if row.reservation is not None)
    last_name = staying.customer["LastName"]
    result = client.search_customers(name=last_name)
    matches = {item.customer.id: item for item in result.customers}
    guest = matches[uuid.UUID(staying.customer["Id"])]
    assert guest.reservation is not None
    active_now = {uuid.UUID(row.customer["Id"]) for row in sandbox.store.in_house()}
    assert set(matches) <= active_now, "search must find only in-house guests and paymasters"


def test_open_items_for_customers(client: MewsClient, sandbox: SandboxServer) -> None:
    page = client.get_all_customers(updated_utc=_window(days_back=89), count=1000)
    result = client.get_open_items([c.id for c in page.customers[:100]])
    assert result.customers is not None
    assert {item.customer_id for item in result.customers} <= {c.id for c in page.customers}


def test_add_update_and_duplicate_email_rules(client: MewsClient) -> None:
    email = _unique_email("thea")
    added = client.add_customer(
        last_name="Carbone",
        first_name="Thea",
        email=email,
        title="Miss",
        classifications=["Returning"],
    )
    assert added.last_name == "Carbone" and added.email == email

    with pytest.raises(ForbiddenError) as refused:
        client.add_customer(last_name="Carbone", email=email.upper())
    assert refused.value.request_id and refused.value.message

    overwritten = client.add_customer(
        last_name="Carbone-Rossi", email=email, overwrite_existing=True
    )
    assert overwritten.id == added.id

    updated = client.update_customer(added.id, notes="Late arrival", phone="+39 06 555 5555")
    assert updated.notes == "Late arrival"
    assert updated.first_name == "Thea", "update must leave fields it was not given"

    other = client.add_customer(last_name="Other", email=_unique_email("other"))
    with pytest.raises(ForbiddenError):
        client.update_customer(other.id, email=email)


def test_add_file_and_oversized_file(client: MewsClient, sandbox: SandboxServer) -> None:
    customer = client.add_customer(last_name="Scan", email=_unique_email("scan"))
    result = client.add_customer_file(customer.id, name="id.png", type="image/png", data=TINY_PNG)
    assert isinstance(result.file_id, uuid.UUID)
    too_big = b"\0" * (sandbox.max_body_bytes + 1)
    with pytest.raises(TooLargeError) as caught:
        client.add_customer_file(customer.id, name="huge.pdf", type="application/pdf", data=too_big)
    assert caught.value.status_code == 413 and caught.value.request_id


def test_merge_customers_keeps_the_target(client: MewsClient) -> None:
    target = client.add_customer(last_name="Merge", first_name="Target", email=_unique_email("t"))
    source = client.add_customer(last_name="Merge", first_name="Source", email=_unique_email("s"))
    client.merge_customers(target.id, [source.id])
    remaining = client.get_all_customers(customer_ids=[target.id, source.id])
    assert [c.id for c in remaining.customers] == [target.id]


def test_identity_documents_round_trip(client: MewsClient) -> None:
    customer = client.add_customer(last_name="Document", email=_unique_email("doc"))
    written = client.add_identity_documents(
        [
            {
                "CustomerId": customer.id,
                "Type": "Passport",
                "Number": "M1234567",
                "ExpirationDate": "2031-05-01",
                "IssuingCountryCode": "CZ",
            }
        ]
    )
    [document] = written.identity_documents
    assert document.customer_id == customer.id and document.number == "M1234567"

    client.update_identity_documents([{"Id": document.id, "Number": {"Value": "M7654321"}}])
    fetched = client.get_identity_documents([customer.id], count=10)
    assert [d.number for d in fetched.identity_documents] == ["M7654321"]

    client.delete_identity_documents([document.id])
    assert client.get_identity_documents([customer.id], count=10).identity_documents == []


def test_portfolio_chain_id_is_sent_where_the_schema_allows(
    make_client: ClientFactory, contract: ContractTransport
) -> None:
    chain = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    client = make_client(chain_id=chain)
    client.get_all_customers(updated_utc=_window(), count=5)
    customer = client.add_customer(last_name="Chain", email=_unique_email("chain"))
    client.update_customer(customer.id, notes="chain")
    client.get_identity_documents([customer.id], count=5)
    assert contract.statuses("customers/getAll") == [200]
    assert contract.statuses("customers/add") == [200]
    # The contract transport already validated each body, ChainIds/ChainId included.


def test_reads_survive_dropped_connections(
    make_client: ClientFactory, sandbox: SandboxServer, contract: ContractTransport
) -> None:
    client = make_client(retry_policy=RetryPolicy(max_attempts=8, base_delay=0.01, max_delay=0.02))
    sandbox.set_faults(FaultConfig(drop_rate=0.5, seed=11))
    for _ in range(6):
        client.get_all_customers(updated_utc=_window(), count=5)
    sandbox.set_faults(None)
    statuses = contract.statuses("customers/getAll")
    assert statuses.count(200) == 6


def test_write_is_not_repeated_after_a_reset(
    make_client: ClientFactory, sandbox: SandboxServer, contract: ContractTransport
) -> None:
    client = make_client()
    email = _unique_email("reset")
    sandbox.set_faults(FaultConfig(drop_rate=1.0))
    with pytest.raises(NetworkError) as caught:
        client.add_customer(last_name="Reset", email=email)
    sandbox.set_faults(None)
    assert caught.value.request_sent is True
    assert contract.statuses("customers/add") == []  # one attempt, no answer, no second try


def test_garbled_answers_surface_as_invalid_response(
    make_client: ClientFactory, sandbox: SandboxServer
) -> None:
    client = make_client(retry_policy=RetryPolicy(max_attempts=1))
    for fault, truncated in (("non_json_rate", False), ("truncate_rate", True)):
        sandbox.set_faults(FaultConfig(**{fault: 1.0}))
        with pytest.raises(InvalidResponseError) as caught:
            client.get_all_customers(updated_utc=_window(), count=5)
        assert caught.value.truncated is truncated, fault
        assert caught.value.request_id
    sandbox.set_faults(None)
    # With retries (the default) a read recovers once the fault clears up.
    sandbox.set_faults(FaultConfig(truncate_rate=0.5, seed=5))
    patient = make_client(
        retry_policy=RetryPolicy(max_attempts=10, base_delay=0.01, max_delay=0.02)
    )
    for _ in range(4):
        patient.get_all_customers(updated_utc=_window(), count=5)


def test_server_429_is_waited_out_using_retry_after(
    make_client: ClientFactory, sandbox: SandboxServer, contract: ContractTransport
) -> None:
    sandbox.set_rate_limit(3, 1.0)
    client = make_client()
    for _ in range(5):
        client.get_all_customers(updated_utc=_window(), count=1)
    statuses = contract.statuses("customers/getAll")
    assert 429 in statuses
    assert statuses.count(200) == 5

    impatient = make_client(retry_policy=RetryPolicy(max_attempts=1))
    for _ in range(3):
        try:
            impatient.get_all_customers(updated_utc=_window(), count=1)
        except RateLimitedError as error:
            assert error.retry_after is not None and error.retry_after >= 1
            assert error.request_id
            break
    else:
        pytest.fail("the sandbox's limit of 3 per second was never hit")
