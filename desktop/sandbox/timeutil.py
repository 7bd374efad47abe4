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
    return date.fromisoformat(text)


def add_months(moment: datetime, months: int) -> datetime:
    """Calendar months, clamping the day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)
