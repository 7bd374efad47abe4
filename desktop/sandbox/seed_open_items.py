"""Demo open items: what guests still owe (orders) and have paid (payments), in the
currencies and tax regimes the sandbox hotel bills in."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Final

from desktop.sandbox.records import API_PROFILE_ID, Json, amount
from desktop.sandbox.timeutil import format_utc

_CURRENCIES: Final = (("EUR", 0.21, "EU-S"), ("GBP", 0.2, "UK-S"), ("USD", 0.0875, "US-DC"))
_MORE_CURRENCIES: Final = (("CZK", 0.12, "CZ-R"), ("CHF", 0.081, "CH-S"))
_PAYMENT_TYPES: Final = ("CreditCard", "Cash", "Invoice")


class SeededRandom:
    """The generator's random state: every id and moment comes from ``rng``, relative to ``now``."""

    def __init__(self, seed: int, now: datetime) -> None:
        self.rng = random.Random(seed)
        self.now = now

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def moment(self, earliest: datetime, latest: datetime) -> datetime:
        span = max(0, int((latest - earliest).total_seconds()))
        return earliest + timedelta(seconds=self.rng.randint(0, span))


class OpenItemSeeds(SeededRandom):
    """Open items of one customer: a few orders in the hotel's currencies, some payments."""

    def open_items_for(self, customer: Json) -> list[tuple[str, str, Json]]:
        """(customer id, "order" or "payment", item) for the store."""
        pool = _CURRENCIES + (_MORE_CURRENCIES if self.rng.random() < 0.3 else ())
        items: list[tuple[str, str, Json]] = []
        for _ in range(self.rng.randint(1, 4)):
            currency, rate, code = self.rng.choice(pool)
            order = self.order_item(customer["Id"], currency, rate, code)
            items.append((customer["Id"], "order", order))
        for _ in range(self.rng.randint(0, 2)):
            currency, _, _ = self.rng.choice(pool)
            items.append((customer["Id"], "payment", self.payment_item(customer["Id"], currency)))
        return items

    def order_item(self, customer_id: str, currency: str, tax_rate: float, code: str) -> Json:
        kind = self.rng.choice(("SpaceOrder", "ProductOrder", "CustomItem"))
        units = self.rng.randint(1, 3)
        unit_gross = round(self.rng.uniform(4, 180), 2)
        consumed = format_utc(self.moment(self.now - timedelta(days=5), self.now))
        return {
            "Id": self.uuid(),
            "AccountId": customer_id,
            "OrderId": self.uuid(),
            "BillId": None,
            "AccountingCategoryId": None,
            "UnitCount": units,
            "UnitAmount": {
                key: value
                for key, value in amount(currency, unit_gross, tax_rate, code).items()
                if key in ("Currency", "NetValue", "GrossValue", "TaxValues", "Breakdown")
            },
            "Amount": amount(currency, unit_gross * units, tax_rate, code),
            "OriginalAmount": amount(currency, unit_gross * units, tax_rate, code),
            "RevenueType": "Service" if kind == "SpaceOrder" else "Product",
            "CreatorProfileId": API_PROFILE_ID,
            "UpdaterProfileId": API_PROFILE_ID,
            "CreatedUtc": consumed,
            "UpdatedUtc": consumed,
            "ConsumedUtc": consumed,
            "CanceledUtc": None,
            "ClosedUtc": None,
            "StartUtc": None,
            "AccountingState": "Open",
            # Without a discriminated value Mews leaves "Value" out rather than sending null.
            "Data": (
                {"Discriminator": kind, "Value": {"ProductId": self.uuid(), "AgeCategoryId": None}}
                if kind == "ProductOrder"
                else {"Discriminator": kind}
            ),
        }

    def payment_item(self, customer_id: str, currency: str) -> Json:
        kind = self.rng.choice(_PAYMENT_TYPES)
        gross = -round(self.rng.uniform(20, 400), 2)
        value = {
            "CreditCard": {"PaymentCardId": self.uuid()},
            "Invoice": {"InvoiceId": self.uuid()},
        }
        return {
            "Id": self.uuid(),
            "AccountId": customer_id,
            "BillId": None,
            "AccountingCategoryId": None,
            "Amount": amount(currency, gross, 0.0, "Z"),
            "OriginalAmount": amount(currency, gross, 0.0, "Z"),
            "Notes": "Deposit" if self.rng.random() < 0.3 else None,
            "SettlementId": None,
            "ConsumedUtc": format_utc(self.moment(self.now - timedelta(days=5), self.now)),
            "ClosedUtc": None,
            "AccountingState": "Open",
            "State": self.rng.choice(("Charged", "Pending")),
            "Identifier": None,
            "Data": {"Discriminator": kind, "Value": value[kind]}
            if kind in value
            else {"Discriminator": kind},
        }
