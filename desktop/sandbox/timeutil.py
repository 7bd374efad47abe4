"""UTC timestamps in the exact text form Mews uses, which also sorts chronologically."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime

_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def format_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_FORMAT)


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def parse_utc(text: str) -> datetime:
    """Parse an ISO 8601 timestamp; a value without an offset is taken as UTC."""
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_date(text: str) -> date:
    """``YYYY-MM-DD``, or a date-time of which the date part as written is taken.

    Mews's own examples send ``"2040-11-20T00:00:00Z"`` in date fields and Mews accepts
    it, so the sandbox must too; the time and offset are checked but do not move the day.
    """
    if "T" in text or "t" in text:
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00")).date()
    return date.fromisoformat(text)


def format_date_as_mews_datetime(day: date) -> str:
    """How Mews answers a date-only field of an identity document: midnight UTC."""
    return f"{day.isoformat()}T00:00:00Z"


def add_months(moment: datetime, months: int) -> datetime:
    """Calendar months, clamping the day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)
