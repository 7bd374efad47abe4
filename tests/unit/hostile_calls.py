"""Each operation's valid call and a client that gets one fixed answer to it, however broken."""

from __future__ import annotations

import contextlib
import json
import os
import random
from collections.abc import Callable
from typing import Any

import httpx
from hypothesis import HealthCheck, settings
from mews_mock import ACCESS_TOKEN, CLIENT_TOKEN
from pydantic import BaseModel, ValidationError

from desktop.mews import InvalidResponseError, MewsClient, MewsError, models
from desktop.mews.ratelimit import SlidingWindowLimiter
from desktop.mews.retry import RetryPolicy

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


def answering_client(status: int, raw: bytes, headers: dict[str, str] | None = None) -> MewsClient:
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
    with answering_client(status, raw) as client:
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
