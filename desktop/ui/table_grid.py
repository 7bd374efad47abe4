"""A table view's grid lines drawn as filled one-pixel rectangles instead of pen lines.

``QTableView`` draws its grid with a cosmetic pen, and the raster engine strokes such a
line pixel by pixel: a screen of the customer table spends about a fifth of its paint on
the grid, more than on any column of text. A one-pixel ``fillRect`` covers the same
pixels in one span. :class:`FilledGrid` keeps the view's ``showGrid`` (so every cell keeps
the rectangle it has with a grid), gives the view a grid pen that draws nothing, and
fills the lines where ``QTableView::paintEvent`` would have drawn them, in the colour the
style gives the grid.

Only for solid lines in a left-to-right view with a visible horizontal header, in a style
that does not ask for the left and top lines of a headerless table; otherwise the view
draws its own grid.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView


class FilledGrid:
    """Draws ``view``'s grid; call :meth:`paint` after ``QTableView.paintEvent``."""

    def __init__(self, view: QTableView) -> None:
        self._view = view
        self._pen_style = view.gridStyle()
        view.setGridStyle(Qt.PenStyle.NoPen)

    def _applies(self) -> bool:
        view = self._view
        if not view.showGrid() or not view.isLeftToRight() or view.horizontalHeader().isHidden():
            return False
        option = QStyleOptionViewItem()
        return not view.style().styleHint(
            QStyle.StyleHint.SH_Table_AlwaysDrawLeftTopGridLines, option, view
        )

    def _color(self) -> QColor:
        view = self._view
        option = QStyleOptionViewItem()
        hint = view.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, view)
        return QColor.fromRgba(hint & 0xFFFFFFFF)

    def before_paint(self) -> bool:
        """Whether :meth:`paint` fills the grid of the paint about to start; if not, the
        view draws its own lines, in the style it was last given other than NoPen."""
        view = self._view
        own = view.gridStyle()
        if own != Qt.PenStyle.NoPen:
            self._pen_style = own
        fills = self._pen_style == Qt.PenStyle.SolidLine and self._applies()
        wanted = Qt.PenStyle.NoPen if fills else self._pen_style
        if own != wanted:
            view.setGridStyle(wanted)
        return fills

    def paint(self, event: QPaintEvent) -> None:
        """Fill the grid lines of the rows and columns ``event`` repaints."""
        view = self._view
        columns, rows = view.horizontalHeader(), view.verticalHeader()
        if not columns.count() or not rows.count():
            return
        # As QTableView::paintEvent bounds the dirty area: not past the last row or column.
        last_x = columns.length() - columns.offset() - 1
        last_y = rows.length() - rows.offset() - 1
        color = self._color()
        painter = QPainter(view.viewport())
        try:
            for dirty in event.region():
                dirty = QRect(dirty)
                dirty.setBottom(min(dirty.bottom(), last_y))
                dirty.setRight(min(dirty.right(), last_x))
                if dirty.isValid():
                    self._fill(painter, color, dirty)
        finally:
            painter.end()

    def _fill(self, painter: QPainter, color: QColor, dirty: QRect) -> None:
        view = self._view
        columns, rows = view.horizontalHeader(), view.verticalHeader()
        left, top, right, bottom = dirty.left(), dirty.top(), dirty.right(), dirty.bottom()
        first_column = columns.visualIndexAt(left)
        last_column = columns.visualIndexAt(right)
        first_column = 0 if first_column == -1 else first_column
        last_column = columns.count() - 1 if last_column == -1 else last_column
        last_row = rows.visualIndexAt(bottom)
        last_row = rows.count() - 1 if last_row == -1 else last_row
        first_row = rows.visualIndexAt(top)
        if first_row == -1 or first_row > last_row:
            return
        width = right - left + 1
        for visual in range(first_row, last_row + 1):
            row = rows.logicalIndex(visual)
            if not rows.isSectionHidden(row):
                y = rows.sectionViewportPosition(row) + rows.sectionSize(row) - 1
                painter.fillRect(left, y, width, 1, color)
        height = bottom - top + 1
        for visual in range(first_column, last_column + 1):
            column = columns.logicalIndex(visual)
            if not columns.isSectionHidden(column):
                x = columns.sectionViewportPosition(column) + columns.sectionSize(column) - 1
                painter.fillRect(x, top, 1, height, color)
