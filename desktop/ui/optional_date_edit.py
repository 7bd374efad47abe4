"""A date typed in one field, or "not set": Mews profiles and documents often lack dates.

``QDateEdit`` was the wrong tool at a desk: it always holds a date (so "not set" needed a
sentinel day in 1899), typing over a selection replaced only one section (``1985-03-07``
over 1963-05-16 became 1963-03-07), digits typed into "not set" vanished, and each part
was its own Tab stop. Here the date is plain text read by
:func:`~desktop.desk.typed_dates.read_date` (ISO or the desk locale's numeric form), empty
is "not set", and text that is not a date stays on screen as typed, for the form to mark.
The calendar and Clear buttons take no Tab stop; Alt+Down (or F4) opens the calendar.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.typed_dates import locale_order, numeric_format, read_date
from desktop.ui.icons import action_icon

# The day the examples show: its day cannot be a month, so the order reads at a glance.
EXAMPLE_DATE: Final = dt.date(1985, 3, 21)
_EARLIEST: Final = QDate(1900, 1, 1)
_LATEST: Final = QDate(2199, 12, 31)


def _short_format() -> str:
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat)


def date_examples() -> tuple[str, str]:
    """:data:`EXAMPLE_DATE` in ISO and in the desk locale's numeric form, for hints."""
    qdate = QDate(EXAMPLE_DATE.year, EXAMPLE_DATE.month, EXAMPLE_DATE.day)
    return EXAMPLE_DATE.isoformat(), QLocale().toString(qdate, numeric_format(_short_format()))


def read_typed_date(text: str) -> dt.date | None:
    """``text`` read as ISO or in the desk locale's order; ``None`` when it is no date."""
    return read_date(text, locale_order(_short_format()))


class _DateLine(QLineEdit):
    """The text part; Alt+Down and F4 ask for the calendar, as they do in a combo box."""

    calendarRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.calendarRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _CalendarPopup(QFrame):
    """The calendar under the field; a click or Enter picks a day, Escape closes it."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setDateRange(_EARLIEST, _LATEST)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def open_at(self, date: QDate, below: QWidget) -> None:
        self.calendar.setSelectedDate(date)
        self.calendar.setCurrentPage(date.year(), date.month())
        self.adjustSize()
        self.move(below.mapToGlobal(QPoint(0, below.height())))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(QDate)
    def _pick(self, date: QDate) -> None:
        self.hide()
        self.picked.emit(date)


class OptionalDateEdit(QWidget):
    """A date field with a calendar and a Clear button; ``value()`` is ``None`` when unset.

    ``stretch`` keeps the field at its natural width (forms with a label column) instead of
    filling the row (dialogs). ``calendar_years_back``: an empty field's calendar opens that
    many years before today (a guest's birth date is decades back, a document's is recent).
    """

    valueChanged = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clear_tooltip: str = "",
        stretch: bool = False,
        calendar_years_back: int = 0,
    ) -> None:
        super().__init__(parent)
        self._years_back = calendar_years_back
        self._entry: dt.date | str | None = None
        self.date_edit = _DateLine(self)
        self.date_edit.setObjectName("dateText")
        self.date_edit.setPlaceholderText(QCoreApplication.translate("OptionalDateEdit", "Not set"))
        hint = QCoreApplication.translate(
            "OptionalDateEdit", "Type the date as %1 or %2, or press Alt+Down for a calendar."
        )
        hint = hint.replace("%1", date_examples()[0]).replace("%2", date_examples()[1])
        self.date_edit.setToolTip(hint)
        width = self.date_edit.fontMetrics().horizontalAdvance("0000-00-00") * 3 // 2
        self.date_edit.setMinimumWidth(width + 12)
        self.calendar_button = self._tool_button("calendarButton", hint)
        self.calendar_button.setIcon(action_icon("calendar"))
        self.calendar_button.setAccessibleName(
            QCoreApplication.translate("OptionalDateEdit", "Calendar")
        )
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button = self._tool_button("clearDateButton", clear_tooltip)
        self.clear_button.setText(QCoreApplication.translate("OptionalDateEdit", "Clear"))
        self.clear_button.clicked.connect(self.clear)
        self._popup: _CalendarPopup | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.date_edit, 0 if stretch else 1)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.clear_button)
        if stretch:
            layout.addStretch(1)
        # One Tab stop: focus given to the widget (label buddies, tab order) goes to the text.
        self.setFocusProxy(self.date_edit)
        self.date_edit.textChanged.connect(self._text_changed)
        self.date_edit.editingFinished.connect(self._tidy)
        self.date_edit.calendarRequested.connect(self.open_calendar)

    def _tool_button(self, name: str, tooltip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if tooltip:
            button.setToolTip(tooltip)
        return button

    # --- values ---------------------------------------------------------------------------

    def entry(self) -> dt.date | str | None:
        """The date typed, the text as typed when it is no date, ``None`` when empty."""
        return self._entry

    def is_readable(self) -> bool:
        """False while the text is not a date: then :meth:`value` is not what was typed."""
        return not isinstance(self._entry, str)

    def value(self) -> dt.date | None:
        """The date, ``None`` when not set (or unreadable: check :meth:`is_readable`)."""
        return self._entry if isinstance(self._entry, dt.date) else None

    def set_value(self, value: dt.date | None) -> None:
        self.date_edit.setText(value.isoformat() if value is not None else "")

    @Slot()
    def clear(self) -> None:
        self.date_edit.clear()

    @Slot(str)
    def _text_changed(self, text: str) -> None:
        entry: dt.date | str | None = None
        if text.strip():
            entry = read_typed_date(text) or text.strip()
        if entry != self._entry or type(entry) is not type(self._entry):
            self._entry = entry
            self.valueChanged.emit()

    @Slot()
    def _tidy(self) -> None:
        """Once typing is done, show a readable date as ISO: the receptionist sees how it
        was read (day and month not swapped) and the form reads the same everywhere."""
        if isinstance(self._entry, dt.date) and self.date_edit.text() != self._entry.isoformat():
            self.date_edit.setText(self._entry.isoformat())

    # --- calendar -------------------------------------------------------------------------

    @Slot()
    def open_calendar(self) -> None:
        """The calendar at the date typed, or at a sensible page when there is none."""
        if not self.date_edit.isEnabled():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        value = self.value()
        if value is None:
            today = dt.date.today()
            value = today.replace(year=today.year - self._years_back, day=min(today.day, 28))
        self._popup.open_at(QDate(value.year, value.month, value.day), self.date_edit)

    def calendar_popup(self) -> QFrame | None:
        """The calendar window once opened (tests and screenshots look at it)."""
        return self._popup

    @Slot(QDate)
    def _picked(self, date: QDate) -> None:
        self.date_edit.setText(dt.date(date.year(), date.month(), date.day()).isoformat())
        self.date_edit.setFocus(Qt.FocusReason.PopupFocusReason)
