"""The add/edit form of one identity document.

Types and countries are dropdowns, dates are typed (ISO or the desk's own numeric form, see
:mod:`~desktop.ui.optional_date_edit`) and can be "not set": the receptionist copies what
is printed on the document and never types an API code; a date that cannot be read keeps
Save disabled with a message saying how to type it. On
edit, only what changed is sent, and a cleared field is sent as a clear
(``{"Value": null}``), which ``identityDocuments/update`` honours, unlike
``customers/update``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.countries import COUNTRY_CONTEXT, COUNTRY_NAMES
from desktop.desk.identity_document_fields import (
    IDENTITY_DOCUMENT_CONTEXT,
    IDENTITY_DOCUMENT_TYPE_LABELS,
    is_expired,
)
from desktop.desk.translatable import fill_template
from desktop.ui import tints
from desktop.ui.code_combo import CodeCombo
from desktop.ui.optional_date_edit import OptionalDateEdit, date_examples
from desktop.ui.plain_text import plain_label

if TYPE_CHECKING:  # the pydantic models load with the client, not at start-up
    from desktop.mews.models import IdentityDocumentV20241025

#: Longest document number accepted (the API has no limit; passports use 9, visas ~20).
MAX_NUMBER_LENGTH: Final = 64


class IdentityDocumentDialog(QDialog):
    """Add a document (``document`` is ``None``) or edit one; read the result with
    :meth:`add_fields` or :meth:`update_fields` after ``exec()`` accepted."""

    def __init__(
        self,
        *,
        document: IdentityDocumentV20241025 | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("identityDocumentDialog")
        self._document = document
        self._today = today or dt.date.today()
        self.setWindowTitle(
            QCoreApplication.translate("IdentityDocumentDialog", "Edit identity document")
            if document
            else QCoreApplication.translate("IdentityDocumentDialog", "Add identity document")
        )

        self.typeCombo = CodeCombo(IDENTITY_DOCUMENT_TYPE_LABELS, IDENTITY_DOCUMENT_CONTEXT)
        self.typeCombo.setObjectName("typeCombo")
        self.numberEdit = QLineEdit()
        self.numberEdit.setObjectName("numberEdit")
        self.numberEdit.setMaxLength(MAX_NUMBER_LENGTH)
        self.numberEdit.setPlaceholderText(
            QCoreApplication.translate(
                "IdentityDocumentDialog", "As printed; leave empty if the country has none"
            )
        )
        self.countryCombo = CodeCombo(COUNTRY_NAMES, COUNTRY_CONTEXT, searchable=True)
        self.countryCombo.setObjectName("countryCombo")
        self.cityEdit = QLineEdit()
        self.cityEdit.setObjectName("cityEdit")
        self.issuanceDate = OptionalDateEdit()
        self.issuanceDate.setObjectName("issuanceDate")
        self.expirationDate = OptionalDateEdit()
        self.expirationDate.setObjectName("expirationDate")
        self.problemLabel = plain_label()
        self.problemLabel.setObjectName("problemLabel")
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(tints.text_style(tints.RED))

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("IdentityDocumentDialog", "Type:"), self.typeCombo)
        form.addRow(
            QCoreApplication.translate("IdentityDocumentDialog", "Number:"), self.numberEdit
        )
        form.addRow(
            QCoreApplication.translate("IdentityDocumentDialog", "Issuing country:"),
            self.countryCombo,
        )
        form.addRow(
            QCoreApplication.translate("IdentityDocumentDialog", "Issuing city:"), self.cityEdit
        )
        form.addRow(
            QCoreApplication.translate("IdentityDocumentDialog", "Issued on:"), self.issuanceDate
        )
        form.addRow(
            QCoreApplication.translate("IdentityDocumentDialog", "Expires on:"), self.expirationDate
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.saveButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.saveButton.setObjectName("saveDocumentButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problemLabel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

        if document is not None:
            self._load(document)
        else:
            self.typeCombo.set_value("Passport")
        for signal in (
            self.typeCombo.currentIndexChanged,
            self.numberEdit.textChanged,
            self.issuanceDate.valueChanged,
            self.expirationDate.valueChanged,
        ):
            signal.connect(self._validate)
        self._validate()

    def _load(self, document: IdentityDocumentV20241025) -> None:
        self.typeCombo.set_value(str(getattr(document.type, "value", document.type)))
        self.numberEdit.setText(document.number or "")
        self.countryCombo.set_value(document.issuing_country_code or "")
        self.cityEdit.setText(document.issuing_city or "")
        self.issuanceDate.set_value(document.issuance_date)
        self.expirationDate.set_value(document.expiration_date)

    @Slot()
    def _validate(self) -> None:
        problem = self.problem()
        self.problemLabel.setText(problem)
        self.saveButton.setEnabled(not problem)
        warning = ""
        if not problem and is_expired(self.expirationDate.value(), today=self._today):
            warning = QCoreApplication.translate(
                "IdentityDocumentDialog", "This document has expired."
            )
        if warning:
            self.problemLabel.setText(warning)

    def problem(self) -> str:
        """Why the form cannot be saved yet ("" when it can)."""
        if not self.typeCombo.value():
            return QCoreApplication.translate(
                "IdentityDocumentDialog", "Choose the type of document."
            )
        if not self.issuanceDate.is_readable():
            return self._unreadable(
                QCoreApplication.translate(
                    "IdentityDocumentDialog", "The issue date is not a date: type it as %1 or %2."
                )
            )
        if not self.expirationDate.is_readable():
            return self._unreadable(
                QCoreApplication.translate(
                    "IdentityDocumentDialog",
                    "The expiry date is not a date: type it as %1 or %2.",
                )
            )
        issued, expires = self.issuanceDate.value(), self.expirationDate.value()
        if issued is not None and issued > self._today:
            return QCoreApplication.translate(
                "IdentityDocumentDialog", "The issue date is in the future."
            )
        if issued is not None and expires is not None and expires < issued:
            return QCoreApplication.translate(
                "IdentityDocumentDialog", "The document expires before it was issued."
            )
        return ""

    @staticmethod
    def _unreadable(template: str) -> str:
        return fill_template(template, date_examples())

    def _values(self) -> dict[str, Any]:
        return {
            "type": self.typeCombo.value(),
            "number": self.numberEdit.text().strip(),
            "issuing_country_code": self.countryCombo.value() or None,
            "issuing_city": self.cityEdit.text().strip() or None,
            "issuance_date": self.issuanceDate.value(),
            "expiration_date": self.expirationDate.value(),
        }

    def add_fields(self, customer_id: str) -> dict[str, Any]:
        """Keyword fields of ``IdentityDocumentsAddData`` for a new document."""
        values = {key: value for key, value in self._values().items() if value is not None}
        return {"customer_id": customer_id, **values}

    def update_fields(self) -> dict[str, Any]:
        """Fields of ``IdentityDocumentUpdateParameters``: only what changed; ``None`` clears."""
        document = self._document
        if document is None:
            raise RuntimeError("update_fields() is for editing an existing document")
        before = {
            "type": str(getattr(document.type, "value", document.type)),
            "number": document.number or "",
            "issuing_country_code": document.issuing_country_code or None,
            "issuing_city": document.issuing_city or None,
            "issuance_date": document.issuance_date,
            "expiration_date": document.expiration_date,
        }
        changed: dict[str, Any] = {"id": document.id}
        for key, value in self._values().items():
            if value != before[key]:
                changed[key] = {"Value": value.isoformat() if isinstance(value, dt.date) else value}
        return changed
