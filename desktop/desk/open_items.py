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

from desktop.desk.labels import label_of
from desktop.desk.translatable import QT_TRANSLATE_NOOP

ITEM_STATE_CONTEXT = "OpenItemState"
ITEM_TYPE_CONTEXT = "OpenItemType"

#: Accounting and payment states (``Open``, ``Charged``...) in a receptionist's words.
ITEM_STATE_LABELS: dict[str, str] = {
    "Open": QT_TRANSLATE_NOOP("OpenItemState", "Open"),
    "Closed": QT_TRANSLATE_NOOP("OpenItemState", "Closed"),
    "Inactive": QT_TRANSLATE_NOOP("OpenItemState", "Inactive"),
    "Canceled": QT_TRANSLATE_NOOP("OpenItemState", "Cancelled"),
    "Charged": QT_TRANSLATE_NOOP("OpenItemState", "Charged"),
    "Pending": QT_TRANSLATE_NOOP("OpenItemState", "Pending"),
    "Failed": QT_TRANSLATE_NOOP("OpenItemState", "Failed"),
    "Verifying": QT_TRANSLATE_NOOP("OpenItemState", "Verifying"),
}

#: Order item types, payment types and revenue types, as the description column shows them.
ITEM_TYPE_LABELS: dict[str, str] = {
    "CancellationFee": QT_TRANSLATE_NOOP("OpenItemType", "Cancellation fee"),
    "Rebate": QT_TRANSLATE_NOOP("OpenItemType", "Rebate"),
    "Deposit": QT_TRANSLATE_NOOP("OpenItemType", "Deposit"),
    "ExchangeRateDifference": QT_TRANSLATE_NOOP("OpenItemType", "Exchange rate difference"),
    "CustomItem": QT_TRANSLATE_NOOP("OpenItemType", "Custom item"),
    "Surcharge": QT_TRANSLATE_NOOP("OpenItemType", "Surcharge"),
    "SurchargeDiscount": QT_TRANSLATE_NOOP("OpenItemType", "Surcharge discount"),
    "SpaceOrder": QT_TRANSLATE_NOOP("OpenItemType", "Accommodation"),
    "ProductOrder": QT_TRANSLATE_NOOP("OpenItemType", "Product order"),
    "Other": QT_TRANSLATE_NOOP("OpenItemType", "Other"),
    "TaxCorrection": QT_TRANSLATE_NOOP("OpenItemType", "Tax correction"),
    "ResourceUpgradeFee": QT_TRANSLATE_NOOP("OpenItemType", "Room upgrade fee"),
    "InvoiceFee": QT_TRANSLATE_NOOP("OpenItemType", "Invoice fee"),
    "CreditCard": QT_TRANSLATE_NOOP("OpenItemType", "Credit card"),
    "Invoice": QT_TRANSLATE_NOOP("OpenItemType", "Invoice"),
    "Cash": QT_TRANSLATE_NOOP("OpenItemType", "Cash"),
    "Unspecified": QT_TRANSLATE_NOOP("OpenItemType", "Unspecified"),
    "BadDebts": QT_TRANSLATE_NOOP("OpenItemType", "Bad debts"),
    "WireTransfer": QT_TRANSLATE_NOOP("OpenItemType", "Wire transfer"),
    "ExchangeRoundingDifference": QT_TRANSLATE_NOOP("OpenItemType", "Exchange rounding difference"),
    "BankCharges": QT_TRANSLATE_NOOP("OpenItemType", "Bank charges"),
    "Cheque": QT_TRANSLATE_NOOP("OpenItemType", "Cheque"),
    "Service": QT_TRANSLATE_NOOP("OpenItemType", "Service"),
    "Product": QT_TRANSLATE_NOOP("OpenItemType", "Product"),
    "Additional": QT_TRANSLATE_NOOP("OpenItemType", "Additional"),
}


@dataclass(frozen=True)
class OpenItemRow:
    """One open item as the open-items tab lists it.

    ``state`` and ``types`` are English source labels (``ITEM_STATE_CONTEXT``,
    ``ITEM_TYPE_CONTEXT``) the tab translates; ``description`` is free text from Mews (a
    payment's notes) and is shown as it is.
    """

    kind: str  # "order" or "payment"
    date: str
    description: str
    state: str
    currency: str
    amount: Decimal
    types: tuple[str, ...] = ()


def rows_from_result(result: Any) -> list[OpenItemRow]:
    """Flatten a ``CustomerItemResult`` (all its customers) into display rows."""
    rows: list[OpenItemRow] = []
    for entry in getattr(result, "customers", None) or ():
        for item in getattr(entry, "order_items", None) or ():
            rows.append(_row("order", item, "", _order_types(item)))
        for item in getattr(entry, "payment_items", None) or ():
            notes = _text(getattr(item, "notes", None))
            rows.append(_row("payment", item, notes, _types(item)))
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
    """Payment state if the item has one, otherwise its accounting state (a source label;
    an unknown state stays as the API sent it)."""
    raw = _text(getattr(item, "state", None) or getattr(item, "accounting_state", None))
    return label_of(ITEM_STATE_LABELS, raw)


def _row(kind: str, item: Any, description: str, types: tuple[str, ...]) -> OpenItemRow:
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
    return OpenItemRow(
        kind, date, description, item_state(item), currency, Decimal(str(gross or 0)), types
    )


def _types(item: Any) -> tuple[str, ...]:
    raw = _text(getattr(getattr(item, "data", None), "discriminator", None))
    return (label_of(ITEM_TYPE_LABELS, raw),) if raw else ()


def _order_types(item: Any) -> tuple[str, ...]:
    revenue = _text(getattr(item, "revenue_type", None))
    return (*_types(item), *((label_of(ITEM_TYPE_LABELS, revenue),) if revenue else ()))


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
