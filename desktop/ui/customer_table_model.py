"""The item model behind ``customerTable``: compact rows, lazy paging, sorted merging.

Like Anki's browser table, the model holds only rows of display strings and ids (see
:mod:`desktop.desk.customer_rows`), never full profiles. ``fetchMore`` does not fetch anything
itself: it emits ``moreRequested`` and returns at once; the search controller asks a worker
for the next cursor page and hands the finished rows to :meth:`append_rows`. Sorting works
on precomputed keys, so 100,000 loaded rows stay responsive: the sort key of each row is
computed once, when the row arrives, and kept beside it; a new page is sorted on its own and
merged into the sorted rows (see :mod:`desktop.desk.sorted_runs`). What a cell shows lives
in :mod:`desktop.ui.customer_columns`, the local filter in
:mod:`desktop.ui.customer_filter_proxy`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    Qt,
    Signal,
)

from desktop.desk.customer_rows import CustomerRow
from desktop.desk.sorted_runs import (
    MAX_IN_PLACE_RUNS,
    interleave,
    landing_places,
    new_position,
    runs_of,
)
from desktop.ui.customer_columns import (
    COLUMN_COUNT,
    CUSTOMER_ID_ROLE,
    Column,
    RowText,
    column_attribute,
    column_title,
)
from desktop.ui.model_index import AnyIndex
from desktop.ui.plain_text import plain_tooltip

__all__ = ["CUSTOMER_ID_ROLE", "Column", "CustomerTableModel"]

# Looked up once: a view asks for seven roles of every cell it paints.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_COLUMNS = tuple(Column)
#: The roles ``cell`` answers, as the ints ``multiData`` asks with (seven per painted cell).
_ANSWERED_ROLES = frozenset(int(role) for role in (_DISPLAY, _TOOLTIP, CUSTOMER_ID_ROLE))
_RECORD_SEPARATOR = "\x1e"
_NAME_KEY = attrgetter("name_key")  # built with the row, on the worker


class CustomerTableModel(QAbstractTableModel):
    """Rows of customers for ``customerTable``.

    ``moreRequested`` asks the owner for the next page; it is emitted at most once until
    :meth:`append_rows` or :meth:`set_more_available` answers it.
    """

    moreRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerRow] = []
        #: The current sort column's key of each row, beside ``_rows``; empty when unsorted.
        self._keys: list[Any] = []
        #: The folded filter text of each row, beside ``_rows`` (see :meth:`search_texts`).
        self._texts: list[str] = []
        #: An edited row's key no longer fits where the row stands.
        self._unsorted = False
        self._ids: set[str] = set()
        self._positions: dict[str, int] | None = {}
        self._version = 0
        self._more_available = False
        self._waiting_for_more = False
        self._sort: tuple[Column, Qt.SortOrder] | None = None
        self.text = RowText()

    # -- reading --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, position: int, column: int, role: int) -> Any:
        """``data`` without a model index: the filter proxy asks this for every painted cell."""
        if role == _DISPLAY:
            if position < len(self._rows):
                return self.text.display(self._rows[position], _COLUMNS[column])
        elif role == _TOOLTIP:
            if position < len(self._rows):
                return plain_tooltip(self.text.tooltip(self._rows[position], _COLUMNS[column]))
        elif role == CUSTOMER_ID_ROLE and position < len(self._rows):
            return self._rows[position].id
        return None

    def fill_cell(self, position: int, column: int, roles: QModelRoleDataSpan) -> None:
        """Every role of one cell at once, as :meth:`cell` gives each (``multiData``); a
        role it never answers is cleared without the call into it, which paints pay for."""
        for role_data in roles:
            role = role_data.role()
            value = self.cell(position, column, role) if role in _ANSWERED_ROLES else None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def row_at(self, position: int) -> CustomerRow:
        return self._rows[position]

    @property
    def rows(self) -> Sequence[CustomerRow]:
        return self._rows

    # -- paging ---------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._more_available and not self._waiting_for_more

    def fetchMore(self, parent: AnyIndex) -> None:
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

    @property
    def version(self) -> int:
        """Grows with every change to which rows are where; the filter proxy caches on it."""
        return self._version

    def search_texts(self) -> list[str]:
        """The folded filter text of every row, in display order; kept, not rebuilt.

        A row's own ``search_text`` holds the English source labels of its
        classifications; where the display language shows other words ("Stammgast"),
        those are added, so the filter finds what the receptionist sees.
        """
        return self._texts

    def _texts_of(self, rows: Sequence[CustomerRow]) -> list[str]:
        """The filter texts of ``rows`` as fresh strings, laid out one after the other.

        A keystroke reads every text in display order; texts strewn over the heap (each
        built beside its row on a worker) cost a cache miss apiece and make the scan
        about twice as slow. Splitting one joined string allocates them side by side. A
        row without translated extras takes the fresh copy as its own, so the text is
        held once.
        """
        extra = self.text.translated_search_text
        extras = {labels: extra(labels) for labels in {row.classifications for row in rows}}
        if any(extras.values()):
            texts = [row.search_text + extras[row.classifications] for row in rows]
        else:
            texts = [row.search_text for row in rows]
        fresh = _RECORD_SEPARATOR.join(texts).split(_RECORD_SEPARATOR)
        if len(fresh) != len(texts):
            return texts  # some text holds the separator itself: keep them as they are
        for row, text, old in zip(rows, fresh, texts, strict=True):
            if old is row.search_text:
                row.search_text = text
        return fresh

    def clear(self) -> None:
        self.set_rows([])

    def set_rows(self, rows: Iterable[CustomerRow], *, more_available: bool = False) -> None:
        self.beginResetModel()
        unique: dict[str, CustomerRow] = {}
        for row in rows:
            unique.setdefault(row.id, row)
        self._rows = list(unique.values())
        self._ids = set(unique)
        self._more_available = more_available
        self._waiting_for_more = False
        if self._sort is None:
            self._keys = []
        else:
            key = self._sort_key(self._sort[0])
            keys = [key(row) for row in self._rows]
            order = sorted(range(len(keys)), key=keys.__getitem__, reverse=self._reverse())
            self._rows = [self._rows[i] for i in order]
            self._keys = [keys[i] for i in order]
        self._texts = self._texts_of(self._rows)  # in display order, see there
        self._touch()
        self.endResetModel()

    def append_rows(self, rows: Iterable[CustomerRow]) -> int:
        """Add rows not shown yet; a row that adds a guest's room replaces the roomless one.

        Returns how many rows were added.
        """
        fresh: list[CustomerRow] = []
        ids = self._ids
        for row in rows:
            if row.id not in ids:
                ids.add(row.id)
                fresh.append(row)
            elif row.room:
                self._add_stay(row)
        self._waiting_for_more = False
        if fresh:
            if self._sort is None:
                self._insert(len(self._rows), fresh, [])
            else:
                self._merge(fresh)
        if self._unsorted and self._sort is not None:
            self._apply_sort()
        return len(fresh)

    def _add_stay(self, row: CustomerRow) -> None:
        position = self._position_map().get(row.id)
        if position is None or self._rows[position].room:
            return  # still in this batch, or already showing a room
        self._rows[position] = row
        self._texts[position] = self._texts_of([row])[0]
        self._rekey(position)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))

    def _insert(self, position: int, rows: list[CustomerRow], keys: list[Any]) -> None:
        self.beginInsertRows(QModelIndex(), position, position + len(rows) - 1)
        self._rows[position:position] = rows
        self._texts[position:position] = self._texts_of(rows)
        if self._sort is not None:
            self._keys[position:position] = keys
        self._touch()
        self.endInsertRows()

    def _merge(self, fresh: list[CustomerRow]) -> None:
        """Merge ``fresh`` into the sorted rows; only the new rows' keys are computed.

        The page is sorted on its own and placed among the old rows by bisection
        (:mod:`desktop.desk.sorted_runs`): what it costs grows with the page, not with the
        rows already loaded.
        """
        assert self._sort is not None
        key = self._sort_key(self._sort[0])
        keys = [key(row) for row in fresh]
        if self._unsorted:
            self._insert(len(self._rows), fresh, keys)  # append_rows sorts them all next
            return
        reverse = self._reverse()
        order = sorted(range(len(fresh)), key=keys.__getitem__, reverse=reverse)
        fresh = [fresh[i] for i in order]
        keys = [keys[i] for i in order]
        places = landing_places(self._keys, keys, reverse=reverse)
        runs = runs_of(places)
        if len(runs) <= MAX_IN_PLACE_RUNS:
            offset = 0
            for place, first, count in runs:
                end = first + count
                self._insert(place + offset, fresh[first:end], keys[first:end])
                offset += count
            return
        # Scattered: append (rows are only ever added by an insert), then one relayout.
        old_count = len(self._rows)
        self._insert(old_count, fresh, keys)
        self._place_appended(old_count, places, runs)

    def _place_appended(
        self, old_count: int, places: list[int], runs: list[tuple[int, int, int]]
    ) -> None:
        """Move the rows appended after ``old_count`` to their ``places`` in one layout
        change, every persistent index following its row."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        for attribute in ("_rows", "_texts", "_keys"):
            column = getattr(self, attribute)
            setattr(self, attribute, interleave(column[:old_count], column[old_count:], runs))
        self._touch()
        if persistent:

            def moved(row: int) -> int:
                if row < old_count:
                    return new_position(row, places)
                appended = row - old_count
                return places[appended] + appended

            moved_to = [self.index(moved(index.row()), index.column()) for index in persistent]
            self.changePersistentIndexList(persistent, moved_to)
        self.layoutChanged.emit()

    def replace_row(self, row: CustomerRow) -> bool:
        """Show a fresher version of a loaded guest (after an edit); False if not loaded."""
        position = self._position_map().get(row.id)
        if position is None:
            return False
        old = self._rows[position]
        if old.room and not row.room:
            row = row.with_stay(old.room, old.reservation_state, old.arrival, old.departure)
        self._rows[position] = row
        self._texts[position] = self._texts_of([row])[0]
        self._rekey(position)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))
        return True

    def _rekey(self, position: int) -> None:
        """Refresh one row's sort key; the row stays put until the next merge re-sorts."""
        self._touch()
        if self._sort is None:
            return
        key = self._sort_key(self._sort[0])(self._rows[position])
        if key != self._keys[position]:
            self._keys[position] = key
            self._unsorted = True

    def _touch(self) -> None:
        self._version += 1
        self._positions = None

    def _position_map(self) -> dict[str, int]:
        """Where each guest is; rebuilt only when asked after rows moved."""
        if self._positions is None:
            self._positions = {row.id: position for position, row in enumerate(self._rows)}
        return self._positions

    def position_of(self, customer_id: str) -> int | None:
        return self._position_map().get(customer_id)

    # -- sorting --------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            self._sort = None
            self._keys = []
            return
        self._sort = (Column(column), order)
        self._apply_sort()

    def _reverse(self) -> bool:
        return self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder

    def _sort_key(self, column: Column) -> Callable[[CustomerRow], Any]:
        if column is Column.NAME:
            return _NAME_KEY
        if column is Column.UPDATED:
            return lambda row: row.updated_utc.timestamp() if row.updated_utc else 0.0
        if column is Column.CLASSIFICATIONS:  # in the order the receptionist reads them
            return lambda row: self.text.classifications(row.classifications).casefold()
        attribute = column_attribute(column)
        return lambda row: getattr(row, attribute).casefold()

    def _apply_sort(self) -> None:
        """Sort every row afresh: after choosing a column or when an edit moved a key."""
        assert self._sort is not None
        key = self._sort_key(self._sort[0])
        self._keys = [key(row) for row in self._rows]
        order = sorted(range(len(self._keys)), key=self._keys.__getitem__, reverse=self._reverse())
        self._reorder(order)

    def _reorder(self, order: list[int]) -> None:
        """Put the rows (and their keys) in ``order``, moving persistent indexes along; the
        filter texts are laid out afresh in the new order (see :meth:`_texts_of`)."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        self._rows = [self._rows[i] for i in order]
        self._texts = self._texts_of(self._rows)
        if self._sort is not None:
            self._keys = [self._keys[i] for i in order]
        self._unsorted = False
        self._touch()
        if persistent:
            moved_to = [0] * len(order)
            for position, old in enumerate(order):
                moved_to[old] = position
            moved = [self.index(moved_to[index.row()], index.column()) for index in persistent]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
