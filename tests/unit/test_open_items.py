from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace as NS

from desktop.desk.open_items import balance_per_currency, format_amount, rows_from_result


def _amount(value: float, currency: str) -> NS:
    return NS(gross_value=value, currency=currency)


def _order(value: float, currency: str, day: str, revenue: str, kind: str | None) -> NS:
    """An open order item consumed at 10:00 on ``day``; ``kind`` is its data discriminator."""
    return NS(
        amount=_amount(value, currency),
        consumed_utc=f"{day}T10:00:00Z",
        accounting_state="Open",
        revenue_type=revenue,
        data=NS(discriminator=kind) if kind else None,
    )


RESULT = NS(
    customers=[
        NS(
            order_items=[
                _order(0.1, "EUR", "2026-05-02", "Service", "SpaceOrder"),
                _order(0.2, "EUR", "2026-05-01", "Product", "ProductOrder"),
                _order(1500, "CZK", "2026-05-03", "Service", None),
            ],
            payment_items=[
                NS(
                    amount=_amount(-500, "CZK"),
                    consumed_utc="2026-05-04T09:00:00Z",
                    state="Charged",
                    accounting_state="Open",
                    notes="deposit",
                    data=NS(discriminator="Cash"),
                ),
            ],
        )
    ]
)


def test_rows_are_dated_and_sorted() -> None:
    rows = rows_from_result(RESULT)
    assert [row.date for row in rows] == ["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04"]
    assert rows[-1].kind == "payment"
    assert rows[-1].state == "Charged"
    assert rows[-1].types == ("Cash",)
    assert rows[-1].description == "deposit"  # the payment's notes: shown untranslated


def test_states_and_types_are_source_labels_and_unknown_values_stay_raw() -> None:
    item = NS(
        amount=_amount(5, "EUR"),
        accounting_state="Canceled",
        revenue_type="Service",
        data=NS(discriminator="SpaceOrder"),
    )
    unknown = NS(amount=_amount(1, "EUR"), state="Refunding", data=NS(discriminator="Crypto"))
    result = NS(customers=[NS(order_items=[item], payment_items=[unknown])])
    order, payment = sorted(rows_from_result(result), key=lambda row: row.kind)
    assert (order.state, order.types) == ("Cancelled", ("Accommodation", "Service"))
    assert (payment.state, payment.types) == ("Refunding", ("Crypto",))


def test_balance_is_per_currency_and_exact() -> None:
    balance = balance_per_currency(rows_from_result(RESULT))
    assert balance == {"CZK": Decimal("1000"), "EUR": Decimal("0.3")}
    assert format_amount(balance["EUR"], "EUR") == "0.30 EUR"
    assert format_amount(Decimal("1234.5"), "CZK") == "1\u202f234.50 CZK"


def test_no_items_means_no_balance() -> None:
    assert balance_per_currency(rows_from_result(NS(customers=None))) == {}
