"""The desk's Attach file, Merge selected and Find duplicates actions."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from desk_fakes import FakeClient, connected_session, customer
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from desktop.ui.attach_file_dialog import AttachFileDialog
from desktop.ui.duplicates_dialog import DuplicatesDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_dialog import MergeDialog


@pytest.fixture
def people() -> list[Any]:
    return [
        customer("Jan", "Novák"),
        customer("Jan", "Novák", email="jan@elsewhere.cz"),
        customer("Eva", "Novák", title="Misses"),
    ]


@pytest.fixture
def window(qtbot: QtBot, people: list[Any], tmp_path: Path) -> MainWindow:
    client = FakeClient(lambda _filters: SimpleNamespace(customers=list(people), cursor=None))
    session = connected_session(client, str(tmp_path / "settings.ini"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.search_input.setText("Novák")
    window.run_search()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    return window


def select_rows(window: MainWindow, *rows: int) -> None:
    selection = window.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(window.table.proxy.index(row, 0), flags)


def opened(monkeypatch: pytest.MonkeyPatch, cls: type) -> list[Any]:
    shown: list[Any] = []
    monkeypatch.setattr(cls, "open", lambda dialog: shown.append(dialog))
    return shown


def test_actions_follow_the_selection(window: MainWindow) -> None:
    actions = window.file_merge_actions
    select_rows(window, 0)
    assert actions.attach_file_action.isEnabled()
    assert not actions.merge_action.isEnabled()
    select_rows(window, 0, 2)
    assert not actions.attach_file_action.isEnabled()
    assert actions.merge_action.isEnabled()
    assert actions.find_duplicates_action.isEnabled()
    assert window.findChild(type(actions.merge_action), "mergeAction") is actions.merge_action


def test_attach_opens_the_dialog_for_the_selected_guest(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = opened(monkeypatch, AttachFileDialog)
    select_rows(window, 1)
    window.file_merge_actions.attach_file_action.trigger()
    (dialog,) = shown
    expected = window.model.row_at(
        window.table.proxy.mapToSource(window.table.proxy.index(1, 0)).row()
    )
    assert dialog._customer_id == expected.id
    assert "Novák" in dialog.findChild(type(dialog.statusLabel), "attachHeading").text()


def test_merge_opens_the_comparison_of_the_selected_rows(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = opened(monkeypatch, MergeDialog)
    select_rows(window, 0, 2)
    window.file_merge_actions.merge_action.trigger()
    (dialog,) = shown
    assert sorted(dialog._ids) == sorted(window.file_merge_actions.selected_ids())
    assert len(dialog._ids) == 2


def test_after_a_merge_the_sources_leave_the_table_and_the_target_opens(
    window: MainWindow, people: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_ids: list[str] = []
    monkeypatch.setattr(window, "open_customer", opened_ids.append)
    target, source = str(people[0].id), str(people[1].id)
    window.file_merge_actions.after_merge(target, [source])
    remaining = {row.id for row in window.model.rows}
    assert remaining == {target, str(people[2].id)}
    assert opened_ids == [target]


def test_find_duplicates_groups_the_loaded_rows(
    qtbot: QtBot, window: MainWindow, people: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = opened(monkeypatch, DuplicatesDialog)
    window.file_merge_actions.find_duplicates_action.trigger()
    (dialog,) = shown
    qtbot.waitUntil(lambda: not dialog.searching)
    assert [set(group.customer_ids) for group in dialog.groups] == [
        {str(people[0].id), str(people[1].id)}
    ]


def test_the_merge_dialog_is_built_when_idle_and_reused(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built in idle steps once connected, so opening it builds nothing; the one dialog
    serves every merge, each time on the rows then selected."""
    actions = window.file_merge_actions
    actions.prepare_when_idle()
    qtbot.waitUntil(lambda: actions._preparing is None, timeout=5000)
    prepared = actions.merge_dialog
    assert prepared is not None and not prepared.isVisible()
    shown = opened(monkeypatch, MergeDialog)
    select_rows(window, 0, 1)
    actions.merge_action.trigger()
    select_rows(window, 1, 2)
    actions.merge_action.trigger()
    assert shown == [prepared, prepared]
    assert sorted(prepared._ids) == sorted(actions.selected_ids())
