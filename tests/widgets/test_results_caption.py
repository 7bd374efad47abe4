"""The caption above the results while a search runs, when part of it failed, and filtered."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from desk_fakes import FakeClient, connected_session, customer
from pytestqt.qtbot import QtBot

from desktop.mews import ForbiddenError
from desktop.ui.main_window import MainWindow
from desktop.ui.search_controller import ViewState


@pytest.fixture
def held() -> threading.Event:
    """Set to let the getAll of the reversed split ("Novák" as a first name) answer."""
    return threading.Event()


@pytest.fixture
def client(held: threading.Event) -> FakeClient:
    people = [customer("Jan", "Novák"), customer("Eva", "Novák"), customer("Jan", "Nováková")]

    def answer(filters: dict[str, Any]) -> SimpleNamespace:
        if "Novák" in filters.get("first_names", ()):
            held.wait(10)
            return SimpleNamespace(customers=[], cursor=None)
        lasts = set(filters.get("last_names", ()))
        return SimpleNamespace(customers=[p for p in people if p.last_name in lasts], cursor=None)

    return FakeClient(answer)


@pytest.fixture
def window(qtbot: QtBot, client: FakeClient, held: threading.Event, tmp_path: Path) -> MainWindow:
    window = MainWindow(connected_session(client, str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.show()
    yield window
    held.set()  # no worker left waiting when the window goes


def _caption(window: MainWindow) -> str:
    return window.caption.text()


def test_the_caption_says_the_search_is_still_running(
    qtbot: QtBot, window: MainWindow, client: FakeClient, held: threading.Event
) -> None:
    client.gate = threading.Event()  # nothing answers yet
    window.search_input.setText("Jan Novák")
    window.run_search()
    assert _caption(window) == "Searching for “Jan Novák”…"
    window.caption.grab().save("/tmp/caption-searching.png")
    client.gate.set()
    client.gate = None
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=3000)
    assert _caption(window) == "2 guests for “Jan Novák” so far, still searching…"
    window.grab().save("/tmp/caption-so-far.png")
    held.set()
    qtbot.waitUntil(lambda: not window.controller.searching, timeout=3000)
    assert _caption(window) == "2 guests for “Jan Novák”"
    assert window.caption.toolTip() == ""


def test_a_part_that_failed_makes_the_results_incomplete(
    qtbot: QtBot, window: MainWindow, client: FakeClient, held: threading.Event
) -> None:
    def refuse(_fields: dict[str, Any]) -> None:
        raise ForbiddenError("Searching guests in house is not allowed.", request_id="req-7")

    client.search_answer = refuse
    held.set()
    window.search_input.setText("Novák")
    window.run_search()
    qtbot.waitUntil(lambda: window.controller.state is ViewState.RESULTS, timeout=3000)
    qtbot.waitUntil(lambda: not window.controller.searching, timeout=3000)
    text = _caption(window)
    assert text.startswith("2 guests for “Novák” — may be incomplete")
    assert "Refresh (Ctrl+R)" in text
    assert "Searching guests in house is not allowed." in window.caption.toolTip()
    assert "req-7" in window.caption.toolTip()
    status = window.status.error_label.full_text()
    assert "Searching guests in house is not allowed." in status and "req-7" in status
    window.grab().save("/tmp/caption-incomplete.png")
    # Once the failing part works again, a refresh gives the whole answer.
    client.search_answer = lambda _f: SimpleNamespace(customers=[])
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: window.controller.failure is None, timeout=3000)
    qtbot.waitUntil(lambda: _caption(window) == "2 guests for “Novák”", timeout=3000)


def test_the_local_filter_says_how_many_of_the_results_it_shows(
    qtbot: QtBot, window: MainWindow, held: threading.Event
) -> None:
    held.set()
    window.search_input.setText("novak")
    window.run_search()
    # "Nováková" is among the spellings asked for, but not a namesake of "novak".
    qtbot.waitUntil(lambda: _caption(window) == "2 guests for “novak”", timeout=3000)
    window.filter_input.setText("eva")
    qtbot.waitUntil(lambda: _caption(window) == "1 of 2 guests for “novak”", timeout=3000)
    window.grab().save("/tmp/caption-filtered.png")
    window.filter_input.setText("")
    qtbot.waitUntil(lambda: _caption(window) == "2 guests for “novak”", timeout=3000)


@pytest.mark.parametrize(
    ("days", "period"),
    [(1, "Profiles updated in the last 24 hours"), (7, "Profiles updated in the last 7 days")],
)
def test_recently_updated_names_its_window(
    qtbot: QtBot, window: MainWindow, client: FakeClient, days: int, period: str
) -> None:
    client.answer = lambda _f: SimpleNamespace(customers=[customer("Jan", "Novák")], cursor=None)
    window.show_recently_updated(days)
    qtbot.waitUntil(lambda: _caption(window) == f"{period}: 1 guest", timeout=3000)
