"""The table model behind the "ID documents" tab: one customer's identity documents.

Numbers are masked unless the receptionist revealed that one document; expired documents
are marked in colour *and* words (the expiry column says so, and a tooltip), since colour
alone is missed. Valid documents sort first, the one valid longest on top.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush

from desktop.desk.countries import COUNTRY_CONTEXT, country_name
from desktop.desk.identity_document_fields import (
    IDENTITY_DOCUMENT_CONTEXT,
    document_type_label,
    expires_soon,
    is_expired,
    masked_number,
)
from desktop.ui import tints
from desktop.ui.model_index import AnyIndex

if TYPE_CHECKING:  # the pydantic models load with the client, not at start-up
    from desktop.mews.models import IdentityDocumentV20241025


def _tr(text: str) -> str:
    return QCoreApplication.translate("IdentityDocumentsView", text)


class DocumentColumn(IntEnum):
    TYPE = 0
    NUMBER = 1
    COUNTRY = 2
    ISSUED = 3
    EXPIRES = 4


_HEADERS = {
    DocumentColumn.TYPE: QT_TRANSLATE_NOOP("IdentityDocumentsView", "Type"),
    DocumentColumn.NUMBER: QT_TRANSLATE_NOOP("IdentityDocumentsView", "Number"),
    DocumentColumn.COUNTRY: QT_TRANSLATE_NOOP("IdentityDocumentsView", "Issuing country"),
    DocumentColumn.ISSUED: QT_TRANSLATE_NOOP("IdentityDocumentsView", "Issued"),
    DocumentColumn.EXPIRES: QT_TRANSLATE_NOOP("IdentityDocumentsView", "Expires"),
}


class IdentityDocumentsModel(QAbstractTableModel):
    """A customer's documents; numbers masked except for ids in the revealed set."""

    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._documents: list[IdentityDocumentV20241025] = []
        self._revealed: set[str] = set()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DocumentColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(DocumentColumn)
        ):
            return _tr(_HEADERS[DocumentColumn(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._documents):
            return None
        document = self._documents[index.row()]
        column = DocumentColumn(index.column())
        expired = is_expired(document.expiration_date, today=self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(document, column, expired)
        if role == Qt.ItemDataRole.BackgroundRole:
            if expired:
                return QBrush(tints.tinted(tints.RED))
            if expires_soon(document.expiration_date, today=self._today):
                return QBrush(tints.tinted(tints.AMBER))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and expired:
            return QBrush(tints.accent_text(tints.RED, tints.tinted(tints.RED)))
        if role == Qt.ItemDataRole.ToolTipRole and column == DocumentColumn.EXPIRES and expired:
            return QCoreApplication.translate("IdentityDocumentsView", "This document has expired.")
        return None

    def _display(
        self, document: IdentityDocumentV20241025, column: DocumentColumn, expired: bool
    ) -> str:
        if column == DocumentColumn.TYPE:
            return QCoreApplication.translate(
                IDENTITY_DOCUMENT_CONTEXT, document_type_label(document.type)
            )
        if column == DocumentColumn.NUMBER:
            if not document.number:
                return QCoreApplication.translate("IdentityDocumentsView", "(none)")
            if str(document.id) in self._revealed:
                return document.number
            return masked_number(document.number)
        if column == DocumentColumn.COUNTRY:
            code = document.issuing_country_code or ""
            return QCoreApplication.translate(COUNTRY_CONTEXT, country_name(code)) if code else ""
        if column == DocumentColumn.ISSUED:
            return document.issuance_date.isoformat() if document.issuance_date else ""
        expiry = document.expiration_date
        if expiry is None:
            return ""
        if expired:
            return QCoreApplication.translate("IdentityDocumentsView", "%1 (expired)").replace(
                "%1", expiry.isoformat()
            )
        if expires_soon(expiry, today=self._today):
            return QCoreApplication.translate("IdentityDocumentsView", "%1 (expires soon)").replace(
                "%1", expiry.isoformat()
            )
        return expiry.isoformat()

    def set_documents(self, documents: list[IdentityDocumentV20241025]) -> None:
        self.beginResetModel()
        # Valid documents first, the one valid longest on top; expired ones at the bottom.
        self._documents = sorted(
            documents,
            key=lambda item: (
                is_expired(item.expiration_date, today=self._today),
                -(item.expiration_date or dt.date.max).toordinal(),
            ),
        )
        self._revealed.clear()
        self.endResetModel()

    def document_at(self, row: int) -> IdentityDocumentV20241025 | None:
        return self._documents[row] if 0 <= row < len(self._documents) else None

    def documents(self) -> list[IdentityDocumentV20241025]:
        return list(self._documents)

    def is_revealed(self, row: int) -> bool:
        document = self.document_at(row)
        return document is not None and str(document.id) in self._revealed

    def set_revealed(self, row: int, revealed: bool) -> None:
        document = self.document_at(row)
        if document is None:
            return
        if revealed:
            self._revealed.add(str(document.id))
        else:
            self._revealed.discard(str(document.id))
        cell = self.index(row, DocumentColumn.NUMBER)
        self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])
