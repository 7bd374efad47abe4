"""resources/getAll on a live sandbox: Mews's shapes, and rooms that match the stays."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sandbox_api import Api, running_sandbox

from desktop.sandbox.rooms import RETIRED_ROOMS

ROOMS = {"Resources": True}


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    with running_sandbox(tmp_path_factory.mktemp("rooms") / "sandbox.sqlite3") as api:
        yield api


def _all_rooms(api: Api, count: int = 1000, **fields: Any) -> list[dict[str, Any]]:
    rooms: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = api.ok("resources/getAll", fields, Limitation={"Count": count, "Cursor": cursor})
        found = page["Resources"] or []
        rooms.extend(found)
        assert page["Cursor"] == (found[-1]["Id"] if found else None)
        cursor = page["Cursor"]
        if cursor is None:
            return rooms


def _stays(api: Api) -> list[tuple[str, str]]:
    """(assigned resource id, room number) of every stored reservation."""
    with sqlite3.connect(api.server.store.path) as db:
        return db.execute("SELECT resource_id, room_number FROM reservations").fetchall()


def test_every_reserved_room_is_a_resource_with_the_reservations_id(api: Api) -> None:
    rooms = {room["Id"]: room for room in _all_rooms(api, Extent=ROOMS)}
    stays = _stays(api)
    assert stays
    for resource_id, number in stays:
        assert rooms[resource_id]["Name"] == number
        assert rooms[resource_id]["Data"]["Discriminator"] == "Space"
        assert rooms[resource_id]["Data"]["Value"]["FloorNumber"] == number[:-2]


def test_rooms_page_by_name_with_the_last_id_as_cursor(api: Api) -> None:
    whole = _all_rooms(api, Extent=ROOMS)
    paged = _all_rooms(api, count=40, Extent=ROOMS)
    assert [room["Id"] for room in paged] == [room["Id"] for room in whole]
    assert [room["Name"] for room in whole] == sorted(room["Name"] for room in whole)
    assert len(whole) >= 150


def test_names_and_ids_filter_and_retired_rooms_need_the_inactive_extent(api: Api) -> None:
    page = api.ok("resources/getAll", Names=["204", "999"], Extent=ROOMS, Limitation={"Count": 10})
    [room] = page["Resources"]
    assert room["Name"] == "204" and room["IsActive"]
    by_id = api.ok(
        "resources/getAll", ResourceIds=[room["Id"]], Extent=ROOMS, Limitation={"Count": 10}
    )
    assert by_id["Resources"] == [room]
    retired = {"Names": list(RETIRED_ROOMS), "Limitation": {"Count": 10}}
    assert api.ok("resources/getAll", retired, Extent=ROOMS)["Resources"] == []
    shown = api.ok("resources/getAll", retired, Extent=ROOMS | {"Inactive": True})["Resources"]
    assert [r["Name"] for r in shown] == list(RETIRED_ROOMS) and not shown[0]["IsActive"]


def test_extent_without_resources_keeps_the_cursor(api: Api) -> None:
    page = api.ok("resources/getAll", Extent={"Resources": False}, Limitation={"Count": 3})
    assert page["Resources"] is None and page["Cursor"] is not None
    other = api.ok(
        "resources/getAll",
        EnterpriseIds=["3fa85f64-5717-4562-b3fc-2c963f66afa6"],
        Extent=ROOMS,
        Limitation={"Count": 3},
    )
    assert other["Resources"] == [] and other["Cursor"] is None


def test_a_database_seeded_before_rooms_were_served_gains_them(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with running_sandbox(path, customer_count=60) as api:
        count = len(_all_rooms(api, Extent=ROOMS))
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM resources")
    with running_sandbox(path, customer_count=60) as api:
        assert len(_all_rooms(api, Extent=ROOMS)) == count
