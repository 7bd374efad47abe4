"""The profile's "ID documents" tab: identity documents and the files attached this session.

The table's model is :mod:`~desktop.ui.identity_documents_model`, the session's files list
:mod:`~desktop.ui.attached_files_list`; this view adds, edits and deletes documents and opens
the attach dialog. Documents come from ``identityDocuments/getAll`` (they moved off the customer object).
Numbers are masked in the list and revealed one document at a time on request; expired
documents are marked in colour *and* words, since colour alone is missed. "Attach scan"
opens :class:`~desktop.ui.attach_file_dialog.AttachFileDialog` with the file named after
the document, so the scan is found later next to the right document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.identity_document_fields import (
    IDENTITY_DOCUMENT_CONTEXT,
    document_type_label,
    is_expired,
    masked_number,
)
from desktop.ui.api_calls import ApiCalls, error_text
from desktop.ui.attached_files_list import AttachedFilesList
from desktop.ui.identity_document_dialog import IdentityDocumentDialog
from desktop.ui.identity_documents_model import IdentityDocumentsModel
from desktop.ui.plain_text import plain_label

if TYPE_CHECKING:  # the pydantic models load with the client, not at start-up
    from desktop.mews.models import IdentityDocumentV20241025


class IdentityDocumentsView(QWidget):
    """Tab content for one customer; call :meth:`load` when the tab is first shown.

    ``documentsChanged`` fires after a successful add, edit or delete.
    """

    documentsChanged = Signal()

    def __init__(
        self,
        calls: ApiCalls,
        customer_id: str,
        customer_name: str,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("identityDocumentsView")
        self._calls = calls
        self._customer_id = customer_id
        self._customer_name = customer_name
        self._today = today or dt.date.today()
        self._busy = False
        self.model = IdentityDocumentsModel(self._today, self)

        self.table = QTableView()
        self.table.setObjectName("identityDocumentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.stateLabel = plain_label()
        self.stateLabel.setObjectName("documentsStateLabel")
        self.stateLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.stateLabel.setWordWrap(True)

        self.addDocumentButton = _button("addDocumentButton", self.add_document)
        self.editDocumentButton = _button("editDocumentButton", self.edit_selected)
        self.deleteDocumentButton = _button("deleteDocumentButton", self.delete_selected)
        self.revealNumberButton = _button("revealNumberButton", self.toggle_reveal)
        self.attachScanButton = _button("attachScanButton", self.attach_scan_of_selected)
        # Two rows: the five buttons do not fit one row of the profile pane in German,
        # French, Italian or Spanish at the desk's default size.
        record_buttons = QHBoxLayout()
        for button in (self.addDocumentButton, self.editDocumentButton, self.deleteDocumentButton):
            record_buttons.addWidget(button)
        record_buttons.addStretch(1)
        selected_buttons = QHBoxLayout()
        for button in (self.revealNumberButton, self.attachScanButton):
            selected_buttons.addWidget(button)
        selected_buttons.addStretch(1)

        self.files = AttachedFilesList(customer_id, self.attach_file)
        files_title = self.files.title
        layout = QVBoxLayout(self)
        documents_title = plain_label(
            QCoreApplication.translate("IdentityDocumentsView", "Identity documents")
        )
        documents_title.setObjectName("documentsTitle")
        for title in (documents_title, files_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        layout.addWidget(documents_title)
        layout.addLayout(record_buttons)
        layout.addLayout(selected_buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.stateLabel)
        layout.addWidget(self.files)
        self._update_buttons()

    @property
    def customer_id(self) -> str:
        return self._customer_id

    # -- loading -------------------------------------------------------------------------

    @Slot()
    def load(self) -> None:
        customer_id = self._customer_id
        self._set_busy(
            True, QCoreApplication.translate("IdentityDocumentsView", "Loading identity documents…")
        )
        request = self._calls.read(
            lambda client: client.get_identity_documents([customer_id]).identity_documents,
            owner=self,
            label="identityDocuments/getAll",
        )
        request.succeeded.connect(self._loaded)
        request.failed.connect(self._failed)

    @Slot(object)
    def _loaded(self, documents: list[IdentityDocumentV20241025]) -> None:
        self.model.set_documents(list(documents))
        self._set_busy(
            False,
            ""
            if documents
            else QCoreApplication.translate(
                "IdentityDocumentsView", "No identity documents on this profile."
            ),
        )
        expired = [
            item for item in documents if is_expired(item.expiration_date, today=self._today)
        ]
        if expired and len(expired) == len(documents):
            self.stateLabel.setText(
                QCoreApplication.translate(
                    "IdentityDocumentsView", "Every document on this profile has expired."
                )
            )

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._set_busy(
            False,
            QCoreApplication.translate(
                "IdentityDocumentsView", "The documents could not be loaded or saved: %1"
            ).replace("%1", error_text(error)),
        )

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.stateLabel.setText(text)
        self._update_buttons()

    # -- selection and buttons ----------------------------------------------------------

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    @Slot()
    def _update_buttons(self) -> None:
        selected = self.model.document_at(self.selected_row()) is not None
        self.addDocumentButton.setEnabled(not self._busy)
        for button in (
            self.editDocumentButton,
            self.deleteDocumentButton,
            self.revealNumberButton,
            self.attachScanButton,
        ):
            button.setEnabled(selected and not self._busy)
        revealed = self.model.is_revealed(self.selected_row())
        self.revealNumberButton.setText(
            QCoreApplication.translate("IdentityDocumentsView", "Hide number")
            if revealed
            else QCoreApplication.translate("IdentityDocumentsView", "Show number")
        )

    @Slot()
    def toggle_reveal(self) -> None:
        row = self.selected_row()
        self.model.set_revealed(row, not self.model.is_revealed(row))
        self._update_buttons()

    # -- writing ---------------------------------------------------------------------------

    def _document_dialog(
        self, document: IdentityDocumentV20241025 | None = None
    ) -> IdentityDocumentDialog:
        """Built here so tests can replace the dialog the way they replace QMessageBox."""
        return IdentityDocumentDialog(document=document, today=self._today, parent=self)

    @Slot()
    def add_document(self) -> None:
        dialog = self._document_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = dialog.add_fields(self._customer_id)
        self._write(
            lambda client: client.add_identity_documents([fields]),
            "identityDocuments/add",
            QCoreApplication.translate("IdentityDocumentsView", "Adding the document…"),
        )

    @Slot()
    def edit_selected(self) -> None:
        document = self.model.document_at(self.selected_row())
        if document is None or self._busy:
            return
        dialog = self._document_dialog(document)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = dialog.update_fields()
        if len(changes) == 1:  # only the id: nothing changed
            return
        self._write(
            lambda client: client.update_identity_documents([changes]),
            "identityDocuments/update",
            QCoreApplication.translate("IdentityDocumentsView", "Saving the document…"),
        )

    @Slot()
    def delete_selected(self) -> None:
        document = self.model.document_at(self.selected_row())
        if document is None or self._busy:
            return
        what = document_type_label(document.type)
        number = masked_number(document.number)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("IdentityDocumentsView", "Delete identity document"),
            QCoreApplication.translate(
                "IdentityDocumentsView",
                "Delete the %1 %2 from this profile? This cannot be undone.",
            )
            .replace("%1", QCoreApplication.translate(IDENTITY_DOCUMENT_CONTEXT, what).lower())
            .replace("%2", number)
            .replace("  ", " "),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        document_id = str(document.id)
        self._write(
            lambda client: client.delete_identity_documents([document_id]),
            "identityDocuments/delete",
            QCoreApplication.translate("IdentityDocumentsView", "Deleting the document…"),
        )

    def _write(self, fn: Callable[[Any], Any], label: str, busy_text: str) -> None:
        self._set_busy(True, busy_text)
        request = self._calls.write(fn, owner=self, label=label)
        request.succeeded.connect(self._written)
        request.failed.connect(self._failed)

    @Slot(object)
    def _written(self, _result: object) -> None:
        self.documentsChanged.emit()
        self.load()

    # -- scans -------------------------------------------------------------------------------

    @Slot()
    def attach_scan_of_selected(self) -> None:
        document = self.model.document_at(self.selected_row())
        if document is None:
            return
        label = QCoreApplication.translate(
            IDENTITY_DOCUMENT_CONTEXT, document_type_label(document.type)
        )
        if document.issuing_country_code:
            label = f"{label} {document.issuing_country_code}"
        self.open_attach_dialog(label)

    @Slot()
    def attach_file(self) -> None:
        self.open_attach_dialog("")

    def open_attach_dialog(self, document_label: str) -> QDialog:
        from desktop.ui.attach_file_dialog import AttachFileDialog

        dialog = AttachFileDialog(
            self._calls,
            self._customer_id,
            self._customer_name,
            document=document_label,
            today=self._today,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


# Button texts by object name, in the ``IdentityDocumentsView`` context.
_BUTTON_TEXTS = {
    "addDocumentButton": QT_TRANSLATE_NOOP("IdentityDocumentsView", "Add…"),
    "editDocumentButton": QT_TRANSLATE_NOOP("IdentityDocumentsView", "Edit…"),
    "deleteDocumentButton": QT_TRANSLATE_NOOP("IdentityDocumentsView", "Delete…"),
    "revealNumberButton": QT_TRANSLATE_NOOP("IdentityDocumentsView", "Show number"),
    "attachScanButton": QT_TRANSLATE_NOOP("IdentityDocumentsView", "Attach scan…"),
}


def _button(name: str, slot: Callable[[], Any]) -> QPushButton:
    """Texts live in ``_BUTTON_TEXTS`` so each button reads on one line where it is made."""
    button = QPushButton(QCoreApplication.translate("IdentityDocumentsView", _BUTTON_TEXTS[name]))
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button
