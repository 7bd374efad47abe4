"""The desk as a receptionist meets it: selection vs open profile, layout, Ctrl+Q, new guests."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from desk_fakes import connected_session
from profile_editor_fakes import FakeMews
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui import profile_save_flow
from desktop.ui.customer_columns import Column
from desktop.ui.main_window import MainWindow
from desktop.ui.profile_dialogs import LeaveChoice
from desktop.ui.quit_shortcut import QuitShortcut
from desktop.ui.search_controller import ViewState


class DeskMews(FakeMews):
    """The editor's fake Mews, with what the desk window also calls."""

    rate_limiter = SimpleNamespace(usage=lambda: 0.1)

    def search_customers(self, **_fields: Any) -> Any:
        return SimpleNamespace(customers=[])

    def close(self) -> None:
        pass


@pytest.fixture
def mews() -> DeskMews:
    mews = DeskMews()
    for first in ("Jan", "Eva", "Petr", "Anna"):
        mews.put(FirstName=first, LastName="Novak", Email=f"{first.lower()}@example.com")
    return mews


def _window(qtbot: QtBot, mews: DeskMews, settings: Path) -> MainWindow:
    window = MainWindow(connected_session(mews, str(settings)))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def window(qtbot: QtBot, mews: DeskMews, tmp_path: Path) -> MainWindow:
    return _window(qtbot, mews, tmp_path / "desk.ini")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[LeaveChoice]:
    """What the receptionist answers to "Save the changes?", in order; asked means popped."""
    queue: list[LeaveChoice] = []

    def ask(_parent: Any, _name: str) -> LeaveChoice:
        assert queue, "the unsaved-changes question came unexpectedly"
        return queue.pop(0)

    monkeypatch.setattr(profile_save_flow, "ask_unsaved_changes", ask)
    return queue


def _search(qtbot: QtBot, window: MainWindow, text: str = "Novak") -> None:
    window.search_input.setText(text)
    window.run_search()
    qtbot.waitUntil(lambda: window.controller.state is ViewState.RESULTS, timeout=3000)


def _id_at(window: MainWindow, row: int) -> str:
    source = window.table.proxy.mapToSource(window.table.proxy.index(row, 0))
    return window.model.row_at(source.row()).id


def _select(window: MainWindow, *rows: int) -> None:
    """One change of selection, as a click or a shift-click makes."""
    flags = QItemSelectionModel.SelectionFlag
    selection = QItemSelection()
    for row in rows:
        index = window.table.proxy.index(row, 0)
        selection.select(index, index)
    window.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)


def _opened(qtbot: QtBot, window: MainWindow, customer_id: str) -> None:
    editor = window.profile_editor
    qtbot.waitUntil(
        lambda: editor.customer_id() == customer_id and editor.customer() is not None,
        timeout=3000,
    )
    assert window.profile_area.currentWidget() is editor and editor.isVisible()


def _open_row(qtbot: QtBot, window: MainWindow, row: int) -> str:
    _select(window, row)
    customer_id = _id_at(window, row)
    _opened(qtbot, window, customer_id)
    return customer_id


def _first_name(window: MainWindow) -> QLineEdit:
    return window.profile_editor.findChild(QLineEdit, "firstNameEdit")


def test_one_selected_row_opens_that_guest(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window)
    _select(window, 2)
    _opened(qtbot, window, _id_at(window, 2))
    assert window.table.selected_customer_ids() == [_id_at(window, 2)]
    _open_row(qtbot, window, 0)


def test_cancel_keeps_the_old_selection_and_the_edits(
    qtbot: QtBot, window: MainWindow, answers: list[LeaveChoice]
) -> None:
    _search(qtbot, window)
    first = _open_row(qtbot, window, 1)
    _first_name(window).setText("Edited")
    assert window.profile_editor.is_dirty()
    answers.append(LeaveChoice.CANCEL)
    _select(window, 3)
    assert answers == []  # it was asked
    assert window.table.selected_customer_ids() == [first]
    assert window.profile_editor.customer_id() == first
    assert _first_name(window).text() == "Edited"
    answers.append(LeaveChoice.DISCARD)
    _select(window, 3)
    _opened(qtbot, window, _id_at(window, 3))
    assert window.table.selected_customer_ids() == [_id_at(window, 3)]


def test_several_selected_show_a_count_and_merge_but_no_profile(
    qtbot: QtBot, window: MainWindow, answers: list[LeaveChoice]
) -> None:
    _search(qtbot, window)
    _open_row(qtbot, window, 0)
    _select(window, 0, 1, 3)
    pane = window.profile_area
    assert pane.showing_summary and pane.summary.isVisible()
    assert not window.profile_editor.isVisible()
    assert "3" in pane.summary.count_label.text()
    assert window.file_merge_actions.merge_action.isEnabled()
    assert pane.summary.merge_button.isVisible()
    _select(window, 1)  # back to one guest: that guest, editable again
    _opened(qtbot, window, _id_at(window, 1))
    assert answers == []


def test_the_filter_narrowing_a_selection_to_one_opens_that_guest(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window)
    _select(window, 0, 1, 2)
    assert window.profile_area.showing_summary
    kept = _id_at(window, 1)
    email = window.model.row_at(window.model.position_of(kept) or 0).email
    window.filter_input.setText(email)  # only this guest's row stays
    assert window.table.selected_customer_ids() == [kept]
    _opened(qtbot, window, kept)
    window.filter_input.setText("nobody-matches-this")
    assert window.table.selected_customer_ids() == []
    assert window.profile_editor.customer_id() == kept  # the open profile stays


def test_a_new_search_ends_the_several_selected_state(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window)
    _select(window, 0, 1)
    assert window.profile_area.showing_summary
    window.clear_search()
    assert window.table.selected_customer_ids() == []
    assert not window.profile_area.showing_summary
    assert not window.profile_area.is_open  # nothing was open before: the pane folds away


def test_a_new_search_showing_the_open_guest_selects_its_row_again(
    qtbot: QtBot, window: MainWindow, mews: DeskMews
) -> None:
    _search(qtbot, window)
    opened = _open_row(qtbot, window, 2)
    other = next(r.name.split()[0] for r in window.model.rows if r.id != opened)
    fetched = len(mews.calls)
    _search(qtbot, window, f"{other} Novak")  # the open guest is not among these
    assert opened not in {row.id for row in window.model.rows}
    assert window.table.selected_customer_ids() == []
    _search(qtbot, window, "Novak")
    qtbot.waitUntil(lambda: window.table.selected_customer_ids() == [opened], timeout=3000)
    assert window.profile_editor.customer_id() == opened
    qtbot.wait(50)  # nothing was fetched for the profile: it was open all along
    assert not [args for _, args in mews.calls[fetched:] if "customer_ids" in args]
    assert window.table.verticalScrollBar().value() == 0  # the view stays at the top


def test_type_enter_enter_opens_the_first_result(qtbot: QtBot, window: MainWindow) -> None:
    window.search_input.setFocus()
    qtbot.keyClicks(window.search_input, "Novak")
    qtbot.keyClick(window.search_input, Qt.Key.Key_Return)
    qtbot.keyClick(window.search_input, Qt.Key.Key_Return)  # may come before the answer
    qtbot.waitUntil(lambda: window.table.selected_customer_ids() != [], timeout=3000)
    _opened(qtbot, window, _id_at(window, 0))
    assert window.table.selected_customer_ids() == [_id_at(window, 0)]
    assert window.table.hasFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # arrows walk the queue
    _opened(qtbot, window, _id_at(window, 1))


def test_walking_the_results_fetches_only_where_the_selection_rests(
    qtbot: QtBot, window: MainWindow, mews: DeskMews
) -> None:
    _search(qtbot, window)
    _open_row(qtbot, window, 0)
    fetches = len([c for c in mews.calls_to("customers/getAll") if "customer_ids" in c])
    window.table.setFocus()
    for _ in range(3):  # a held arrow key
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert not window.profile_editor.isEnabled()  # the guest left behind takes no typing
    _opened(qtbot, window, _id_at(window, 3))
    assert window.profile_editor.isEnabled()
    opened = [c for c in mews.calls_to("customers/getAll") if "customer_ids" in c]
    assert [c["customer_ids"] for c in opened[fetches:]] == [[_id_at(window, 3)]]


def test_results_alone_open_nobody(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window)
    assert window.table.currentIndex().row() == 0  # Enter on the table opens it
    assert window.table.selected_customer_ids() == []
    assert not window.profile_area.is_open


def test_the_profile_pane_collapses_until_a_guest_opens(qtbot: QtBot, window: MainWindow) -> None:
    splitter = window.splitter
    assert not window.profile_area.isVisible()
    assert window.table.width() >= splitter.width() - splitter.handleWidth()
    assert not window.table.horizontalScrollBar().isVisible()  # no results yet
    _search(qtbot, window)
    header = window.table.horizontalHeader()
    shown = sum(header.sectionSize(c) for c in Column if not header.isSectionHidden(c))
    assert shown <= window.table.viewport().width()  # every default column fits at 1280 px
    assert not window.table.horizontalScrollBar().isVisible()
    _open_row(qtbot, window, 0)
    assert window.profile_area.width() >= 400  # room for the form when it comes back
    window.clear_search()  # no results, a profile open: still no horizontal scrollbar
    assert window.model.rowCount() == 0 and window.profile_area.isVisible()
    assert not window.table.horizontalScrollBar().isVisible()


def test_column_layout_is_remembered(qtbot: QtBot, mews: DeskMews, tmp_path: Path) -> None:
    path = tmp_path / "columns.ini"
    first = _window(qtbot, mews, path)
    header = first.table.horizontalHeader()
    header.moveSection(header.visualIndex(Column.PHONE), 0)
    header.resizeSection(Column.EMAIL, 333)
    first.table.set_column_visible(Column.NATIONALITY, False)
    first.close()
    second = _window(qtbot, mews, path)
    header = second.table.horizontalHeader()
    assert header.visualIndex(Column.PHONE) == 0
    assert header.sectionSize(Column.EMAIL) == 333
    assert second.table.isColumnHidden(Column.NATIONALITY)


def _dialog(window: MainWindow) -> QLineEdit:
    dialog = QDialog(window)
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    dialog.open()
    edit.setFocus()
    return edit


def _ctrl_q(widget: QWidget) -> None:
    """Ctrl+Q as the platform delivers it: to the window's handle, focus on ``widget``."""
    widget.setFocus()
    handle = widget.window().windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_q_quits_from_any_focus(qtbot: QtBot, window: MainWindow) -> None:
    _ctrl_q(window.search_input)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_ctrl_q_quits_with_a_dialog_open(qtbot: QtBot, window: MainWindow) -> None:
    edit = _dialog(window)
    _ctrl_q(edit)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert not edit.window().isVisible()


def test_ctrl_q_quits_from_a_question_asked_with_exec(qtbot: QtBot, window: MainWindow) -> None:
    """An application-modal box in its own event loop, with no parent, as a question is."""
    box = QMessageBox(QMessageBox.Icon.Question, "Frontdesk", "Go on?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    QTimer.singleShot(0, lambda: _ctrl_q(box.button(QMessageBox.StandardButton.No)))
    QTimer.singleShot(2000, box.reject)  # a Ctrl+Q that went nowhere ends the wait too
    box.exec()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_ctrl_q_quits_from_an_open_menu(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu, timeout=2000)
    _ctrl_q(menu)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_the_quit_key_watches_window_handles_only(qtbot: QtBot, window: MainWindow) -> None:
    """No paint, timer or queued call of the desk's objects passes through Python for it."""
    seen: set[str] = set()

    class Watching(QuitShortcut):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.add(type(watched).__name__ if isinstance(watched, QWindow) else "other")
            return super().eventFilter(watched, event)

    quits: list[bool] = []
    watching = Watching(window, lambda: quits.append(True))
    window.table.viewport().update()
    edit = _dialog(window)
    edit.setText("typed")
    qtbot.wait(50)
    _ctrl_q(edit)
    assert quits == [True] and seen and "other" not in seen
    edit.window().close()
    watching.stop()
    seen.clear()
    _ctrl_q(window.search_input)
    assert not seen


def test_ctrl_q_asks_about_unsaved_changes(
    qtbot: QtBot, window: MainWindow, answers: list[LeaveChoice]
) -> None:
    _search(qtbot, window)
    _open_row(qtbot, window, 0)
    _first_name(window).setText("Edited")
    edit = _dialog(window)
    answers.append(LeaveChoice.CANCEL)
    _ctrl_q(edit)
    qtbot.waitUntil(lambda: answers == [], timeout=2000)
    qtbot.wait(20)
    assert window.isVisible() and _first_name(window).text() == "Edited"
    answers.append(LeaveChoice.DISCARD)
    _ctrl_q(window.table)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_a_newly_added_guest_appears_selected_in_the_results(
    qtbot: QtBot, window: MainWindow, mews: DeskMews
) -> None:
    _search(qtbot, window)
    before = window.model.rowCount()
    window.profile_editor.new_customer_action.trigger()
    assert window.profile_area.currentWidget() is window.profile_editor
    _first_name(window).setText("Zdeněk")
    window.profile_editor.findChild(QLineEdit, "lastNameEdit").setText("Dvořák")
    window.profile_editor.save()
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 1, timeout=3000)
    added = window.profile_editor.customer_id()
    assert added in mews.customers
    assert window.table.selected_customer_ids() == [added]
    assert not window.table.overlay.isVisible()
