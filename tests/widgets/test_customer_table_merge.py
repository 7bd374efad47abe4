"""Sorted paging and the filter table: merged pages and cached matches equal a fresh sort."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from desktop.desk.customer_rows import CustomerRow
from desktop.ui.customer_columns import Column
from desktop.ui.customer_filter_proxy import CustomerFilterProxy
from desktop.ui.customer_table_model import CustomerTableModel


def _rows(numbers: list[int]) -> list[CustomerRow]:
    return [
        CustomerRow(id=f"id-{n}", name=f"Guest {n}", last_name=f"L{n:05d}", email=f"g{n}@x.cz")
        for n in numbers
    ]


def _shown(model: CustomerTableModel) -> list[str]:
    return [model.row_at(i).id for i in range(model.rowCount())]


def _expected(rows: list[CustomerRow], reverse: bool) -> list[str]:
    ordered = sorted(
        rows, key=lambda r: (r.last_name.casefold(), r.name.casefold()), reverse=reverse
    )
    return [row.id for row in ordered]


def test_scattered_pages_merge_into_the_order_a_full_sort_gives(
    qtmodeltester: ModelTester,
) -> None:
    numbers = list(range(600))
    random.Random(7).shuffle(numbers)
    model = CustomerTableModel()
    qtmodeltester.check(model)
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    pages = [numbers[i : i + 100] for i in range(0, 600, 100)]
    for page in pages:
        model.append_rows(_rows(page))
    assert _shown(model) == _expected(_rows(numbers), reverse=True)
    assert all(model.position_of(row_id) == i for i, row_id in enumerate(_shown(model)))


def test_a_page_landing_in_one_run_is_inserted_in_place_without_a_relayout() -> None:
    model = CustomerTableModel()
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    model.append_rows(_rows(list(range(50))))
    relayouts: list[int] = []
    inserted: list[tuple[int, int]] = []
    model.layoutChanged.connect(lambda: relayouts.append(1))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    selected = QPersistentModelIndex(model.index(10, 0))
    model.append_rows(_rows(list(range(100, 120))))
    assert relayouts == []
    assert inserted == [(50, 69)]
    assert selected.row() == 10
    assert _shown(model) == _expected(_rows([*range(50), *range(100, 120)]), reverse=False)


def test_persistent_indexes_follow_their_rows_through_a_relayout() -> None:
    model = CustomerTableModel()
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    model.append_rows(_rows(list(range(0, 100, 2))))
    kept = QPersistentModelIndex(model.index(7, 0))
    kept_id = model.row_at(7).id
    model.append_rows(_rows(list(range(1, 100, 2))))  # every odd row lands in its own gap
    assert model.row_at(kept.row()).id == kept_id
    assert _shown(model) == _expected(_rows(list(range(100))), reverse=False)


def test_filter_matches_the_per_row_test_as_the_pattern_grows_and_rows_arrive(
    qtmodeltester: ModelTester,
) -> None:
    model = CustomerTableModel()
    model.set_rows(_rows(list(range(300))))
    proxy = CustomerFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    def shown() -> set[str]:
        return {
            proxy.index(i, 0).data(Qt.ItemDataRole.DisplayRole) for i in range(proxy.rowCount())
        }

    def wanted(*terms: str) -> set[str]:
        rows = [model.row_at(i) for i in range(model.rowCount())]
        return {row.name for row in rows if all(term in row.search_text for term in terms)}

    for pattern in ("1", "12", "12 g1", "2"):
        proxy.set_pattern(pattern)
        assert shown() == wanted(*pattern.split())
    model.append_rows(_rows(list(range(300, 330))))
    assert shown() == wanted("2")
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert shown() == wanted("2")
    proxy.set_pattern("")
    assert proxy.rowCount() == 330


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_equal_keys_keep_their_arrival_order_and_the_filter_texts_follow_their_rows(
    order: Qt.SortOrder,
) -> None:
    """A stable merge, as a full sort gives; the appended rows' indexes follow them too."""
    model = CustomerTableModel()
    model.sort(Column.NAME, order)
    numbers = list(range(40))
    random.Random(3).shuffle(numbers)
    arrived: list[CustomerRow] = []
    for start in range(0, 40, 10):
        # Pairs of guests with one name: which comes first is which arrived first.
        page = [
            CustomerRow(id=f"id-{n}-{copy}", name="Guest", last_name=f"L{n % 13:02d}")
            for n in numbers[start : start + 10]
            for copy in (0, 1)
        ]
        arrived += page
        model.append_rows(page)
    ordered = sorted(
        arrived, key=lambda r: r.last_name, reverse=order == Qt.SortOrder.DescendingOrder
    )
    assert _shown(model) == [row.id for row in ordered]
    texts = model.search_texts()
    assert all(texts[i] == model.row_at(i).search_text for i in range(model.rowCount()))
    last = model.rowCount() - 1
    kept = [(QPersistentModelIndex(model.index(last, 0)), model.row_at(last).id)]

    def hold(_parent: object, first: int, _last: int) -> None:  # as a view may
        kept.append((QPersistentModelIndex(model.index(first, 0)), model.row_at(first).id))

    model.rowsInserted.connect(hold)
    model.append_rows(_rows(list(range(500, 540, 3))))
    assert len(kept) == 2
    assert all(model.row_at(index.row()).id == row_id for index, row_id in kept)
