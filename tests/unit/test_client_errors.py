"""Error mapping, malformed answers and secrets, all on a scripted Mews."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import httpx
import pytest
from client_calls import CUSTOMER, EMPTY_PAGE, a_read, a_write
from mews_mock import ACCESS_TOKEN, CLIENT_TOKEN, ScriptedMews, make_client, reply

from desktop.mews import errors
from desktop.mews.errors import (
    InvalidResponseError,
    MewsError,
    NetworkError,
    RateLimitedError,
)


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
        a_write(client)
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
        a_write(client)
    assert caught.value.request_id == "rid-hdr"
    assert "Conflict" in caught.value.message
    assert "rid-hdr" in str(caught.value)


def test_rate_limited_error_carries_retry_after() -> None:
    mews = ScriptedMews(reply(429, headers={"Retry-After": "90"}))
    with make_client(mews) as client, pytest.raises(RateLimitedError) as caught:
        a_read(client)  # 90 s exceeds the policy's 60 s cap: handed to the caller at once
    assert caught.value.retry_after == 90.0
    assert len(mews.requests) == 1
    assert "Retry after 90 s" in str(caught.value)


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
        a_read(client)
    assert caught.value.truncated is truncated
    assert caught.value.request_id == "rid-x"


def test_truncated_read_is_retried_but_truncated_write_is_not() -> None:
    cut = httpx.Response(200, content=b'{"Customers": [')
    read_mews = ScriptedMews(cut, reply(200, EMPTY_PAGE))
    with make_client(read_mews) as client:
        a_read(client)
    assert len(read_mews.requests) == 2
    write_mews = ScriptedMews(cut, reply(200, {"Id": CUSTOMER, "LastName": "X"}))
    with make_client(write_mews) as client, pytest.raises(InvalidResponseError):
        a_write(client)
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
        a_read(client)
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
        a_read(client)
    assert caught.value.truncated


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
        a_read(client)


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
        a_read(client)
        for _ in range(2):
            try:
                a_write(client)
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
