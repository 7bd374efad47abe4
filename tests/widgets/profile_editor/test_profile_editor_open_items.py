"""The open items tab lists what the guest owes and the balance per currency."""

from __future__ import annotations

from typing import Any

from editor_steps import (
    open_profile,
)
from profile_editor_fakes import FakeMews
from pytestqt.qtbot import QtBot

from desktop.ui.profile_editor import ProfileEditor


def _amount(value: float, currency: str) -> dict[str, Any]:
    return {
        "Currency": currency,
        "NetValue": value,
        "GrossValue": value,
        "TaxValues": [],
        "Breakdown": {"Items": []},
    }


def test_open_items_tab_lists_items_and_balance_per_currency(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, qtmodeltester: Any
) -> None:
    record = mews.put()
    item = {
        "AccountId": record["Id"],
        "AccountingState": "Open",
        "CreatorProfileId": record["CreatorProfileId"],
        "UpdaterProfileId": record["CreatorProfileId"],
        "OrderId": record["Id"],
        "RevenueType": "Service",
        "UnitAmount": _amount(100, "EUR"),
        "CreatedUtc": "2026-05-01",
        "UpdatedUtc": "2026-05-01",
        "Data": {"Discriminator": "SpaceOrder", "Value": None},
    }
    mews.open_items[record["Id"]] = {
        "CustomerId": record["Id"],
        "Items": [],
        "OrderItems": [
            item
            | {
                "Id": "a" * 8 + "-0000-4000-8000-000000000001",
                "Amount": _amount(100, "EUR"),
                "OriginalAmount": _amount(100, "EUR"),
                "ConsumedUtc": "2026-05-01",
            },
            item
            | {
                "Id": "a" * 8 + "-0000-4000-8000-000000000002",
                "Amount": _amount(2500, "CZK"),
                "OriginalAmount": _amount(2500, "CZK"),
                "ConsumedUtc": "2026-05-02",
            },
        ],
        "PaymentItems": [
            {
                "Id": "b" * 8 + "-0000-4000-8000-000000000001",
                "AccountId": record["Id"],
                "Amount": _amount(-40, "EUR"),
                "OriginalAmount": _amount(-40, "EUR"),
                "ConsumedUtc": "2026-05-03T09:00:00Z",
                "AccountingState": "Open",
                "State": "Charged",
                "Data": {"Discriminator": "Cash", "Value": None},
            },
        ],
    }
    open_profile(qtbot, editor, record["Id"])
    editor.tabs.setCurrentWidget(editor.open_items)
    qtbot.waitUntil(lambda: editor.open_items.model.rowCount() == 3)
    model = editor.open_items.model
    qtmodeltester.check(model)
    assert [model.index(r, 4).data() for r in range(3)] == [
        "100.00 EUR",
        "2\u202f500.00 CZK",
        "-40.00 EUR",
    ]
    assert model.index(2, 1).data() == "Payment"
    assert editor.open_items.balance.text() == "Open balance: 2\u202f500.00 CZK · 60.00 EUR"
