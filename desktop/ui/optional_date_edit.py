"""A date editor that can say "not set": Mews profiles and documents often lack dates.

``QDateEdit`` always holds a date, so "not set" is a sentinel one day before the earliest
date any form accepts, shown as the special value text and read back as ``None``.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, Signal, Slot
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

NO_DATE: Final = QDate(1899, 12, 31)


class OptionalDateEdit(QWidget):
    """A ``yyyy-MM-dd`` date with a calendar and a Clear button; ``value()`` is ``None`` when unset.

    ``stretch`` keeps the editor at its natural width (forms with a label column) instead
    of filling the row (dialogs).
    """

    valueChanged = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, clear_tooltip: str = "", stretch: bool = False
    ) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setMaximumDate(QDate(2199, 12, 31))
        self.date_edit.setSpecialValueText(
            QCoreApplication.translate("OptionalDateEdit", "Not set")
        )
        self.date_edit.setDate(NO_DATE)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(QCoreApplication.translate("OptionalDateEdit", "Clear"))
        if clear_tooltip:
            self.clear_button.setToolTip(clear_tooltip)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 0 if stretch else 1)
        layout.addWidget(self.clear_button)
        if stretch:
            layout.addStretch(1)
        self.date_edit.dateChanged.connect(self._changed)

    def value(self) -> dt.date | None:
        date = self.date_edit.date()
        if date == NO_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.clear()
        else:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))

    @Slot()
    def clear(self) -> None:
        self.date_edit.setDate(NO_DATE)

    @Slot(QDate)
    def _changed(self, _date: QDate) -> None:
        self.valueChanged.emit()
