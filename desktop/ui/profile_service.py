"""The API calls the profile editor makes, run through the desk's worker pools.

Built on :class:`~desktop.ui.api_calls.ApiCalls` (the desk's
:class:`~desktop.ui.session.Session` in the app; a runner around a fake client in tests):
each method submits one small function of the client and returns its
:class:`~desktop.ui.workers.Request`, owned by the editor so a closed editor's late results
are dropped. Reads go to the read pool; ``customers/add`` and ``customers/update`` to the
one-thread write pool, so two saves of a profile never overtake each other. Work that is not
drawing (flattening open items, merging duplicate candidates) happens on the worker; the
editor receives finished values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.desk.open_items import OpenItemRow, rows_from_result
from desktop.ui.api_calls import ApiCalls
from desktop.ui.workers import Request

if TYPE_CHECKING:  # the pydantic models load with the client, not at start-up
    from desktop.mews.models import Customer

FETCH_EXTENT = {"Customers": True, "Addresses": True}
# Enough to see every likely duplicate of one email or last name at a hotel desk.
CANDIDATE_PAGE_SIZE = 100


class ProfileService:
    """Customer reads and writes for the editor."""

    def __init__(self, calls: ApiCalls) -> None:
        self._calls = calls

    def calls(self) -> ApiCalls:
        """The same way to reach Mews, for the editor's other tabs (documents, files)."""
        return self._calls

    def fetch_customer(self, owner: QObject, customer_id: str) -> Request:
        """Succeeds with the ``Customer`` or ``None`` when it does not exist (any more)."""

        def call(client: Any) -> Customer | None:
            page = client.get_all_customers(
                customer_ids=[customer_id], extent=FETCH_EXTENT, count=1
            )
            return page.customers[0] if page.customers else None

        return self._calls.read(call, owner=owner, label="customers/getAll")

    def update_customer(
        self, owner: QObject, customer_id: str, arguments: Mapping[str, Any]
    ) -> Request:
        """Succeeds with the updated ``Customer``."""
        fields = dict(arguments)
        return self._calls.write(
            lambda client: client.update_customer(customer_id, **fields),
            owner=owner,
            label="customers/update",
        )

    def add_customer(
        self, owner: QObject, arguments: Mapping[str, Any], *, overwrite_existing: bool
    ) -> Request:
        """Succeeds with the new (or overwritten) ``Customer``."""
        fields = dict(arguments)
        return self._calls.write(
            lambda client: client.add_customer(overwrite_existing=overwrite_existing, **fields),
            owner=owner,
            label="customers/add",
        )

    def find_candidates(
        self,
        owner: QObject,
        filters: Sequence[Mapping[str, list[str]]],
        names: Sequence[str] = (),
    ) -> Request:
        """Succeeds with every active customer any of ``filters`` finds (one getAll each),
        and every guest in house now that ``customers/search`` finds by one of ``names``."""
        queries = [dict(query) for query in filters]
        searches = list(names)

        def call(client: Any) -> list[Customer]:
            found: dict[str, Customer] = {}
            for query in queries:
                page = client.get_all_customers(
                    count=CANDIDATE_PAGE_SIZE, activity_states=["Active"], **query
                )
                for customer in page.customers:
                    found.setdefault(str(customer.id), customer)
            for name in searches:
                for hit in client.search_customers(name=name).customers:
                    found.setdefault(str(hit.customer.id), hit.customer)
            return list(found.values())

        return self._calls.read(call, owner=owner, label="customers/getAll")

    def open_items(self, owner: QObject, customer_id: str) -> Request:
        """Succeeds with the customer's open items as display rows."""

        def call(client: Any) -> list[OpenItemRow]:
            return rows_from_result(client.get_open_items([customer_id]))

        return self._calls.read(call, owner=owner, label="customers/getOpenItems")
