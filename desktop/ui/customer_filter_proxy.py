"""The local filter over what is loaded: an index of the matching rows, not a per-row test.

Qt's ``QSortFilterProxyModel`` asks ``filterAcceptsRow`` once per source row, and each of
those is a call from C++ into Python: at 100,000 loaded guests that alone is more than a
frame. Here the filter is a sorted list of the source rows shown. A keystroke tests the
terms over the folded search texts the table model keeps beside its rows (narrowing the
previous matches when the pattern only grew) until it has the first screens of rows, and
the view learns of them in one layout change, its selection and current row carried over.
The scan goes on in later turns of the event loop (see :mod:`desktop.desk.filter_scan`)
and the rest is inserted in one go at its end; rows the selection holds are tested first,
so a selected guest who matches never drops out of the selection. Pages that arrive while
a filter is on are tested on their own and inserted where they land.

A row edited after it was shown stays until the pattern changes: a guest does not vanish
under the receptionist's cursor because a save changed the words the filter matched.
Sorting is delegated to the source model, which sorts on precomputed keys.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from desktop.desk.filter_scan import FilterScan, landing_runs, narrows
from desktop.desk.folding import fold
from desktop.ui.customer_columns import COLUMN_COUNT
from desktop.ui.customer_table_model import CustomerTableModel
from desktop.ui.model_index import AnyIndex
from desktop.ui.proxy_titles import skip_title_announcements

_RECENT_PATTERNS = 8
#: What one turn of the event loop spends scanning: a keystroke's answer, or a later slice
#: (the turn after a keystroke paints the table too).
_SCAN_BUDGET_S = 0.003
#: Rows shown as soon as found (a keystroke's answer stops there): the rest come at the end.
_SCREENS_OF_ROWS = 200
#: A new pattern changes the rows only: the column header need not measure and repaint.
_ROWS_ONLY = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_HELD, _HINT = "QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint"
#: What the table model's cells are (``QAbstractTableModel.flags``): never anything else.
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


class CustomerFilterProxy(QAbstractProxyModel):
    """``customerTable``'s view of the loaded rows: all, or those matching a pattern;
    ``matchingFinished`` when a scan that went on after the keystroke is done."""

    matchingFinished = Signal()

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
        #: A scan still going, and the rows beyond its reach already shown (held ones).
        self._scan: FilterScan | None = None
        self._ahead: set[int] = set()
        #: Matches found past the first screens, inserted together when the scan ends.
        self._pending: list[int] = []
        self._scan_timer = QTimer(self, singleShot=True, interval=0)
        self._scan_timer.timeout.connect(self._scan_more)

    # -- the source -----------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self._source
        if old is not None:
            for signal, slot in self._connections(old):
                signal.disconnect(slot)
        self.beginResetModel()
        self._recent_version = -1
        self._stop_scan()
        super().setSourceModel(model)
        skip_title_announcements(model, self)
        self._source = model if isinstance(model, CustomerTableModel) else None
        if self._source is not None:
            for signal, slot in self._connections(self._source):
                signal.connect(slot)
        self._shown = self._start(None, []) if self._terms else None
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
        self._stop_scan()
        self._shown = self._start(None, []) if self._terms else None
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
        if self._scan is not None:
            # Mid-scan the rows moved under it: start again, keeping held rows on their guests.
            def moved(row: int) -> int:
                return row + count if row >= first else row

            self._relayout(lambda held: self._start(None, held), moved)
            return
        at = bisect_left(shown, first)
        fresh = FilterScan(self._terms, self._texts(), range(first, last + 1)).step(float("inf"))
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
        self._stop_scan()
        held = [source.row() for _proxy, source in moving if source.isValid()]
        self._shown = self._start(None, held) if self._terms else None
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

    @property
    def scanning(self) -> bool:
        """Whether matches may still be added for the current pattern."""
        return self._scan is not None

    def set_pattern(self, text: str) -> None:
        needle = fold(" ".join(text.split()))  # as the rows' texts: "novak" finds "Novák"
        if needle == self._needle:
            return
        old_terms = self._terms
        complete = self._scan is None
        self._stop_scan()
        self._needle = needle
        self._terms = tuple(needle.split())
        if not self._terms:
            self._relayout(lambda _held: None)
            return
        version = self._source.version if self._source is not None else -1
        if version != self._recent_version:
            self._recent = {}
            self._recent_version = version
        known = self._recent.get(self._terms)
        if known is not None:
            self._relayout(lambda _held: list(known))
            return
        narrowing = complete and self._shown is not None and narrows(old_terms, self._terms)
        candidates = self._shown if narrowing else None
        self._relayout(lambda held: self._start(candidates, held))

    def _texts(self) -> Sequence[str]:
        return self._source.search_texts() if self._source is not None else ()

    def _start(self, candidates: Sequence[int] | None, held: list[int]) -> list[int]:
        """The rows to show now for the pattern; a long scan goes on in later turns."""
        scan = FilterScan(self._terms, self._texts(), candidates)
        shown = scan.step(_SCAN_BUDGET_S, enough=_SCREENS_OF_ROWS)
        if scan.done:
            self._remember(shown)
            return shown
        ahead = scan.ahead(held)
        self._scan = scan
        self._ahead = set(ahead)
        self._scan_timer.start()
        return shown + ahead

    @Slot()
    def _scan_more(self) -> None:
        scan = self._scan
        if scan is None or self._shown is None:
            return
        if not scan.done:
            # Each insert repaints the table: past the first screens, one insert at the end,
            # in a turn of its own, and the turns before it paint nothing.
            found = scan.step(_SCAN_BUDGET_S)
            if self._ahead:
                found = [row for row in found if row not in self._ahead]
            if len(self._shown) < _SCREENS_OF_ROWS:
                self._insert_found(found)
            else:
                self._pending += found
            if not scan.done or self._pending:
                self._scan_timer.start()
                return
        pending = self._pending
        self._stop_scan()
        self._insert_found(pending)
        self._remember(self._shown)
        self.matchingFinished.emit()

    def _insert_found(self, found: Sequence[int]) -> None:
        """Insert ``found`` (ascending) into the rows shown, one run per place it lands."""
        shown = self._shown
        assert shown is not None
        for at, rows in landing_runs(shown, found):
            self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
            shown[at:at] = rows
            self.endInsertRows()

    def _remember(self, shown: list[int]) -> None:
        if len(self._recent) >= _RECENT_PATTERNS:
            del self._recent[next(iter(self._recent))]
        self._recent[self._terms] = list(shown)

    def _stop_scan(self) -> None:
        self._scan_timer.stop()
        self._scan = None
        self._ahead = set()
        self._pending = []

    def _relayout(
        self,
        rows_for: Callable[[list[int]], list[int] | None],
        moved: Callable[[int], int] | None = None,
    ) -> None:
        """Swap the rows shown in one layout change, keeping every held index on its guest.

        ``rows_for`` gets the source rows the held indexes point at; ``moved`` maps the
        old source rows to new ones when rows were inserted meanwhile.
        """
        self.layoutAboutToBeChanged[_HELD, _HINT].emit([], _ROWS_ONLY)
        held = self.persistentIndexList()
        sources = [self._source_row(index.row()) for index in held]
        if moved is not None:
            sources = [moved(row) for row in sources]
        self._stop_scan()
        self._shown = rows_for(sources)
        new = [
            self._proxy_index(row, index.column()) for row, index in zip(sources, held, strict=True)
        ]
        self.changePersistentIndexList(held, new)
        self.layoutChanged[_HELD, _HINT].emit([], _ROWS_ONLY)

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

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        model = self._source
        if model is None or not proxy_index.isValid():
            return QModelIndex()
        return model.index(self._source_row(proxy_index.row()), proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if self._source is None or not source_index.isValid():
            return QModelIndex()
        return self._proxy_index(source_index.row(), source_index.column())

    # -- the model interface --------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return self._source.rowCount() if self._shown is None else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return self._source.columnCount()

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() > 0

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        source, shown = self._source, self._shown
        if source is None:
            return QModelIndex()
        rows = len(source.rows) if shown is None else len(shown)
        if 0 <= row < rows and 0 <= column < COLUMN_COUNT and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def parent(self, _index: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, _index: AnyIndex) -> QModelIndex:
        return self.index(row, column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.cell(index.row(), index.column(), role) if index.isValid() else None

    def cell(self, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """``data`` without a model index: the table paints a screen of cells at once."""
        source = self._source
        return None if source is None else source.cell(self._source_row(row), column, role)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan) -> None:
        """Every role a delegate paints a cell with, in one call from C++ (not seven)."""
        if self._source is None or not index.isValid():
            for role_data in roleDataSpan:
                role_data.clearData()
            return
        self._source.fill_cell(self._source_row(index.row()), index.column(), roleDataSpan)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """The source's flags, without mapping the index there: asked for every cell painted."""
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._source is None or orientation != Qt.Orientation.Horizontal:
            return None
        return self._source.headerData(section, orientation, role)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return self._source is not None and self._source.canFetchMore(self.mapToSource(parent))

    def fetchMore(self, parent: AnyIndex) -> None:
        if self._source is not None:
            self._source.fetchMore(self.mapToSource(parent))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)
