"""``customers/getOpenItems``: what a guest still owes or has prepaid.

The examples Mews publishes for this operation leave out fields the schema calls
required (``Id``, ``UnitAmount``...), so nearly everything here is optional: an open
balance must show even when an item is sparse.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from pydantic import Field

from desktop.mews import limits
from desktop.mews.models.base import ApiDateTime, MewsModel, MewsRequest, OpenEnum
from desktop.mews.models.enums import AccountingState, OrderItemType, PaymentState, PaymentType


class CustomerItemParameters(MewsRequest):
    """``customers/getOpenItems`` request.

    ``currency`` is an ISO-4217 code (the OpenAPI description mislabels it a date-time).
    """

    customer_ids: list[UUID] = Field(min_length=1, max_length=limits.MAX_FILTER_ITEMS)
    currency: str | None = None


class TaxValue(MewsModel):
    code: str | None = None
    value: float = 0.0


class TaxBreakdownItem(MewsModel):
    tax_rate_code: str | None = None
    net_value: float = 0.0
    tax_value: float = 0.0


class TaxBreakdown(MewsModel):
    items: list[TaxBreakdownItem] = Field(default_factory=list)


class Amount(MewsModel):
    """A money amount with its taxes."""

    currency: str
    net_value: float | None = None
    gross_value: float | None = None
    tax_values: list[TaxValue] = Field(default_factory=list)
    breakdown: TaxBreakdown | None = None


class ExtendedAmount(Amount):
    """``Amount`` plus the older single-rate fields Mews still sends."""

    value: float | None = None
    net: float | None = None
    tax: float | None = None
    tax_rate: float | None = None


class OrderItemData(MewsModel):
    """``Data`` of an order item: a type and, for some types, a small payload.

    ``value`` stays a dict (``RebatedItemId`` for rebates, ``ProductId`` for products);
    the desk only displays it.
    """

    discriminator: OpenEnum[OrderItemType] | None = None
    value: dict[str, Any] | None = None


class PaymentItemData(MewsModel):
    """``Data`` of a payment item (``PaymentCardId`` for cards, ``InvoiceId`` for invoices)."""

    discriminator: OpenEnum[PaymentType] | None = None
    value: dict[str, Any] | None = None


class OrderItemOld(MewsModel):
    """An open consumed item (night, product, fee...). A negative amount is a rebate."""

    id: UUID | None = None
    account_id: UUID | None = None
    order_id: UUID | None = None
    bill_id: UUID | None = None
    accounting_category_id: UUID | None = None
    unit_count: int | None = None
    unit_amount: Amount | None = None
    amount: ExtendedAmount | None = None
    original_amount: ExtendedAmount | None = None
    revenue_type: str | None = None
    creator_profile_id: UUID | None = None
    updater_profile_id: UUID | None = None
    created_utc: ApiDateTime | None = None
    updated_utc: ApiDateTime | None = None
    consumed_utc: ApiDateTime | None = None
    canceled_utc: ApiDateTime | None = None
    closed_utc: ApiDateTime | None = None
    start_utc: ApiDateTime | None = None
    accounting_state: OpenEnum[AccountingState] | None = None
    data: OrderItemData | None = None


class PaymentItemOld(MewsModel):
    """An open payment (cash, card, invoice...). Payments are negative amounts."""

    id: UUID | None = None
    account_id: UUID | None = None
    bill_id: UUID | None = None
    accounting_category_id: UUID | None = None
    amount: ExtendedAmount | None = None
    original_amount: ExtendedAmount | None = None
    amount_default: ExtendedAmount | None = None
    notes: str | None = None
    settlement_id: str | None = None
    consumed_utc: ApiDateTime | None = None
    closed_utc: ApiDateTime | None = None
    accounting_state: OpenEnum[AccountingState] | None = None
    state: OpenEnum[PaymentState] | None = None
    identifier: str | None = None
    data: PaymentItemData | None = None


class AccountingItem(MewsModel):
    """The deprecated combined item list (``Items``), kept for older servers."""

    id: UUID | None = None
    account_id: UUID | None = None
    customer_id: UUID | None = None
    order_id: UUID | None = None
    service_id: UUID | None = None
    product_id: UUID | None = None
    bill_id: UUID | None = None
    invoice_id: UUID | None = None
    accounting_category_id: UUID | None = None
    credit_card_id: UUID | None = None
    type: str | None = None
    sub_type: str | None = None
    name: str | None = None
    notes: str | None = None
    consumption_utc: ApiDateTime | None = None
    closed_utc: ApiDateTime | None = None
    state: str | None = None
    sub_state: str | None = None
    amount: ExtendedAmount | None = None
    tax_exemption_reason_code: str | None = None


class CustomerItems(MewsModel):
    """Open items of one customer."""

    customer_id: UUID
    items: list[AccountingItem] | None = None
    order_items: list[OrderItemOld] = Field(default_factory=list)
    payment_items: list[PaymentItemOld] = Field(default_factory=list)


class CustomerItemResult(MewsModel):
    """``customers/getOpenItems`` response."""

    customers: list[CustomerItems] | None = None
