"""The results table keeps its geometry as rows come and go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.desk.customer_rows import CustomerRow
from desktop.ui.customer_filter_proxy import CustomerFilterProxy
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


def test_a_search_s_first_rows_do_not_re_announce_the_column_titles(qtbot: QtBot) -> None:
    """The titles come from the source model: announcing them again made the header
    measure itself and the table paint a second time as the first rows arrived."""
    model = CustomerTableModel()
    proxy = CustomerFilterProxy()
    proxy.setSourceModel(model)
    announced: list[tuple[object, ...]] = []
    proxy.headerDataChanged.connect(lambda *args: announced.append(args))
    model.append_rows([CustomerRow(id="1", name="Jan Novák", last_name="Novák")])
    model.clear()
    model.append_rows([CustomerRow(id="2", name="Eva Svobodová", last_name="Svobodová")])
    qtbot.wait(20)  # Qt posts the announcement to the next turn of the event loop
    assert announced == []
    assert proxy.headerData(0, Qt.Orientation.Horizontal) == model.headerData(
        0, Qt.Orientation.Horizontal
    )
