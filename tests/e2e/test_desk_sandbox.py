"""The real desk window, built by ``build_window``, against a sandbox over loopback HTTP."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.sandbox.server import SandboxServer
from desktop.ui.customer_columns import Column
from desktop.ui.main_window import MainWindow
from desktop.ui.search_controller import ViewState

pytestmark = pytest.mark.e2e


@pytest.fixture
def window(desk_window: MainWindow) -> MainWindow:
    assert desk_window.objectName() == "mainWindow"
    return desk_window


def _ascii_guest(sandbox: SandboxServer) -> tuple[str, str]:
    """Any seeded guest whose last name can be typed key by key."""
    customers = sandbox.store.in_house()
    assert customers, "the sandbox seeds in-house guests"
    for guest in customers:
        last = guest.customer.get("LastName") or ""
        if last.isascii() and last.isalpha():
            return guest.customer["Id"], last
    pytest.skip("no ASCII-named in-house guest in this seed")


def _ids(window: MainWindow) -> list[str]:
    return [window.model.row_at(r).id for r in range(window.model.rowCount())]


def test_typing_a_name_shows_matching_rows(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    customer_id, last_name = _ascii_guest(sandbox)
    window.search_input.setFocus()
    qtbot.keyClicks(window.search_input, last_name)
    qtbot.keyClick(window.search_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: customer_id in _ids(window), timeout=5000)
    qtbot.waitUntil(lambda: not window.session.runner.busy, timeout=5000)
    table = window.table
    assert table.objectName() == "customerTable"
    names = [table.proxy.index(r, Column.NAME).data() for r in range(table.proxy.rowCount())]
    assert names and all(last_name.casefold() in name.casefold() for name in names)
    # The in-house guest comes with a room from customers/search.
    row = window.model.row_at(window.model.position_of(customer_id))
    assert row.room and row.reservation_state


def test_room_number_finds_the_guests_staying_there(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    guest = next(g for g in sandbox.store.in_house() if g.room_number)
    window.search_input.setText(guest.room_number)
    window.run_search()
    qtbot.waitUntil(lambda: window.controller.state is ViewState.RESULTS, timeout=5000)
    assert guest.customer["Id"] in _ids(window)
    assert {window.model.row_at(r).room for r in range(window.model.rowCount())} == {
        guest.room_number
    }


def test_recently_updated_pages_through_the_cursor(qtbot: QtBot, window: MainWindow) -> None:
    window.show_recently_updated(90)
    qtbot.waitUntil(lambda: window.controller.state is ViewState.RESULTS, timeout=5000)
    first = window.model.rowCount()
    assert window.model.more_available
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > first, timeout=5000)
    assert len(set(_ids(window))) == window.model.rowCount()


def _rename_room(sandbox: SandboxServer, resource_id: str, name: str) -> None:
    """What a property manager does in Mews: the room keeps its id, gets a new name."""
    with sqlite3.connect(sandbox.store.path) as db:
        (data,) = db.execute("SELECT data FROM resources WHERE id = ?", (resource_id,)).fetchone()
        resource = json.loads(data) | {"Name": name}
        db.execute(
            "UPDATE resources SET name = ?, data = ? WHERE id = ?",
            (name, json.dumps(resource), resource_id),
        )


def _local_day(utc: str) -> str:
    return datetime.fromisoformat(utc.replace("Z", "+00:00")).astimezone().date().isoformat()


def test_room_lookup_goes_through_resources_get_all_like_on_mews(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, sandbox: SandboxServer
) -> None:
    """The desk resolves a room by its name in resources/getAll, then searches by id.

    The room is renamed in the sandbox's data to a number whose id nothing could derive:
    only a lookup through resources/getAll finds its guest.
    """
    guest = next(g for g in sandbox.store.in_house() if g.reservation is not None)
    assert guest.reservation is not None
    resource_id = guest.reservation["AssignedResourceId"]
    _rename_room(sandbox, resource_id, "777")
    try:
        window.refresh()  # a refresh reads the property's rooms again
        window.search_input.setText("777")
        window.run_search()
        qtbot.waitUntil(lambda: window.controller.state is ViewState.RESULTS, timeout=5000)
        assert guest.customer["Id"] in _ids(window)
        row = window.model.row_at(window.model.position_of(guest.customer["Id"]))
        assert row.room == "777" and row.reservation_state
        assert row.arrival == _local_day(guest.reservation["StartUtc"])
        assert row.departure == _local_day(guest.reservation["EndUtc"])
        cell = window.model.index(window.model.position_of(guest.customer["Id"]), Column.ROOM)
        shown = cell.data()
        assert shown.startswith("777 · ") and " \u2013 " in shown
        tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
        long_arrival = QLocale().toString(
            QDate.fromString(row.arrival, Qt.DateFormat.ISODate), QLocale.FormatType.LongFormat
        )
        assert long_arrival in tooltip
        qtmodeltester.check(window.model)
        # The room's old number now names no room: no guest, and no error.
        window.search_input.setText(guest.room_number or "")
        window.run_search()
        qtbot.waitUntil(lambda: window.controller.state is not ViewState.LOADING, timeout=5000)
        assert guest.customer["Id"] not in _ids(window)
    finally:
        _rename_room(sandbox, resource_id, guest.room_number or "")
        window.session.refresh_rooms()
