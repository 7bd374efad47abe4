"""The results table keeps its geometry as rows come and go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.desk.customer_rows import CustomerRow
from desktop.ui.customer_table import CustomerTable
from desktop.ui.customer_table_model import CustomerTableModel


def test_the_first_rows_that_outgrow_the_table_do_not_narrow_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    model = CustomerTableModel()
    table = CustomerTable(model, QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    qtbot.waitExposed(table)
    empty_width = table.viewport().width()
    bar = table.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() == 0  # there, with nothing to scroll
    model.set_rows([CustomerRow(id=str(n), name=f"Guest {n}", last_name="G") for n in range(200)])
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert table.viewport().width() == empty_width  # one paint, no relayout when it fills
    model.clear()
    qtbot.waitUntil(lambda: bar.maximum() == 0)
    assert table.viewport().width() == empty_width
