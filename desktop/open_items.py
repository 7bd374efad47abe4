"""What a guest still owes: open order and payment items summed per currency.

``customers/getOpenItems`` returns items in the currency they were charged in; adding euros
to crowns is meaningless, so the balance is kept per currency. Order items are positive
(consumed), payment items negative (paid), so the open balance is their plain sum. Amounts
are summed as ``Decimal`` from the API's decimal text so that 0.1 + 0.2 shows as 0.30.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class OpenItemRow:
    """One open item as the open-items tab lists it."""

    kind: str  # "order" or "payment"
    date: str
    description: str
    state: str
    currency: str
    amount: Decimal


def rows_from_result(result: Any) -> list[OpenItemRow]:
    """Flatten a ``CustomerItemResult`` (all its customers) into display rows."""
    rows: list[OpenItemRow] = []
    for entry in getattr(result, "customers", None) or ():
        for item in getattr(entry, "order_items", None) or ():
            rows.append(_row("order", item, _order_description(item), item_state(item)))
        for item in getattr(entry, "payment_items", None) or ():
            rows.append(_row("payment", item, _payment_description(item), item_state(item)))
    rows.sort(key=lambda row: row.date)
    return rows


def balance_per_currency(rows: Iterable[OpenItemRow]) -> dict[str, Decimal]:
    """Open balance per ISO-4217 currency, currencies in alphabetical order."""
    totals: dict[str, Decimal] = {}
    for row in rows:
        totals[row.currency] = totals.get(row.currency, Decimal(0)) + row.amount
    return dict(sorted(totals.items()))


def format_amount(amount: Decimal, currency: str) -> str:
    """``1 234.50 EUR``-style text that does not depend on the float's binary form."""
    quantised = amount.quantize(Decimal("0.01"))
    return f"{quantised:,.2f} {currency}".replace(",", "\u202f")


def item_state(item: Any) -> str:
    """Payment state if the item has one, otherwise its accounting state."""
    return _text(getattr(item, "state", None) or getattr(item, "accounting_state", None))


def _row(kind: str, item: Any, description: str, state: str) -> OpenItemRow:
    amount = getattr(item, "amount", None)
    gross = getattr(amount, "gross_value", None)
    if gross is None:
        gross = getattr(amount, "value", None)
    currency = _text(getattr(amount, "currency", None))
    date = _date_text(
        getattr(item, "consumed_utc", None)
        or getattr(item, "start_utc", None)
        or getattr(item, "created_utc", None)
    )
    return OpenItemRow(kind, date, description, state, currency, Decimal(str(gross or 0)))


def _order_description(item: Any) -> str:
    data = getattr(item, "data", None)
    discriminator = _text(getattr(data, "discriminator", None))
    revenue = _text(getattr(item, "revenue_type", None))
    return " · ".join(part for part in (discriminator, revenue) if part)


def _payment_description(item: Any) -> str:
    data = getattr(item, "data", None)
    discriminator = _text(getattr(data, "discriminator", None))
    notes = _text(getattr(item, "notes", None))
    return " · ".join(part for part in (discriminator, notes) if part)


def _date_text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    return str(value)[:10]


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))
