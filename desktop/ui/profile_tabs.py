"""The profile editor's tabs: the form, the guest's open items and the ID documents.

The form's tab keeps the receptionist's place (focused field, scroll position) across the
moment a save locks the form. Open items and documents cost a request each, so they load when their tab is shown, once
per customer, and a late answer for a customer no longer open is dropped.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QTabWidget, QWidget

from desktop.ui.customer_documents_tab import CustomerDocumentsTab
from desktop.ui.editor_message_bar import error_text
from desktop.ui.open_items_view import OpenItemsPanel
from desktop.ui.profile_form import ProfileForm
from desktop.ui.profile_service import ProfileService
from desktop.ui.workers import LatestOnly


class ProfileTabs(QTabWidget):
    """ "Profile" (the scrollable form), "Open items" and "ID documents" of one customer."""

    def __init__(self, form: ProfileForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileTabs")
        self._service: ProfileService | None = None
        self._customer_id: str | None = None
        self._open_items_request = LatestOnly()
        self._open_items_for: str | None = None
        self._form = form
        self._place: tuple[QWidget | None, int] = (None, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("profileScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(form)
        self.open_items = OpenItemsPanel(self)
        self.documents = CustomerDocumentsTab(self)
        self.addTab(self.scroll, QCoreApplication.translate("ProfileEditor", "Profile"))
        self.addTab(self.open_items, QCoreApplication.translate("ProfileEditor", "Open items"))
        self.addTab(self.documents, QCoreApplication.translate("ProfileEditor", "ID documents"))
        self.currentChanged.connect(self._tab_changed)

    def set_service(self, service: ProfileService | None) -> None:
        self._service = service

    def show_customer(self, customer_id: str, name: str) -> None:
        """A saved customer: its open items and documents load when their tab is shown."""
        self._customer_id = customer_id
        self._open_items_for = None
        self._open_items_request.cancel()
        if self._service is not None:
            self.documents.set_customer(self._service.calls(), customer_id, name)
        if self.currentWidget() is self.open_items:
            self._load_open_items()

    def show_new(self) -> None:
        """A profile not yet added has neither open items nor documents."""
        self._customer_id = None
        self._open_items_for = None
        self.open_items.model.set_rows([])
        self.open_items.show_message(
            QCoreApplication.translate("ProfileEditor", "A new profile has no open items.")
        )
        self.documents.clear()

    def remember_place(self) -> None:
        """Note the field being edited and the scroll position before the form locks.

        Locking disables the focused editor, so Qt moves focus to the next enabled widget
        (often the read-only facts at the bottom) and the scroll area follows it; after
        the save the receptionist should be back where they were typing.
        """
        focused = QApplication.focusWidget()
        inside = focused is not None and self._form.isAncestorOf(focused)
        self._place = (focused if inside else None, self.scroll.verticalScrollBar().value())

    def restore_place(self) -> None:
        focused, position = self._place
        self._place = (None, position)
        if focused is not None and shiboken6.isValid(focused) and focused.isEnabled():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.verticalScrollBar().setValue(position)

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        if self.currentWidget() is self.open_items and self._open_items_for != self._customer_id:
            self._load_open_items()

    def _load_open_items(self) -> None:
        if self._service is None or self._customer_id is None:
            return
        customer_id = self._customer_id
        self._open_items_for = customer_id
        self.open_items.show_loading()
        request = self._service.open_items(self, customer_id)
        self._open_items_request.replace(request)

        def shown(rows: Any) -> None:
            if self._open_items_request.is_current(request):
                self.open_items.show_rows(rows)

        def failed(error: BaseException) -> None:
            if self._open_items_request.is_current(request):
                self._open_items_for = None
                self.open_items.show_message(error_text(error))

        request.succeeded.connect(shown)
        request.failed.connect(failed)
