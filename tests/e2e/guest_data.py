"""A sandbox guest with something in every part of the profile, for tests that read it all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.mews import MewsClient

#: getAll takes a time window of at most three months; the seed spreads two years.
_WINDOWS = 9


def guest_with_open_items(client: MewsClient) -> Any:
    """An active seeded customer who owes something (the seed gives a few of them items)."""
    end = datetime.now(UTC) + timedelta(days=1)
    for _ in range(_WINDOWS):
        start = end - timedelta(days=89)
        page = client.get_all_customers(
            updated_utc={
                "StartUtc": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "EndUtc": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        active = {str(item.id): item for item in page.customers if item.is_active}
        if active:
            result = client.get_open_items(list(active)[:1000])
            for entry in result.customers:
                if entry.order_items or entry.payment_items:
                    return active[str(entry.customer_id)]
        end = start
    raise LookupError("the sandbox seed has no customer with open items")
