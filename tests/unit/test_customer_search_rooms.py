"""Room numbers to Mews resource ids: the session's room directory and the room search."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.desk.customer_search import RoomLookupUnavailable, fetch_in_house
from desktop.desk.room_directory import STALE_AFTER_SECONDS, RoomDirectory, Rooms, room_key
from desktop.desk.search_query import InHouseLookup
from desktop.mews import ForbiddenError, models


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


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class _Reads:
    """Counts room reads and answers with the rooms it holds at that moment."""

    def __init__(self, rooms: dict[str, str]) -> None:
        self.rooms = rooms
        self.count = 0
        self.failure: Exception | None = None

    def __call__(self, _client: Any) -> Rooms:
        self.count += 1
        if self.failure is not None:
            raise self.failure
        return Rooms({room_key(name): rid for rid, name in self.rooms.items()}, dict(self.rooms))


def _directory(rooms: dict[str, str]) -> tuple[RoomDirectory, _Reads, _Clock]:
    reads, clock = _Reads(rooms), _Clock()
    return RoomDirectory(object(), read=reads, clock=clock), reads, clock  # type: ignore[arg-type]


def test_rooms_are_read_once_and_typed_numbers_match_loosely() -> None:
    directory, reads, _ = _directory({"id-204": "204", "id-s1": "Suite 1"})
    assert directory.resolve("204") == "id-204"
    assert directory.resolve(" 0204 ") == "id-204"
    assert directory.resolve("suite1") == "id-s1"
    assert directory.names == {"id-204": "204", "id-s1": "Suite 1"}
    assert reads.count == 1


def test_an_unknown_room_rereads_a_list_older_than_a_minute_once() -> None:
    directory, reads, clock = _directory({"id-204": "204"})
    assert directory.resolve("999") is None  # fresh list: no second read
    assert reads.count == 1
    reads.rooms["id-999"] = "999"
    clock.now += STALE_AFTER_SECONDS
    assert directory.resolve("999") == "id-999"
    assert directory.resolve("888") is None
    assert reads.count == 2


def test_refresh_reads_the_rooms_again() -> None:
    directory, reads, _ = _directory({"id-204": "204"})
    directory.resolve("204")
    reads.rooms = {"id-204": "204B"}
    directory.refresh()
    assert directory.names == {"id-204": "204B"}
    assert reads.count == 2


def test_a_failed_read_fails_a_room_lookup_but_not_the_names() -> None:
    directory, reads, clock = _directory({"id-204": "204"})
    reads.failure = ForbiddenError("No permission for resources/getAll.")
    with pytest.raises(ForbiddenError):
        directory.resolve("204")
    assert directory.names == {}
    assert directory.names == {}  # not retried at once
    assert reads.count == 2
    reads.failure = None
    clock.now += STALE_AFTER_SECONDS
    assert directory.names == {"id-204": "204"}


class _SearchClient:
    def __init__(self) -> None:
        self.searched: list[dict[str, Any]] = []

    def search_customers(self, **fields: Any) -> Any:
        self.searched.append(fields)
        return models.CustomerSearchResult.model_validate({"Customers": []})


def test_a_room_is_searched_by_the_resource_id_the_directory_gives() -> None:
    directory, _, _ = _directory({"3fa85f64-5717-4562-b3fc-2c963f66afa6": "204"})
    client = _SearchClient()
    fetch_in_house(client, InHouseLookup(room="204"), resolve_room=directory.resolve)  # type: ignore[arg-type]
    assert client.searched == [{"resource_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}]
