"""A screen of the results table painted from one Python call, not three per cell.

``QTableView::paintEvent`` asks the model for each cell's index and flags and then the
delegate to paint it: with the model and the delegate in Python that is three calls from
C++ into Python per cell, each wrapping its arguments (an index, a style option, a
painter) in Python objects, and on a screen of about 250 cells those wrappers cost more
than drawing the text. :class:`CellsPainter` walks the visible rows and columns itself,
as ``QTableView`` does, and for each cell draws the style's row panel and then the text
as :class:`~desktop.ui.plain_text_delegate.PlainTextDelegate` would; a cell the delegate
would hand to Qt (the focused one, a text in a fallback font) still goes through the
delegate with a real index and option.

It paints only what the customer table is: rows that are never hidden, spans or editors
never used, every cell enabled and selectable, left to right. Anything else is left to
``QTableView``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, QRect
from PySide6.QtGui import QGradient, QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

if TYPE_CHECKING:
    from desktop.ui.plain_text_delegate import PlainTextDelegate

_STATE = QStyle.StateFlag
_SELECTED = _STATE.State_Selected.value
_MOUSE_OVER = _STATE.State_MouseOver.value
_HAS_FOCUS = _STATE.State_HasFocus.value
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate
_ROW_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewRow


def warm_up() -> None:
    """Build the PySide6 classes a first paint of rows needs and nothing before it has:
    their enums are made on first use, 5-10 ms in all, and otherwise in the paint the
    receptionist waits for after the first Enter. ``fillRect``'s overloads take a
    gradient preset, the selection is a QItemSelection, the grid iterates a QRegion."""
    for enums in (
        QGradient.Preset,
        QGradient.Type,
        QGradient.Spread,
        QGradient.CoordinateMode,
        QGradient.InterpolationMode,
        QRegion.RegionType,
        QItemSelectionModel.SelectionFlag,
    ):
        len(enums)


class CellsPainter:
    """Paints ``view``'s cells for a paint event; ``text_at(row, column)`` is the view
    model's display text of a cell, asked without a model index."""

    def __init__(
        self,
        view: QTableView,
        delegate: PlainTextDelegate,
        text_at: Callable[[int, int], Any],
    ) -> None:
        self._view = view
        self._delegate = delegate
        self._text_at = text_at
        #: The cell under the mouse, as QAbstractItemView tracks it for State_MouseOver.
        self.hover = QPersistentModelIndex()
        #: State flags as ints -> the flag objects the option takes (a handful per paint).
        self._states: dict[int, Any] = {}

    def applies(self) -> bool:
        view = self._view
        return (
            view.itemDelegate() is self._delegate
            and view.isLeftToRight()
            and not view.verticalHeader().sectionsHidden()
            and view.horizontalHeader().count() > 0
            and view.verticalHeader().count() > 0
        )

    def _state(self, value: int) -> Any:
        state = self._states.get(value)
        if state is None:
            state = self._states[value] = _STATE(value)
        return state

    def paint(self, event: QPaintEvent) -> None:
        view = self._view
        columns, rows = view.horizontalHeader(), view.verticalHeader()
        area = event.rect()
        area.setBottom(min(area.bottom(), rows.length() - rows.offset() - 1))
        area.setRight(min(area.right(), columns.length() - columns.offset() - 1))
        if not area.isValid():
            return
        first_row, last_row = rows.visualIndexAt(area.top()), rows.visualIndexAt(area.bottom())
        last_row = rows.count() - 1 if last_row == -1 else last_row
        if first_row == -1 or first_row > last_row:
            return
        first, last = columns.visualIndexAt(area.left()), columns.visualIndexAt(area.right())
        first = 0 if first == -1 else first
        last = columns.count() - 1 if last == -1 else last
        # (column, x, width) of each shown column, in the order they appear.
        shown = []
        for visual in range(first, last + 1):
            column = columns.logicalIndex(visual)
            if not columns.isSectionHidden(column):
                x = columns.sectionViewportPosition(column)
                shown.append((column, x, columns.sectionSize(column) - 1))
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        base = option.state.value
        alternating = view.alternatingRowColors()
        selected = self._selected_cells(view, first_row, last_row)
        current = view.currentIndex()
        focus_at = (
            (current.row(), current.column())
            if current.isValid() and (view.hasFocus() or view.viewport().hasFocus())
            else None
        )
        hover = self.hover
        hover_at = (hover.row(), hover.column()) if hover.isValid() else None
        style, delegate, text_at = view.style(), self._delegate, self._text_at
        draw_text = delegate.draw_text
        plain = option.features & ~_ALTERNATE
        features = (plain, plain | _ALTERNATE)
        # Setting the option's state converts a Python flag to Qt's: only when it changes.
        option_state = base
        painter = QPainter(view.viewport())
        try:
            for visual_row in range(first_row, last_row + 1):
                row = rows.logicalIndex(visual_row)
                top, height = rows.sectionViewportPosition(row), rows.sectionSize(row) - 1
                if alternating:
                    option.features = features[visual_row & 1]
                for column, left, width in shown:
                    state = base
                    if selected(row, column):
                        state |= _SELECTED
                    if (row, column) == hover_at:
                        state |= _MOUSE_OVER
                    cell_focused = (row, column) == focus_at
                    if cell_focused:
                        state |= _HAS_FOCUS
                    option.rect = QRect(left, top, width, height)
                    if state != option_state:
                        option.state = self._state(state)
                        option_state = state
                    style.drawPrimitive(_ROW_PANEL, option, painter, view)
                    if cell_focused or not draw_text(
                        painter, option, state, text_at(row, column), left, top, width, height
                    ):
                        delegate.paint(painter, option, view.model().index(row, column))
        finally:
            painter.end()

    @staticmethod
    def _selected_cells(view: QTableView, first: int, last: int) -> Callable[[int, int], bool]:
        """Whether a cell is selected, from the selection's ranges that reach the rows
        painted: one call into Qt per paint, not one per cell."""
        selection = view.selectionModel()
        spans = []
        if selection is not None:
            for span in selection.selection():
                if span.bottom() >= first and span.top() <= last:
                    spans.append((span.top(), span.bottom(), span.left(), span.right()))
        if not spans:
            return lambda row, column: False
        return lambda row, column: any(
            top <= row <= bottom and left <= column <= right for top, bottom, left, right in spans
        )
