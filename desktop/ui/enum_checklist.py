"""A checkable list of API enum values (classifications, options).

Every value the spec knows is listed with its translated label. Values the server returns
that the app does not know yet get a row of their own (labelled with the raw value and
marked as unknown) so the user sees them and a save sends them back; values that must stay
but make no sense to toggle (the options pseudo-value ``None``) are kept out of sight.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListView, QWidget

from desktop.ui.model_index import AnyIndex

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class EnumChecklistModel(QAbstractListModel):
    """Rows are enum values; the check state says whether the profile has it."""

    checkedChanged = Signal()

    def __init__(
        self,
        labels: Mapping[str, str],
        context: str,
        *,
        hidden: Iterable[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels = dict(labels)
        self._context = context
        self._hidden = frozenset(hidden)
        self._values: list[str] = list(labels)
        self._checked: set[str] = set()
        self._kept_hidden: tuple[str, ...] = ()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._values)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._values):
            return None
        value = self._values[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if value in self._labels:
                return QCoreApplication.translate(self._context, self._labels[value])
            return QCoreApplication.translate("EnumChecklist", "%1 (unknown)").replace("%1", value)
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = value in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return value
        if role == VALUE_ROLE:
            return value
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._values):
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        item = self._values[index.row()]
        if state == Qt.CheckState.Checked:
            self._checked.add(item)
        else:
            self._checked.discard(item)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def values(self) -> list[str]:
        """Every value offered, in row order."""
        return list(self._values)

    def checked(self) -> tuple[str, ...]:
        """The checked values, hidden ones that were loaded included, in row order."""
        shown = tuple(value for value in self._values if value in self._checked)
        return self._kept_hidden + shown

    def set_checked(self, values: Iterable[str]) -> None:
        """Load a profile's set; unknown values get their own row."""
        incoming = [str(value) for value in values]
        self._kept_hidden = tuple(v for v in dict.fromkeys(incoming) if v in self._hidden)
        unknown = [
            v for v in dict.fromkeys(incoming) if v not in self._hidden and v not in self._labels
        ]
        self.beginResetModel()
        self._values = list(self._labels) + unknown
        self._checked = {v for v in incoming if v not in self._hidden}
        self.endResetModel()
        self.checkedChanged.emit()


class EnumChecklist(QListView):
    """The view of an ``EnumChecklistModel``: a wrapping grid tall enough for every value.

    All values stay visible at once (no inner scroll bar hiding a checked classification);
    the number of columns follows the available width.
    """

    COLUMN_WIDTH = 230

    def __init__(self, model: EnumChecklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        model.modelReset.connect(self._fit_height)
        self._fit_height()

    def checklist(self) -> EnumChecklistModel:
        model = self.model()
        assert isinstance(model, EnumChecklistModel)
        return model

    def _row_height(self) -> int:
        return max(self.fontMetrics().height() + 8, 22)

    def _fit_height(self) -> None:
        width = max(self.width() - 2 * self.frameWidth() - 2, 1)
        columns = max(1, width // self.COLUMN_WIDTH)
        self.setGridSize(QSize(width // columns, self._row_height()))
        rows = -(-self.checklist().rowCount() // columns)
        height = rows * self._row_height() + 2 * self.frameWidth() + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()
