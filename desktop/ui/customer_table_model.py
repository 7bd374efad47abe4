"""The item models behind ``customerTable``: compact rows, lazy paging, instant local filter.

Like Anki's browser table, the model holds only rows of display strings and ids (see
:mod:`desktop.customer_rows`), never full profiles. ``fetchMore`` does not fetch anything
itself: it emits ``moreRequested`` and returns at once; the search controller asks a worker
for the next cursor page and hands the finished rows to :meth:`append_rows`. Sorting and
local filtering work on precomputed keys, so 100,000 loaded rows stay responsive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from desktop.customer_rows import STAY_CONTEXT, CustomerRow
from desktop.labels import TITLE_CONTEXT
from desktop.translatable import fill_template
from desktop.ui.plain_text import plain_tooltip
from desktop.ui.translation import translate_text

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    EMAIL = 1
    PHONE = 2
    NATIONALITY = 3
    BIRTH_DATE = 4
    LOYALTY_CODE = 5
    CLASSIFICATIONS = 6
    ROOM = 7
    UPDATED = 8


@dataclass(frozen=True)
class _ColumnInfo:
    title: str
    attribute: str


_COLUMNS: dict[Column, _ColumnInfo] = {
    Column.NAME: _ColumnInfo(QT_TRANSLATE_NOOP("CustomerTable", "Name"), "name"),
    Column.EMAIL: _ColumnInfo(QT_TRANSLATE_NOOP("CustomerTable", "Email"), "email"),
    Column.PHONE: _ColumnInfo(QT_TRANSLATE_NOOP("CustomerTable", "Phone"), "phone"),
    Column.NATIONALITY: _ColumnInfo(
        QT_TRANSLATE_NOOP("CustomerTable", "Nationality"), "nationality"
    ),
    Column.BIRTH_DATE: _ColumnInfo(QT_TRANSLATE_NOOP("CustomerTable", "Birth date"), "birth_date"),
    Column.LOYALTY_CODE: _ColumnInfo(
        QT_TRANSLATE_NOOP("CustomerTable", "Loyalty code"), "loyalty_code"
    ),
    Column.CLASSIFICATIONS: _ColumnInfo(
        QT_TRANSLATE_NOOP("CustomerTable", "Classifications"), "classifications"
    ),
    Column.ROOM: _ColumnInfo(QT_TRANSLATE_NOOP("CustomerTable", "In-house room"), "room"),
    Column.UPDATED: _ColumnInfo(QT_TRANSLATE_NOOP("CustomerTable", "Last update"), "updated_utc"),
}

#: Columns a new user sees; the rest are one click away in the column chooser.
DEFAULT_HIDDEN_COLUMNS = frozenset({Column.CLASSIFICATIONS, Column.BIRTH_DATE})


def column_title(column: Column) -> str:
    return QCoreApplication.translate("CustomerTable", _COLUMNS[column].title)


def _stay_text(state: str) -> str:
    """Reservation states are marked in ``customer_rows`` (context ``Stay``)."""
    return translate_text(STAY_CONTEXT, state)


def _updated_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class CustomerTableModel(QAbstractTableModel):
    """Rows of customers for ``customerTable``.

    ``moreRequested`` asks the owner for the next page; it is emitted at most once until
    :meth:`append_rows` or :meth:`set_more_available` answers it.
    """

    moreRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerRow] = []
        self._positions: dict[str, int] = {}
        self._more_available = False
        self._waiting_for_more = False
        self._sort: tuple[Column, Qt.SortOrder] | None = None
        self._titles: dict[str, str] = {}

    # -- reading --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, Column(index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row, Column(index.column())))
        if role == CUSTOMER_ID_ROLE:
            return row.id
        return None

    def _title(self, source: str) -> str:
        label = self._titles.get(source)
        if label is None:
            label = self._titles[source] = QCoreApplication.translate(TITLE_CONTEXT, source)
        return label

    def _display(self, row: CustomerRow, column: Column) -> str:
        if column is Column.NAME:
            name = row.name or QCoreApplication.translate("CustomerTable", "(no name)")
            return f"{self._title(row.title)} {name}" if row.title else name
        if column is Column.UPDATED:
            return _updated_text(row.updated_utc)
        if column is Column.ROOM:
            stay = _stay_text(row.reservation_state)
            if row.room and stay:
                return f"{row.room} · {stay}"
            return row.room or stay
        return getattr(row, _COLUMNS[column].attribute)

    def _tooltip(self, row: CustomerRow, column: Column) -> str:
        if column is Column.ROOM and row.reservation_state:
            room = row.room or QCoreApplication.translate("CustomerTable", "not assigned")
            text = QCoreApplication.translate("CustomerTable", "Room %1, %2")
            return fill_template(text, (room, _stay_text(row.reservation_state)))
        return self._display(row, column)

    def row_at(self, position: int) -> CustomerRow:
        return self._rows[position]

    def position_of(self, customer_id: str) -> int | None:
        return self._positions.get(customer_id)

    @property
    def rows(self) -> Sequence[CustomerRow]:
        return self._rows

    # -- paging ---------------------------------------------------------------------

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more_available and not self._waiting_for_more

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        self._waiting_for_more = True
        self.moreRequested.emit()

    def set_more_available(self, available: bool) -> None:
        self._more_available = available
        self._waiting_for_more = False

    @property
    def more_available(self) -> bool:
        return self._more_available

    # -- writing --------------------------------------------------------------------

    def clear(self) -> None:
        self.set_rows([])

    def set_rows(self, rows: Iterable[CustomerRow], *, more_available: bool = False) -> None:
        self.beginResetModel()
        unique: dict[str, CustomerRow] = {}
        for row in rows:
            unique.setdefault(row.id, row)
        self._rows = list(unique.values())
        self._reindex()
        self._more_available = more_available
        self._waiting_for_more = False
        if self._sort is not None:
            self._rows.sort(key=self._sort_key(self._sort[0]), reverse=self._reverse())
            self._reindex()
        self.endResetModel()

    def append_rows(self, rows: Iterable[CustomerRow]) -> int:
        """Add rows not shown yet; a row that adds a guest's room replaces the roomless one.

        Returns how many rows were added.
        """
        fresh: list[CustomerRow] = []
        for row in rows:
            position = self._positions.get(row.id)
            if position is None:
                self._positions[row.id] = -1  # placeholder: de-duplicates within this batch
                fresh.append(row)
            elif position >= 0 and row.room and not self._rows[position].room:
                self._rows[position] = row
                changed = self.index(position, Column.ROOM)
                self.dataChanged.emit(
                    self.index(position, 0), changed.siblingAtColumn(len(Column) - 1)
                )
        self._waiting_for_more = False
        if not fresh:
            return 0
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for offset, row in enumerate(fresh):
            self._positions[row.id] = first + offset
        self._rows.extend(fresh)
        self.endInsertRows()
        if self._sort is not None:
            self._apply_sort()
        return len(fresh)

    def replace_row(self, row: CustomerRow) -> bool:
        """Show a fresher version of a loaded guest (after an edit); False if not loaded."""
        position = self._positions.get(row.id)
        if position is None or position < 0:
            return False
        old = self._rows[position]
        if old.room and not row.room:
            row = row.with_stay(old.room, old.reservation_state)
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))
        return True

    def _reindex(self) -> None:
        self._positions = {row.id: position for position, row in enumerate(self._rows)}

    # -- sorting --------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            self._sort = None
            return
        self._sort = (Column(column), order)
        self._apply_sort()

    def _reverse(self) -> bool:
        return self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder

    def _sort_key(self, column: Column) -> Any:
        if column is Column.NAME:
            return lambda row: (row.last_name.casefold(), row.name.casefold())
        if column is Column.UPDATED:
            return lambda row: row.updated_utc.timestamp() if row.updated_utc else 0.0
        attribute = _COLUMNS[column].attribute
        return lambda row: getattr(row, attribute).casefold()

    def _apply_sort(self) -> None:
        assert self._sort is not None
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self._rows[index.row()].id for index in persistent]
        self._rows.sort(key=self._sort_key(self._sort[0]), reverse=self._reverse())
        self._reindex()
        if persistent:
            moved = [
                self.index(self._positions[row_id], index.column())
                for row_id, index in zip(old_ids, persistent, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


class CustomerFilterProxy(QSortFilterProxyModel):
    """Instant filter over what is loaded: one substring test per row on a folded key.

    Sorting is delegated to the source model, which sorts on precomputed keys; Qt's own
    proxy sort would call back into Python for every comparison.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._terms: tuple[str, ...] = ()

    @property
    def pattern(self) -> str:
        return self._needle

    def set_pattern(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self._terms = tuple(needle.split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        if not isinstance(model, CustomerTableModel):
            return True
        haystack = model.row_at(source_row).search_text
        return all(term in haystack for term in self._terms)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
