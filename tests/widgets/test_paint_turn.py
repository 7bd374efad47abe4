"""The next answer is parsed after the table has painted the rows of the last one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.ui.paint_turn import PaintTurn


class _Paints(QObject):
    """Counts the viewport's paint events, and how many were done when ``shown`` came."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.count = 0
        self.at_shown: list[int] = []
        view.viewport().installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def shown(self) -> None:
        self.at_shown.append(self.count)


def _view(qtbot: QtBot) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, 2)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    return view, model


def test_inserted_rows_count_as_shown_after_the_paint_that_shows_them(qtbot: QtBot) -> None:
    view, model = _view(qtbot)
    view.show()
    qtbot.waitExposed(view)
    paints = _Paints(view)
    turn = PaintTurn(paints.shown)
    turn.follow(view)
    before = paints.count
    model.appendRow([QStandardItem("Novák"), QStandardItem("novak@example.com")])
    turn.rows_inserted()
    assert turn.waiting and paints.at_shown == []
    qtbot.waitUntil(lambda: paints.at_shown != [], timeout=2000)
    assert paints.at_shown[0] > before  # painted first, then shown
    assert not turn.waiting


def test_rows_no_paint_follows_count_as_shown_soon_after(qtbot: QtBot) -> None:
    view, model = _view(qtbot)  # never shown: nothing paints
    paints = _Paints(view)
    turn = PaintTurn(paints.shown)
    turn.follow(view)
    model.appendRow([QStandardItem("Novák"), QStandardItem("")])
    turn.rows_inserted()
    qtbot.waitUntil(lambda: paints.at_shown == [0], timeout=2000)


def test_without_a_view_rows_count_as_shown_at_once() -> None:
    shown: list[bool] = []
    turn = PaintTurn(lambda: shown.append(True))
    turn.rows_inserted()
    assert shown == [True] and not turn.waiting


def test_a_cancelled_wait_never_reports_the_rows_shown(qtbot: QtBot) -> None:
    view, model = _view(qtbot)
    shown: list[bool] = []
    turn = PaintTurn(lambda: shown.append(True))
    turn.follow(view)
    model.appendRow([QStandardItem("Novák"), QStandardItem("")])
    turn.rows_inserted()
    turn.cancel()
    qtbot.wait(100)
    assert shown == [] and not turn.waiting
