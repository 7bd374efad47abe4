"""Whatever a server, proxy or broken network sends back, a call ends in one of two ways.

Every operation either returns its parsed model or raises ``InvalidResponseError`` (for
an error status, the status's ``MewsError`` class). A ``KeyError``, ``TypeError``,
``RecursionError``, ``UnicodeDecodeError`` or raw pydantic ``ValidationError`` escaping
would reach a worker thread as an unexplained crash instead of a message the desk can
show, so the bodies here start from the documented examples and the sandbox's real
answers and are then mutated: wrong types, missing and unknown fields, unknown enum
values, nulls, huge strings, deep nesting, invalid UTF-8, truncation, non-JSON.

The example budget is a settings profile: ``fast`` by default (the file runs in seconds),
``FRONTDESK_HYPOTHESIS=thorough`` for a long hunt.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mews_mock import ACCESS_TOKEN, CLIENT_TOKEN
from openapi_contract import examples
from pydantic import BaseModel, ValidationError

from desktop.mews import InvalidResponseError, MewsClient, MewsError, RateLimitedError, models
from desktop.mews.errors import error_class_for_status
from desktop.mews.ratelimit import SlidingWindowLimiter
from desktop.mews.retry import RetryPolicy, parse_retry_after
from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, operations
from desktop.sandbox.seed import seed_store
from desktop.sandbox.store import Store

_COMMON = {
    "deadline": None,
    "derandomize": False,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("hostile-fast", max_examples=150, **_COMMON)
settings.register_profile("hostile-thorough", max_examples=2000, **_COMMON)
BUDGET = settings.get_profile(
    "hostile-" + os.environ.get("FRONTDESK_HYPOTHESIS", "fast").removeprefix("hostile-")
)

CUSTOMER = "fadd5bb6-b428-45d5-94f8-fd0d89fece6d"
OTHER = "bccdafd1-3e44-439d-861f-341526b597a9"
DOCUMENT = "e8a72a69-c20b-4278-b699-ab0400a32ecc"

Call = Callable[[MewsClient], Any]

#: operation -> (a valid call, the model it returns or None for operations without a result)
CALLS: dict[str, tuple[Call, type[BaseModel] | None]] = {
    "customers/getAll": (lambda c: c.get_all_customers(count=50), models.CustomerResult),
    "customers/search": (lambda c: c.search_customers(name="Smith"), models.CustomerSearchResult),
    "customers/getOpenItems": (lambda c: c.get_open_items([CUSTOMER]), models.CustomerItemResult),
    "customers/add": (lambda c: c.add_customer(last_name="Carbone"), models.Customer),
    "customers/update": (lambda c: c.update_customer(CUSTOMER, notes="late"), models.Customer),
    "customers/addFile": (
        lambda c: c.add_customer_file(CUSTOMER, name="id.pdf", type="application/pdf", data=b"%"),
        models.CustomerAddFileResult,
    ),
    "accounts/merge": (lambda c: c.merge_customers(CUSTOMER, [OTHER]), None),
    "identityDocuments/getAll": (
        lambda c: c.get_identity_documents([CUSTOMER], count=10),
        models.IdentityDocumentResult,
    ),
    "identityDocuments/add": (
        lambda c: c.add_identity_documents(
            [{"CustomerId": CUSTOMER, "Type": "Passport", "Number": "M1234567"}]
        ),
        models.IdentityDocumentWriteResult,
    ),
    "identityDocuments/update": (
        lambda c: c.update_identity_documents([{"Id": DOCUMENT, "Number": {"Value": "X1"}}]),
        models.IdentityDocumentWriteResult,
    ),
    "identityDocuments/delete": (lambda c: c.delete_identity_documents([DOCUMENT]), None),
}
OPERATIONS = sorted(CALLS)


# -- seed bodies ---------------------------------------------------------------------------


def _documented(operation: str) -> Any:
    _, response = examples(operation)
    return response if response is not None else {}


@cache
def _sandbox_answers() -> dict[str, Any]:
    """One real answer per operation from a small in-process sandbox store."""
    auth = {"ClientToken": DEMO_CLIENT_TOKEN, "AccessToken": DEMO_ACCESS_TOKEN, "Client": "T 1"}
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "seed.db")
        try:
            seed_store(store, 40)

            def run(operation: str, **body: Any) -> Any:
                return operations.run(store, operation, auth | body)

            now = datetime.now(UTC)
            page = run(
                "customers/getAll",
                UpdatedUtc={
                    "StartUtc": (now - timedelta(days=89)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "EndUtc": (now + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                },
                Extent={"Customers": True, "Addresses": True},
                Limitation={"Count": 40},
            )
            ids = [customer["Id"] for customer in page["Customers"]]
            searches = (run("customers/search", Name=c["LastName"]) for c in page["Customers"])
            search = next((found for found in searches if found["Customers"]), None)
            added = run(
                "customers/add",
                LastName="Hostile",
                Email="hostile@example.test",
                OverwriteExisting=False,
            )
            document = run(
                "identityDocuments/add",
                IdentityDocuments=[
                    {"CustomerId": added["Id"], "Type": "Passport", "Number": "M1234567"}
                ],
            )
            document_id = document["IdentityDocuments"][0]["Id"]
            return {
                "customers/getAll": page,
                "customers/search": search or run("customers/search", Name="Nobody"),
                "customers/getOpenItems": run("customers/getOpenItems", CustomerIds=ids),
                "customers/add": added,
                "customers/update": run("customers/update", CustomerId=added["Id"], Notes="late"),
                "customers/addFile": run(
                    "customers/addFile",
                    CustomerId=added["Id"],
                    Name="id.pdf",
                    Type="application/pdf",
                    Data="JVBERg==",
                ),
                "accounts/merge": run(
                    "accounts/merge",
                    AccountMergeParameters=[
                        {
                            "AccountType": "Customer",
                            "SourceAccountIds": [ids[1]],
                            "TargetAccountId": ids[0],
                        }
                    ],
                ),
                "identityDocuments/getAll": run(
                    "identityDocuments/getAll",
                    CustomerIds=[added["Id"]],
                    Limitation={"Count": 10},
                ),
                "identityDocuments/add": document,
                "identityDocuments/update": run(
                    "identityDocuments/update",
                    IdentityDocuments=[{"Id": document_id, "Number": {"Value": "X1"}}],
                ),
                "identityDocuments/delete": run(
                    "identityDocuments/delete", IdentityDocumentIds=[document_id]
                ),
            }
        finally:
            store.close()


def _seeds(operation: str) -> list[Any]:
    answer = _sandbox_answers()[operation]
    return [_documented(operation), answer if answer is not None else {}]


# -- mutations -----------------------------------------------------------------------------

Path_ = tuple[str | int, ...]
#: Deep nesting is spliced in as raw text after encoding: the encoder itself would hit the
#: recursion limit building such a body.
_DEEP = "\x00deep:{}\x00"


def _paths(node: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:3]):
            yield from _paths(value, (*prefix, index))


def _replace(node: Any, path: Path_, value: Any, *, delete: bool = False) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        copy = dict(node)
        if not rest and delete:
            copy.pop(head, None)
        else:
            copy[head] = _replace(node[head], rest, value, delete=delete)
        return copy
    copy_list = list(node)
    if not rest and delete:
        del copy_list[head]
    else:
        copy_list[head] = _replace(node[head], rest, value, delete=delete)
    return copy_list


def _null_everywhere(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _null_everywhere(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_null_everywhere(value) for value in node]
    return None


json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
hostile_values = st.one_of(
    json_leaves,
    st.sampled_from(["NotAnEnumValue", "", "0000-00-00", "2024-13-45T25:61:61Z", "not-a-uuid"]),
    st.sampled_from(["\u202egnirts ltr\u202c", "<b>bold</b>", "\x00\x1f\x7f", "\ud800"]),
    st.integers(1_000, 300_000).map(lambda size: "Ω" * size),
    st.integers(10, 5_000).map(_DEEP.format),
    st.recursive(
        json_leaves,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
        max_leaves=8,
    ),
)


@st.composite
def mutated_bodies(draw: st.DrawFn, operation: str) -> Any:
    """A seed body with a few parts replaced, removed or extended."""
    body = draw(st.sampled_from(_seeds(operation)))
    if draw(st.integers(0, 9)) == 0:
        body = _null_everywhere(body)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(list(_paths(body))))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "delete" and path:
            body = _replace(body, path, None, delete=True)
        elif action == "add" and isinstance(node := _get(body, path), dict):
            extra = {draw(st.text(max_size=12)): draw(hostile_values)}
            body = _replace(body, path, node | extra)
        else:
            body = _replace(body, path, draw(hostile_values))
    return body


def _get(node: Any, path: Path_) -> Any:
    for part in path:
        node = node[part]
    return node


def encode(body: Any) -> bytes:
    """JSON bytes; lone surrogates come out as invalid UTF-8 on purpose."""
    text = json.dumps(body, ensure_ascii=False)
    while "\\u0000deep:" in text:
        start = text.index('"\\u0000deep:')
        end = text.index('\\u0000"', start + 2) + len('\\u0000"')
        depth = int(text[start + len('"\\u0000deep:') : end - len('\\u0000"')])
        text = text[:start] + "[" * depth + "]" * depth + text[end:]
    return text.encode("utf-8", "surrogatepass")


@st.composite
def hostile_bytes(draw: st.DrawFn, operation: str) -> bytes:
    """A mutated body, then possibly damaged as bytes on the way."""
    raw = encode(draw(mutated_bodies(operation)))
    damage = draw(st.sampled_from(["none", "truncate", "invalid-utf8", "garbage", "flip"]))
    if damage == "truncate":
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif damage == "invalid-utf8":
        at = draw(st.integers(0, len(raw)))
        bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]))
        raw = raw[:at] + bad + raw[at:]
    elif damage == "garbage":
        raw = draw(
            st.sampled_from([b"<html>502 Bad Gateway</html>", b"\xef\xbb\xbf" + raw, b"null"])
        ) or draw(st.binary(max_size=64))
    elif damage == "flip" and raw:
        at = draw(st.integers(0, len(raw) - 1))
        raw = raw[:at] + bytes([raw[at] ^ draw(st.integers(1, 255))]) + raw[at + 1 :]
    return raw


# -- harness -------------------------------------------------------------------------------


def _client(status: int, raw: bytes, headers: dict[str, str] | None = None) -> MewsClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=raw, headers=headers)

    return MewsClient(
        "https://mews.test",
        client_token=CLIENT_TOKEN,
        access_token=ACCESS_TOKEN,
        client="Frontdesk Tests 1.0",
        transport=httpx.MockTransport(answer),
        rate_limiter=SlidingWindowLimiter(10**9, 1.0),
        # One attempt: a retried read gets the same body again, so this loses nothing.
        retry_policy=RetryPolicy(max_attempts=1, sleep=lambda _: None, rng=random.Random(1)),
    )


def outcome(operation: str, raw: bytes, status: int = 200) -> BaseModel | MewsError | None:
    """The call's result or its ``MewsError``; anything else propagates and fails the test."""
    call, response_type = CALLS[operation]
    with _client(status, raw) as client:
        try:
            result = call(client)
        except MewsError as error:
            return error
    if response_type is None:
        assert result is None
    else:
        assert isinstance(result, response_type)
    return result


def assert_parsed_or_invalid(operation: str, raw: bytes) -> None:
    result = outcome(operation, raw)
    if isinstance(result, MewsError):
        assert isinstance(result, InvalidResponseError), repr(result)
        assert result.operation == operation and result.status_code == 200
        assert str(result).startswith(f"Mews {operation} failed")


def assert_model_parses_or_refuses(operation: str, raw: bytes) -> None:
    """The model alone: a result or pydantic's ValidationError, nothing else."""
    response_type = CALLS[operation][1] or models.Unit
    with contextlib.suppress(ValidationError):
        response_type.model_validate_json(raw)
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        return
    with contextlib.suppress(ValidationError):
        response_type.model_validate(body)


# -- tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("operation", OPERATIONS)
def test_seed_bodies_parse(operation: str) -> None:
    """The starting points are valid, so every failure below comes from a mutation."""
    for seed in _seeds(operation):
        assert not isinstance(outcome(operation, encode(seed)), MewsError)


def _trim(node: Any, items: int = 2) -> Any:
    """The same shapes with lists cut short: every position of a long page adds nothing."""
    if isinstance(node, dict):
        return {key: _trim(value, items) for key, value in node.items()}
    if isinstance(node, list):
        return [_trim(value, items) for value in node[:items]]
    return node


@pytest.mark.parametrize("operation", OPERATIONS)
def test_truncation_at_every_position(operation: str) -> None:
    for seed in _seeds(operation):
        raw = encode(_trim(seed))
        for end in range(len(raw)):
            assert_parsed_or_invalid(operation, raw[:end])


@pytest.mark.parametrize("operation", OPERATIONS)
def test_nulls_everywhere(operation: str) -> None:
    for seed in _seeds(operation):
        assert_parsed_or_invalid(operation, encode(_null_everywhere(seed)))


@pytest.mark.parametrize("operation", OPERATIONS)
def test_missing_each_field(operation: str) -> None:
    """Drop every field in turn, at every depth the seeds reach."""
    for seed in _seeds(operation):
        for path in _paths(seed):
            if path:
                assert_parsed_or_invalid(operation, encode(_replace(seed, path, None, delete=True)))


@pytest.mark.parametrize("operation", OPERATIONS)
@BUDGET
@given(data=st.data())
def test_mutated_bodies_parse_or_raise_invalid_response(
    operation: str, data: st.DataObject
) -> None:
    raw = data.draw(hostile_bytes(operation), label="body")
    assert_parsed_or_invalid(operation, raw)
    assert_model_parses_or_refuses(operation, raw)


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"Customers":' + b"[" * 50_000,
        b'{"Customers":' + b'{"a":' * 50_000,
        b'{"Customers": [], "Cursor": "\xff\xfe"}',
        b'{"Customers": [], "Cursor": 1e999999}',
        b"1e999999",
        b"\x00" * 1000,
        b'{"Customers": [], "Cursor": "' + b"x" * 5_000_000 + b'"}',
    ],
    ids=["deep-array", "deep-cut", "deep-objects", "bad-utf8", "huge-number", "bare-number",
         "nul-bytes", "huge-string"],
)  # fmt: skip
@pytest.mark.parametrize("operation", ["customers/getAll", "accounts/merge"])
def test_extreme_bodies(operation: str, raw: bytes) -> None:
    assert_parsed_or_invalid(operation, raw)


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
    with _client(429, b"{}", headers) as client, pytest.raises(RateLimitedError) as raised:
        client.get_all_customers(count=1)
    assert raised.value.retry_after is None or raised.value.retry_after >= 0
    assert isinstance(str(raised.value), str)


def test_a_valid_answer_still_parses_after_garbled_ones() -> None:
    """A mutation that happens to keep the body valid must give back a real result."""
    answer = _sandbox_answers()["customers/getAll"]
    page = outcome("customers/getAll", encode(answer))
    assert isinstance(page, models.CustomerResult)
    assert len(page.customers) == len(answer["Customers"]) > 0
    assert all(isinstance(uuid.UUID(str(customer.id)), uuid.UUID) for customer in page.customers)


@pytest.mark.parametrize("operation", ["customers/add", "customers/getAll"])
def test_byte_order_mark_still_gives_the_model(operation: str) -> None:
    """Pydantic refuses a BOM that the standard decoder accepts; the result must not be lost."""
    seed = _sandbox_answers()[operation]
    result = outcome(operation, b"\xef\xbb\xbf" + encode(seed))
    assert isinstance(result, CALLS[operation][1] or type(None))
    assert result == outcome(operation, encode(seed))
