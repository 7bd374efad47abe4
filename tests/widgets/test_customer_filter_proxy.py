"""The local filter's index of shown rows: model-tester clean, follows pages, sorts and edits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    Qt,
)
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.desk import filter_scan
from desktop.desk.customer_rows import CustomerRow
from desktop.ui import customer_filter_proxy
from desktop.ui.customer_columns import CUSTOMER_ID_ROLE, Column
from desktop.ui.customer_filter_proxy import CustomerFilterProxy
from desktop.ui.customer_table_model import CustomerTableModel

_CITIES = ("brno", "praha", "ostrava")


def _rows(count: int, start: int = 0) -> list[CustomerRow]:
    return [
        CustomerRow(
            id=f"id-{n}",
            name=f"Guest {n}",
            last_name=f"Last{(n * 7919) % 1000:04d}",  # pages land all over the sorted rows
            email=f"guest{n}@{_CITIES[n % 3]}.example",
        )
        for n in range(start, start + count)
    ]


def _ids(proxy: CustomerFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(CUSTOMER_ID_ROLE) for r in range(proxy.rowCount())]


def _expected(model: CustomerTableModel, *terms: str) -> list[str]:
    """What a plain scan of the source finds, in source order."""
    return [row.id for row in model.rows if all(term in row.search_text for term in terms)]


def _view_selecting(
    qtbot: QtBot, model: CustomerTableModel, proxy: CustomerFilterProxy, customer_id: str
) -> tuple[QTableView, Callable[[], list[str]]]:
    """A table over ``proxy`` with ``customer_id``'s row selected and current; what it selects."""
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    flags = QItemSelectionModel.SelectionFlag
    chosen = proxy.mapFromSource(model.index(model.position_of(customer_id) or 0, 0))
    view.selectionModel().select(chosen, flags.ClearAndSelect | flags.Rows)
    view.selectionModel().setCurrentIndex(chosen, flags.NoUpdate)

    def selected() -> list[str]:
        return [i.data(CUSTOMER_ID_ROLE) for i in view.selectionModel().selectedRows()]

    return view, selected


def _filtered(qtmodeltester: ModelTester) -> tuple[CustomerTableModel, CustomerFilterProxy]:
    model = CustomerTableModel()
    proxy = CustomerFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # stays attached: every later change is checked as it happens
    model.set_rows(_rows(30), more_available=True)
    return model, proxy


def test_pages_arriving_under_a_filter_show_only_their_matches(
    qtmodeltester: ModelTester,
) -> None:
    model, proxy = _filtered(qtmodeltester)
    proxy.set_pattern("brno")
    assert _ids(proxy) == _expected(model, "brno")
    model.append_rows(_rows(30, start=30))  # unsorted: appended at the end
    assert _ids(proxy) == _expected(model, "brno")
    model.sort(Column.NAME)
    assert _ids(proxy) == _expected(model, "brno")
    model.append_rows(_rows(40, start=60))  # sorted: merged in place or re-laid out
    assert _ids(proxy) == _expected(model, "brno") and len(_ids(proxy)) == 34
    proxy.set_pattern("")
    assert proxy.rowCount() == model.rowCount() == 100


def test_a_growing_pattern_narrows_to_what_a_fresh_scan_finds(
    qtmodeltester: ModelTester,
) -> None:
    model, proxy = _filtered(qtmodeltester)
    model.append_rows(_rows(70, start=30))
    for typed in ("g", "gu", "guest1", "guest1 praha", "guest1 prahax", "guest1 praha"):
        proxy.set_pattern(typed)
        assert _ids(proxy) == _expected(model, *typed.split()), typed


def test_an_edited_row_is_updated_in_place(qtmodeltester: ModelTester) -> None:
    model, proxy = _filtered(qtmodeltester)
    proxy.set_pattern("ostrava")
    changed: list[int] = []
    proxy.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    renamed = CustomerRow(id="id-2", name="Renamed", email="guest2@ostrava.example")
    assert model.replace_row(renamed)
    position = _ids(proxy).index("id-2")
    assert changed == [position]
    assert proxy.index(position, Column.NAME).data() == "Renamed"
    model.replace_row(CustomerRow(id="id-3", name="Not shown", email="x@brno.example"))
    assert changed == [position]  # a hidden row's change is not the view's business


def test_the_selection_stays_on_its_guests_through_filter_and_sort(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    model, proxy = _filtered(qtmodeltester)
    view, selected = _view_selecting(qtbot, model, proxy, "id-6")

    proxy.set_pattern("brno")  # guest 6 lives in brno: it stays selected
    assert selected() == ["id-6"] and view.currentIndex().data(CUSTOMER_ID_ROLE) == "id-6"
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert selected() == ["id-6"]
    proxy.set_pattern("praha")  # now hidden: nothing stale is left selected
    assert selected() == []
    assert not view.currentIndex().isValid()


def test_paging_is_asked_through_the_filter(qtmodeltester: ModelTester) -> None:
    model, proxy = _filtered(qtmodeltester)
    asked: list[bool] = []
    model.moreRequested.connect(lambda: asked.append(True))
    proxy.set_pattern("brno")
    model.set_more_available(True)  # the model tester has already asked, as a view does
    assert proxy.canFetchMore(QModelIndex())
    proxy.fetchMore(QModelIndex())
    assert asked == [True]


def test_a_long_scan_goes_on_after_the_keystroke_and_keeps_the_selection(
    qtbot: QtBot, qtmodeltester: ModelTester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(customer_filter_proxy, "_SCAN_BUDGET_S", 0.0)  # one slice per turn
    monkeypatch.setattr(filter_scan, "_SLICE", 100)
    model = CustomerTableModel()
    proxy = CustomerFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.set_rows(_rows(1000))
    _view, selected = _view_selecting(qtbot, model, proxy, "id-901")

    with qtbot.waitSignal(proxy.matchingFinished, timeout=5000):
        proxy.set_pattern("praha")  # guest 901 lives in praha, beyond the first slice
        assert proxy.scanning and proxy.rowCount() < len(_expected(model, "praha"))
        assert selected() == ["id-901"]  # held rows are tested first
    assert not proxy.scanning
    assert _ids(proxy) == _expected(model, "praha") and selected() == ["id-901"]
    with qtbot.waitSignal(proxy.matchingFinished, timeout=5000):
        proxy.set_pattern("brno")
    proxy.set_pattern("praha")  # answered before: no scan this time
    assert not proxy.scanning and _ids(proxy) == _expected(model, "praha")
    with qtbot.waitSignal(proxy.matchingFinished, timeout=5000):
        proxy.set_pattern("ostrava")
        model.append_rows(_rows(10, start=2000))  # a page while it scans: it starts over
    assert _ids(proxy) == _expected(model, "ostrava")


def test_a_painted_cell_gets_every_role_in_one_call_as_data_gives_it(qtbot: QtBot) -> None:
    """What the delegate reads through ``multiData`` equals ``data`` role by role."""
    model = CustomerTableModel()
    staying = _rows(1, start=6)[0].with_stay("214", "Started", "2026-12-01", "2026-12-06")
    model.set_rows([*_rows(5), staying])
    proxy = CustomerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_pattern("brno")
    roles = [*range(11), CUSTOMER_ID_ROLE]
    for row in range(proxy.rowCount()):
        for column in Column:
            index = proxy.index(row, column)
            for role in roles:
                role_data = QModelRoleData(role)
                role_data.setData("stale")  # a delegate reuses its role data cell to cell
                proxy.multiData(index, QModelRoleDataSpan(role_data))
                assert role_data.data() == index.data(role)
            assert proxy.flags(index) == model.flags(proxy.mapToSource(index))
    assert proxy.index(proxy.rowCount() - 1, Column.ROOM).data().startswith("214 · ")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.show()
    assert view.grab().width() > 0  # painted through multiData without a warning


def test_the_filter_ignores_accents_and_case_both_ways(qtmodeltester: ModelTester) -> None:
    model = CustomerTableModel()
    guests = [("a", "Jan Novák"), ("b", "Eva NOVAK"), ("c", "Piotr Łukasz"), ("d", "Jana Nová")]
    model.set_rows([CustomerRow(id=i, name=name, last_name=name.split()[1]) for i, name in guests])
    proxy = CustomerFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    for typed, found in (("novak", ["a", "b"]), ("Novák", ["a", "b"]), ("lukasz", ["c"])):
        proxy.set_pattern(typed)
        assert _ids(proxy) == found, typed
    proxy.set_pattern("nova")
    assert _ids(proxy) == ["a", "b", "d"]
