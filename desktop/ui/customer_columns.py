"""What the customer table shows of a row: its columns, their titles and each cell's text.

The rows hold English source labels (titles, classifications, stay states) so that they
can be built on a worker thread without Qt; :class:`RowText` turns them into the desk's
language when a cell is painted, caching the few distinct labels it meets.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt

from desktop.desk.customer_rows import CLASSIFICATION_SEPARATOR, STAY_CONTEXT, CustomerRow
from desktop.desk.folding import fold
from desktop.desk.labels import CLASSIFICATION_CONTEXT, TITLE_CONTEXT
from desktop.desk.translatable import fill_template
from desktop.ui.translation import translate_text

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


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


class _ColumnInfo(NamedTuple):
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
#: How many columns the results have (asked for every painted cell).
COLUMN_COUNT = len(Column)
DEFAULT_HIDDEN_COLUMNS = frozenset({Column.CLASSIFICATIONS, Column.BIRTH_DATE})


def column_title(column: Column) -> str:
    return QCoreApplication.translate("CustomerTable", _COLUMNS[column].title)


def column_attribute(column: Column) -> str:
    """The :class:`CustomerRow` attribute a plain column shows and sorts on."""
    return _COLUMNS[column].attribute


def _stay_text(state: str) -> str:
    """Reservation states are marked in ``customer_rows`` (context ``Stay``)."""
    return translate_text(STAY_CONTEXT, state)


def _stay_dates(arrival: str, departure: str, date_format: QLocale.FormatType | str) -> str:
    """``arrival - departure`` (an en dash) in the desk's locale, or "" when the search gave no stay."""
    if not arrival or not departure:
        return ""
    locale = QLocale()
    days = (QDate.fromString(day, Qt.DateFormat.ISODate) for day in (arrival, departure))
    return " \u2013 ".join(locale.toString(day, date_format) for day in days)


def _updated_text(moment: datetime) -> str:
    local = moment.astimezone()  # the fields, not strftime: half the time per cell
    return f"{local.year:04d}-{local.month:02d}-{local.day:02d} {local.hour:02d}:{local.minute:02d}"


#: Last-update texts kept for repaints: a few screens' worth, dropped when it grows past.
_KEPT_UPDATED = 4096


class RowText:
    """Cell texts in the desk's language, with the translated labels cached."""

    def __init__(self) -> None:
        self._titles: dict[str, str] = {}
        #: A row's joined classification labels -> the same, translated (few distinct sets).
        self._classifications: dict[str, str] = {}
        #: (arrival, departure, format) -> the stay's dates as shown: a painted Room cell
        #: would otherwise build a QLocale and format two dates.
        self._stays: dict[tuple[str, str, QLocale.FormatType | str], str] = {}
        self._states: dict[str, str] = {}
        self._updated: dict[datetime, str] = {}

    def title(self, source: str) -> str:
        label = self._titles.get(source)
        if label is None:
            label = self._titles[source] = QCoreApplication.translate(TITLE_CONTEXT, source)
        return label

    def classifications(self, labels: str) -> str:
        text = self._classifications.get(labels)
        if text is None:
            text = self._classifications[labels] = CLASSIFICATION_SEPARATOR.join(
                translate_text(CLASSIFICATION_CONTEXT, label)
                for label in labels.split(CLASSIFICATION_SEPARATOR)
            )
        return text

    def stay_state(self, state: str) -> str:
        text = self._states.get(state)
        if text is None:
            text = self._states[state] = _stay_text(state)
        return text

    def stay_dates(self, row: CustomerRow, date_format: QLocale.FormatType | str) -> str:
        if not row.arrival or not row.departure:
            return ""
        key = (row.arrival, row.departure, date_format)
        text = self._stays.get(key)
        if text is None:
            text = self._stays[key] = _stay_dates(row.arrival, row.departure, date_format)
        return text

    def updated(self, moment: datetime | None) -> str:
        """The local time of a profile's last update; every repaint of a screen asks again."""
        if moment is None:
            return ""
        text = self._updated.get(moment)
        if text is None:
            if len(self._updated) >= _KEPT_UPDATED:
                self._updated.clear()
            text = self._updated[moment] = _updated_text(moment)
        return text

    def display(self, row: CustomerRow, column: Column) -> str:
        if column is Column.NAME:
            name = row.name or QCoreApplication.translate("CustomerTable", "(no name)")
            return f"{self.title(row.title)} {name}" if row.title else name
        if column is Column.UPDATED:
            return self.updated(row.updated_utc)
        if column is Column.ROOM:
            parts = (
                row.room,
                self.stay_state(row.reservation_state),
                self.stay_dates(row, "d MMM"),
            )
            return " · ".join(part for part in parts if part)
        if column is Column.CLASSIFICATIONS:
            return self.classifications(row.classifications) if row.classifications else ""
        return getattr(row, _COLUMNS[column].attribute)

    def tooltip(self, row: CustomerRow, column: Column) -> str:
        if column is Column.ROOM and row.reservation_state:
            room = row.room or QCoreApplication.translate("CustomerTable", "not assigned")
            text = QCoreApplication.translate("CustomerTable", "Room %1, %2")
            sentence = fill_template(text, (room, self.stay_state(row.reservation_state)))
            dates = self.stay_dates(row, QLocale.FormatType.LongFormat)
            return f"{sentence}\n{dates}" if dates else sentence
        return self.display(row, column)

    def translated_search_text(self, labels: str) -> str:
        """Words the filter should find beside a row's English classification labels."""
        if not labels:
            return ""
        shown = self.classifications(labels)
        return "" if shown == labels else "\x1f" + fold(shown)
