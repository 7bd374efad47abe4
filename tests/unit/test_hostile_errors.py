"""Error statuses with broken bodies, hostile Retry-After headers, and good answers after bad ones."""

from __future__ import annotations

import uuid

import pytest
from hostile_calls import (
    BUDGET,
    CALLS,
    OPERATIONS,
    answering_client,
    outcome,
)
from hostile_mutations import encode, hostile_bytes, hostile_values
from hostile_seeds import sandbox_answers
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.mews import MewsError, RateLimitedError, models
from desktop.mews.errors import error_class_for_status
from desktop.mews.retry import parse_retry_after


@pytest.mark.parametrize("status", [400, 401, 403, 404, 408, 409, 413, 429, 500, 502, 503])
@BUDGET
@given(data=st.data())
def test_error_status_with_hostile_body_keeps_its_error_class(
    status: int, data: st.DataObject
) -> None:
    """A broken error body must not turn a 403 into something the desk cannot explain."""
    raw = data.draw(
        st.one_of(
            hostile_bytes("customers/getAll"),
            st.builds(lambda body: encode(body), st.fixed_dictionaries({}, optional={
                "Message": hostile_values, "RequestId": hostile_values, "Details": hostile_values
            })),
        ),
        label="body",
    )  # fmt: skip
    operation = data.draw(st.sampled_from(OPERATIONS), label="operation")
    error = outcome(operation, raw, status)
    assert type(error) is error_class_for_status(status)
    assert isinstance(error, MewsError) and error.status_code == status
    assert isinstance(error.message, str) and error.message
    assert isinstance(str(error), str) and isinstance(repr(error), str)


@BUDGET
@example("inf")
@example("nan")
@example("-5")
@example("Wed, 21 Oct 99999 07:28:00 GMT")
@example("Wed, 21 Oct 2015 07:28:00 +9999")
@given(
    value=st.one_of(
        st.text(max_size=40),
        st.from_regex(r"\A[A-Za-z]{3}, \d{1,2} \w{3} \d{1,6} \d\d:\d\d:\d\d( \w+)?\Z"),
    )
)
def test_any_retry_after_header_is_a_wait_or_nothing(value: str) -> None:
    seconds = parse_retry_after(value)
    assert seconds is None or seconds >= 0
    headers = {"Retry-After": value} if value.isprintable() and value.isascii() else {}
    with answering_client(429, b"{}", headers) as client, pytest.raises(RateLimitedError) as raised:
        client.get_all_customers(count=1)
    assert raised.value.retry_after is None or raised.value.retry_after >= 0
    assert isinstance(str(raised.value), str)


def test_a_valid_answer_still_parses_after_garbled_ones() -> None:
    """A mutation that happens to keep the body valid must give back a real result."""
    answer = sandbox_answers()["customers/getAll"]
    page = outcome("customers/getAll", encode(answer))
    assert isinstance(page, models.CustomerResult)
    assert len(page.customers) == len(answer["Customers"]) > 0
    assert all(isinstance(uuid.UUID(str(customer.id)), uuid.UUID) for customer in page.customers)


@pytest.mark.parametrize("operation", ["customers/add", "customers/getAll"])
def test_byte_order_mark_still_gives_the_model(operation: str) -> None:
    """Pydantic refuses a BOM that the standard decoder accepts; the result must not be lost."""
    seed = sandbox_answers()[operation]
    result = outcome(operation, b"\xef\xbb\xbf" + encode(seed))
    assert isinstance(result, CALLS[operation][1] or type(None))
    assert result == outcome(operation, encode(seed))
