"""``advancedSearchPanel``: every filter ``customers/getAll`` offers, checked as you type."""

from __future__ import annotations

from datetime import UTC, datetime, time

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.advanced_filters import FILTERS_CONTEXT, AdvancedInput, check_advanced
from desktop.desk.search_query import (
    SEARCH_CONTEXT,
    CustomerFilter,
    QueryKind,
    SearchPlan,
    TimeWindow,
)
from desktop.ui import tints
from desktop.ui.translation import translate_text


def _invalid_style() -> str:
    """A red frame around a field that holds a problem, readable on the window background."""
    return f"border: 1px solid {tints.window_text(tints.RED).name()}; border-radius: 3px;"


def _label(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the desk never renders markup
    if buddy is not None:
        label.setBuddy(buddy)
    return label


_WINDOW_PROBLEM_KEYS = frozenset({"created", "updated", "deleted"})


def _problem_text(key: str, text: str) -> str:
    """Window problems come from ``search_query``, the rest from ``advanced_filters``."""
    return translate_text(SEARCH_CONTEXT if key in _WINDOW_PROBLEM_KEYS else FILTERS_CONTEXT, text)


class DateRangePicker(QWidget):
    """An optional from-to date range; ``window()`` is ``None`` while it is switched off."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_box = QCheckBox(label)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-30), calendarPopup=True)
        self.end = QDateEdit(today, calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self.changed)
        self.enabled_box.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.start)
        layout.addWidget(_label(self.tr("to")))
        layout.addWidget(self.end)
        layout.addStretch(1)

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.changed.emit()

    def time_window(self) -> TimeWindow | None:
        """Whole days in UTC: from the start of the first to the end of the last day."""
        if not self.enabled_box.isChecked():
            return None
        start = self.start.date().toPython()
        end = self.end.date().toPython()
        return TimeWindow(
            datetime.combine(start, time.min, tzinfo=UTC),
            datetime.combine(end, time.max, tzinfo=UTC).replace(microsecond=0),
        )


class AdvancedSearchPanel(QFrame):
    """Emits ``searchRequested(SearchPlan)`` when the user searches with valid input."""

    searchRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("advancedSearchPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.edits: dict[str, QLineEdit] = {}
        placeholders = {
            "emails": (self.tr("E&mails"), "anna@example.com, jan@example.cz"),
            "first_names": (self.tr("Fi&rst names"), self.tr("Exact names, separated by commas")),
            "last_names": (self.tr("&Last names"), self.tr("Exact names, separated by commas")),
            "loyalty_codes": (self.tr("Lo&yalty codes"), self.tr("Codes, separated by commas")),
            "customer_ids": (self.tr("Customer &IDs"), self.tr("IDs, separated by commas")),
            "company_ids": (
                self.tr("Compa&ny IDs"),
                self.tr("Company IDs, separated by commas"),
            ),
        }
        grid = QGridLayout()
        for position, (name, (label, hint)) in enumerate(placeholders.items()):
            edit = QLineEdit(objectName=f"advanced_{name}")
            edit.setPlaceholderText(hint)
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._check)
            edit.returnPressed.connect(self.submit)
            self.edits[name] = edit
            row, column = divmod(position, 2)
            grid.addWidget(_label(label, edit), row, column * 2)
            grid.addWidget(edit, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.ranges = {
            "created": DateRangePicker(self.tr("&Created")),
            "updated": DateRangePicker(self.tr("U&pdated")),
            "deleted": DateRangePicker(self.tr("Dele&ted")),
        }
        ranges = QFormLayout()
        for picker in self.ranges.values():
            picker.changed.connect(self._check)
            ranges.addRow(picker)
        self.active_box = QCheckBox(self.tr("&Active profiles"), checked=True)
        self.deleted_box = QCheckBox(self.tr("Deleted pr&ofiles"))
        for box in (self.active_box, self.deleted_box):
            box.toggled.connect(self._check)
        states = QHBoxLayout()
        states.addWidget(_label(self.tr("Include")))
        states.addWidget(self.active_box)
        states.addWidget(self.deleted_box)
        states.addStretch(1)

        self.problem_label = QLabel(objectName="advancedProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(tints.text_style(tints.RED))
        self.search_button = QPushButton(self.tr("&Search"), objectName="advancedSearchButton")
        self.search_button.clicked.connect(self.submit)
        clear_button = QPushButton(self.tr("Cl&ear"))
        clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem_label, 1)
        buttons.addWidget(clear_button)
        buttons.addWidget(self.search_button)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(ranges)
        layout.addLayout(states)
        layout.addLayout(buttons)
        self._filter: CustomerFilter | None = None
        self._check()

    def form(self) -> AdvancedInput:
        states = tuple(
            state
            for state, box in (("Active", self.active_box), ("Deleted", self.deleted_box))
            if box.isChecked()
        )
        return AdvancedInput(
            **{name: edit.text() for name, edit in self.edits.items()},
            created=self.ranges["created"].time_window(),
            updated=self.ranges["updated"].time_window(),
            deleted=self.ranges["deleted"].time_window(),
            activity_states=states,
        )

    @Slot()
    def _check(self) -> None:
        result = check_advanced(self.form())
        self._filter = result.filter
        for name, edit in self.edits.items():
            problem = _problem_text(name, result.problems.get(name, ""))
            edit.setStyleSheet(_invalid_style() if problem else "")
            edit.setToolTip(problem)
            edit.setProperty("invalid", bool(problem))
        for name, picker in self.ranges.items():
            problem = _problem_text(name, result.problems.get(name, ""))
            picker.setStyleSheet(f"QDateEdit {{ {_invalid_style()} }}" if problem else "")
            picker.setToolTip(problem)
            picker.setProperty("invalid", bool(problem))
        # The "fill in something" note is advice, not an error: show it only once typing started.
        shown = [_problem_text(key, text) for key, text in result.problems.items() if key != "form"]
        self.problem_label.setText(shown[0] if shown else "")
        self.search_button.setEnabled(result.filter is not None)

    @property
    def problems(self) -> dict[str, str]:
        return check_advanced(self.form()).problems

    @Slot()
    def submit(self) -> None:
        self._check()
        if self._filter is None:
            problems = self.problems
            first = next(iter(problems.items()), ("", ""))
            self.problem_label.setText(_problem_text(*first))
            return
        self.searchRequested.emit(
            SearchPlan(
                QueryKind.ADVANCED,
                "advanced search",
                filters=(self._filter,),
                key=f"{QueryKind.ADVANCED}:{self._filter!r}",
            )
        )

    @Slot()
    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()
        for picker in self.ranges.values():
            picker.enabled_box.setChecked(False)
        self.active_box.setChecked(True)
        self.deleted_box.setChecked(False)
