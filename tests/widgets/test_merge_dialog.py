"""MergeDialog: comparison, target choice, the warning and the request it sends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from api_fakes import FakeCalls
from merge_fakes import MergeClient, customer, duplicates, stale_and_current
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.mews import ForbiddenError
from desktop.ui.merge_comparison_model import MergeComparisonModel
from desktop.ui.merge_dialog import MergeDialog


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
        return dialog.model.index(birth, column).data(Qt.ItemDataRole.BackgroundRole).name()

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
    dialog = loaded(qtbot, make_dialog(client, ids, customers=people[:2]))
    assert "customers/getAll" not in dialog._calls.labels  # no load when profiles are given
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


def _cells(dialog: MergeDialog, label: str) -> list[str]:
    row = row_named(dialog, label)
    return [dialog.model.index(row, column).data() for column in range(dialog.model.columnCount())]


def test_documents_and_open_balance_are_loaded_on_a_worker_and_compared(
    make_dialog: Any, qtbot: QtBot, people: list[Any]
) -> None:
    ids = [str(item.id) for item in people]
    client = MergeClient(people, documents={ids[1]: 2}, owed={ids[0]: [80.0, 35.5]})
    dialog = loaded(qtbot, make_dialog(client, ids, customers=people))
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and "ID documents" in _labels(dialog))
    assert client.fact_reads == [ids]
    assert "identityDocuments/getAll" in dialog._calls.labels  # a read on the worker pool
    assert _cells(dialog, "ID documents") == ["0", "2", "0"]
    assert _cells(dialog, "Open balance") == ["115.50 EUR", "nothing open", "nothing open"]
    assert _cells(dialog, "Phone")[1:] == ["+420 777 123 456", "00420777123456"]
    assert "Praha" in _cells(dialog, "Address")[1]
    balance = row_named(dialog, "Open balance")
    assert dialog.model.index(balance, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def _labels(dialog: MergeDialog) -> list[str]:
    model = dialog.model
    return [model.headerData(row, Qt.Orientation.Vertical) for row in range(model.rowCount())]


def test_the_survivor_is_the_fuller_and_more_recently_updated_profile(
    make_dialog: Any, qtbot: QtBot
) -> None:
    """Equally full profiles: the one touched last is kept, not the older one."""
    old, current = stale_and_current(first_name="Eva", last_name="Malá", email="eva@example.com")
    ids = [str(old.id), str(current.id)]
    dialog = loaded(qtbot, make_dialog(MergeClient([old, current]), ids))
    assert dialog.target_id == ids[1]
    assert "Eva Malá (kept)" in dialog.model.headerData(1, Qt.Orientation.Horizontal)


def test_documents_arriving_later_move_the_proposal_but_never_a_choice(
    make_dialog: Any, qtbot: QtBot
) -> None:
    a = customer(first_name="Ota", last_name="Král", updated_utc="2026-01-01T00:00:00Z")
    b = customer(first_name="Ota", last_name="Král", updated_utc="2025-01-01T00:00:00Z")
    ids = [str(a.id), str(b.id)]
    dialog = loaded(qtbot, make_dialog(MergeClient([a, b], documents={ids[1]: 1}), ids))
    qtbot.waitUntil(lambda: "ID documents" in _labels(dialog))
    assert dialog.target_id == ids[1]  # the documents make it the fuller profile

    chosen = make_dialog(MergeClient([a, b], documents={ids[1]: 1}), ids, customers=[a, b])
    assert chosen.target_id == ids[0]  # proposed before the documents are known
    chosen.comparisonTable.horizontalHeader().sectionClicked.emit(0)
    qtbot.waitUntil(lambda: "ID documents" in _labels(chosen))
    assert chosen.target_id == ids[0]


def test_documents_that_cannot_be_loaded_are_said_and_do_not_block_the_merge(
    make_dialog: Any, qtbot: QtBot, people: list[Any]
) -> None:
    client = MergeClient(people)

    def refuse(customer_ids: list[str]) -> Any:
        raise ForbiddenError("Not allowed.", request_id="r-3")

    client.iter_identity_documents = refuse  # type: ignore[method-assign]
    ids = [str(item.id) for item in people]
    dialog = loaded(qtbot, make_dialog(client, ids))
    qtbot.waitUntil(lambda: "could not be loaded" in dialog.statusLabel.text())
    assert "Not allowed." in dialog.statusLabel.text()
    assert dialog.confirmMergeButton.isEnabled()
    assert "ID documents" not in _labels(dialog)


def test_profiles_and_documents_are_asked_for_together_and_shown_in_one_reset(
    make_dialog: Any, qtbot: QtBot, people: list[Any]
) -> None:
    """One paint of the whole comparison: the table is not shown and then redone when the
    documents follow the profiles."""
    ids = [str(item.id) for item in people]
    dialog = make_dialog(MergeClient(people, documents={ids[0]: 1}), [])
    resets: list[int] = []
    dialog.model.modelReset.connect(lambda: resets.append(dialog.model.rowCount()))
    dialog.compare(ids)
    assert dialog._calls.labels == ["customers/getAll", "identityDocuments/getAll"]
    loaded(qtbot, dialog)
    assert "ID documents" in _labels(dialog)
    assert [rows for rows in resets if rows] == [dialog.model.rowCount()]


def test_comparing_again_starts_over_and_drops_the_last_answers(
    make_dialog: Any, qtbot: QtBot, people: list[Any]
) -> None:
    """The desk reuses one dialog: a second comparison shows only its own profiles, even
    when the first one's answers arrive after it started."""
    first = [str(item.id) for item in people[:2]]
    second = [str(people[2].id), str(people[0].id)]
    dialog = make_dialog(MergeClient(people), first)
    dialog.targetCombo.setCurrentIndex(1)
    dialog.compare(second)  # the first comparison's answers are still on their way
    loaded(qtbot, dialog)
    qtbot.wait(50)  # room for a late answer of the first comparison
    assert sorted([dialog.target_id, *dialog.source_ids]) == sorted(second)
    assert dialog.targetCombo.count() == 2
    assert [dialog.targetCombo.itemData(row) for row in range(2)] == second
    assert dialog.statusLabel.text() == ""
