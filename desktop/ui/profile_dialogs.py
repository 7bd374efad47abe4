"""The questions the profile editor asks: unsaved changes, edit conflicts, likely duplicates.

Each dialog is built in full and answers with a choice; its ``exec`` is the only blocking
part, which tests replace. All customer data is put in as plain text (table items, and
message boxes with a plain-text format).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import labels
from desktop.desk.duplicate_check import DuplicateMatch
from desktop.desk.profile_conflicts import ConflictReport, FieldChange
from desktop.desk.profile_fields import (
    FIELD_CONTEXT,
    FIELDS_BY_KEY,
    Kind,
    display_value,
    parse_date,
)
from desktop.ui import tints
from desktop.ui.plain_text import plain_message_box


class LeaveChoice(Enum):
    SAVE = auto()
    DISCARD = auto()
    CANCEL = auto()


def ask_unsaved_changes(parent: QWidget, name: str) -> LeaveChoice:
    """Save / Discard / Cancel before closing or switching away from a dirty profile."""
    box = plain_message_box(
        parent,
        "unsavedChangesBox",
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ProfileDialogs", "Unsaved changes"),
    )
    box.setText(
        QCoreApplication.translate("ProfileDialogs", "Save the changes to %1?").replace(
            "%1", name or QCoreApplication.translate("ProfileDialogs", "this profile")
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ProfileDialogs", "If you don't save, your changes will be lost."
        )
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {
        QMessageBox.StandardButton.Save: LeaveChoice.SAVE,
        QMessageBox.StandardButton.Discard: LeaveChoice.DISCARD,
    }.get(QMessageBox.StandardButton(answer), LeaveChoice.CANCEL)


def readable(key: str, value: Any) -> str:
    """A value as the user knows it (labels for sets), for dialogs and summaries."""
    kind = FIELDS_BY_KEY[key].kind
    if kind in (Kind.CLASSIFICATIONS, Kind.OPTIONS) and value:
        names, context = (
            (labels.CLASSIFICATION_LABELS, labels.CLASSIFICATION_CONTEXT)
            if kind is Kind.CLASSIFICATIONS
            else (labels.OPTION_LABELS, labels.OPTION_CONTEXT)
        )
        return ", ".join(
            QCoreApplication.translate(context, labels.label_of(names, item)) for item in value
        )
    return display_value(key, value)


def _intro(text: str, parent: QWidget) -> QLabel:
    """A dialog's explanation: wrapped, and plain text since it may quote guest data."""
    intro = QLabel(text, parent)
    intro.setTextFormat(Qt.TextFormat.PlainText)
    intro.setWordWrap(True)
    return intro


_CONFLICT_COLUMNS = (
    QT_TRANSLATE_NOOP("ProfileDialogs", "Field"),
    QT_TRANSLATE_NOOP("ProfileDialogs", "When you opened it"),
    QT_TRANSLATE_NOOP("ProfileDialogs", "Now in Mews"),
    QT_TRANSLATE_NOOP("ProfileDialogs", "After you save"),
)
_DUPLICATE_COLUMNS = (
    QT_TRANSLATE_NOOP("ProfileDialogs", "Name"),
    QT_TRANSLATE_NOOP("ProfileDialogs", "Email"),
    QT_TRANSLATE_NOOP("ProfileDialogs", "Birth date"),
    QT_TRANSLATE_NOOP("ProfileDialogs", "Number"),
    QT_TRANSLATE_NOOP("ProfileDialogs", "Why"),
)


def _read_only_table(name: str, columns: tuple[str, ...], parent: QWidget) -> QTableWidget:
    """A table the user reads and picks from, never edits, its columns sharing the width.

    ``columns`` are source texts of the ``ProfileDialogs`` context, translated here."""
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("ProfileDialogs", column) for column in columns]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _item(text: str, *, highlight: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if highlight:
        item.setBackground(QBrush(tints.tinted(tints.ORANGE)))
    return item


class ConflictChoice(Enum):
    SAVE_MINE = auto()
    LOAD_THEIRS = auto()
    KEEP_EDITING = auto()


class ConflictDialog(QDialog):
    """Someone else saved this profile while it was open: show both sides, let the user pick."""

    def __init__(self, report: ConflictReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(
            QCoreApplication.translate("ProfileDialogs", "Profile changed by someone else")
        )
        self.choice = ConflictChoice.KEEP_EDITING
        # Two separate calls: lupdate only extracts a literal text, not a conditional one.
        if report.has_conflicts:
            explanation = QCoreApplication.translate(
                "ProfileDialogs",
                "This profile was changed in Mews after you opened it. Highlighted fields were "
                "changed on both sides; saving keeps their other changes and replaces the "
                "highlighted fields with yours.",
            )
        else:
            explanation = QCoreApplication.translate(
                "ProfileDialogs",
                "This profile was changed in Mews after you opened it. Saving keeps their "
                "changes and adds yours.",
            )
        intro = _intro(explanation, self)
        self.table = _read_only_table("conflictTable", _CONFLICT_COLUMNS, self)
        for change in (*report.both, *report.theirs, *report.mine):
            self._add_row(change, highlight=change in report.both)
        for row in range(len(report.both) + len(report.theirs)):
            if row >= len(report.both):  # only they changed it: saving keeps their value
                self.table.item(row, 3).setText(self.table.item(row, 2).text())
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(
            QCoreApplication.translate("ProfileDialogs", "Save my changes"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        save.setObjectName("conflictSaveMine")
        theirs = buttons.addButton(
            QCoreApplication.translate("ProfileDialogs", "Discard mine, load theirs"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        theirs.setObjectName("conflictLoadTheirs")
        keep = buttons.addButton(
            QCoreApplication.translate("ProfileDialogs", "Keep editing"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        keep.setObjectName("conflictKeepEditing")
        save.clicked.connect(lambda: self.choose(ConflictChoice.SAVE_MINE))
        theirs.clicked.connect(lambda: self.choose(ConflictChoice.LOAD_THEIRS))
        keep.clicked.connect(lambda: self.choose(ConflictChoice.KEEP_EDITING))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _add_row(self, change: FieldChange, *, highlight: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        label = QCoreApplication.translate(FIELD_CONTEXT, FIELDS_BY_KEY[change.key].label)
        cells = (
            label,
            readable(change.key, change.opened),
            readable(change.key, change.theirs),
            readable(change.key, change.mine),
        )
        for column, text in enumerate(cells):
            self.table.setItem(row, column, _item(text, highlight=highlight))

    def choose(self, choice: ConflictChoice) -> int:
        self.choice = choice
        code = QDialog.DialogCode.Rejected if choice is ConflictChoice.KEEP_EDITING else 1
        self.done(int(code))
        return int(code)

    @classmethod
    def ask(cls, report: ConflictReport, parent: QWidget | None = None) -> ConflictChoice:
        dialog = cls(report, parent)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        return choice


class DuplicateChoice(Enum):
    OPEN_EXISTING = auto()
    OVERWRITE = auto()
    CREATE_ANYWAY = auto()
    CANCEL = auto()


class DuplicateDialog(QDialog):
    """Likely duplicates of a new profile: open one, overwrite by email, or create anyway."""

    def __init__(
        self, matches: Sequence[DuplicateMatch], email: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(
            QCoreApplication.translate("ProfileDialogs", "This guest may already have a profile")
        )
        self.matches = list(matches)
        self.choice = DuplicateChoice.CANCEL
        self.selected: DuplicateMatch | None = self.matches[0] if self.matches else None
        intro = _intro(
            QCoreApplication.translate(
                "ProfileDialogs",
                "Before creating a new profile, check whether one of these is the same guest.",
            ),
            self,
        )
        self.table = _read_only_table("duplicateTable", _DUPLICATE_COLUMNS, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for match in self.matches:
            self._add_row(match)
        self.table.selectRow(0)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.choose(DuplicateChoice.OPEN_EXISTING))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            QCoreApplication.translate("ProfileDialogs", "Open selected profile"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.open_button.setObjectName("duplicateOpen")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self.choose(DuplicateChoice.OPEN_EXISTING))
        self.overwrite_button: QPushButton | None = None
        if any(match.same_email for match in self.matches):
            warning = QLabel(
                QCoreApplication.translate(
                    "ProfileDialogs",
                    "Overwrite: Mews replaces the basic personal details (title, first name, "
                    "last name and the other personal fields you filled in) of the existing "
                    "profile with the email %1 with what you entered. Its history, "
                    "reservations and other details stay. This cannot be undone.",
                ).replace("%1", email),
                self,
            )
            warning.setObjectName("duplicateOverwriteWarning")
            warning.setTextFormat(Qt.TextFormat.PlainText)
            warning.setWordWrap(True)
            layout.addWidget(warning)
            self.overwrite_button = buttons.addButton(
                QCoreApplication.translate("ProfileDialogs", "Overwrite profile with this email"),
                QDialogButtonBox.ButtonRole.DestructiveRole,
            )
            self.overwrite_button.setObjectName("duplicateOverwrite")
            self.overwrite_button.clicked.connect(lambda: self.choose(DuplicateChoice.OVERWRITE))
        if self.overwrite_button is None:
            create = buttons.addButton(
                QCoreApplication.translate("ProfileDialogs", "Create new profile anyway"),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            create.setObjectName("duplicateCreate")
            create.clicked.connect(lambda: self.choose(DuplicateChoice.CREATE_ANYWAY))
        else:
            # Mews refuses a second profile with an email it already has: offering to
            # create one anyway would only lead to an error.
            one_per_email = QLabel(
                QCoreApplication.translate(
                    "ProfileDialogs",
                    "Mews keeps one profile per email address. For a separate profile, "
                    "cancel and remove or change the email first.",
                ),
                self,
            )
            one_per_email.setObjectName("duplicateOnePerEmail")
            one_per_email.setTextFormat(Qt.TextFormat.PlainText)
            one_per_email.setWordWrap(True)
            layout.addWidget(one_per_email)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(lambda: self.choose(DuplicateChoice.CANCEL))
        layout.addWidget(buttons)
        self.resize(780, 340)

    def _add_row(self, match: DuplicateMatch) -> None:
        customer = match.customer
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = " ".join(
            str(part)
            for part in (
                getattr(customer, "first_name", None),
                getattr(customer, "last_name", None),
            )
            if part
        )
        birth = parse_date(getattr(customer, "birth_date", None))
        reasons = ", ".join(
            QCoreApplication.translate("DuplicateReason", r.value) for r in match.reasons
        )
        cells = (
            name,
            str(getattr(customer, "email", None) or ""),
            birth.isoformat() if birth else "",
            str(getattr(customer, "number", None) or ""),
            reasons,
        )
        for column, text in enumerate(cells):
            self.table.setItem(row, column, _item(text))

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.selected = self.matches[rows[0].row()] if rows else None
        self.open_button.setEnabled(self.selected is not None)

    def choose(self, choice: DuplicateChoice) -> int:
        self.choice = choice
        code = 0 if choice is DuplicateChoice.CANCEL else 1
        self.done(code)
        return code

    @classmethod
    def ask(
        cls, matches: Sequence[DuplicateMatch], email: str, parent: QWidget | None = None
    ) -> tuple[DuplicateChoice, DuplicateMatch | None]:
        dialog = cls(matches, email, parent)
        dialog.exec()
        result = dialog.choice, dialog.selected
        dialog.deleteLater()
        return result
