"""Checks on request bodies, answering 400 the way Mews does before any data is touched.

Hand-written rather than schema-driven so that a 1,000-customer page costs nothing to
validate; the tests hold the server to the OpenAPI description instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from desktop.mews.limits import (
    MAX_FILTER_ITEMS,
    MAX_PAGE_SIZE,
    MIN_PAGE_SIZE,
)
from desktop.mews.limits import MAX_TIME_INTERVAL_MONTHS as MAX_INTERVAL_MONTHS
from desktop.sandbox.errors import ApiError, invalid
from desktop.sandbox.timeutil import add_months, format_utc, parse_date, parse_utc

TITLES: Final = frozenset({"Mister", "Miss", "Misses"})
SEXES: Final = frozenset({"Male", "Female"})
ACTIVITY_STATES: Final = frozenset({"Active", "Deleted"})
CLASSIFICATIONS: Final = frozenset(
    {
        "PaymasterAccount", "Blacklist", "Media", "LoyaltyProgram", "PreviousComplaint",
        "Returning", "Staff", "FriendOrFamily", "TopManagement", "Important", "VeryImportant",
        "Problematic", "Cashlist", "DisabledPerson", "Military", "Airline", "HealthCompliant",
        "InRoom", "WaitingForRoom", "Student", "Blocklist",
    }
)  # fmt: skip
OPTIONS: Final = frozenset(
    {
        "SendMarketingEmails", "Invoiceable", "BillAddressObjection", "SendMarketingPostalMail",
        "SendPartnerMarketingEmails", "SendPartnerMarketingPostalMail", "WithdrawCardConsent",
        "GuestPhotoConsent", "IdPhotosConsent",
    }
)  # fmt: skip
DOCUMENT_TYPES: Final = frozenset({"IdentityCard", "Passport", "Visa", "DriversLicense"})


@dataclass(frozen=True, slots=True)
class Interval:
    """A ``{StartUtc, EndUtc}`` filter: start included, end excluded, as Mews documents."""

    start: str
    end: str


def require_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise invalid("request", "the body must be a JSON object")
    return body


def optional_str(body: dict[str, Any], name: str, *, max_length: int | None = None) -> str | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise invalid(name, "expected a string")
    if max_length is not None and len(value) > max_length:
        raise invalid(name, f"at most {max_length} characters")
    return value


def required_str(body: dict[str, Any], name: str) -> str:
    value = optional_str(body, name)
    if not value:
        raise invalid(name, "required")
    return value


def optional_bool(body: dict[str, Any], name: str, default: bool = False) -> bool:
    value = body.get(name)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise invalid(name, "expected true or false")
    return value


def required_bool(body: dict[str, Any], name: str) -> bool:
    if body.get(name) is None:
        raise invalid(name, "required")
    return optional_bool(body, name)


def is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def required_uuid(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not is_uuid(value):
        raise invalid(name, "expected a unique identifier")
    return str(uuid.UUID(value))


def optional_uuid(body: dict[str, Any], name: str) -> str | None:
    if body.get(name) is None:
        return None
    return required_uuid(body, name)


def optional_list(
    body: dict[str, Any], name: str, *, max_items: int = MAX_FILTER_ITEMS
) -> list[Any] | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not value:
        raise invalid(name, "expected a non-empty list")
    if len(value) > max_items:
        raise invalid(name, f"at most {max_items} items")
    return value


def optional_str_list(
    body: dict[str, Any], name: str, *, max_items: int = MAX_FILTER_ITEMS
) -> list[str] | None:
    values = optional_list(body, name, max_items=max_items)
    if values is not None and not all(isinstance(item, str) for item in values):
        raise invalid(name, "expected a list of strings")
    return values


def optional_uuid_list(
    body: dict[str, Any], name: str, *, max_items: int = MAX_FILTER_ITEMS
) -> list[str] | None:
    values = optional_list(body, name, max_items=max_items)
    if values is None:
        return None
    if not all(is_uuid(item) for item in values):
        raise invalid(name, "expected a list of unique identifiers")
    return [str(uuid.UUID(item)) for item in values]


def required_uuid_list(body: dict[str, Any], name: str, *, max_items: int) -> list[str]:
    values = optional_uuid_list(body, name, max_items=max_items)
    if values is None:
        raise invalid(name, "required")
    return values


def optional_enum(body: dict[str, Any], name: str, allowed: frozenset[str]) -> str | None:
    value = body.get(name)
    if value is None:
        return None
    if value not in allowed:
        raise invalid(name, f"unknown value {value!r}")
    return str(value)


def optional_enum_set(body: dict[str, Any], name: str, allowed: frozenset[str]) -> list[str] | None:
    """A whole replacement set (classifications, options); duplicates are a client bug."""
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or any(item not in allowed for item in value):
        raise invalid(name, "expected a list of known values")
    if len(set(value)) != len(value):
        raise invalid(name, "values must be unique")
    return list(value)


def optional_date(body: dict[str, Any], name: str) -> str | None:
    value = optional_str(body, name)
    if value is None:
        return None
    try:
        return parse_date(value).isoformat()
    except ValueError:
        raise invalid(name, "expected a date (YYYY-MM-DD or an ISO 8601 date-time)") from None


def optional_email(body: dict[str, Any], name: str = "Email") -> str | None:
    value = optional_str(body, name)
    if value is None or value == "":
        return value
    local, _, domain = value.strip().rpartition("@")
    if not local or "." not in domain or " " in value.strip():
        raise invalid(name, "not an email address")
    return value.strip()


def _timestamp(interval: dict[str, Any], name: str, key: str) -> datetime:
    value = interval.get(key)
    if not isinstance(value, str):
        raise invalid(f"{name}.{key}", "required")
    try:
        return parse_utc(value)
    except ValueError:
        raise invalid(f"{name}.{key}", "expected an ISO 8601 timestamp") from None


def optional_interval(body: dict[str, Any], name: str) -> Interval | None:
    """A time window no longer than three calendar months, the limit Mews enforces."""
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise invalid(name, "expected {StartUtc, EndUtc}")
    start = _timestamp(value, name, "StartUtc")
    end = _timestamp(value, name, "EndUtc")
    if end < start:
        raise invalid(name, "EndUtc precedes StartUtc")
    if end > add_months(start, MAX_INTERVAL_MONTHS):
        raise invalid(name, f"the interval may span at most {MAX_INTERVAL_MONTHS} months")
    return Interval(format_utc(start), format_utc(end))


@dataclass(frozen=True, slots=True)
class Limitation:
    count: int
    cursor: str | None


def unknown_cursor() -> ApiError:
    """400 for a cursor that is not the id of a row this server returned (malformed, made
    up, or from another table): Mews's guideline only defines the ids it hands out."""
    return invalid("Limitation.Cursor", "not a cursor this server issued")


def limitation(body: dict[str, Any], *, max_count: int = MAX_PAGE_SIZE) -> Limitation:
    value = body.get("Limitation")
    if not isinstance(value, dict):
        raise invalid("Limitation", "required")
    count = value.get("Count")
    if (
        isinstance(count, bool)
        or not isinstance(count, int)
        or not MIN_PAGE_SIZE <= count <= max_count
    ):
        raise invalid(
            "Limitation.Count", f"expected a whole number from {MIN_PAGE_SIZE} to {max_count}"
        )
    cursor = value.get("Cursor")
    if cursor is not None and not is_uuid(cursor):
        raise unknown_cursor()
    return Limitation(count, None if cursor is None else str(uuid.UUID(cursor)))


def update_value(body: dict[str, Any], name: str) -> tuple[bool, Any]:
    """Read a Mews "update value": absent keeps the field, ``{"Value": x}`` sets it to x."""
    value = body.get(name)
    if value is None:
        return False, None
    if not isinstance(value, dict) or set(value) - {"Value"}:
        raise invalid(name, 'expected {"Value": ...}')
    return True, value.get("Value")


def lowered(values: Iterable[str]) -> list[str]:
    return sorted({value.strip().lower() for value in values})
