"""DuplicatesDialog: groups among loaded rows, and merging a group from there."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
import shiboken6
from api_fakes import FakeCalls
from merge_fakes import MergeClient, customer, duplicates
from pytestqt.qtbot import QtBot

from desktop.desk.customer_rows import rows_from_customers
from desktop.desk.duplicate_groups import WEIGHTS, DuplicateGroup, Evidence, find_duplicate_groups
from desktop.ui import duplicates_dialog
from desktop.ui.duplicates_dialog import DuplicatesDialog
from desktop.ui.merge_dialog import MergeDialog


@pytest.fixture
def people() -> list[Any]:
    return [
        *duplicates(),
        customer(first_name="Jan", last_name="Svoboda", email="jan@example.cz"),
        customer(first_name="Jan", last_name="Svoboda", email="j.svoboda@firma.cz"),
        customer(first_name="Peter", last_name="Smith", email="p.smith@example.com"),
    ]


@pytest.fixture
def calls(people: list[Any]) -> Iterator[FakeCalls]:
    fake = FakeCalls(MergeClient(people))
    yield fake
    fake.close()


def grouped(qtbot: QtBot, calls: FakeCalls, customers: Sequence[Any]) -> DuplicatesDialog:
    """The dialog once its grouping came back from the worker."""
    dialog = DuplicatesDialog(calls, customers)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.groupsFound):
        pass
    return dialog


def test_groups_are_found_among_the_loaded_table_rows(
    qtbot: QtBot, calls: FakeCalls, people: list[Any]
) -> None:
    rows = rows_from_customers(people)
    dialog = grouped(qtbot, calls, rows)
    assert dialog.groups == find_duplicate_groups(rows)
    assert calls.labels == ["duplicates"]  # grouped on the worker, not the GUI thread
    ids = [str(item.id) for item in people]
    assert [set(group.customer_ids) for group in dialog.groups] == [
        set(ids[:3]),
        {ids[3], ids[4]},
    ]
    assert dialog.groupTree.topLevelItemCount() == 2
    first = dialog.groupTree.topLevelItem(0)
    assert first.childCount() == 3
    assert first.text(0).startswith(f"3 profiles, score {dialog.groups[0].score}: same email")
    assert "same phone number" in first.text(0)
    assert "score" in first.toolTip(0)
    second = dialog.groupTree.topLevelItem(1)
    assert second.text(0) == f"2 profiles, score {WEIGHTS[Evidence.NAME]}: same name"
    assert dialog.groups[0].score > dialog.groups[1].score  # the surer group first
    summary = dialog.summaryLabel.text()
    assert "One group of likely duplicates" in summary and "6 profiles" in summary
    assert "Groups in grey" in summary  # the Svobodas share only their name
    assert first.font(0).bold() and not second.font(0).bold()
    assert dialog.groups[0].likely and not dialog.groups[1].likely
    assert second.foreground(0).color() != first.foreground(0).color()
    assert dialog.mergeGroupButton.isEnabled()


def test_no_duplicates_is_said_plainly(qtbot: QtBot, calls: FakeCalls) -> None:
    dialog = grouped(qtbot, calls, [customer(last_name="A"), customer(last_name="B")])
    assert "No likely duplicates among the 2 profiles" in dialog.summaryLabel.text()
    assert not dialog.mergeGroupButton.isEnabled()


def test_merging_a_group_opens_the_merge_and_drops_the_group(
    qtbot: QtBot, calls: FakeCalls, people: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MergeDialog, "open", lambda dialog: None)
    dialog = grouped(qtbot, calls, rows_from_customers(people))
    dialog.select_group(1)
    merge = dialog.merge_selected_group()
    assert merge is not None
    ids = [str(item.id) for item in people]
    qtbot.waitUntil(lambda: merge.confirmMergeButton.isEnabled())
    assert sorted([merge.target_id, *merge.source_ids]) == sorted([ids[3], ids[4]])
    with qtbot.waitSignal(dialog.merged) as merged:
        merge.confirmMergeButton.click()
    target, sources = merged.args
    assert {target, *sources} == {ids[3], ids[4]}
    assert calls.client.merges == [(target, sources)]
    assert [set(group.customer_ids) for group in dialog.groups] == [set(ids[:3])]
    assert dialog.groupTree.topLevelItemCount() == 1


def test_every_group_opens_in_one_merge_dialog_built_once_the_groups_are_shown(
    qtbot: QtBot, calls: FakeCalls, people: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built in an idle turn after the groups arrive, then started over for each group."""
    monkeypatch.setattr(MergeDialog, "open", lambda dialog: None)
    dialog = grouped(qtbot, calls, rows_from_customers(people))
    qtbot.waitUntil(lambda: dialog.findChild(MergeDialog) is not None)
    built = dialog.findChild(MergeDialog)
    ids = [str(item.id) for item in people]
    opened = []
    for number, members in ((0, ids[:3]), (1, [ids[3], ids[4]])):
        dialog.select_group(number)
        opened.append(dialog.merge_selected_group())
        assert sorted(built._ids) == sorted(members)
    assert opened == [built, built]
    assert dialog.findChildren(MergeDialog) == [built]


def test_the_dialog_says_it_is_looking_until_the_groups_arrive(
    qtbot: QtBot, calls: FakeCalls, people: list[Any]
) -> None:
    dialog = DuplicatesDialog(calls, rows_from_customers(people))
    qtbot.addWidget(dialog)
    assert dialog.searching
    assert "Looking for likely duplicates among the 6 profiles" in dialog.summaryLabel.text()
    assert dialog.groupTree.topLevelItemCount() == 0
    assert not dialog.mergeGroupButton.isEnabled()
    qtbot.waitUntil(lambda: not dialog.searching)
    assert dialog.groupTree.topLevelItemCount() == 2


def test_a_result_for_a_closed_dialog_is_dropped(
    qtbot: QtBot, calls: FakeCalls, people: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def held(customers: Sequence[Any]) -> list[DuplicateGroup]:
        release.wait(5)
        return find_duplicate_groups(customers)

    monkeypatch.setattr(duplicates_dialog, "find_duplicate_groups", held)
    dialog = DuplicatesDialog(calls, rows_from_customers(people))
    found: list[bool] = []
    dialog.groupsFound.connect(lambda: found.append(True))
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    release.set()
    qtbot.waitUntil(lambda: calls.runner.in_flight == 0)
    assert found == []


def _sophie(email: str, phone: str, birth_date: str) -> Any:
    return customer(
        first_name="Sophie", last_name="Schmidt", email=email, phone=phone, birth_date=birth_date
    )


def test_namesakes_born_years_apart_are_not_offered_but_a_shared_email_is_doubted(
    qtbot: QtBot, calls: FakeCalls
) -> None:
    people = [
        _sophie("sophie.s@example.de", "+49 30 1234567", "1995-02-11"),
        _sophie("schmidt.sophie@example.de", "+49 89 7654321", "1978-09-30"),
    ]
    dialog = grouped(qtbot, calls, rows_from_customers(people))
    assert dialog.groups == []
    assert "No likely duplicates among the 2 profiles" in dialog.summaryLabel.text()

    family = [*people, _sophie("sophie.s@example.de", "+49 40 5555555", "1968-05-05")]
    dialog = grouped(qtbot, calls, rows_from_customers(family))
    (group,) = dialog.groups
    assert set(group.customer_ids) == {str(family[0].id), str(family[2].id)}
    caption = dialog.groupTree.topLevelItem(0).text(0)
    assert caption == f"2 profiles, score {group.score}: same email, but different birth dates"
