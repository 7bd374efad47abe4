"""The warm-up runs the real search path on its invented page, rooms included."""

from __future__ import annotations

from desktop.desk.warm_up import warm_up_search

ROOM_ID = "b5bd5f9e-7e64-4f2a-9a0e-b3f200e6c333"


def test_the_warm_up_parses_and_flattens_a_page_and_a_search_answer() -> None:
    asked: list[bool] = []

    def names() -> dict[str, str]:
        asked.append(True)
        return {ROOM_ID: "101"}

    page_row, search_row = warm_up_search(names)

    assert asked == [True]  # the room table was built on the warm-up's thread
    assert page_row.name == search_row.name == "Warm Up"
    assert page_row.title == "Mrs."
    assert page_row.classifications.split(", ") == ["Returning guest", "Very important (VIP)"]
    assert (page_row.room, page_row.reservation_state) == ("", "")
    assert (search_row.room, search_row.reservation_state) == ("101", "checked in")


def test_without_a_room_table_the_room_stays_blank() -> None:
    rows = warm_up_search(None)

    assert [row.room for row in rows] == ["", ""]
    assert rows[1].reservation_state == "checked in"
