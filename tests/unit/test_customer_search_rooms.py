"""Room lookups say plainly when a connection cannot map room numbers to Mews resources."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.desk.customer_search import RoomLookupUnavailable, fetch_in_house
from desktop.desk.search_query import InHouseLookup


class _NoCallsClient:
    """Fails the test if the search reaches the API."""

    def search_customers(self, **_: Any) -> Any:
        raise AssertionError("no request should be sent")


def test_room_search_without_a_room_directory_explains_instead_of_claiming_empty() -> None:
    with pytest.raises(RoomLookupUnavailable, match="name instead"):
        fetch_in_house(_NoCallsClient(), InHouseLookup(room="214"), resolve_room=None)


def test_unknown_room_gives_no_rows_without_a_request() -> None:
    page = fetch_in_house(_NoCallsClient(), InHouseLookup(room="999"), resolve_room=lambda _: None)
    assert page.rows == []
