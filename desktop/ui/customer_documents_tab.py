"""The profile editor's "ID documents" tab, following whichever customer is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.api_calls import ApiCalls
from desktop.ui.identity_documents_view import IdentityDocumentsView
from desktop.ui.plain_text import plain_label


class CustomerDocumentsTab(QWidget):
    """The profile editor's "ID documents" tab, following whichever customer is open.

    A new :class:`IdentityDocumentsView` is made per customer (so one guest's documents
    can never linger under another's name) and loads when the tab is first shown, not
    on every profile opened.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDocumentsTab")
        self.view: IdentityDocumentsView | None = None
        self._loaded = False
        self.placeholder = plain_label(
            QCoreApplication.translate(
                "IdentityDocumentsView", "Save the profile first; documents belong to a saved one."
            )
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.placeholder)

    def set_customer(self, calls: ApiCalls, customer_id: str, customer_name: str) -> None:
        if self.view is not None and self.view.customer_id == customer_id:
            return
        self.clear()
        self.view = IdentityDocumentsView(calls, customer_id, customer_name, parent=self)
        self._layout.addWidget(self.view)
        self.placeholder.hide()
        if self.isVisible():
            self._load_once()

    def clear(self) -> None:
        if self.view is not None:
            self.view.hide()
            self.view.deleteLater()
            self.view = None
        self._loaded = False
        self.placeholder.show()

    def attach_file(self) -> None:
        """The editor's "Attach file…" button: the attach dialog for the open customer."""
        if self.view is not None:
            self.view.attach_file()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._load_once()

    def _load_once(self) -> None:
        if self.view is not None and not self._loaded:
            self._loaded = True
            self.view.load()
