"""``customerTable`` with its state overlay and the remembered column choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMenu, QTableView, QWidget

from desktop.ui.customer_columns import DEFAULT_HIDDEN_COLUMNS, Column, column_title
from desktop.ui.customer_filter_proxy import CustomerFilterProxy
from desktop.ui.customer_table_model import CustomerTableModel

if TYPE_CHECKING:
    from desktop.ui.plain_text_delegate import PlainTextDelegate
    from desktop.ui.table_cells_painter import CellsPainter
    from desktop.ui.table_grid import FilledGrid

_HIDDEN_KEY = "customerTable/hiddenColumns"
_HEADER_KEY = "customerTable/headerState"


#: Room for the sort indicator and the section's margins around a column title.
_TITLE_PADDING = 24
_HOVERING = frozenset({QEvent.Type.HoverEnter, QEvent.Type.HoverMove})
_HOVER_EVENTS = _HOVERING | {QEvent.Type.HoverLeave, QEvent.Type.Leave}
#: The name Qt gives a scroll area's own viewport widget.
_VIEWPORT_NAME = "qt_scrollarea_viewport"


def _viewport_of(view: QTableView) -> QWidget:
    """``view.viewport()``, without its first-call cost.

    The first ``viewport()`` of a process makes PySide6 build the Python class of every
    widget class it knows while it looks for the viewport's own (about 15 ms of start-up
    on a slow machine); found among the view's children, the viewport is wrapped by its
    class name alone, and ``viewport()`` then returns that same wrapper.
    """
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    found = view.findChild(QWidget, _VIEWPORT_NAME, direct)
    return found if found is not None else view.viewport()


class StateOverlay(QLabel):
    """Empty, loading and error states drawn over the table itself, not in a dialog."""

    def __init__(self, view: QTableView) -> None:
        viewport = _viewport_of(view)
        super().__init__(viewport)
        self.setObjectName("tableStateOverlay")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the user typed
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel { color: palette(placeholder-text); font-size: 11pt; padding: 24px; }"
        )
        viewport.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self._fit()
        self.raise_()


class CustomerTable(QTableView):
    """The results table: sortable, locally filterable, with a column chooser."""

    def __init__(
        self, model: CustomerTableModel, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerTable")
        self.source_model = model
        self.proxy = CustomerFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        # The cells' painter waits for cells: the first window's table has none, and making
        # it (PySide6 builds QStyle's Python class and its enums) took 17 ms of start-up.
        self._text_delegate: PlainTextDelegate | None = None
        # Made with the delegate: until rows come, Qt's paint of an empty table is cheap.
        self._cells: CellsPainter | None = None
        self._grid: FilledGrid | None = None
        self._waiting_for_rows = not self.proxy.rowCount()
        if self._waiting_for_rows:
            self.proxy.rowsInserted.connect(self._rows_arrived)
            self.proxy.modelReset.connect(self._rows_arrived)
        else:
            self.use_text_delegate()
        self._settings = settings
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once: duplicates are merged from a multi-row selection.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the results for the next control; walking cells with it would select,
        # and so open, other guests on the way.
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        # No sort until asked: the window picks a sensible one per kind of search.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Always there (disabled while everything fits): the first rows of a search then
        # paint once, instead of again when a scrollbar appears and narrows the columns.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        widths = {
            Column.NAME: 200,
            Column.EMAIL: 200,
            Column.PHONE: 125,
            Column.NATIONALITY: 85,
            Column.BIRTH_DATE: 90,
            Column.LOYALTY_CODE: 100,
            Column.CLASSIFICATIONS: 160,
            Column.ROOM: 225,  # room, stay and its dates: "204 · checked in · 1 Dec - 6 Dec"
            Column.UPDATED: 125,
        }
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        self._fit_titles()
        self.overlay = StateOverlay(self)
        self.columns_menu = QMenu(self.tr("&Columns"), self)
        self.columns_menu.setObjectName("columnsMenu")
        self._column_actions: dict[Column, QAction] = {}
        for column in Column:
            action = QAction(column_title(column), self.columns_menu, checkable=True)
            action.setData(int(column))
            action.toggled.connect(self._column_toggled)
            self.columns_menu.addAction(action)
            self._column_actions[column] = action
        self._restore_columns()
        # No rows, nothing to scroll to: an empty table never shows a horizontal scrollbar.
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._fit_scrollbar)
        self._fit_scrollbar()

    @property
    def paints_its_cells(self) -> bool:
        """Whether the next paint draws the cells itself (see :mod:`table_cells_painter`)."""
        return self._cells is not None and self._cells.applies()

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self._grid
        fill_grid = grid is not None and grid.before_paint()
        cells = self._cells
        if cells is not None and cells.applies():
            cells.paint(event)
        else:
            super().paintEvent(event)
        if grid is not None and fill_grid:
            grid.paint(event)

    def viewportEvent(self, event: QEvent) -> bool:
        cells = self._cells
        if cells is not None and event.type() in _HOVER_EVENTS:
            # Where QAbstractItemView moves its own hover index, for State_MouseOver.
            at = (
                self.indexAt(event.position().toPoint())  # type: ignore[attr-defined]
                if event.type() in _HOVERING
                else QModelIndex()
            )
            cells.hover = QPersistentModelIndex(at)
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._cells is not None:
            self._cells.hover = QPersistentModelIndex(self.indexAt(event.position().toPoint()))
        super().mouseMoveEvent(event)

    @Slot()
    def prepare_text_delegate(self) -> None:
        """Make the cells' painter in idle turns, each shorter than a frame: PySide6's
        QStyle class first (about 10 ms on a slow machine), the painters in the next, and
        in a third the classes their first paint of rows would otherwise build."""
        if self._text_delegate is None:
            from PySide6.QtWidgets import QStyle  # noqa: F401  (building the class is the cost)

            QTimer.singleShot(0, self, self.use_text_delegate)
            QTimer.singleShot(0, self, self._warm_painting)

    @Slot()
    def _warm_painting(self) -> None:
        from desktop.ui.table_cells_painter import warm_up

        warm_up()

    def use_text_delegate(self) -> None:
        """Paint the cells with :class:`PlainTextDelegate` from now on; the desk prepares it
        once connected, and the first rows to arrive before that make it at once."""
        if self._text_delegate is None:
            from desktop.ui.plain_text_delegate import PlainTextDelegate
            from desktop.ui.table_cells_painter import CellsPainter
            from desktop.ui.table_grid import FilledGrid

            self._text_delegate = PlainTextDelegate(self, self.proxy.data)
            self.setItemDelegate(self._text_delegate)
            self._cells = CellsPainter(self, self._text_delegate, self.proxy.cell)
            self._grid = FilledGrid(self)  # a fifth of a repaint was the grid's pen lines
            if self._waiting_for_rows:  # every later page would ask again for nothing
                self._waiting_for_rows = False
                self.proxy.rowsInserted.disconnect(self._rows_arrived)
                self.proxy.modelReset.disconnect(self._rows_arrived)

    def _rows_arrived(self, *_: object) -> None:
        if self.proxy.rowCount():
            self.use_text_delegate()

    @Slot()
    def _fit_scrollbar(self) -> None:
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if self.proxy.rowCount()
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setHorizontalScrollBarPolicy(policy)

    # -- columns --------------------------------------------------------------------

    def hidden_columns(self) -> set[Column]:
        return {column for column in Column if self.isColumnHidden(column)}

    def set_column_visible(self, column: Column, visible: bool) -> None:
        self._column_actions[column].setChecked(visible)

    def _restore_columns(self) -> None:
        state = self._settings.value(_HEADER_KEY)
        header = self.horizontalHeader()
        if state is not None:
            header.restoreState(state)
        else:
            # At a desk the room is asked for as often as the name: beside it, it stays in
            # view when the profile pane takes half the window.
            header.moveSection(header.visualIndex(Column.ROOM), 1)
        raw = self._settings.value(_HIDDEN_KEY)
        if raw is None:
            hidden = set(DEFAULT_HIDDEN_COLUMNS)
        else:
            values = raw if isinstance(raw, list) else [raw]
            hidden = {Column(int(v)) for v in values if str(v).isdigit() and int(v) < len(Column)}
        for column, action in self._column_actions.items():
            # Quietly: the toggle handler would save back what was just read, per column.
            with QSignalBlocker(action):
                action.setChecked(column not in hidden)
            self.setColumnHidden(column, column in hidden)
        self.setColumnHidden(Column.NAME, False)  # the name column is what rows are for
        # Widths saved while the desk spoke another language may cut this one's titles.
        self._fit_titles()

    def _fit_titles(self) -> None:
        """Widen every column whose translated title would be cut (never narrow one)."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        for column in Column:
            needed = metrics.horizontalAdvance(column_title(column)) + _TITLE_PADDING
            if header.sectionSize(column) < needed and not header.isSectionHidden(column):
                header.resizeSection(column, needed)

    @Slot(bool)
    def _column_toggled(self, visible: bool) -> None:
        action = self.sender()
        column = Column(int(action.data()))
        if column is Column.NAME and not visible:
            action.setChecked(True)
            return
        self.setColumnHidden(column, not visible)
        if visible:
            self._fit_titles()
        self.save_columns()

    def save_columns(self) -> None:
        self._settings.setValue(_HIDDEN_KEY, [str(int(c)) for c in sorted(self.hidden_columns())])
        self._settings.setValue(_HEADER_KEY, self.horizontalHeader().saveState())

    @Slot(object)
    def _header_menu(self, position: object) -> None:
        self.columns_menu.popup(self.horizontalHeader().mapToGlobal(position))

    # -- selection ------------------------------------------------------------------

    def selected_customer_ids(self) -> list[str]:
        """Ids of the selected rows, in table order."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        ids = []
        for row in rows:
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if source.isValid():
                ids.append(self.source_model.row_at(source.row()).id)
        return ids
