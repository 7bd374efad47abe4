"""The "Open items" tab: what the guest still owes, item by item and per currency."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.desk.open_items import (
    ITEM_STATE_CONTEXT,
    ITEM_TYPE_CONTEXT,
    OpenItemRow,
    balance_per_currency,
    format_amount,
)
from desktop.ui.model_index import AnyIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenItems", text)


class OpenItemsModel(QAbstractTableModel):
    """Open order and payment items; amounts right-aligned with their currency."""

    HEADERS = (
        QT_TRANSLATE_NOOP("OpenItems", "Date"),
        QT_TRANSLATE_NOOP("OpenItems", "Type"),
        QT_TRANSLATE_NOOP("OpenItems", "Description"),
        QT_TRANSLATE_NOOP("OpenItems", "State"),
        QT_TRANSLATE_NOOP("OpenItems", "Amount"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OpenItemRow] = []

    def set_rows(self, rows: Sequence[OpenItemRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[OpenItemRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.date,
                QCoreApplication.translate("OpenItems", "Payment")
                if row.kind == "payment"
                else QCoreApplication.translate("OpenItems", "Charge"),
                " · ".join(
                    part
                    for part in (
                        *(QCoreApplication.translate(ITEM_TYPE_CONTEXT, t) for t in row.types),
                        row.description,
                    )
                    if part
                ),
                QCoreApplication.translate(ITEM_STATE_CONTEXT, row.state) if row.state else "",
                format_amount(row.amount, row.currency),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OpenItemsPanel(QWidget):
    """Table of open items plus the open balance per currency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openItemsPanel")
        self.model = OpenItemsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("openItemsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setObjectName("openItemsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.balance = QLabel(self)
        self.balance.setObjectName("openItemsBalance")
        self.balance.setTextFormat(Qt.TextFormat.PlainText)
        font = self.balance.font()
        font.setBold(True)
        self.balance.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.balance)
        self.show_message(
            QCoreApplication.translate("OpenItems", "Open a saved profile to see its open items.")
        )

    def show_loading(self) -> None:
        self.model.set_rows([])
        self.balance.clear()
        self.show_message(QCoreApplication.translate("OpenItems", "Loading open items…"))

    def show_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_rows(self, rows: Sequence[OpenItemRow]) -> None:
        self.model.set_rows(rows)
        balance = balance_per_currency(rows)
        if not rows:
            self.show_message(
                QCoreApplication.translate("OpenItems", "Nothing open: the guest owes nothing.")
            )
            self.balance.clear()
            return
        self.show_message("")
        amounts = " · ".join(
            format_amount(amount, currency) for currency, amount in balance.items()
        )
        self.balance.setText(
            QCoreApplication.translate("OpenItems", "Open balance: %1").replace("%1", amounts)
        )
