"""Each documented limit accepts its boundary and rejects one past it, clearly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import pytest
from pydantic import BaseModel, ValidationError

from desktop.mews import limits
from desktop.mews.models import (
    AccountMergeParameter,
    CustomerAddParameters,
    CustomerFileParameters,
    CustomerFilterParameters,
    CustomerItemParameters,
    CustomerMergeParameters,
    CustomerUpdateParameters,
    IdentityDocumentDeleteParameters,
    IdentityDocumentFilterParameters,
    IdentityDocumentsAddData,
    IdentityDocumentsAddParameters,
    Limitation,
    MultipleAccountMergeParameters,
    TimeFilterInterval,
    add_months,
)

CUSTOMER_ID = uuid4()


def _ids(count: int) -> list[Any]:
    return [uuid4() for _ in range(count)]


def _strings(count: int) -> list[Any]:
    return [f"value{i}@example.com" for i in range(count)]


def _documents(count: int) -> list[Any]:
    return [
        IdentityDocumentsAddData(customer_id=CUSTOMER_ID, type="Passport", number=str(i))
        for i in range(count)
    ]


def _merges(count: int) -> list[Any]:
    return [
        AccountMergeParameter(source_account_ids=[uuid4()], target_account_id=uuid4())
        for _ in range(count)
    ]


LIST_LIMITS: list[tuple[type[BaseModel], str, int, Callable[[int], list[Any]], dict[str, Any]]] = [
    (CustomerFilterParameters, "customer_ids", limits.MAX_FILTER_ITEMS, _ids, {}),
    (CustomerFilterParameters, "chain_ids", limits.MAX_FILTER_ITEMS, _ids, {}),
    (CustomerFilterParameters, "company_ids", limits.MAX_COMPANY_IDS, _ids, {}),
    (CustomerFilterParameters, "emails", limits.MAX_FILTER_ITEMS, _strings, {}),
    (CustomerFilterParameters, "first_names", limits.MAX_FILTER_ITEMS, _strings, {}),
    (CustomerFilterParameters, "last_names", limits.MAX_FILTER_ITEMS, _strings, {}),
    (CustomerFilterParameters, "loyalty_codes", limits.MAX_FILTER_ITEMS, _strings, {}),
    (CustomerItemParameters, "customer_ids", limits.MAX_FILTER_ITEMS, _ids, {}),
    (
        IdentityDocumentFilterParameters,
        "customer_ids",
        limits.MAX_IDENTITY_DOCUMENT_CUSTOMER_IDS,
        _ids,
        {},
    ),
    (
        IdentityDocumentFilterParameters,
        "identity_document_ids",
        limits.MAX_IDENTITY_DOCUMENT_FILTER_IDS,
        _ids,
        {"customer_ids": [CUSTOMER_ID]},
    ),
    (
        IdentityDocumentDeleteParameters,
        "identity_document_ids",
        limits.MAX_IDENTITY_DOCUMENT_FILTER_IDS,
        _ids,
        {},
    ),
    (
        IdentityDocumentsAddParameters,
        "identity_documents",
        limits.MAX_IDENTITY_DOCUMENTS_PER_WRITE,
        _documents,
        {},
    ),
    (
        MultipleAccountMergeParameters,
        "account_merge_parameters",
        limits.MAX_ACCOUNT_MERGES,
        _merges,
        {},
    ),
]


@pytest.mark.parametrize(
    ("model", "field", "limit", "make", "extra"),
    LIST_LIMITS,
    ids=[f"{m.__name__}.{f}" for m, f, *_ in LIST_LIMITS],
)
def test_list_limits(
    model: type[BaseModel],
    field: str,
    limit: int,
    make: Callable[[int], list[Any]],
    extra: dict[str, Any],
) -> None:
    assert len(getattr(model(**extra, **{field: make(limit)}), field)) == limit

    with pytest.raises(ValidationError) as too_many:
        model(**extra, **{field: make(limit + 1)})
    message = str(too_many.value)
    assert field in message
    assert f"at most {limit} item" in message

    with pytest.raises(ValidationError, match="at least 1 item"):
        model(**extra, **{field: []})


def test_merge_source_list_limit() -> None:
    target = uuid4()
    at_limit = AccountMergeParameter(
        source_account_ids=_ids(limits.MAX_MERGE_SOURCE_ACCOUNTS), target_account_id=target
    )
    assert len(at_limit.source_account_ids) == limits.MAX_MERGE_SOURCE_ACCOUNTS
    with pytest.raises(ValidationError, match="source_account_ids"):
        AccountMergeParameter(
            source_account_ids=_ids(limits.MAX_MERGE_SOURCE_ACCOUNTS + 1),
            target_account_id=target,
        )


@pytest.mark.parametrize("count", [limits.MIN_PAGE_SIZE, limits.MAX_PAGE_SIZE])
def test_limitation_count_accepts_its_bounds(count: int) -> None:
    assert Limitation(count=count).count == count


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (limits.MIN_PAGE_SIZE - 1, f"greater than or equal to {limits.MIN_PAGE_SIZE}"),
        (limits.MAX_PAGE_SIZE + 1, f"less than or equal to {limits.MAX_PAGE_SIZE}"),
    ],
)
def test_limitation_count_rejects_past_its_bounds(count: int, text: str) -> None:
    with pytest.raises(ValidationError, match=text) as error:
        Limitation(count=count)
    assert "count" in str(error.value)


START = datetime(2024, 11, 30, 12, 0, tzinfo=UTC)


def test_time_window_of_exactly_three_months_is_accepted() -> None:
    end = add_months(START, limits.MAX_TIME_INTERVAL_MONTHS)
    assert end == datetime(2025, 2, 28, 12, 0, tzinfo=UTC)  # clamped to February's end
    filters = CustomerFilterParameters(updated_utc=TimeFilterInterval(start_utc=START, end_utc=end))
    assert filters.updated_utc is not None and filters.updated_utc.end_utc == end


def test_time_window_one_second_too_long_is_rejected() -> None:
    end = add_months(START, limits.MAX_TIME_INTERVAL_MONTHS) + timedelta(seconds=1)
    with pytest.raises(ValidationError) as error:
        CustomerFilterParameters(created_utc={"StartUtc": START, "EndUtc": end})
    message = str(error.value)
    assert "created_utc" in message
    assert f"longer than {limits.MAX_TIME_INTERVAL_MONTHS} months" in message


def test_time_window_must_not_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match="is after EndUtc"):
        TimeFilterInterval(start_utc=START, end_utc=START - timedelta(seconds=1))
    assert TimeFilterInterval(start_utc=START, end_utc=START).start_utc == START


def test_time_window_rejects_mixing_naive_and_aware_times() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        TimeFilterInterval(start_utc=START.replace(tzinfo=None), end_utc=START)


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("car_registration_number", limits.MAX_CAR_REGISTRATION_NUMBER_LENGTH),
        ("dietary_requirements", limits.MAX_DIETARY_REQUIREMENTS_LENGTH),
    ],
)
@pytest.mark.parametrize("model", [CustomerAddParameters, CustomerUpdateParameters])
def test_free_text_length_limits(model: type[BaseModel], field: str, limit: int) -> None:
    base: dict[str, Any] = {"last_name": "Carbone", "customer_id": CUSTOMER_ID}
    required = {k: v for k, v in base.items() if k in model.model_fields}
    assert len(getattr(model(**required, **{field: "x" * limit}), field)) == limit
    with pytest.raises(ValidationError) as error:
        model(**required, **{field: "x" * (limit + 1)})
    assert field in str(error.value)
    assert f"at most {limit} characters" in str(error.value)


def test_italian_lottery_code_length_on_add_and_update() -> None:
    low, high = limits.MIN_ITALIAN_LOTTERY_CODE_LENGTH, limits.MAX_ITALIAN_LOTTERY_CODE_LENGTH
    for code in ("x" * low, "x" * high):
        CustomerAddParameters(last_name="A", italian_lottery_code=code)
        CustomerUpdateParameters(customer_id=CUSTOMER_ID, italian_lottery_code=code)
    for code in ("x" * (low - 1), "x" * (high + 1)):
        with pytest.raises(ValidationError, match="italian_lottery_code"):
            CustomerAddParameters(last_name="A", italian_lottery_code=code)
        with pytest.raises(ValidationError, match=f"{low} to {high} characters"):
            CustomerUpdateParameters(customer_id=CUSTOMER_ID, italian_lottery_code=code)


@pytest.mark.parametrize("mime_type", sorted(limits.ALLOWED_FILE_TYPES))
def test_add_file_accepts_the_six_types(mime_type: str) -> None:
    upload = CustomerFileParameters(
        customer_id=CUSTOMER_ID, name="scan", type=mime_type.upper(), data="QQ=="
    )
    assert upload.type == mime_type


@pytest.mark.parametrize("mime_type", ["image/webp", "text/plain", "application/pdfx", ""])
def test_add_file_rejects_other_types(mime_type: str) -> None:
    with pytest.raises(ValidationError, match="is not accepted; use one of application/pdf"):
        CustomerFileParameters(customer_id=CUSTOMER_ID, name="scan", type=mime_type, data="QQ==")


def test_add_file_repr_leaves_out_the_payload() -> None:
    upload = CustomerFileParameters(
        customer_id=CUSTOMER_ID, name="scan.pdf", type="application/pdf", data="SECRETDATA"
    )
    assert "SECRETDATA" not in repr(upload)


def test_merging_a_profile_into_itself_is_rejected() -> None:
    with pytest.raises(ValidationError, match="must differ"):
        CustomerMergeParameters(source_customer_id=CUSTOMER_ID, target_customer_id=CUSTOMER_ID)
    with pytest.raises(ValidationError, match="TargetAccountId must not"):
        MultipleAccountMergeParameters.customers(CUSTOMER_ID, [CUSTOMER_ID])


def test_validation_errors_never_show_tokens_or_values() -> None:
    body = {
        "ClientToken": "CLIENT-SECRET-123",
        "AccessToken": "ACCESS-SECRET-456",
        "Client": "Test 1.0",
        "CustomerIds": ["not-a-uuid-but-private"],
        "Limitation": {"Count": 5000},
    }
    with pytest.raises(ValidationError) as error:
        CustomerFilterParameters.model_validate(body)
    message = str(error.value)
    assert "SECRET" not in message
    assert "private" not in message
    assert "Limitation" in message and "1000" in message
