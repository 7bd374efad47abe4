"""Error mapping, retries, malformed answers and limits, all on a scripted Mews and fake time."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

import httpx
import pytest
from fake_time import FakeTime
from mews_mock import ACCESS_TOKEN, CLIENT_TOKEN, ScriptedMews, make_client, reply

from desktop.mews import errors
from desktop.mews.errors import (
    InvalidResponseError,
    LimitError,
    MewsError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from desktop.mews.ratelimit import SlidingWindowLimiter

CUSTOMER = "fadd5bb6-b428-45d5-94f8-fd0d89fece6d"
EMPTY_PAGE = {"Customers": [], "Cursor": None}


def _customer(index: int) -> dict[str, Any]:
    return {
        "Id": str(uuid.UUID(int=index + 1)),
        "LastName": f"Guest{index}",
        "Classifications": [],
        "Options": [],
        "IsActive": True,
    }


def _read(client: Any) -> Any:
    return client.get_all_customers(emails=["a@example.com"])


def _write(client: Any) -> Any:
    return client.add_customer(last_name="Novák", email="a@example.com")


# -- error mapping -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, errors.InvalidRequestError),
        (401, errors.AuthenticationError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (408, errors.RequestTimeoutError),
        (409, errors.ConflictError),
        (413, errors.TooLargeError),
        (429, errors.RateLimitedError),
        (500, errors.ServerError),
        (502, errors.ServerError),
        (503, errors.ServerError),
    ],
)
def test_each_status_maps_to_its_error(status: int, error_type: type[MewsError]) -> None:
    body = {"Message": "Something specific went wrong", "RequestId": "rid-body", "Details": "trace"}
    mews = ScriptedMews(reply(status, body, {"Retry-After": "100000"}))
    with make_client(mews, max_attempts=1) as client, pytest.raises(error_type) as caught:
        _write(client)
    error = caught.value
    assert type(error) is error_type
    assert isinstance(error, MewsError)
    assert error.status_code == status
    assert error.message == "Something specific went wrong"
    assert error.request_id == "rid-body"
    assert error.details == "trace"
    assert error.operation == "customers/add"
    assert "Something specific went wrong" in str(error)
    assert "rid-body" in str(error)


def test_rule_violation_is_the_forbidden_error() -> None:
    assert errors.RuleViolationError is errors.ForbiddenError


def test_request_id_falls_back_to_header_and_message_to_status() -> None:
    mews = ScriptedMews(
        httpx.Response(409, content=b"<html>busy</html>", headers={"Request-Id": "rid-hdr"})
    )
    with make_client(mews) as client, pytest.raises(errors.ConflictError) as caught:
        _write(client)
    assert caught.value.request_id == "rid-hdr"
    assert "Conflict" in caught.value.message
    assert "rid-hdr" in str(caught.value)


def test_rate_limited_error_carries_retry_after() -> None:
    mews = ScriptedMews(reply(429, headers={"Retry-After": "90"}))
    with make_client(mews) as client, pytest.raises(RateLimitedError) as caught:
        _read(client)  # 90 s exceeds the policy's 60 s cap: handed to the caller at once
    assert caught.value.retry_after == 90.0
    assert len(mews.requests) == 1
    assert "Retry after 90 s" in str(caught.value)


# -- retries ---------------------------------------------------------------------------


def test_read_waits_retry_after_then_succeeds() -> None:
    time = FakeTime()
    mews = ScriptedMews(reply(429, headers={"Retry-After": "7"}), reply(200, EMPTY_PAGE))
    with make_client(mews, time=time) as client:
        result = _read(client)
    assert result.customers == []
    assert len(mews.requests) == 2
    assert time.sleeps[0] == 7.0
    assert sum(time.sleeps) == pytest.approx(7.0), "the limiter must not add a second wait"


def test_read_retry_after_as_http_date() -> None:
    time = FakeTime()
    date = httpx.Headers({"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"})
    mews = ScriptedMews(reply(429, headers=dict(date)), reply(200, EMPTY_PAGE))
    with make_client(mews, time=time) as client, pytest.raises(RateLimitedError) as caught:
        _read(client)
    # Far in the future: beyond the cap, so no wait and no retry.
    assert caught.value.retry_after is not None and caught.value.retry_after > 1e6
    assert time.sleeps == []


def test_read_backs_off_exponentially_on_server_errors() -> None:
    time = FakeTime()
    mews = ScriptedMews(reply(500), reply(503), reply(502), reply(200, EMPTY_PAGE))
    with make_client(mews, time=time) as client:
        _read(client)
    assert len(mews.requests) == 4
    first, second, third = time.sleeps
    assert 0.25 <= first <= 0.5
    assert 0.5 <= second <= 1.0
    assert 1.0 <= third <= 2.0


def test_read_gives_up_after_max_attempts() -> None:
    time = FakeTime()
    mews = ScriptedMews(reply(503))
    with make_client(mews, time=time, max_attempts=3) as client, pytest.raises(ServerError):
        _read(client)
    assert len(mews.requests) == 3
    assert len(time.sleeps) == 2


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset"), httpx.ReadError("reset")],
    ids=lambda e: type(e).__name__,
)
def test_read_retries_network_failures(failure: Exception) -> None:
    mews = ScriptedMews(failure, reply(200, EMPTY_PAGE))
    with make_client(mews) as client:
        _read(client)
    assert len(mews.requests) == 2


@pytest.mark.parametrize(
    "failure",
    [
        reply(500),
        reply(503),
        reply(408),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.WriteError("broken pipe"),
    ],
    ids=["500", "503", "408", "ReadTimeout", "RemoteProtocolError", "WriteError"],
)
def test_write_is_never_repeated_once_it_may_have_arrived(failure: Any) -> None:
    time = FakeTime()
    mews = ScriptedMews(failure, reply(200, {"Id": CUSTOMER, "LastName": "Novák"}))
    with make_client(mews, time=time) as client, pytest.raises(MewsError):
        _write(client)
    assert len(mews.requests) == 1
    assert time.sleeps == []


def test_write_is_retried_after_connect_failure_and_429() -> None:
    time = FakeTime()
    mews = ScriptedMews(
        httpx.ConnectError("refused"),
        reply(429, headers={"Retry-After": "2"}),
        reply(200, {"Id": CUSTOMER, "LastName": "Novák"}),
    )
    with make_client(mews, time=time) as client:
        customer = _write(client)
    assert str(customer.id) == CUSTOMER
    assert len(mews.requests) == 3
    assert time.sleeps[-1] == 2.0


def test_connect_failure_is_a_network_error_marked_unsent() -> None:
    mews = ScriptedMews(httpx.ConnectError("refused"))
    with make_client(mews, max_attempts=2) as client, pytest.raises(NetworkError) as caught:
        _write(client)
    assert caught.value.request_sent is False
    assert len(mews.requests) == 2


# -- malformed answers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "truncated"),
    [
        (b"<html><body>Gateway</body></html>", False),
        (b"", False),
        (b'{"Customers": [{"Id": "fadd5bb6-b428', True),
        (b'{"Customers": []', True),
        (b"\xff\xfe garbage", False),
    ],
    ids=["html", "empty", "cut-mid-string", "cut-before-brace", "not-utf8"],
)
def test_unparseable_body_is_invalid_response(content: bytes, truncated: bool) -> None:
    mews = ScriptedMews(httpx.Response(200, content=content, headers={"Request-Id": "rid-x"}))
    with make_client(mews, max_attempts=1) as client, pytest.raises(InvalidResponseError) as caught:
        _read(client)
    assert caught.value.truncated is truncated
    assert caught.value.request_id == "rid-x"


def test_truncated_read_is_retried_but_truncated_write_is_not() -> None:
    cut = httpx.Response(200, content=b'{"Customers": [')
    read_mews = ScriptedMews(cut, reply(200, EMPTY_PAGE))
    with make_client(read_mews) as client:
        _read(client)
    assert len(read_mews.requests) == 2
    write_mews = ScriptedMews(cut, reply(200, {"Id": CUSTOMER, "LastName": "X"}))
    with make_client(write_mews) as client, pytest.raises(InvalidResponseError):
        _write(client)
    assert len(write_mews.requests) == 1


@pytest.mark.parametrize(
    "body",
    [
        [1, 2, 3],
        "just a string",
        {"Customers": "not a list"},
        {"Customers": [{"Id": "not-a-uuid", "LastName": "Secret Guestname"}]},
        {"Customers": [], "Cursor": 12},
    ],
    ids=["list", "string", "customers-string", "bad-id", "bad-cursor"],
)
def test_wrong_shape_is_invalid_response_without_quoting_data(body: Any) -> None:
    mews = ScriptedMews(reply(200, body))
    with make_client(mews, max_attempts=1) as client, pytest.raises(InvalidResponseError) as caught:
        _read(client)
    assert "Secret Guestname" not in str(caught.value)
    assert "not-a-uuid" not in str(caught.value)
    assert caught.value.__cause__ is None


def test_body_read_failure_is_a_truncated_invalid_response() -> None:
    class CutStream(httpx.SyncByteStream):
        def __iter__(self) -> Any:
            yield b'{"Customers": ['
            raise httpx.RemoteProtocolError("peer closed connection")

    mews = ScriptedMews(lambda request: httpx.Response(200, stream=CutStream()))
    with make_client(mews, max_attempts=1) as client, pytest.raises(InvalidResponseError) as caught:
        _read(client)
    assert caught.value.truncated


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


# -- rate limit ------------------------------------------------------------------------------


def test_client_waits_for_the_shared_window() -> None:
    time = FakeTime()
    limiter = SlidingWindowLimiter(2, 30.0, clock=time.clock, sleep=time.sleep)
    mews = ScriptedMews(reply(200, EMPTY_PAGE))
    with make_client(mews, time=time, limiter=limiter) as client:
        for _ in range(3):
            _read(client)
    assert time.sleeps == [pytest.approx(30.0)]
    assert limiter.usage() == pytest.approx(0.5)


def test_429_pauses_the_shared_limiter_for_other_callers() -> None:
    time = FakeTime()
    limiter = SlidingWindowLimiter(100, 30.0, clock=time.clock, sleep=time.sleep)
    mews = ScriptedMews(reply(429, headers={"Retry-After": "5"}))
    with (
        make_client(mews, time=time, limiter=limiter, max_attempts=1) as client,
        pytest.raises(RateLimitedError),
    ):
        _read(client)
    assert limiter.usage() == 1.0
    assert limiter.acquire() == pytest.approx(5.0)


# -- secrets -----------------------------------------------------------------------------------


def test_tokens_never_appear_in_errors_reprs_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {
        "Message": f"Invalid AccessToken {ACCESS_TOKEN}",
        "RequestId": "rid-1",
        "Details": f"Body: ClientToken={CLIENT_TOKEN}",
    }
    mews = ScriptedMews(
        reply(200, EMPTY_PAGE),
        reply(401, echo),
        httpx.ConnectError(f"refused {ACCESS_TOKEN}"),
    )
    captured: list[MewsError] = []
    with make_client(mews, max_attempts=1) as client:
        texts = [repr(client), str(client)]
        _read(client)
        for _ in range(2):
            try:
                _write(client)
            except MewsError as error:
                captured.append(error)
    assert [type(e) for e in captured] == [errors.AuthenticationError, NetworkError]
    for error in captured:
        texts += [str(error), repr(error), error.message, error.details or "", repr(error.args)]
    texts += [record.getMessage() for record in caplog.records]
    assert any("customers/getAll" in record.getMessage() for record in caplog.records)
    for text in texts:
        assert ACCESS_TOKEN not in text
        assert CLIENT_TOKEN not in text
    log_text = "\n".join(record.getMessage() for record in caplog.records)
    assert "Novák" not in log_text and "a@example.com" not in log_text


def test_operation_without_result_still_needs_a_json_object() -> None:
    """A proxy's HTML page after a merge is no proof the merge happened."""
    mews = ScriptedMews(httpx.Response(200, content=b"<html>ok</html>"))
    with make_client(mews) as client, pytest.raises(InvalidResponseError):
        client.merge_customers(CUSTOMER, [str(uuid.uuid4())])
    assert len(mews.requests) == 1
    accepted = ScriptedMews(httpx.Response(204), reply(200, {}))
    with make_client(accepted) as client:
        assert client.delete_identity_documents([str(uuid.uuid4())]) is None
        assert client.merge_customers(CUSTOMER, [str(uuid.uuid4())]) is None


def test_empty_204_where_a_result_is_expected_is_invalid() -> None:
    mews = ScriptedMews(httpx.Response(204))
    with make_client(mews, max_attempts=1) as client, pytest.raises(InvalidResponseError):
        _read(client)


def test_a_very_long_retry_after_does_not_freeze_other_callers() -> None:
    time = FakeTime()
    limiter = SlidingWindowLimiter(100, 30.0, clock=time.clock, sleep=time.sleep)
    mews = ScriptedMews(reply(429, headers={"Retry-After": "3600"}))
    with make_client(mews, time=time, limiter=limiter) as client, pytest.raises(RateLimitedError):
        _read(client)
    assert limiter.acquire() <= 60.0
