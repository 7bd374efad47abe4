"""The table's rows are the same whether built from summaries or from full customers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.desk.customer_rows import CustomerRow, rows_from_customers
from desktop.mews import MewsClient

ROW_FIELDS = [name for name in CustomerRow.__slots__ if name not in ("room", "reservation_state")]


def _window() -> dict[str, str]:
    now = datetime.now(UTC)
    return {
        "start_utc": (now - timedelta(days=89)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end_utc": (now + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def test_summary_rows_equal_full_customer_rows(client: MewsClient) -> None:
    window = _window()
    summaries = client.get_customer_summaries(count=1000, updated_utc=window)
    full = client.get_all_customers(count=1000, updated_utc=window)
    assert len(summaries.customers) == len(full.customers) > 100
    assert summaries.cursor == (str(full.cursor) if full.cursor else None)
    fast, slow = rows_from_customers(summaries.customers), rows_from_customers(full.customers)
    for summary_row, full_row in zip(fast, slow, strict=True):
        assert {f: getattr(summary_row, f) for f in ROW_FIELDS} == {
            f: getattr(full_row, f) for f in ROW_FIELDS
        }
    # The sandbox's guests do have what the table shows: the comparison is not of blanks.
    for field in ("email", "phone", "nationality", "birth_date", "title", "classifications"):
        assert any(getattr(row, field) for row in fast), field


def test_summaries_page_like_full_customers(client: MewsClient) -> None:
    window = _window()
    first = client.get_customer_summaries(count=50, updated_utc=window)
    second = client.get_customer_summaries(count=50, cursor=first.cursor, updated_utc=window)
    ids = [c.id for c in first.customers + second.customers]
    assert len(ids) == len(set(ids)) == 100
    full = client.get_all_customers(count=100, updated_utc=window)
    assert ids == [str(c.id) for c in full.customers]
