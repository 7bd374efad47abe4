"""The local filter over what is loaded: an index of the matching rows, not a per-row test.

Qt's ``QSortFilterProxyModel`` asks ``filterAcceptsRow`` once per source row, and each of
those is a call from C++ into Python: at 100,000 loaded guests that alone is more than a
frame. Here the filter is a sorted list of the source rows shown. A keystroke tests each
term once over the folded search texts the table model keeps beside its rows (narrowing
the previous matches when the pattern only grew), and the view learns of the new rows in
one layout change, with its selection and current row carried over. Pages that arrive
while a filter is on are tested on their own and inserted where they land.

A row edited after it was shown stays until the pattern changes: a guest does not vanish
under the receptionist's cursor because a save changed the words the filter matched.
Sorting is delegated to the source model, which sorts on precomputed keys.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from desktop.ui.customer_table_model import CustomerTableModel

_Index = QModelIndex | QPersistentModelIndex
_RECENT_PATTERNS = 8


class CustomerFilterProxy(QAbstractProxyModel):
    """``customerTable``'s view of the loaded rows: all of them, or those matching a pattern."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._terms: tuple[str, ...] = ()
        #: Source rows shown, ascending; ``None`` while no pattern is set (every row).
        self._shown: list[int] | None = None
        #: The source as a Python object: ``sourceModel()`` is a call into Qt every time.
        self._source: CustomerTableModel | None = None
        self._moving: list[tuple[QPersistentModelIndex, QPersistentModelIndex]] = []
        #: The rows of the last few patterns, while the rows stay as they were: a
        #: backspace goes back to a pattern already answered instead of scanning again.
        self._recent: dict[tuple[str, ...], list[int]] = {}
        self._recent_version = -1

    # -- the source -----------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self._source
        if old is not None:
            for signal, slot in self._connections(old):
                signal.disconnect(slot)
        self.beginResetModel()
        self._recent_version = -1
        super().setSourceModel(model)
        self._source = model if isinstance(model, CustomerTableModel) else None
        if self._source is not None:
            for signal, slot in self._connections(self._source):
                signal.connect(slot)
        self._shown = self._matching(None) if self._terms else None
        self.endResetModel()

    def _connections(self, model: CustomerTableModel) -> list[tuple[Any, Any]]:
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.rowsAboutToBeInserted, self._rows_about_to_be_inserted),
            (model.rowsInserted, self._rows_inserted),
            (model.rowsAboutToBeRemoved, self._rows_about_to_be_removed),
            (model.rowsRemoved, self._source_reset),
            (model.layoutAboutToBeChanged, self._layout_about_to_change),
            (model.layoutChanged, self._layout_changed),
            (model.dataChanged, self._data_changed),
            (model.headerDataChanged, self.headerDataChanged),
        ]

    @Slot()
    def _source_reset(self) -> None:
        self._shown = self._matching(None) if self._terms else None
        self.endResetModel()

    @Slot(QModelIndex, int, int)
    def _rows_about_to_be_removed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self.beginResetModel()  # the table model never removes rows one by one

    @Slot(QModelIndex, int, int)
    def _rows_about_to_be_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._shown is None:
            self.beginInsertRows(QModelIndex(), first, last)

    @Slot(QModelIndex, int, int)
    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        shown = self._shown
        if shown is None:
            self.endInsertRows()
            return
        count = last - first + 1
        at = bisect_left(shown, first)
        fresh = self._matching(range(first, last + 1))
        tail = [row + count for row in shown[at:]]
        if not fresh:
            self._shown = shown[:at] + tail  # nothing new to show; the rows below moved
            return
        self.beginInsertRows(QModelIndex(), at, at + len(fresh) - 1)
        self._shown = shown[:at] + fresh + tail
        self.endInsertRows()

    @Slot()
    def _layout_about_to_change(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._moving = [
            (QPersistentModelIndex(index), QPersistentModelIndex(self.mapToSource(index)))
            for index in self.persistentIndexList()
        ]

    @Slot()
    def _layout_changed(self) -> None:
        """The source re-sorted: match afresh and follow every held index to its row."""
        moving, self._moving = self._moving, []
        self._shown = self._matching(None) if self._terms else None
        old = [QModelIndex(proxy) for proxy, _source in moving]
        new = [self.mapFromSource(QModelIndex(source)) for _proxy, source in moving]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    @Slot(QModelIndex, QModelIndex, "QList<int>")
    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any) -> None:
        first, last = top_left.row(), bottom_right.row()
        if self._shown is not None:
            first = bisect_left(self._shown, first)
            last = bisect_right(self._shown, last) - 1
        if first <= last:
            self.dataChanged.emit(
                self.index(first, top_left.column()), self.index(last, bottom_right.column())
            )

    # -- the pattern ----------------------------------------------------------------

    @property
    def pattern(self) -> str:
        return self._needle

    def set_pattern(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle == self._needle:
            return
        old_terms = self._terms
        self._needle = needle
        self._terms = tuple(needle.split())
        self._show(self._answer(old_terms) if self._terms else None)

    def _answer(self, old_terms: tuple[str, ...]) -> list[int]:
        version = self._source.version if self._source is not None else -1
        if version != self._recent_version:
            self._recent = {}
            self._recent_version = version
        shown = self._recent.get(self._terms)
        if shown is None:
            narrowing = self._shown is not None and _narrows(old_terms, self._terms)
            shown = self._matching(self._shown if narrowing else None)
            if len(self._recent) >= _RECENT_PATTERNS:
                del self._recent[next(iter(self._recent))]
            self._recent[self._terms] = shown
        return shown

    def _matching(self, candidates: Any) -> list[int]:
        """The rows among ``candidates`` (all when ``None``) whose text holds every term."""
        if self._source is None:
            return []
        texts = self._source.search_texts()
        terms = iter(self._terms)
        first = next(terms, "")
        if candidates is None:
            rows = [row for row, text in enumerate(texts) if first in text]
        else:
            rows = [row for row in candidates if first in texts[row]]
        for term in terms:
            rows = [row for row in rows if term in texts[row]]
        return rows

    def _show(self, shown: list[int] | None) -> None:
        """Swap the rows shown in one layout change, keeping every held index on its guest."""
        self.layoutAboutToBeChanged.emit()
        held = self.persistentIndexList()
        sources = [self._source_row(index.row()) for index in held]
        self._shown = shown
        moved = [
            self._proxy_index(row, index.column()) for row, index in zip(sources, held, strict=True)
        ]
        self.changePersistentIndexList(held, moved)
        self.layoutChanged.emit()

    # -- mapping --------------------------------------------------------------------

    def _source_row(self, row: int) -> int:
        return row if self._shown is None else self._shown[row]

    def _proxy_index(self, source_row: int, column: int) -> QModelIndex:
        shown = self._shown
        if shown is None:
            return self.createIndex(source_row, column)
        at = bisect_left(shown, source_row)
        if at < len(shown) and shown[at] == source_row:
            return self.createIndex(at, column)
        return QModelIndex()

    def mapToSource(self, proxy_index: _Index) -> QModelIndex:
        model = self._source
        if model is None or not proxy_index.isValid():
            return QModelIndex()
        return model.index(self._source_row(proxy_index.row()), proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:
        if self._source is None or not source_index.isValid():
            return QModelIndex()
        return self._proxy_index(source_index.row(), source_index.column())

    # -- the model interface --------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return self._source.rowCount() if self._shown is None else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return self._source.columnCount()

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() > 0

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (
            0 <= row < self.rowCount() and 0 <= column < self.columnCount()
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, _index: _Index) -> QModelIndex:
        return self.index(row, column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._source is None or not index.isValid():
            return None
        row = index.row()
        shown = self._shown
        return self._source.cell(row if shown is None else shown[row], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._source is None or orientation != Qt.Orientation.Horizontal:
            return None
        return self._source.headerData(section, orientation, role)

    def canFetchMore(self, parent: _Index) -> bool:
        return self._source is not None and self._source.canFetchMore(self.mapToSource(parent))

    def fetchMore(self, parent: _Index) -> None:
        if self._source is not None:
            self._source.fetchMore(self.mapToSource(parent))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)


def _narrows(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether every row matching ``new`` also matches ``old`` (the pattern only grew)."""
    return (
        bool(old) and len(new) >= len(old) and all(o in n for o, n in zip(old, new, strict=False))
    )
