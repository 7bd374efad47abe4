"""The table's text delegate paints every cell as QStyledItemDelegate does, pixel for pixel."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QPointF, QSettings, Qt
from PySide6.QtGui import QFont, QHoverEvent, QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate
from pytestqt.qtbot import QtBot

from desktop.desk.customer_rows import CustomerRow
from desktop.ui.customer_columns import Column
from desktop.ui.customer_table import CustomerTable
from desktop.ui.customer_table_model import CustomerTableModel
from desktop.ui.plain_text_delegate import PlainTextDelegate

_GUESTS = [
    CustomerRow(id="a", name="Jan Novák", last_name="Novák", email="jan.novak@example.cz"),
    CustomerRow(id="b", name="Łucja Żółć-Wiśniewska", last_name="Żółć", nationality="PL"),
    CustomerRow(id="c", name="A guest with a name far too long for its column", last_name="G"),
    CustomerRow(id="d", name="Ünal", last_name="Ünal", email="unal@example.tr", phone="+90 1"),
    CustomerRow(id="e", name="", last_name="", email="nobody@example.com"),
    # Letters in the table's font that are not Latin, and (where the machine has a font
    # for them) letters from a fallback font, which Qt places by that font's ascent.
    CustomerRow(id="f", name="Ελένη Παπαδοπούλου", last_name="Παπαδοπούλου", phone="+30 2"),
    CustomerRow(id="g", name="王芳", last_name="王", email="wang@example.cn"),
]


def _table(qtbot: QtBot, folder: str) -> CustomerTable:
    model = CustomerTableModel()
    model.set_rows(_GUESTS)
    settings = QSettings(str(Path(folder) / "table.ini"), QSettings.Format.IniFormat)
    table = CustomerTable(model, settings)
    qtbot.addWidget(table)
    table.resize(900, 260)
    table.setColumnWidth(Column.NAME, 150)  # the long name is elided, the accents are not
    table.setColumnWidth(Column.EMAIL, 90)  # so are the longer addresses
    table.show()
    flags = QItemSelectionModel.SelectionFlag
    selection = table.selectionModel()
    selection.select(table.proxy.index(1, 0), flags.Select | flags.Rows)
    selection.select(table.proxy.index(2, 0), flags.Select | flags.Rows)
    selection.setCurrentIndex(table.proxy.index(3, 1), flags.NoUpdate)
    return table


def _painted(table: CustomerTable) -> QImage:
    return table.viewport().grab().toImage()


def _with_qt_delegate(table: CustomerTable) -> QImage:
    ours = table.itemDelegate()
    table.setItemDelegate(QStyledItemDelegate(table))
    painted = _painted(table)
    table.setItemDelegate(ours)
    return painted


def test_the_table_paints_as_qt_would_selected_elided_focused_and_inactive(
    qtbot: QtBot,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        table = _table(qtbot, folder)
        assert isinstance(table.itemDelegate(), PlainTextDelegate)
        assert table.paints_its_cells
        table.setFocus()
        ours = _painted(table)
        assert ours == _with_qt_delegate(table)
        # Elided cells do end in an ellipsis (the comparison is not of two blank tables).
        assert table.proxy.index(2, Column.NAME).data().startswith("A guest with")
        QApplication.sendEvent(table, QEvent(QEvent.Type.WindowDeactivate))
        assert _painted(table) == _with_qt_delegate(table)
        table.setEnabled(False)
        assert _painted(table) == _with_qt_delegate(table)


def test_the_mouse_over_a_cell_paints_as_qt_would(qtbot: QtBot) -> None:
    with tempfile.TemporaryDirectory() as folder:
        table = _table(qtbot, folder)
        viewport = table.viewport()
        at = table.visualRect(table.proxy.index(0, Column.EMAIL)).center()
        for kind in (QEvent.Type.HoverEnter, QEvent.Type.HoverMove):
            QApplication.sendEvent(viewport, QHoverEvent(kind, QPointF(at), QPointF(at), QPointF()))
        assert _painted(table) == _with_qt_delegate(table)
        QApplication.sendEvent(
            viewport, QHoverEvent(QEvent.Type.HoverLeave, QPointF(), QPointF(), QPointF(at))
        )
        assert _painted(table) == _with_qt_delegate(table)


def test_a_right_to_left_table_is_left_to_qt(qtbot: QtBot) -> None:
    with tempfile.TemporaryDirectory() as folder:
        table = _table(qtbot, folder)
        table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        assert not table.paints_its_cells
        assert _painted(table) == _with_qt_delegate(table)


def test_a_new_font_is_laid_out_afresh(qtbot: QtBot) -> None:
    with tempfile.TemporaryDirectory() as folder:
        table = _table(qtbot, folder)
        before = _painted(table)
        font = QFont(table.font())
        font.setPointSize(font.pointSize() + 4)
        table.setFont(font)
        after = _painted(table)
        assert after != before
        assert after == _with_qt_delegate(table)


def _empty_table(qtbot: QtBot, folder: str) -> tuple[CustomerTableModel, CustomerTable]:
    model = CustomerTableModel()
    table = CustomerTable(model, QSettings(str(Path(folder) / "t.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(table)
    return model, table


def test_an_empty_table_makes_its_painter_when_the_first_rows_arrive(qtbot: QtBot) -> None:
    """The first window's table has no rows: it starts without the delegate's cost."""
    with tempfile.TemporaryDirectory() as folder:
        model, table = _empty_table(qtbot, folder)
        assert not isinstance(table.itemDelegate(), PlainTextDelegate)
        model.set_rows(_GUESTS)
        assert isinstance(table.itemDelegate(), PlainTextDelegate)


def test_the_painters_are_made_in_idle_turns_before_any_rows(qtbot: QtBot) -> None:
    with tempfile.TemporaryDirectory() as folder:
        model, table = _empty_table(qtbot, folder)
        table.prepare_text_delegate()
        assert not isinstance(table.itemDelegate(), PlainTextDelegate)  # not in this turn
        qtbot.waitUntil(lambda: isinstance(table.itemDelegate(), PlainTextDelegate))
        model.set_rows(_GUESTS)
        assert table.paints_its_cells
