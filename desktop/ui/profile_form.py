"""The profile form: every Customer field in receptionist-sized groups, with inline messages.

The form knows widgets, not the API: it shows a ``ProfileValues`` snapshot, hands back what
the user made of it, and shows per-field messages (blocking problems in red, information such
as "Mews keeps the old value" in a neutral colour) directly under the field they concern.
Everything from the customer is set as plain text.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.countries import COUNTRY_CONTEXT, COUNTRY_NAMES
from desktop.desk.labels import (
    CLASSIFICATION_CONTEXT,
    CLASSIFICATION_LABELS,
    OPTION_CONTEXT,
    OPTION_LABELS,
    SEX_CONTEXT,
    SEX_LABELS,
    TITLE_CONTEXT,
    TITLE_LABELS,
)
from desktop.desk.languages import LANGUAGE_CONTEXT, LANGUAGE_NAMES
from desktop.desk.profile_fields import (
    FIELD_CONTEXT,
    FIELDS,
    GROUP_CONTEXT,
    NO_OPTION,
    Group,
    Kind,
    ProfileField,
    ProfileValues,
    empty_values,
)
from desktop.ui import tints
from desktop.ui.code_combo import CodeCombo
from desktop.ui.enum_checklist import EnumChecklist, EnumChecklistModel
from desktop.ui.mnemonics import with_mnemonic
from desktop.ui.optional_date_edit import OptionalDateEdit

_TRANSLATED_FACTS = frozenset({"Yes", "No"})
# An empty birth date's calendar opens this far back: at a typical adult guest's year.
BIRTH_CALENDAR_YEARS_BACK = 40


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def object_name(field: ProfileField) -> str:
    """``nationality_code`` -> ``nationalityCombo``: camelCase key plus the editor kind."""
    words = field.key.removesuffix("_code").split("_")
    stem = words[0] + "".join(word.capitalize() for word in words[1:])
    suffix = {
        Kind.TITLE: "Combo",
        Kind.SEX: "Combo",
        Kind.COUNTRY: "Combo",
        Kind.LANGUAGE: "Combo",
        Kind.CLASSIFICATIONS: "List",
        Kind.OPTIONS: "List",
        Kind.FACT: "Label",
    }.get(field.kind, "Edit")
    return stem + suffix


class ProfileForm(QWidget):
    """All fields of a profile, grouped; ``edited`` fires on every user change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, QWidget] = {}
        self._messages: dict[str, QLabel] = {}
        self._message_roles: dict[str, str] = {}
        self._labels: list[QLabel] = []
        self._mnemonics: set[str] = set()
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for group in Group:
            layout.addWidget(self._group_box(group))
        layout.addStretch(1)
        self._chain_tab_order()
        # One label column for all groups, so the form reads as one aligned list.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
        self.set_values(empty_values())

    def editors(self) -> dict[str, QWidget]:
        """The editor of each field, by field key, in the form's top-to-bottom order."""
        return dict(self._editors)

    # --- building -------------------------------------------------------------------------

    def _chain_tab_order(self) -> None:
        """Tab walks the fields top to bottom, whatever order the widgets were made in."""
        editors = list(self._editors.values())
        for before, after in pairwise(editors):
            QWidget.setTabOrder(before, after)

    def _group_box(self, group: Group) -> QGroupBox:
        box = QGroupBox(_tr(GROUP_CONTEXT, group.value), self)
        box.setObjectName(f"{group.name.lower()}Group")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for field in (f for f in FIELDS if f.group is group):
            editor = self._editor(field, box)
            editor.setObjectName(object_name(field))
            self._editors[field.key] = editor
            message = QLabel(box)
            message.setObjectName(f"{object_name(field)}Message")
            message.setTextFormat(Qt.TextFormat.PlainText)
            message.setWordWrap(True)
            message.hide()
            self._messages[field.key] = message
            cell = QWidget(box)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(editor)
            cell_layout.addWidget(message)
            label = QLabel(with_mnemonic(_tr(FIELD_CONTEXT, field.label), self._mnemonics), box)
            label.setBuddy(editor)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._labels.append(label)
            form.addRow(label, cell)
        return box

    def _editor(self, field: ProfileField, parent: QWidget) -> QWidget:
        kind = field.kind
        if kind is Kind.TITLE:
            return self._combo(CodeCombo(TITLE_LABELS, TITLE_CONTEXT, parent=parent))
        if kind is Kind.SEX:
            return self._combo(CodeCombo(SEX_LABELS, SEX_CONTEXT, parent=parent))
        if kind is Kind.COUNTRY:
            combo = CodeCombo(
                COUNTRY_NAMES, COUNTRY_CONTEXT, searchable=True, show_code=True, parent=parent
            )
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            return self._combo(combo)
        if kind is Kind.LANGUAGE:
            combo = CodeCombo(
                LANGUAGE_NAMES, LANGUAGE_CONTEXT, searchable=True, show_code=True, parent=parent
            )
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            return self._combo(combo)
        if kind is Kind.DATE:
            date = OptionalDateEdit(
                parent,
                clear_tooltip=QCoreApplication.translate(
                    "ProfileForm", "Set the birth date to not set"
                ),
                stretch=True,
                calendar_years_back=BIRTH_CALENDAR_YEARS_BACK,
            )
            date.valueChanged.connect(self._user_edit)
            return date
        if kind is Kind.CLASSIFICATIONS:
            model = EnumChecklistModel(CLASSIFICATION_LABELS, CLASSIFICATION_CONTEXT, parent=self)
            return self._checklist(model, parent)
        if kind is Kind.OPTIONS:
            model = EnumChecklistModel(
                OPTION_LABELS, OPTION_CONTEXT, hidden=(NO_OPTION,), parent=self
            )
            return self._checklist(model, parent)
        if kind is Kind.NOTES:
            notes = QPlainTextEdit(parent)
            notes.setTabChangesFocus(True)
            notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 4 + 12)
            notes.textChanged.connect(self._user_edit)
            return notes
        if kind is Kind.FACT:
            fact = QLabel(parent)
            fact.setTextFormat(Qt.TextFormat.PlainText)
            fact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return fact
        line = QLineEdit(parent)
        line.setClearButtonEnabled(True)
        line.textChanged.connect(self._user_edit)
        return line

    def _combo(self, combo: CodeCombo) -> CodeCombo:
        combo.setSizeAdjustPolicy(CodeCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.valueChanged.connect(self._user_edit)
        return combo

    def _checklist(self, model: EnumChecklistModel, parent: QWidget) -> EnumChecklist:
        view = EnumChecklist(model, parent)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        model.checkedChanged.connect(self._user_edit)
        return view

    # --- values ---------------------------------------------------------------------------

    def editor(self, key: str) -> QWidget:
        return self._editors[key]

    def message_label(self, key: str) -> QLabel:
        return self._messages[key]

    def values(self) -> ProfileValues:
        """What the form holds now, in the snapshot conventions of ``profile_fields``."""
        values: ProfileValues = {}
        for field in FIELDS:
            values[field.key] = self._value_of(field, self._editors[field.key])
        return values

    def _value_of(self, field: ProfileField, editor: QWidget) -> Any:
        if isinstance(editor, CodeCombo):
            return editor.value()
        if isinstance(editor, OptionalDateEdit):
            return editor.entry()  # the text itself while it is no date, for validation
        if isinstance(editor, EnumChecklist):
            return editor.checklist().checked()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QLabel):
            return "" if editor.text() == "—" else editor.text()
        if isinstance(editor, QLineEdit):
            return editor.text()
        raise TypeError(f"no value for {field.key}")

    def set_values(self, values: ProfileValues) -> None:
        """Show a snapshot without it counting as a user edit."""
        self._loading = True
        try:
            for field in FIELDS:
                self._set_value(self._editors[field.key], values.get(field.key))
        finally:
            self._loading = False

    def set_field(self, key: str, value: Any) -> None:
        """Put one value back (for example after Mews refused to clear it)."""
        self._set_value(self._editors[key], value)

    def _set_value(self, editor: QWidget, value: Any) -> None:
        if isinstance(editor, CodeCombo):
            editor.set_value(value or "")
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
        elif isinstance(editor, EnumChecklist):
            editor.checklist().set_checked(value or ())
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != (value or ""):
                editor.setPlainText(value or "")
        elif isinstance(editor, QLabel):
            if value in _TRANSLATED_FACTS:  # Yes/No; other facts are data, shown as they are
                value = QCoreApplication.translate(FIELD_CONTEXT, value)
            editor.setText(value or "—")
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def set_editable(self, editable: bool) -> None:
        """Lock the form while a save is in flight, so what is sent is what is shown."""
        for editor in self._editors.values():
            if not isinstance(editor, QLabel):
                editor.setEnabled(editable)

    # --- messages -------------------------------------------------------------------------

    def show_messages(self, problems: dict[str, str], notes: dict[str, str]) -> None:
        """Problems (blocking, red) win over notes (informative) for the same field."""
        for key, label in self._messages.items():
            text = problems.get(key) or notes.get(key) or ""
            role = "problem" if key in problems else "note"
            # Remembered here, not read back with ``label.property()``: PySide6 6.12 drops a
            # reference to None on every read of an unset property, and a long session of
            # typing then crashes the interpreter.
            if self._message_roles.get(key) != role:
                self._message_roles[key] = role
                label.setProperty("role", role)
                label.setStyleSheet(
                    tints.text_style(tints.RED if role == "problem" else tints.AMBER)
                )
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text))

    @Slot()
    def _user_edit(self) -> None:
        if not self._loading:
            self.edited.emit()
