"""MergeDialog: comparison, target choice, the warning and the request it sends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from api_fakes import FakeCalls
from merge_fakes import MergeClient, customer, duplicates
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.mews import ForbiddenError
from desktop.ui.merge_dialog import MergeComparisonModel, MergeDialog


@pytest.fixture
def people() -> list[Any]:
    return duplicates()


@pytest.fixture
def make_dialog(qtbot: QtBot) -> Iterator[Any]:
    fakes: list[FakeCalls] = []

    def build(client: MergeClient, ids: list[str], **options: Any) -> MergeDialog:
        calls = FakeCalls(client)
        fakes.append(calls)
        dialog = MergeDialog(calls, ids, **options)
        qtbot.addWidget(dialog)
        return dialog

    yield build
    for calls in fakes:
        calls.close()


def loaded(qtbot: QtBot, dialog: MergeDialog) -> MergeDialog:
    qtbot.waitUntil(lambda: dialog.confirmMergeButton.isEnabled())
    return dialog


def row_named(dialog: MergeDialog, label: str) -> int:
    for row in range(dialog.model.rowCount()):
        if dialog.model.headerData(row, Qt.Orientation.Vertical) == label:
            return row
    raise AssertionError(label)


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, people: list[Any]) -> None:
    model = MergeComparisonModel()
    model.set_customers(people, 1)
    qtmodeltester.check(model)
    model.set_target(0)
    qtmodeltester.check(model)


def test_profiles_are_loaded_and_compared_side_by_side(
    make_dialog: Any, qtbot: QtBot, people: list[Any]
) -> None:
    ids = [str(item.id) for item in people]
    dialog = loaded(qtbot, make_dialog(MergeClient(people), ids))
    assert dialog.model.columnCount() == 3
    email = row_named(dialog, "Email")
    shown = [dialog.model.index(email, column).data() for column in range(3)]
    assert shown == ["ANNA.NOVAK@example.com", "anna.novak@example.com", "—"]
    bold = dialog.model.headerData(email, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()


def test_differences_from_the_kept_profile_are_highlighted(
    make_dialog: Any, qtbot: QtBot, people: list[Any]
) -> None:
    ids = [str(item.id) for item in people]
    dialog = loaded(qtbot, make_dialog(MergeClient(people), ids))
    birth = row_named(dialog, "Birth date")

    def background(column: int) -> str:
        return dialog.model.index(birth, column).data(Qt.ItemDataRole.BackgroundRole).color().name()

    kept, differs = background(1), background(0)
    assert kept != differs
    assert dialog.model.index(birth, 2).data(Qt.ItemDataRole.BackgroundRole) is None  # same


def test_the_fullest_profile_is_proposed_and_any_can_be_chosen(
    make_dialog: Any, qtbot: QtBot, people: list[Any]
) -> None:
    ids = [str(item.id) for item in people]
    dialog = loaded(qtbot, make_dialog(MergeClient(people), ids))
    assert dialog.target_id == ids[1]
    assert "(kept)" in dialog.model.headerData(1, Qt.Orientation.Horizontal)
    dialog.comparisonTable.horizontalHeader().sectionClicked.emit(2)
    assert dialog.target_id == ids[2]
    assert dialog.source_ids == [ids[0], ids[1]]
    assert "(kept)" in dialog.model.headerData(2, Qt.Orientation.Horizontal)
    assert "(disappears)" in dialog.model.headerData(1, Qt.Orientation.Horizontal)
    assert "Anna Nováková" in dialog.confirmMergeButton.text()


def test_the_warning_says_it_is_irreversible_and_who_disappears(
    make_dialog: Any, qtbot: QtBot, people: list[Any]
) -> None:
    ids = [str(item.id) for item in people]
    dialog = loaded(qtbot, make_dialog(MergeClient(people), ids))
    text = dialog.warningLabel.text()
    assert "cannot be undone" in text
    assert "other 2 profiles will disappear into the profile of Anna Novak" in text
    assert dialog.cancelButton.isDefault() and not dialog.confirmMergeButton.isDefault()


def test_confirm_sends_the_merge_and_reports_target_and_sources(
    make_dialog: Any, qtbot: QtBot, people: list[Any]
) -> None:
    client = MergeClient(people)
    ids = [str(item.id) for item in people]
    dialog = loaded(qtbot, make_dialog(client, ids))
    dialog.targetCombo.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.merged) as merged:
        dialog.confirmMergeButton.click()
    assert merged.args == [ids[0], [ids[1], ids[2]]]
    assert client.merges == [(ids[0], [ids[1], ids[2]])]
    assert dialog.result() == MergeDialog.DialogCode.Accepted


def test_a_refused_merge_keeps_the_dialog_with_the_reason(
    make_dialog: Any, qtbot: QtBot, people: list[Any]
) -> None:
    refusal = ForbiddenError("The profile has an active reservation.", request_id="r-9")
    client = MergeClient(people, fail=refusal)
    ids = [str(item.id) for item in people[:2]]
    dialog = make_dialog(client, ids, customers=people[:2])
    assert dialog.confirmMergeButton.isEnabled()  # no load needed when profiles are given
    with qtbot.assertNotEmitted(dialog.merged):
        dialog.confirmMergeButton.click()
        qtbot.waitUntil(lambda: "active reservation" in dialog.statusLabel.text())
    assert "r-9" in dialog.statusLabel.text()
    assert dialog.confirmMergeButton.isEnabled()
    assert client.merges == []


def test_profiles_merged_meanwhile_block_the_merge(make_dialog: Any, qtbot: QtBot) -> None:
    gone = customer(first_name="Old", last_name="Copy", merge_target_id=str(customer().id))
    here = customer(first_name="Old", last_name="Copy")
    dialog = make_dialog(MergeClient([gone, here]), [str(gone.id), str(here.id)])
    qtbot.waitUntil(lambda: "already merged" in dialog.statusLabel.text())
    assert not dialog.confirmMergeButton.isEnabled()


def test_one_profile_is_not_enough(make_dialog: Any, people: list[Any]) -> None:
    dialog = make_dialog(MergeClient(people), [str(people[0].id)])
    assert not dialog.confirmMergeButton.isEnabled()
    assert "at least two" in dialog.statusLabel.text()


def test_names_are_plain_text(make_dialog: Any) -> None:
    a = customer(first_name="<b>Eve</b>", last_name="<i>X</i>")
    b = customer(first_name="Eve", last_name="X")
    dialog = make_dialog(MergeClient([a, b]), [str(a.id), str(b.id)], customers=[a, b])
    assert dialog.warningLabel.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Eve</b>" in dialog.model.headerData(
        0, Qt.Orientation.Horizontal
    ) + dialog.model.headerData(1, Qt.Orientation.Horizontal)
