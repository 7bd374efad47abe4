"""``MergeComparisonModel``: duplicate profiles side by side, fields as rows.

The merge dialog's table. Colour says what the merge puts at stake: the kept profile's
column is green, another profile's cell yellow where it differs from the kept one, and
the names of fields that differ anywhere are bold.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.desk.customer_rows import full_name
from desktop.desk.merge_comparison import (
    MERGE_CONTEXT,
    AccountFacts,
    ComparisonRow,
    comparison_rows,
)
from desktop.ui import tints
from desktop.ui.plain_text import plain_tooltip
from desktop.ui.translation import translate_text


def customer_caption(customer: Any) -> str:
    return full_name(customer.first_name, customer.last_name) or QCoreApplication.translate(
        "MergeDialog", "(no name)"
    )


def target_caption(customer: Any) -> str:
    """A profile in the list of the one to keep: the name, then what tells it apart."""
    details = [
        str(getattr(customer, "email", None) or ""),
        str(getattr(customer, "number", None) or ""),
    ]
    extra = " · ".join(item for item in details if item)
    caption = customer_caption(customer)
    return f"{caption} — {extra}" if extra else caption


def comparison_table(model: MergeComparisonModel) -> QTableView:
    """The merge dialog's table of ``model``: read only, nothing to select, the profiles
    sharing the width, their titles clickable (to keep that profile)."""
    table = QTableView()
    table.setObjectName("comparisonTable")
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionsClickable(True)
    return table


class MergeComparisonModel(QStandardItemModel):
    """Fields as rows, profiles as columns.

    The kept profile's column is tinted green; a cell of another profile is yellow where
    it differs from the kept one, which is exactly what the merge puts at stake. Field
    names of rows that differ anywhere are bold.

    The cells live in Qt's own items, filled once per comparison and recoloured per
    pick: the view asks every cell and title for every role on each paint, and answering
    from Python took more than half of the table's paint. Colours are handed over as colours,
    which the delegate takes as brushes (the first ``QBrush`` made in Python builds five
    enum classes, a few ms).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._customers: list[Any] = []
        self._rows: list[ComparisonRow] = []
        self._target = -1
        self._bold = QFont()
        self._bold.setBold(True)

    def set_customers(
        self,
        customers: Sequence[Any],
        target: int,
        facts: dict[str, AccountFacts] | None = None,
    ) -> None:
        """Show ``customers``, keeping the one at ``target``: one reset of the views."""
        self._customers = list(customers)
        self._rows = comparison_rows(self._customers, translate_text, facts)
        self._target = target
        placeholder = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        self.blockSignals(True)  # the views hear one reset below, not every item's arrival
        try:
            self.clear()
            self.setRowCount(len(self._rows))
            self.setColumnCount(len(self._customers))
            vertical = Qt.Orientation.Vertical
            for number, row in enumerate(self._rows):
                self.setHeaderData(
                    number, vertical, QCoreApplication.translate(MERGE_CONTEXT, row.label)
                )
                if row.differs:
                    self.setHeaderData(number, vertical, self._bold, Qt.ItemDataRole.FontRole)
                for column, value in enumerate(row.values):
                    item = QStandardItem(value or "—")
                    item.setEditable(False)
                    if value:
                        item.setToolTip(plain_tooltip(value))
                    else:
                        item.setData(placeholder, Qt.ItemDataRole.ForegroundRole)
                    self.setItem(number, column, item)
            self._colour()
        finally:
            self.blockSignals(False)
        self.beginResetModel()
        self.endResetModel()

    def set_target(self, target: int) -> None:
        if target == self._target or not self._customers:  # coloured for it already
            self._target = target
            return
        self._target = target
        self.blockSignals(True)  # one change of the titles and one of the cells, below
        try:
            self._colour()
        finally:
            self.blockSignals(False)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._customers) - 1)
        self.dataChanged.emit(
            self.index(0, 0),
            self.index(len(self._rows) - 1, len(self._customers) - 1),
            [Qt.ItemDataRole.BackgroundRole],
        )

    def _colour(self) -> None:
        """Titles and backgrounds for the kept profile, in the palette's current colours."""
        target = self._target if 0 <= self._target < len(self._customers) else -1
        kept, differs = tints.tinted(tints.GREEN), tints.tinted(tints.AMBER)
        horizontal = Qt.Orientation.Horizontal
        click = QCoreApplication.translate("MergeDialog", "Click to keep this profile")
        for column, customer in enumerate(self._customers):
            caption = customer_caption(customer)
            if column == target:
                title = QCoreApplication.translate("MergeDialog", "%1 (kept)").replace(
                    "%1", caption
                )
            else:
                title = QCoreApplication.translate("MergeDialog", "%1 (disappears)").replace(
                    "%1", caption
                )
            self.setHeaderData(column, horizontal, title)
            font = self._bold if column == target else None
            self.setHeaderData(column, horizontal, font, Qt.ItemDataRole.FontRole)
            self.setHeaderData(column, horizontal, click, Qt.ItemDataRole.ToolTipRole)
        for number, row in enumerate(self._rows):
            for column in range(len(self._customers)):
                if column == target:
                    colour: QColor | None = kept
                elif target >= 0 and row.differs_from_target(column, target):
                    colour = differs
                else:
                    colour = None
                self.item(number, column).setData(colour, Qt.ItemDataRole.BackgroundRole)

    def comparison(self) -> list[ComparisonRow]:
        return list(self._rows)
