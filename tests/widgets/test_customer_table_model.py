"""The customer table model: model-tester clean, lazy paging, plain text, fast local filter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.desk.customer_rows import CustomerRow
from desktop.ui.customer_columns import CUSTOMER_ID_ROLE, Column, RowText
from desktop.ui.customer_filter_proxy import CustomerFilterProxy
from desktop.ui.customer_table_model import CustomerTableModel


def _rows(count: int, start: int = 0, **fields: str) -> list[CustomerRow]:
    return [
        CustomerRow(
            id=f"id-{n}",
            name=fields.get("name", f"Guest {n}"),
            last_name=fields.get("last_name", f"Last{n:05d}"),
            title=fields.get("title", "Mr."),
            email=f"guest{n}@example.com",
        )
        for n in range(start, start + count)
    ]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = CustomerTableModel()
    model.set_rows(_rows(25), more_available=True)
    qtmodeltester.check(model)
    proxy = CustomerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_pattern("guest1")
    qtmodeltester.check(proxy)


def test_model_stays_valid_while_pages_arrive(qtmodeltester: ModelTester) -> None:
    model = CustomerTableModel()
    qtmodeltester.check(model)
    model.set_rows(_rows(10), more_available=True)
    model.append_rows(_rows(10, start=10))
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    model.append_rows(_rows(5, start=20))
    assert model.rowCount() == 25


def test_fetch_more_asks_once_and_never_blocks(qtbot: QtBot) -> None:
    model = CustomerTableModel()
    model.set_rows(_rows(3), more_available=True)
    asked: list[bool] = []
    model.moreRequested.connect(lambda: asked.append(True))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # the view asks again while waiting: no second request
    assert asked == [True]
    assert not model.canFetchMore(QModelIndex())
    model.append_rows(_rows(3, start=3))
    model.set_more_available(False)
    assert model.rowCount() == 6
    assert not model.canFetchMore(QModelIndex())


def test_duplicates_are_merged_and_a_room_fills_in() -> None:
    model = CustomerTableModel()
    model.set_rows(_rows(2))
    staying = _rows(1)[0].with_stay("214", "Started")
    added = model.append_rows([staying, *_rows(2)])
    assert added == 0
    assert model.rowCount() == 2
    assert model.data(model.index(0, Column.ROOM)) == "214 · Started"


def test_customer_data_is_plain_text_everywhere() -> None:
    model = CustomerTableModel()
    model.set_rows([CustomerRow(id="x", name="<b>x</b> <img src=x>", title="")])
    index = model.index(0, Column.NAME)
    assert model.data(index) == "<b>x</b> <img src=x>"
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tooltip and "&lt;b&gt;x&lt;/b&gt;" in tooltip
    assert model.data(index, CUSTOMER_ID_ROLE) == "x"


def test_title_is_shown_before_the_name() -> None:
    model = CustomerTableModel()
    model.set_rows(_rows(1, title="Mrs.", name="Eva Svobodová"))
    assert model.data(model.index(0, Column.NAME)) == "Mrs. Eva Svobodová"


def test_sort_keeps_selection_on_the_same_guest() -> None:
    model = CustomerTableModel()
    model.set_rows(_rows(5))
    from PySide6.QtCore import QPersistentModelIndex

    marker = QPersistentModelIndex(model.index(1, 0))
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).id for r in range(5)] == [f"id-{n}" for n in (4, 3, 2, 1, 0)]
    assert model.row_at(marker.row()).id == "id-1"


def test_local_filter_matches_all_terms_case_insensitively() -> None:
    model = CustomerTableModel()
    model.set_rows(
        [
            CustomerRow(id="1", name="Jan Novák", email="jan@seznam.cz"),
            CustomerRow(id="2", name="Jana Nováková", email="jana@gmail.com"),
            CustomerRow(id="3", name="Petr Svoboda", email="petr@seznam.cz"),
        ]
    )
    proxy = CustomerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_pattern("NOVÁK seznam")
    assert [proxy.index(r, 0).data(CUSTOMER_ID_ROLE) for r in range(proxy.rowCount())] == ["1"]
    proxy.set_pattern("")
    assert proxy.rowCount() == 3


def test_replace_row_updates_a_loaded_guest() -> None:
    model = CustomerTableModel()
    model.set_rows(_rows(2))
    fresher = CustomerRow(id="id-1", name="Renamed Guest", last_name="Guest")
    assert model.replace_row(fresher)
    assert model.data(model.index(1, Column.NAME)) == "Renamed Guest"
    assert not model.replace_row(CustomerRow(id="nobody", name="x"))


def test_the_last_update_shows_local_time_and_repaints_from_the_kept_text() -> None:
    texts = RowText()
    moments = [datetime(2026, 1, 31, 23, 59, tzinfo=UTC) + timedelta(days=d) for d in range(5000)]
    for moment in moments:
        assert texts.updated(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")
    assert texts.updated(None) == ""
    first = texts.updated(moments[-1])
    assert texts.updated(moments[-1]) is first  # kept, not formatted again
