"""The calls the failure tests make: one read that may be retried, one write that may not."""

from __future__ import annotations

from typing import Any

CUSTOMER = "fadd5bb6-b428-45d5-94f8-fd0d89fece6d"
EMPTY_PAGE = {"Customers": [], "Cursor": None}


def a_read(client: Any) -> Any:
    """A read by exact email: safe to repeat, so the client retries it."""
    return client.get_all_customers(emails=["a@example.com"])


def a_write(client: Any) -> Any:
    """An add: once it may have reached Mews, repeating it could create a second guest."""
    return client.add_customer(last_name="Novák", email="a@example.com")
