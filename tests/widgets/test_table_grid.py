"""The table's filled grid covers exactly the pixels of QTableView's own grid lines."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.ui.table_grid import FilledGrid


class _FilledTable(QTableView):
    def __init__(self) -> None:
        super().__init__()
        self.grid = FilledGrid(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        fill = self.grid.before_paint()
        super().paintEvent(event)
        if fill:
            self.grid.paint(event)


def _model() -> QStandardItemModel:
    model = QStandardItemModel(40, 6)
    for row in range(40):
        for column in range(6):
            model.setItem(row, column, QStandardItem(f"cell {row}.{column}"))
    return model


def _pair(qtbot: QtBot) -> tuple[QTableView, QTableView]:
    model = _model()
    tables: list[QTableView] = []
    for table in (_FilledTable(), QTableView()):
        qtbot.addWidget(table)
        table.setModel(model)
        table.resize(520, 300)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.setColumnWidth(1, 30)
        table.hideColumn(3)
        table.horizontalHeader().moveSection(4, 0)
        table.horizontalHeader().setStretchLastSection(True)
        table.show()
        flags = QItemSelectionModel.SelectionFlag
        table.selectionModel().select(model.index(2, 0), flags.Select | flags.Rows)
        tables.append(table)
    return tables[0], tables[1]


def _painted(table: QTableView) -> QImage:
    return table.viewport().grab().toImage()


def test_the_filled_grid_paints_as_qt_draws_its_lines(qtbot: QtBot) -> None:
    ours, qt = _pair(qtbot)
    assert ours.gridStyle() == Qt.PenStyle.NoPen  # the lines are not drawn twice
    assert _painted(ours) == _painted(qt)
    for table in (ours, qt):  # scrolled: partly shown rows and columns at the edges
        table.verticalScrollBar().setValue(7)
        table.horizontalScrollBar().setValue(13)
    assert _painted(ours) == _painted(qt)


def test_a_short_table_has_no_lines_below_its_last_row(qtbot: QtBot) -> None:
    ours, qt = _pair(qtbot)
    for table in (ours, qt):
        table.model().removeRows(3, 37)
    painted = _painted(ours)
    assert painted == _painted(qt)
    bottom = painted.height() - 2
    assert len({painted.pixel(x, bottom) for x in range(0, painted.width(), 7)}) == 1


def test_without_a_grid_nothing_is_filled(qtbot: QtBot) -> None:
    ours, qt = _pair(qtbot)
    with_grid = _painted(ours)
    for table in (ours, qt):
        table.setShowGrid(False)
    assert _painted(ours) == _painted(qt)
    assert _painted(ours) != with_grid


def test_a_right_to_left_table_draws_its_own_lines(qtbot: QtBot) -> None:
    ours, qt = _pair(qtbot)
    for table in (ours, qt):
        table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert _painted(ours) == _painted(qt)
    assert ours.gridStyle() == Qt.PenStyle.SolidLine
    ours.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert _painted(ours) == _painted(qt)
    assert ours.gridStyle() == Qt.PenStyle.NoPen
