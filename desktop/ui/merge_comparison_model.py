"""``MergeComparisonModel``: duplicate profiles side by side, fields as rows.

The merge dialog's table. Colour says what the merge puts at stake: the kept profile's
column is green, another profile's cell yellow where it differs from the kept one, and
the names of fields that differ anywhere are bold.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.desk.customer_rows import full_name
from desktop.desk.merge_comparison import (
    MERGE_CONTEXT,
    AccountFacts,
    ComparisonRow,
    comparison_rows,
)
from desktop.ui import tints
from desktop.ui.model_index import AnyIndex
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


class MergeComparisonModel(QAbstractTableModel):
    """Fields as rows, profiles as columns.

    The kept profile's column is tinted green; a cell of another profile is yellow where
    it differs from the kept one, which is exactly what the merge puts at stake. Field
    names of rows that differ anywhere are bold.

    The view asks for every role of every cell on each paint, so the colours are worked
    out once per comparison or pick, and handed over as colours, which the delegate takes
    as brushes: the first ``QBrush`` made in Python builds five enum classes, a few ms.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._customers: list[Any] = []
        self._rows: list[ComparisonRow] = []
        self._target = -1
        self._bold = QFont()
        self._bold.setBold(True)
        #: Per row, per column: the cell's background, or None.
        self._backgrounds: list[list[QColor | None]] = []
        self._placeholder = QColor()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._customers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self._rows):
                row = self._rows[section]
                if role == Qt.ItemDataRole.DisplayRole:
                    return QCoreApplication.translate(MERGE_CONTEXT, row.label)
                if role == Qt.ItemDataRole.FontRole and row.differs:
                    return self._bold
            return None
        if not 0 <= section < len(self._customers):
            return None
        if role == Qt.ItemDataRole.FontRole and section == self._target:
            return self._bold
        if role == Qt.ItemDataRole.DisplayRole:
            caption = customer_caption(self._customers[section])
            if section == self._target:
                return QCoreApplication.translate("MergeDialog", "%1 (kept)").replace("%1", caption)
            return QCoreApplication.translate("MergeDialog", "%1 (disappears)").replace(
                "%1", caption
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("MergeDialog", "Click to keep this profile")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._customers)
        ):
            return None
        row = self._rows[index.row()]
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(value) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._backgrounds[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not value:
            return self._placeholder
        return None

    def set_customers(
        self,
        customers: Sequence[Any],
        target: int,
        facts: dict[str, AccountFacts] | None = None,
    ) -> None:
        self.beginResetModel()
        self._customers = list(customers)
        self._rows = comparison_rows(self._customers, translate_text, facts)
        self._target = target
        self._colour()
        self.endResetModel()

    def set_target(self, target: int) -> None:
        self._target = target
        self._colour()
        if self._customers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._customers) - 1)
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self._customers) - 1),
                [Qt.ItemDataRole.BackgroundRole],
            )

    def _colour(self) -> None:
        """The cells' backgrounds for the kept profile, in the palette's current colours."""
        target = self._target if 0 <= self._target < len(self._customers) else -1
        kept, differs = tints.tinted(tints.GREEN), tints.tinted(tints.AMBER)
        columns = range(len(self._customers))
        self._backgrounds = [
            [
                kept
                if column == target
                else differs
                if target >= 0 and row.differs_from_target(column, target)
                else None
                for column in columns
            ]
            for row in self._rows
        ]
        self._placeholder = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)

    def comparison(self) -> list[ComparisonRow]:
        return list(self._rows)
