"""The desk window against a fake client: debounce, cache, supersession, states, keyboard."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from desk_fakes import FakeClient, connected_session, customer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.mews import ForbiddenError
from desktop.ui.customer_columns import Column
from desktop.ui.main_window import MainWindow
from desktop.ui.mnemonics import mnemonic_letter
from desktop.ui.search_controller import ViewState
from desktop.ui.session import Session

# The offscreen platform cannot pass size hints to a window system; nothing to fix here.


def _page(*customers: Any, cursor: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(customers=list(customers), cursor=cursor)


@pytest.fixture
def client() -> FakeClient:
    people = {
        "Novák": [customer("Jan", "Novák"), customer("Eva", "Novák", title="Misses")],
        "Svoboda": [customer("Petr", "Svoboda")],
    }

    def answer(filters: dict[str, Any]) -> SimpleNamespace:
        found = [p for name in filters.get("last_names", []) for p in people.get(name, [])]
        return _page(*found)

    return FakeClient(answer)


@pytest.fixture
def window(qtbot: QtBot, client: FakeClient, tmp_path: Path) -> MainWindow:
    session = connected_session(client, str(tmp_path / "settings.ini"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def _names(window: MainWindow) -> list[str]:
    proxy = window.table.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def _found(qtbot: QtBot, window: MainWindow, text: str, rows: int) -> None:
    """Search ``text`` and wait for ``rows`` results."""
    window.search_input.setText(text)
    window.run_search()
    qtbot.waitUntil(lambda: len(_names(window)) == rows, timeout=3000)


def _get_alls(client: FakeClient) -> list[dict[str, Any]]:
    return [fields for name, fields in client.calls if name == "getAll"]


def test_typing_searches_once_after_a_pause(
    qtbot: QtBot, window: MainWindow, client: FakeClient
) -> None:
    qtbot.keyClicks(window.search_input, "Svoboda")
    assert client.calls == []  # never a request per keystroke
    qtbot.waitUntil(lambda: window.controller.state is ViewState.RESULTS, timeout=3000)
    assert _names(window) == ["Mr. Petr Svoboda"]
    last_names = [tuple(f.get("last_names", ())) for f in _get_alls(client)]
    assert len(last_names) == 1 and last_names[0][0] == "Svoboda"  # one getAll, as typed first


def _enter_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type ``text``, press Enter, and wait for every request of that search to answer.

    The table shows the first answer before an in-house lookup may have run; a search
    started then cancels the lookup, which is only called if a worker had picked it up.
    """
    window.search_input.setText(text)
    with qtbot.waitSignal(window.controller.searchFinished, timeout=3000):
        qtbot.keyClick(window.search_input, Qt.Key.Key_Return)


def test_enter_searches_at_once_and_repeats_come_from_cache(
    qtbot: QtBot, window: MainWindow, client: FakeClient
) -> None:
    _enter_search(qtbot, window, "Svoboda")
    assert _names(window) == ["Mr. Petr Svoboda"]
    calls = len(client.calls)
    _enter_search(qtbot, window, "Novák")
    assert len(_names(window)) == 2
    _enter_search(qtbot, window, "svoboda")
    assert _names(window) == ["Mr. Petr Svoboda"]
    assert len(client.calls) == calls + 2  # "Novák": getAll + search; "svoboda" cached
    window.refresh_action.trigger()  # Ctrl+R goes back to Mews
    qtbot.waitUntil(lambda: len(client.calls) == calls + 4, timeout=3000)


def test_newer_search_wins_over_a_late_older_answer(
    qtbot: QtBot, window: MainWindow, client: FakeClient
) -> None:
    release = threading.Event()
    slow_answer = client.answer

    def answer(filters: dict[str, Any]) -> SimpleNamespace:
        if "Svoboda" in filters.get("last_names", []):
            release.wait(5)
        return slow_answer(filters)

    client.answer = answer
    window.search_input.setText("Svoboda")
    window.run_search()
    _found(qtbot, window, "Novák", 2)
    release.set()
    qtbot.waitUntil(lambda: not window.session.runner.busy, timeout=3000)
    assert "Mr. Petr Svoboda" not in _names(window)
    assert window.controller.state is ViewState.RESULTS


def test_empty_and_error_states_are_shown_in_the_view(
    qtbot: QtBot, window: MainWindow, client: FakeClient
) -> None:
    window.search_input.setText("Nobody")
    window.run_search()
    qtbot.waitUntil(lambda: window.controller.state is ViewState.EMPTY, timeout=3000)
    assert window.table.overlay.isVisible()
    assert "Nobody" in window.table.overlay.text()

    def fail(_filters: dict[str, Any]) -> None:
        raise ForbiddenError(
            "Access denied for this property.", status_code=403, request_id="req-42"
        )

    client.answer = fail
    window.search_input.setText("Other")
    window.run_search()
    qtbot.waitUntil(lambda: window.controller.state is ViewState.ERROR, timeout=3000)
    assert "Access denied" in window.table.overlay.text()
    assert "req-42" in window.table.overlay.text()
    error_label = window.findChild(QLabel, "statusError")
    assert "req-42" in error_label.text()
    assert error_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_phone_number_explains_itself_without_a_request(
    qtbot: QtBot, window: MainWindow, client: FakeClient
) -> None:
    window.search_input.setText("+420 777 123 456")
    window.run_search()
    assert window.controller.state is ViewState.HINT
    assert "phone" in window.table.overlay.text()
    assert client.calls == []


def test_paging_follows_the_cursor_as_the_table_scrolls(
    qtbot: QtBot, window: MainWindow, client: FakeClient
) -> None:
    pages = {
        None: ([customer("A", f"Pager{n:03d}") for n in range(100)], "c1"),
        "c1": ([customer("B", f"Pager{n:03d}") for n in range(100, 150)], None),
    }

    def answer(filters: dict[str, Any]) -> SimpleNamespace:
        people, cursor = pages[filters.get("cursor")]
        return _page(*people, cursor=cursor)

    client.answer = answer
    window.show_recently_updated(7)
    qtbot.waitUntil(lambda: window.model.rowCount() == 100, timeout=3000)
    assert window.model.more_available
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == 150, timeout=3000)
    assert not window.model.more_available
    cursors = [f.get("cursor") for f in _get_alls(client)]
    assert cursors == [None, "c1"]
    assert "updated_utc" in _get_alls(client)[0]


def test_enter_on_a_row_activates_and_remembers_the_guest(
    qtbot: QtBot, window: MainWindow, client: FakeClient
) -> None:
    window.search_input.setText("Svoboda")
    window.run_search()
    qtbot.waitUntil(lambda: len(_names(window)) == 1, timeout=3000)
    window.table.setFocus()
    window.table.selectRow(0)
    with qtbot.waitSignal(window.customerActivated) as blocker:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert blocker.args == [window.model.row_at(0).id]
    actions = [a.text() for a in window.recent_menu.actions()]
    assert actions == ["Petr Svoboda"]


def test_advanced_search_panel_is_built_when_first_opened(window: MainWindow) -> None:
    from desktop.ui.advanced_search import AdvancedSearchPanel

    assert window.findChild(AdvancedSearchPanel) is None  # the first screen does not show it
    window.advanced_button.setChecked(True)
    panel = window.findChild(AdvancedSearchPanel)
    assert panel is window.advanced_panel and panel.isVisible()
    layout = window.search_bar.parentWidget().layout()
    assert layout.indexOf(panel) == layout.indexOf(window.search_bar) + 1  # right below
    window.advanced_action.trigger()  # the View menu's entry closes it again
    assert not panel.isVisible() and not window.advanced_button.isChecked()


def test_profile_editor_is_built_on_first_use_and_ctrl_n_works_before(
    qtbot: QtBot, window: MainWindow
) -> None:
    from desktop.ui.profile_editor import ProfileEditor

    assert window.findChild(ProfileEditor) is None  # the first screen does not show it
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.search_input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.findChild(ProfileEditor)
    assert editor is not None and editor is window.profile_editor
    assert window.profile_area.is_open and window.profile_area.currentWidget() is editor
    assert editor.customer_id() is None and editor.isVisible()
    # Its controls took Alt letters the desk's own controls do not use.
    desk_letters = {
        mnemonic_letter(w.text())
        for w in window.findChildren(QPushButton)
        if not editor.isAncestorOf(w)
    }
    editor_letters = {mnemonic_letter(w.text()) for w in editor.findChildren(QPushButton)}
    assert not (desk_letters & editor_letters) - {""}


def test_once_connected_the_editor_is_built_while_the_desk_is_idle(
    qtbot: QtBot, window: MainWindow
) -> None:
    from desktop.ui.profile_editor import ProfileEditor

    assert window.findChild(ProfileEditor) is None
    window.session.connectionChanged.emit()  # what the session says once it is connected
    assert window.findChild(ProfileEditor) is None  # not in the middle of the signal
    qtbot.waitUntil(lambda: window.findChild(ProfileEditor) is not None, timeout=3000)
    editor = window.findChild(ProfileEditor)
    assert editor is window.profile_editor and not editor.isVisible()
    assert not window.profile_area.is_open  # built, not shown: the results keep the width


def test_tab_leaves_the_results_without_selecting_another_guest(
    qtbot: QtBot, window: MainWindow
) -> None:
    _found(qtbot, window, "Novák", 2)
    window.activateWindow()
    window.table.setFocus()
    window.table.selectRow(0)
    chosen = window.table.selected_customer_ids()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert not window.table.hasFocus()
    assert window.table.selected_customer_ids() == chosen


def test_keyboard_find_and_escape(qtbot: QtBot, window: MainWindow) -> None:
    window.table.setFocus()
    window.find_action.trigger()
    qtbot.waitUntil(window.search_input.hasFocus, timeout=2000)
    _found(qtbot, window, "Novák", 2)
    window.filter_input.setText("eva")
    assert _names(window) == ["Mrs. Eva Novák"]
    window.clear_action.trigger()  # first Escape clears the local filter
    assert window.filter_input.text() == "" and len(_names(window)) == 2
    window.clear_action.trigger()  # the second clears the search
    assert window.search_input.text() == "" and window.model.rowCount() == 0


def test_escape_clears_the_search_from_the_search_row_but_not_from_the_profile(
    qtbot: QtBot, window: MainWindow
) -> None:
    _found(qtbot, window, "Novák", 2)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.show_new_customer()
    first_name = window.profile_editor.form.editor("first_name")
    first_name.setFocus()
    qtbot.waitUntil(first_name.hasFocus, timeout=2000)
    qtbot.keyClick(first_name, Qt.Key.Key_Escape)
    assert window.search_input.text() == "Novák" and len(_names(window)) == 2

    window.search_input.setFocus()
    qtbot.waitUntil(window.search_input.hasFocus, timeout=2000)
    qtbot.keyClick(window.search_input, Qt.Key.Key_Escape)
    assert window.search_input.text() == "" and window.model.rowCount() == 0


def test_markup_in_names_stays_literal_in_every_label(
    qtbot: QtBot, window: MainWindow, client: FakeClient
) -> None:
    client.answer = lambda _f: _page(customer("<b>x</b>", "<img src=x>", title=None))
    window.search_input.setText("Márkup")  # searched as typed, so any answer is shown
    window.run_search()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert _names(window) == ["<b>x</b> <img src=x>"]
    window.open_customer(window.model.row_at(0).id)
    assert window.recent_menu.actions()[0].text() == "<b>x</b> <img src=x>"
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_column_choice_is_remembered(qtbot: QtBot, client: FakeClient, tmp_path: Path) -> None:
    path = str(tmp_path / "columns.ini")
    first = MainWindow(connected_session(client, path))
    qtbot.addWidget(first)
    assert not first.table.isColumnHidden(Column.PHONE)
    first.table.set_column_visible(Column.PHONE, False)
    first.table.set_column_visible(Column.BIRTH_DATE, True)
    first.close()
    second = MainWindow(connected_session(client, path))
    qtbot.addWidget(second)
    assert second.table.isColumnHidden(Column.PHONE)
    assert not second.table.isColumnHidden(Column.BIRTH_DATE)


def test_the_room_sits_beside_the_name_until_the_columns_are_moved(
    qtbot: QtBot, client: FakeClient, tmp_path: Path
) -> None:
    path = str(tmp_path / "order.ini")
    first = MainWindow(connected_session(client, path))
    qtbot.addWidget(first)
    header = first.table.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(3)] == [Column.NAME, Column.ROOM, Column.EMAIL]
    header.moveSection(header.visualIndex(Column.ROOM), header.count() - 1)  # moved away
    first.close()
    second = MainWindow(connected_session(client, path))
    qtbot.addWidget(second)
    moved = second.table.horizontalHeader()
    assert moved.logicalIndex(moved.count() - 1) == Column.ROOM  # the choice is kept


def test_the_window_size_and_a_dragged_profile_width_come_back_next_time(
    qtbot: QtBot, client: FakeClient, tmp_path: Path
) -> None:
    path = str(tmp_path / "layout.ini")
    first = MainWindow(connected_session(client, path))
    qtbot.addWidget(first)
    assert (first.width(), first.height()) == (1280, 760)  # a first start
    first.resize(780, 560)  # within the offscreen platform's 800 x 600 screen
    first.show()
    first.show_new_customer()
    splitter = first.splitter
    splitter.setSizes([330, 440])
    splitter.splitterMoved.emit(330, 1)  # as a drag of the handle says
    first.close()

    second = MainWindow(connected_session(client, path))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (780, 560)
    second.show_new_customer()
    assert abs(second.splitter.sizes()[1] - first.profile_area.preferred_width) <= 10
    assert 400 < first.profile_area.preferred_width < 560  # the dragged width, not the form's


def test_widths_saved_in_another_language_never_cut_a_title(
    qtbot: QtBot, client: FakeClient, tmp_path: Path
) -> None:
    path = str(tmp_path / "widths.ini")
    first = MainWindow(connected_session(client, path))
    qtbot.addWidget(first)
    first.table.horizontalHeader().resizeSection(Column.NATIONALITY, 20)  # a shorter title's
    first.close()
    second = MainWindow(connected_session(client, path))
    qtbot.addWidget(second)
    header = second.table.horizontalHeader()
    title = header.model().headerData(Column.NATIONALITY, Qt.Orientation.Horizontal)
    assert header.sectionSize(Column.NATIONALITY) > header.fontMetrics().horizontalAdvance(title)


def test_closing_the_window_mid_search_is_safe(
    qtbot: QtBot, client: FakeClient, tmp_path: Path
) -> None:
    client.gate = threading.Event()
    session = connected_session(client, str(tmp_path / "s.ini"))
    holder = Session()  # the session outlives the window, as when another window shares it
    session.setParent(holder)
    window = MainWindow(session)
    window.show()
    window.search_input.setText("Novák")
    window.run_search()
    qtbot.waitUntil(lambda: len(client.calls) >= 1, timeout=3000)
    window.close()
    window.deleteLater()
    qtbot.wait(10)
    client.gate.set()
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=3000)
    session.runner.shutdown()
