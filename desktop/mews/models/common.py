"""Small building blocks shared by several operations."""

from __future__ import annotations

import calendar
from datetime import datetime
from typing import Any, Self
from uuid import UUID

from pydantic import Field, model_validator

from desktop.mews import limits
from desktop.mews.models.base import ApiDateTime, MewsModel


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` plus calendar months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


class TimeFilterInterval(MewsModel):
    """A ``{StartUtc, EndUtc}`` filter window: start inclusive, end exclusive.

    Equal start and end mean "exactly at this instant". ``customers/getAll`` rejects
    windows longer than three months, so the check is made before anything is sent.
    """

    start_utc: ApiDateTime | None = None
    end_utc: ApiDateTime | None = None

    @model_validator(mode="after")
    def _check_window(self) -> Self:
        start, end = self.start_utc, self.end_utc
        if start is None or end is None:
            return self
        if _naive(start) != _naive(end):
            raise ValueError(
                "time interval needs both StartUtc and EndUtc with a time zone, or neither"
            )
        if start > end:
            raise ValueError(f"StartUtc ({start.isoformat()}) is after EndUtc ({end.isoformat()})")
        latest_end = add_months(start, limits.MAX_TIME_INTERVAL_MONTHS)
        if end > latest_end:
            raise ValueError(
                f"time interval is longer than {limits.MAX_TIME_INTERVAL_MONTHS} months "
                f"(EndUtc must be at most {latest_end.isoformat()})"
            )
        return self


def _naive(moment: datetime) -> bool:
    return moment.tzinfo is None


class Limitation(MewsModel):
    """Page size and the cursor to continue after (``Cursor`` of the previous page)."""

    count: int = Field(ge=limits.MIN_PAGE_SIZE, le=limits.MAX_PAGE_SIZE)
    cursor: UUID | None = None


class CustomerExtent(MewsModel):
    """What ``customers/getAll`` and ``customers/search`` return besides the customers."""

    customers: bool | None = None
    #: Deprecated by Mews: identity documents come from ``identityDocuments/getAll``.
    documents: bool | None = None
    addresses: bool | None = None


class StringUpdateValue(MewsModel):
    """``{"Value": ...}``: send to change a value (``None`` clears it); omit to keep it."""

    value: str | None = None


def wrap_update_value(value: Any) -> Any:
    """Let callers pass a bare string where an update value is expected."""
    if isinstance(value, str):
        return {"Value": value}
    return value


class AddressParameters(MewsModel):
    """A customer address as sent in ``customers/add`` and ``customers/update``."""

    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    postal_code: str | None = None
    country_code: str | None = None
    country_subdivision_code: str | None = None


class OldAddress(AddressParameters):
    """The address embedded in a customer (deprecated by Mews for ``AddressId``, still sent).

    The address lines as sent, plus what only Mews fills in.
    """

    id: UUID | None = None
    latitude: float | None = None
    longitude: float | None = None


class Unit(MewsModel):
    """The empty result of operations that return nothing (``{}`` or no body)."""
