"""What the desk asks after a passport or ID card was read: new profile? which values?

The dialogs open window-modal and answer through signals (``open()``, not ``exec()``):
a reader's zone arrives between other work, and a nested event loop would let worker
results for the desk window land while the question is still on screen. Customer data is
shown as plain text (radio buttons and plain-text message boxes never read markup).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.countries import COUNTRY_CONTEXT, country_name
from desktop.desk.identity_document_fields import (
    IDENTITY_DOCUMENT_CONTEXT,
    document_type_label,
    masked_number,
)
from desktop.desk.labels import SEX_CONTEXT, sex_label
from desktop.desk.mrz import MrzDocument
from desktop.desk.mrz_guest import FieldPick, document_type, full_name
from desktop.desk.profile_fields import FIELD_CONTEXT, FIELDS_BY_KEY, Kind
from desktop.desk.translatable import fill_template
from desktop.ui import tints
from desktop.ui.plain_text import plain_label, plain_message_box
from desktop.ui.profile_dialogs import readable


def shown_value(key: str, value: Any) -> str:
    """A value as the form shows it: countries and sexes by name, in the desk's language."""
    kind = FIELDS_BY_KEY[key].kind
    if kind is Kind.COUNTRY and value:
        name = QCoreApplication.translate(COUNTRY_CONTEXT, country_name(str(value)))
        return f"{name} ({value})"
    if kind is Kind.SEX and value:
        return QCoreApplication.translate(SEX_CONTEXT, sex_label(str(value)))
    return readable(key, value)


def document_summary(document: MrzDocument) -> str:
    """``Passport ••••••T47, valid until 2031-05-06`` in the desk's language.

    The number is masked as in the ID documents tab: this text stays in the status bar
    for anyone passing the desk to read.
    """
    kind = QCoreApplication.translate(
        IDENTITY_DOCUMENT_CONTEXT, document_type_label(document_type(document))
    )
    number = masked_number(document.document_number)
    if document.expiry_date is None:
        return f"{kind} {number}"
    return fill_template(
        QCoreApplication.translate("MrzDialogs", "%1 %2, valid until %3"),
        (kind, number, document.expiry_date.isoformat()),
    )


class MrzPickDialog(QDialog):
    """The profile and the document side by side; one choice per field that differs.

    ``picked(dict)`` carries the values to put into the form (the document's where chosen,
    the profile's otherwise, so the caller can set every row) when accepted.
    """

    picked = Signal(dict)

    def __init__(
        self,
        picks: Sequence[FieldPick],
        document: MrzDocument,
        profile_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mrzPickDialog")
        self.setWindowTitle(
            QCoreApplication.translate("MrzDialogs", "The document and the profile differ")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.picks = list(picks)
        intro = plain_label(
            fill_template(
                QCoreApplication.translate(
                    "MrzDialogs",
                    "The document read (%1) differs from the profile of %2. Choose for "
                    "each field what to keep; nothing is saved until you save the profile.",
                ),
                (document_summary(document), profile_name),
            ),
            "mrzPickIntro",
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for column, text in enumerate(
            (
                QCoreApplication.translate("MrzDialogs", "Field"),
                QCoreApplication.translate("MrzDialogs", "In the profile"),
                QCoreApplication.translate("MrzDialogs", "On the document"),
            )
        ):
            header = plain_label(text)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        self.document_buttons: dict[str, QRadioButton] = {}
        self.profile_buttons: dict[str, QRadioButton] = {}
        for row, pick in enumerate(self.picks, start=1):
            label = plain_label(
                QCoreApplication.translate(FIELD_CONTEXT, FIELDS_BY_KEY[pick.key].label)
            )
            keep = self._radio(shown_value(pick.key, pick.stored), f"mrzKeep_{pick.key}")
            take = self._radio(shown_value(pick.key, pick.read), f"mrzTake_{pick.key}")
            group = QButtonGroup(self)
            group.addButton(keep)
            group.addButton(take)
            take.setChecked(True)  # the document is what the guest just handed over
            self.groups[pick.key] = group
            self.profile_buttons[pick.key] = keep
            self.document_buttons[pick.key] = take
            grid.addWidget(label, row, 0)
            grid.addWidget(keep, row, 1)
            grid.addWidget(take, row, 2)
        # The chosen value of each row is tinted, whichever side it is on.
        self.setStyleSheet(
            f"QRadioButton:checked {{ background: {tints.tinted(tints.ORANGE).name()}; }}"
        )
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(
            QCoreApplication.translate("MrzDialogs", "&Use the chosen values"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.use_button.setObjectName("mrzUseChosen")
        self.use_button.setDefault(True)
        cancel = buttons.addButton(
            QCoreApplication.translate("MrzDialogs", "&Leave the profile as it is"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setObjectName("mrzLeaveProfile")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: self.picked.emit(self.values()))
        self.resize(640, self.sizeHint().height())

    def _radio(self, text: str, name: str) -> QRadioButton:
        button = QRadioButton(text.replace("&", "&&"), self)  # data, not a mnemonic
        button.setObjectName(name)
        return button

    def values(self) -> dict[str, Any]:
        """Field key -> the value chosen for it."""
        return {
            pick.key: pick.read if self.document_buttons[pick.key].isChecked() else pick.stored
            for pick in self.picks
        }


def new_guest_box(document: MrzDocument, parent: QWidget) -> QMessageBox:
    """No such guest: start a new profile? (window-modal; the caller opens it)."""
    title = QCoreApplication.translate("MrzDialogs", "New guest")
    box = _box(parent, "mrzNewGuestBox", QMessageBox.Icon.Question, title)
    born = document.birth_date.isoformat() if document.birth_date else "—"
    box.setText(
        fill_template(
            QCoreApplication.translate(
                "MrzDialogs",
                "No profile in Mews has this document, or this name and birth date: %1, born %2.",
            ),
            (full_name(document), born),
        )
    )
    box.setInformativeText(
        fill_template(
            QCoreApplication.translate(
                "MrzDialogs",
                "Start a new profile filled in from the document? %1 is added to it when you save it.",
            ),
            (document_summary(document),),
        )
    )
    create = box.addButton(
        QCoreApplication.translate("MrzDialogs", "&New profile"), QMessageBox.ButtonRole.AcceptRole
    )
    create.setObjectName("mrzNewProfile")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(create)
    return box


def problem_box(text: str, parent: QWidget) -> QMessageBox:
    """A zone that failed its checks: what failed, and that nothing was filled."""
    title = QCoreApplication.translate("MrzDialogs", "Document not read")
    box = _box(parent, "mrzProblemBox", QMessageBox.Icon.Warning, title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def _box(parent: QWidget, name: str, icon: QMessageBox.Icon, title: str) -> QMessageBox:
    """A window-modal plain-text box: the caller opens it, the reader keeps reading."""
    return plain_message_box(parent, name, icon, title, modality=Qt.WindowModality.WindowModal)
