"""Painting table cells that show nothing but text, without the model's seven roles per cell.

``QStyledItemDelegate`` asks the model for a cell's font, alignment, colours, check state,
icon, text and background in one ``multiData`` call, and the style then lays the text out
three times over (to size it, to elide it, to draw it). With the model in Python that call
costs more than drawing the cell, and a screen of the customer table is about 250 cells:
every keystroke of the local filter repaints all of them. The table's cells only ever hold
text, so this delegate takes the text from a callable, keeps it laid out as a
``QStaticText`` elided to the column's width, and draws it where ``QCommonStyle`` would, in
the same colours; a repaint costs half what it did. What it would not draw the same way
(the focused cell's frame, right-to-left layouts, text with line breaks) it hands to
``QStyledItemDelegate``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPalette,
    QRawFont,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

#: Laid-out texts kept: a few screens of cells; the lot is dropped when it grows past this.
_KEPT_TEXTS = 4096
# The option's state as a plain int: Python's enum.Flag operators cost more than the
# drawing they decide on.
_STATE = QStyle.StateFlag
_ENABLED = _STATE.State_Enabled.value
_ACTIVE = _STATE.State_Active.value
_SELECTED = _STATE.State_Selected.value
_HAS_FOCUS = _STATE.State_HasFocus.value
#: States QCommonStyle draws something for besides the text: the item's panel.
_PANEL_STATES = _SELECTED | _STATE.State_MouseOver.value
#: Changes that make the kept layouts, margin or colours stale.
_STALE_ON = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.LayoutDirectionChange,
    }
)
#: A text not laid out yet (the cache holds None for one left to QStyledItemDelegate).
_UNSEEN: object = object()


#: The transformation a cell's text is laid out for: the raster engine places a laid-out
#: text at any translation without laying it out again.
_UNTRANSFORMED = QTransform()


def _static_text(text: str) -> QStaticText:
    laid_out = QStaticText(text)
    laid_out.setTextFormat(Qt.TextFormat.PlainText)
    return laid_out


class PlainTextDelegate(QStyledItemDelegate):
    """Paints ``view``'s cells with ``text_of(index)``, as QStyledItemDelegate would.

    ``text_of`` is the model's ``data`` (its ``DisplayRole``), called from Python without
    the trip through C++; the model must hold nothing else a delegate paints (no icons,
    check states, fonts or colours).
    """

    def __init__(self, view: QAbstractItemView, text_of: Callable[[Any], Any]) -> None:
        super().__init__(view)
        self._view = view
        self._text_of = text_of
        self._laid_out: dict[tuple[str, int], Any] = {}
        self._metrics = QFontMetrics(view.font())
        self._line_height = 0
        self._widest = 0
        self._margin = 0
        self._plain = True
        #: The enabled, active and selected states -> the pen QCommonStyle writes text with.
        self._pens: dict[int, QColor] = {}
        #: Letter -> whether the table's font has it (a name's letters recur in others).
        self._font_has: dict[str, bool] = {}
        self._font = QRawFont()
        self._refresh()
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in _STALE_ON:
            self._refresh()
        return False

    def _refresh(self) -> None:
        view = self._view
        self._laid_out.clear()
        self._pens.clear()
        self._font_has.clear()
        # The font itself: QFontMetrics.inFont also counts its fallback fonts' letters.
        self._font = QRawFont.fromFont(view.font())
        self._metrics = QFontMetrics(view.font())
        self._line_height = self._metrics.height()
        self._widest = self._metrics.maxWidth()
        # QCommonStyle's text margin in an item view cell.
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        self._margin = margin + 1
        self._plain = view.layoutDirection() == Qt.LayoutDirection.LeftToRight

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        state = option.state.value
        if state & _HAS_FOCUS or not self._plain:
            super().paint(painter, option, index)
            return
        left, top, width, height = option.rect.getRect()  # one call into Qt, not four
        if not self.draw_text(
            painter, option, state, self._text_of(index), left, top, width, height
        ):
            super().paint(painter, option, index)

    def draw_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        state: int,
        text: Any,
        left: int,
        top: int,
        width: int,
        height: int,
    ) -> bool:
        """Paint a cell of ``text`` as QCommonStyle would, ``option.rect`` being ``left``,
        ``top``, ``width``, ``height`` and ``option.state`` being ``state`` (as ints: Qt's
        wrappers cost more than the drawing); False, with nothing drawn, for a cell to
        leave to ``QStyledItemDelegate``."""
        if text.__class__ is not str and text is not None:
            return False
        laid_out: QStaticText | None = None
        if text:
            key = (text, width - 2 * self._margin)
            kept = self._laid_out.get(key, _UNSEEN)
            laid_out = self._lay_out(key, painter) if kept is _UNSEEN else kept
            if laid_out is None:
                return False
        if state & _PANEL_STATES:
            self._view.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, self._view
            )
        if laid_out is not None:
            painter.setPen(self._pen(state))
            top += (height - self._line_height) // 2
            painter.drawStaticText(left + self._margin, top, laid_out)
        return True

    def _lay_out(self, key: tuple[str, int], painter: QPainter) -> QStaticText | None:
        """The text elided to the width as QCommonStyle elides it; None for Qt to paint.

        Laid out here in the painter's font, the text's own width says whether it fits
        (QCommonStyle's test: the line's natural width against the cell's), and only a
        text too wide is shaped a second time, by ``elidedText``.
        """
        text, width = key
        laid_out = None
        if "\n" not in text and "\r" not in text and (text.isascii() or self._in_font(text)):
            laid_out = _static_text(text)
            # An ASCII text narrower than its length in the font's widest glyph fits as it is.
            if not text.isascii() or len(text) * self._widest > width:
                laid_out.prepare(_UNTRANSFORMED, painter.font())
                if laid_out.size().width() > width:
                    elided = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                    laid_out = _static_text(elided)
        if len(self._laid_out) >= _KEPT_TEXTS:
            self._laid_out.clear()
        self._laid_out[key] = laid_out
        return laid_out

    def _in_font(self, text: str) -> bool:
        """Whether the table's font has every letter of ``text``.

        A letter it lacks comes from a fallback font, and QCommonStyle places such a line
        by that font's ascent, where a QStaticText would not: the text is left to Qt.
        """
        has = self._font_has
        for letter in text:
            known = has.get(letter)
            if known is None:
                known = has[letter] = self._font.supportsCharacter(ord(letter))
            if not known:
                return False
        return True

    def _pen(self, state: int) -> QColor:
        key = state & (_ENABLED | _ACTIVE | _SELECTED)
        pen = self._pens.get(key)
        if pen is None:
            enabled, active, selected = (
                bool(key & flag) for flag in (_ENABLED, _ACTIVE, _SELECTED)
            )
            if not enabled:
                group = QPalette.ColorGroup.Disabled
            else:
                group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            pen = self._pens[key] = self._view.palette().color(group, role)
        return pen
