"""``MergeDialog``: compare duplicate profiles side by side and merge them into one.

``accounts/merge`` cannot be undone: the sources disappear into the target, which keeps
its id. So the dialog loads the full profiles, shows them in columns with every
differing field highlighted, lets the receptionist pick the profile to keep (proposing
the fullest one), and says plainly what will happen before ``confirmMergeButton`` sends
the request. ``merged(target_id, source_ids)`` tells the desk to drop the sources from
its table and reopen the target.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.customer_rows import full_name
from desktop.desk.merge_comparison import (
    MERGE_CONTEXT,
    ComparisonRow,
    comparison_rows,
    suggested_target,
)
from desktop.mews.limits import MAX_MERGE_SOURCE_ACCOUNTS
from desktop.ui import tints
from desktop.ui.api_calls import ApiCalls, error_text
from desktop.ui.plain_text import plain_label, plain_tooltip
from desktop.ui.translation import translate_text

_Index = QModelIndex | QPersistentModelIndex


def customer_caption(customer: Any) -> str:
    return full_name(customer.first_name, customer.last_name) or QCoreApplication.translate(
        "MergeDialog", "(no name)"
    )


class MergeComparisonModel(QAbstractTableModel):
    """Fields as rows, profiles as columns.

    The kept profile's column is tinted green; a cell of another profile is yellow where
    it differs from the kept one, which is exactly what the merge puts at stake. Field
    names of rows that differ anywhere are bold.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._customers: list[Any] = []
        self._rows: list[ComparisonRow] = []
        self._target = -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
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
                    font = QFont()
                    font.setBold(True)
                    return font
            return None
        if not 0 <= section < len(self._customers):
            return None
        if role == Qt.ItemDataRole.FontRole and section == self._target:
            font = QFont()
            font.setBold(True)
            return font
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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
            if index.column() == self._target:
                return QBrush(tints.tinted(tints.GREEN))
            if 0 <= self._target < len(self._customers) and row.differs_from_target(
                index.column(), self._target
            ):
                return QBrush(tints.tinted(tints.AMBER))
        if role == Qt.ItemDataRole.ForegroundRole and not value:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def set_customers(self, customers: Sequence[Any], target: int) -> None:
        self.beginResetModel()
        self._customers = list(customers)
        self._rows = comparison_rows(self._customers, translate_text)
        self._target = target
        self.endResetModel()

    def set_target(self, target: int) -> None:
        self._target = target
        if self._customers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._customers) - 1)
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self._customers) - 1),
                [Qt.ItemDataRole.BackgroundRole],
            )

    def comparison(self) -> list[ComparisonRow]:
        return list(self._rows)


class MergeDialog(QDialog):
    """Merge ``customer_ids`` (two or more) into the one the user keeps.

    ``customers`` may hand over already loaded full profiles; otherwise they are
    fetched with ``customers/getAll``.
    """

    merged = Signal(str, list)

    def __init__(
        self,
        calls: ApiCalls,
        customer_ids: Sequence[str],
        *,
        customers: Sequence[Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(QCoreApplication.translate("MergeDialog", "Merge duplicate profiles"))
        self._calls = calls
        self._ids = list(dict.fromkeys(str(item) for item in customer_ids))
        self._customers: list[Any] = []
        self._sending = False
        self._pending: tuple[str, list[str]] = ("", [])

        heading = plain_label(QCoreApplication.translate("MergeDialog", "Merge duplicate profiles"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.warningLabel = plain_label()
        self.warningLabel.setObjectName("mergeWarning")
        self.warningLabel.setStyleSheet(tints.box_style("QLabel#mergeWarning", tints.RED))
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.targetCombo = QComboBox()
        self.targetCombo.setObjectName("targetCombo")
        self.targetCombo.currentIndexChanged.connect(self._target_changed)
        target_row = QHBoxLayout()
        target_row.addWidget(
            plain_label(QCoreApplication.translate("MergeDialog", "Keep this profile:"))
        )
        target_row.addWidget(self.targetCombo, 1)

        self.model = MergeComparisonModel(self)
        self.comparisonTable = QTableView()
        self.comparisonTable.setObjectName("comparisonTable")
        self.comparisonTable.setModel(self.model)
        self.comparisonTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparisonTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.comparisonTable.setWordWrap(False)
        header = self.comparisonTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self.targetCombo.setCurrentIndex)
        self.legendLabel = plain_label(
            QCoreApplication.translate(
                "MergeDialog",
                "Green: the profile that is kept. Yellow: a value that differs from it. "
                "Click a column title to keep that profile instead.",
            )
        )
        self.legendLabel.setStyleSheet("color: palette(mid);")

        self.statusLabel = plain_label()
        self.statusLabel.setObjectName("statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cancelButton = QPushButton(QCoreApplication.translate("MergeDialog", "Cancel"))
        self.cancelButton.setObjectName("cancelMergeButton")
        self.cancelButton.clicked.connect(self.reject)
        self.confirmMergeButton = QPushButton(QCoreApplication.translate("MergeDialog", "Merge"))
        self.confirmMergeButton.setObjectName("confirmMergeButton")
        self.confirmMergeButton.clicked.connect(self.confirm_merge)
        self.cancelButton.setDefault(True)  # Enter must never merge by accident
        self.confirmMergeButton.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.statusLabel, 1)
        buttons.addWidget(self.cancelButton)
        buttons.addWidget(self.confirmMergeButton)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.warningLabel)
        layout.addLayout(target_row)
        layout.addWidget(self.comparisonTable, 1)
        layout.addWidget(self.legendLabel)
        layout.addLayout(buttons)
        self.resize(760, 560)

        if len(self._ids) < 2:
            self._show_problem(
                QCoreApplication.translate("MergeDialog", "Choose at least two profiles to merge.")
            )
        elif len(self._ids) - 1 > MAX_MERGE_SOURCE_ACCOUNTS:
            self._show_problem(
                QCoreApplication.translate("MergeDialog", "Too many profiles for one merge.")
            )
        elif customers is not None:
            self._set_customers(list(customers))
        else:
            self._load()
        self._update_state()

    # -- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        ids = list(self._ids)
        self.statusLabel.setText(QCoreApplication.translate("MergeDialog", "Loading the profiles…"))
        request = self._calls.read(
            lambda client: client.get_all_customers(customer_ids=ids).customers,
            owner=self,
            label="customers/getAll",
        )
        request.succeeded.connect(self._loaded)
        request.failed.connect(self._load_failed)

    @Slot(object)
    def _loaded(self, customers: list[Any]) -> None:
        self.statusLabel.clear()
        self._set_customers(list(customers))

    @Slot(object)
    def _load_failed(self, error: object) -> None:
        self._show_problem(
            QCoreApplication.translate(
                "MergeDialog", "The profiles could not be loaded: %1"
            ).replace("%1", error_text(error))
        )

    def _set_customers(self, customers: list[Any]) -> None:
        by_id = {str(customer.id): customer for customer in customers}
        ordered = [by_id[item] for item in self._ids if item in by_id]
        merged_away = [item for item in ordered if getattr(item, "merge_target_id", None)]
        if len(ordered) < len(self._ids) or merged_away:
            self._show_problem(
                QCoreApplication.translate(
                    "MergeDialog",
                    "Some of these profiles no longer exist or were already merged. Refresh the list.",
                )
            )
            return
        self._customers = ordered
        target = suggested_target(ordered)
        self.model.set_customers(ordered, target)
        self.targetCombo.blockSignals(True)
        self.targetCombo.clear()
        for customer in ordered:
            details = [
                str(getattr(customer, "email", None) or ""),
                str(getattr(customer, "number", None) or ""),
            ]
            extra = " · ".join(item for item in details if item)
            caption = customer_caption(customer)
            self.targetCombo.addItem(f"{caption} — {extra}" if extra else caption, str(customer.id))
        self.targetCombo.setCurrentIndex(target)
        self.targetCombo.blockSignals(False)
        self._target_changed(target)

    def _show_problem(self, text: str) -> None:
        self._customers = []
        self.statusLabel.setText(text)
        self._update_state()

    # -- choosing and merging ---------------------------------------------------------------

    @property
    def target_id(self) -> str:
        return str(self.targetCombo.currentData() or "")

    @property
    def source_ids(self) -> list[str]:
        target = self.target_id
        return [str(customer.id) for customer in self._customers if str(customer.id) != target]

    @Slot(int)
    def _target_changed(self, index: int) -> None:
        if not self._customers or index < 0:
            return
        self.model.set_target(index)
        target = self._customers[index]
        others = len(self._customers) - 1
        # Two whole sentences, not one with the subject filled in: the verb must agree
        # with "the other profile" or "the other profiles" in every language.
        if others == 1:
            warning = QCoreApplication.translate(
                "MergeDialog",
                "Merging cannot be undone. The other profile will disappear into the profile "
                "of %1, which keeps its id; the guest's stays and history follow it. Check the "
                "kept profile afterwards: details that only the other profile holds may not be "
                "copied over.",
            )
        else:
            warning = QCoreApplication.translate(
                "MergeDialog",
                "Merging cannot be undone. The other %n profiles will disappear into the "
                "profile of %1, which keeps its id; the guest's stays and history follow it. "
                "Check the kept profile afterwards: details that only the other profiles hold "
                "may not be copied over.",
            ).replace("%n", str(others))
        # The guest's name is filled in last, so a "%n" in it stays as typed.
        self.warningLabel.setText(warning.replace("%1", customer_caption(target)))
        self.confirmMergeButton.setText(
            QCoreApplication.translate("MergeDialog", "Merge %1 profiles into %2")
            .replace("%1", str(len(self._customers)))
            .replace("%2", customer_caption(target))
        )
        self._update_state()

    def _update_state(self) -> None:
        ready = len(self._customers) >= 2 and not self._sending
        self.confirmMergeButton.setEnabled(ready)
        self.targetCombo.setEnabled(ready)
        self.cancelButton.setEnabled(not self._sending)
        self.warningLabel.setVisible(bool(self._customers))

    @Slot()
    def confirm_merge(self) -> None:
        if len(self._customers) < 2 or self._sending:
            return
        target, sources = self.target_id, self.source_ids
        self._sending = True
        self.statusLabel.setText(QCoreApplication.translate("MergeDialog", "Merging…"))
        self._update_state()
        request = self._calls.write(
            lambda client: client.merge_customers(target, sources),
            owner=self,
            label="accounts/merge",
        )
        self._pending = (target, sources)
        request.succeeded.connect(self._merge_done)
        request.failed.connect(self._merge_failed)

    @Slot(object)
    def _merge_done(self, _result: object) -> None:
        self._sending = False
        target, sources = self._pending
        self.merged.emit(target, sources)
        self.accept()

    @Slot(object)
    def _merge_failed(self, error: object) -> None:
        self._sending = False
        self.statusLabel.setText(
            QCoreApplication.translate("MergeDialog", "The merge did not go through: %1").replace(
                "%1", error_text(error)
            )
        )
        self._update_state()

    def reject(self) -> None:
        if self._sending:  # the answer decides what the table shows; wait for it
            return
        super().reject()
