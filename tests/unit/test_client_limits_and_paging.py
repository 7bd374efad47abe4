"""Limits refused before sending, and paging that follows the cursor to its end."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from client_calls import CUSTOMER, EMPTY_PAGE
from mews_mock import ScriptedMews, make_client, reply

from desktop.mews.errors import (
    InvalidResponseError,
    LimitError,
)

# -- limits before sending ---------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.get_all_customers(emails=[f"g{i}@example.com" for i in range(1001)]),
        lambda c: c.get_all_customers(emails=["a@example.com"], count=1001),
        lambda c: c.get_all_customers(emails=["a@example.com"], count=0),
        lambda c: c.get_all_customers(
            updated_utc={"StartUtc": "2026-01-01T00:00:00Z", "EndUtc": "2026-05-01T00:00:00Z"}
        ),
        lambda c: c.get_all_customers(company_ids=[str(uuid.uuid4()), str(uuid.uuid4())]),
        lambda c: c.add_customer(last_name="X", car_registration_number="A" * 256),
        lambda c: c.add_customer_file(
            CUSTOMER, name="x.docx", type="application/msword", data=b"1"
        ),
        lambda c: c.update_customer("not-a-uuid", first_name="X"),
        lambda c: c.get_identity_documents([str(uuid.uuid4()) for _ in range(101)]),
        lambda c: c.add_identity_documents(
            [{"CustomerId": CUSTOMER, "Type": "Passport", "Number": str(i)} for i in range(11)]
        ),
        lambda c: c.merge_customers(CUSTOMER, [CUSTOMER]),
    ],
    ids=[
        "1001-emails",
        "count-1001",
        "count-0",
        "4-month-window",
        "2-companies",
        "car-256",
        "mime",
        "bad-uuid",
        "101-doc-customers",
        "11-documents",
        "merge-into-self",
    ],
)
def test_limits_are_rejected_before_anything_is_sent(call: Any) -> None:
    mews = ScriptedMews()
    with make_client(mews) as client, pytest.raises(LimitError) as caught:
        call(client)
    assert mews.requests == []
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).startswith("Mews ")


def test_limit_accepted_exactly_at_the_boundary() -> None:
    mews = ScriptedMews(reply(200, EMPTY_PAGE))
    with make_client(mews) as client:
        client.get_all_customers(emails=[f"g{i}@example.com" for i in range(1000)], count=1000)
    assert len(mews.bodies[0]["Emails"]) == 1000


def test_unknown_keyword_is_refused_not_ignored() -> None:
    mews = ScriptedMews()
    with make_client(mews) as client, pytest.raises(TypeError, match="last_name"):
        client.get_all_customers(last_name=["Novák"])
    assert mews.requests == []


def _customer(index: int) -> dict[str, Any]:
    return {
        "Id": str(uuid.UUID(int=index + 1)),
        "LastName": f"Guest{index}",
        "Classifications": [],
        "Options": [],
        "IsActive": True,
    }


# -- paging ------------------------------------------------------------------------------


def _paging_mews(total: int) -> ScriptedMews:
    """Pages of ``Count`` customers; the cursor is the last id, null after the last one."""

    def answer(request: httpx.Request) -> httpx.Response:
        limitation = json.loads(request.content)["Limitation"]
        start = 0 if limitation.get("Cursor") is None else uuid.UUID(limitation["Cursor"]).int
        end = min(start + limitation["Count"], total)
        page = [_customer(i) for i in range(start, end)]
        cursor = str(uuid.UUID(int=end)) if end < total else None
        return reply(200, {"Customers": page, "Cursor": cursor})

    return ScriptedMews(answer)


def test_iter_customers_follows_the_cursor_to_the_end() -> None:
    mews = _paging_mews(23)
    with make_client(mews) as client:
        customers = list(
            client.iter_customers(
                page_size=5,
                updated_utc={"StartUtc": "2026-01-01T00:00:00Z", "EndUtc": "2026-02-01T00:00:00Z"},
            )
        )
    assert [c.last_name for c in customers] == [f"Guest{i}" for i in range(23)]
    assert len(mews.requests) == 5
    cursors = [body["Limitation"].get("Cursor") for body in mews.bodies]
    assert cursors == [None] + [str(uuid.UUID(int=n)) for n in (5, 10, 15, 20)]
    assert all(body["UpdatedUtc"]["StartUtc"] == "2026-01-01T00:00:00Z" for body in mews.bodies)


def test_iter_customer_pages_stops_on_exact_multiple_with_null_cursor() -> None:
    mews = _paging_mews(10)
    with make_client(mews) as client:
        pages = list(client.iter_customer_pages(page_size=5, emails=["a@example.com"]))
    # Page 2 is full but its cursor is null: no third request.
    assert [len(page.customers) for page in pages] == [5, 5]
    assert len(mews.requests) == 2


def test_repeated_cursor_is_an_invalid_response_not_an_endless_loop() -> None:
    stuck = {"Customers": [_customer(i) for i in range(2)], "Cursor": str(uuid.UUID(int=99))}
    mews = ScriptedMews(reply(200, stuck))
    with make_client(mews) as client, pytest.raises(InvalidResponseError):
        list(client.iter_customers(page_size=2, emails=["a@example.com"]))
    assert len(mews.requests) == 2
