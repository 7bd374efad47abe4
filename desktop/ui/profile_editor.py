"""The profile editor: view, edit and add a customer without knowing the API.

``ProfileEditor`` (objectName ``profileEditor``) shows one profile in a scrollable, grouped
form beside "Open items" and "ID documents" tabs (:mod:`~desktop.ui.profile_tabs`). It owns
the whole save conversation with Mews (:mod:`~desktop.ui.profile_save_flow`):

- Save (``saveButton``, Ctrl+S) is enabled only when something changed and every edited
  field is valid; problems and notes are shown beside the field.
- Before ``customers/update`` the customer is fetched again and edit conflicts are shown;
  only changed fields are sent.
- A new profile (``newCustomerAction``, Ctrl+N) is checked for likely duplicates before
  ``customers/add``.
- A failure keeps every edit on screen: the server's message is shown in the message bar
  (:mod:`~desktop.ui.editor_message_bar`), network failures offer Retry.

Signals for the desk: ``customerSaved(object)`` (the ``Customer`` Mews returned, after an
update or an add), ``dirtyChanged(bool)``, ``customerLoaded(str)``. Every API call goes
through :class:`~desktop.ui.profile_service.ProfileService` on the desk's worker pools.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.desk.profile_fields import (
    FIELDS_BY_KEY,
    ProfileValues,
    Saving,
    changed_keys,
    empty_values,
    is_blank,
    values_from_customer,
)
from desktop.desk.profile_validation import VALIDATION_CONTEXT, validate_profile
from desktop.desk.translatable import fill_template
from desktop.mews import MewsError
from desktop.ui import tints
from desktop.ui.editor_message_bar import RETRYABLE, EditorMessageBar, error_text
from desktop.ui.optional_date_edit import date_examples
from desktop.ui.profile_actions import new_customer_action
from desktop.ui.profile_form import ProfileForm
from desktop.ui.profile_keyboard import ProfileKeyboard
from desktop.ui.profile_save_flow import ProfileSaveFlow
from desktop.ui.profile_service import ProfileService
from desktop.ui.profile_tabs import ProfileTabs
from desktop.ui.weak_slots import weak_slot
from desktop.ui.workers import LatestOnly, Request


class ProfileEditor(ProfileSaveFlow, ProfileKeyboard, QWidget):
    """One customer profile, editable; see the module docstring for the save rules."""

    customerSaved = Signal(object)
    customerLoaded = Signal(str)
    dirtyChanged = Signal(bool)

    def __init__(
        self,
        service: ProfileService | None = None,
        parent: QWidget | None = None,
        new_customer_action: QAction | None = None,
    ) -> None:
        """``new_customer_action``: the desk's own Ctrl+N, which the desk connects itself;
        without one the editor makes and answers its own."""
        super().__init__(parent)
        self.new_customer_action = new_customer_action
        self.setObjectName("profileEditor")
        self._service = service
        self._customer: Any = None
        self._customer_id: str | None = None
        self._opened: ProfileValues = empty_values()
        self._opened_updated: Any = None
        self._dirty = False
        self._busy = False
        #: A profile is on its way: the form takes no typing, the arriving one would replace it.
        self._loading = False
        self._after_save: Callable[[], None] | None = None
        self._loads = LatestOnly()
        # The form and the candidate ids seen before an add whose answer was lost.
        self._unsure_add: tuple[ProfileValues, frozenset[str]] | None = None
        self._candidate_ids: frozenset[str] = frozenset()
        #: The marked fields, in form order: Ctrl+S takes the cursor to the first.
        self._problem_keys: tuple[str, ...] = ()
        self._build()
        self._show_new_form()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("profileHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        self.save_button = QPushButton(QCoreApplication.translate("ProfileEditor", "Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setMinimumWidth(110)
        save_background, save_text = tints.filled_colors(tints.BLUE)
        self.save_button.setStyleSheet(
            f"QPushButton#saveButton:enabled {{ background: {save_background.name()};"
            f" color: {save_text.name()}; font-weight: bold;"
            f" border: 1px solid {save_background.darker(115).name()}; border-radius: 4px;"
            " padding: 5px 16px; }"
        )
        self.save_button.setToolTip(
            QCoreApplication.translate("ProfileEditor", "Save the changes to Mews (Ctrl+S)")
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(
            QCoreApplication.translate("ProfileEditor", "Undo changes"), self
        )
        self.revert_button.setObjectName("revertButton")
        self.revert_button.clicked.connect(self.revert)

        self._build_save_action()

        if self.new_customer_action is None:
            self.new_customer_action = new_customer_action(self)
            self.new_customer_action.triggered.connect(self.new_customer)

        # The name gets a line of its own: the editor often sits in a narrow side panel.
        self.heading.setWordWrap(True)
        header = QHBoxLayout()
        header.addStretch(1)
        self.attach_file_button = self._button(
            "attachFileButton",
            QCoreApplication.translate("ProfileEditor", "Attach file…"),
            QCoreApplication.translate(
                "ProfileEditor", "Attach a scanned ID or document to this profile"
            ),
        )
        self.export_button = self._button(
            "exportGuestDataButton",
            QCoreApplication.translate("ProfileEditor", "Export guest data…"),
            QCoreApplication.translate(
                "ProfileEditor", "Write everything held about this guest to JSON and PDF files"
            ),
        )
        self.export_button.clicked.connect(self.export_guest_data)
        header.addWidget(self.attach_file_button)
        header.addWidget(self.revert_button)
        header.addWidget(self.save_button)

        self.message_bar = EditorMessageBar(self)
        self.message = self.message_bar.message
        self.retry_button = self.message_bar.retry_button

        self.form = ProfileForm(self)
        self.form.edited.connect(self._user_edited)
        self.tabs = ProfileTabs(self.form, self)
        self.tabs.set_service(self._service)
        self.open_items = self.tabs.open_items
        self.documents = self.tabs.documents
        self.attach_file_button.clicked.connect(self.documents.attach_file)
        layout = QVBoxLayout(self)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading_row)
        layout.addLayout(header)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    # --- state ----------------------------------------------------------------------------

    def customer_id(self) -> str | None:
        """Id of the profile shown, ``None`` for a new one not yet added."""
        return self._customer_id

    def customer(self) -> Any:
        return self._customer

    def is_dirty(self) -> bool:
        return self._dirty

    def is_busy(self) -> bool:
        return self._busy

    def set_service(self, service: ProfileService) -> None:
        self._service = service
        self.tabs.set_service(service)

    @Slot()
    def export_guest_data(self) -> QWidget | None:
        """The guest data export for the open profile (a saved one only)."""
        if self._service is None or self._customer_id is None:
            return None
        from desktop.ui.guest_export_dialog import open_guest_export  # PDF writing: on use

        return open_guest_export(
            self._service.calls(), self._customer_id, self._display_name(), parent=self
        )

    def _display_name(self) -> str:
        values = self.form.values()
        name = " ".join(v for v in (values["first_name"], values["last_name"]) if v.strip())
        if self._customer_id is None:
            return name or QCoreApplication.translate("ProfileEditor", "New customer")
        return name or QCoreApplication.translate("ProfileEditor", "Customer %1").replace(
            "%1", str(self._opened.get("number") or "")
        )

    # --- loading --------------------------------------------------------------------------

    def load_customer(self, customer: Any) -> None:
        """Show ``customer`` (a ``Customer``) as the saved state; discards unsaved edits."""
        self._customer = customer
        self._customer_id = str(customer.id)
        self._opened = values_from_customer(customer)
        self._opened_updated = getattr(customer, "updated_utc", None)
        self.form.set_values(self._opened)
        self.tabs.show_customer(self._customer_id, self._display_name())
        self.attach_file_button.setEnabled(self._service is not None)
        self.export_button.setEnabled(self._service is not None)
        self._hide_message()
        self._refresh()
        self.customerLoaded.emit(self._customer_id)

    def open_customer(self, customer_id: str) -> bool:
        """Fetch and show a customer, asking first if there are unsaved changes."""
        if customer_id == self._customer_id and not self._busy:
            return True
        return self.maybe_leave(lambda: self._fetch_and_show(customer_id))

    def new_customer(self) -> bool:
        """An empty form for ``customers/add``, asking first if there are unsaved changes;
        the receptionist types the first name straight away."""
        return self.maybe_leave(self._start_new_profile)

    def _show_new_form(self) -> None:
        self._loads.cancel()
        self._set_loading(False)
        self._unsure_add = None
        self._customer = None
        self._customer_id = None
        self._opened = empty_values()
        self._opened_updated = None
        self.form.set_values(self._opened)
        self.tabs.show_new()
        self.attach_file_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self._hide_message()
        self._refresh()

    def _fetch_and_show(self, customer_id: str) -> None:
        if self._service is None:
            return
        self._show_info(QCoreApplication.translate("ProfileEditor", "Loading profile…"))
        self._set_loading(True)
        request = self._service.fetch_customer(self, customer_id)
        self._loads.replace(request)
        # Weakly held: the request must not keep a parentless editor alive (see weak_slots).
        request.succeeded.connect(weak_slot(self._fetched, request, customer_id))
        request.failed.connect(weak_slot(self._fetch_failed, request, customer_id))

    def _fetched(self, request: Request, customer_id: str, customer: Any) -> None:
        if not self._loads.is_current(request):
            return
        self._loads.replace(None)
        self._set_loading(False)
        if customer is None:
            self._show_problem(
                QCoreApplication.translate(
                    "ProfileEditor", "This profile no longer exists in Mews."
                )
            )
            return
        self.load_customer(customer)

    def _fetch_failed(self, request: Request, customer_id: str, error: BaseException) -> None:
        if not self._loads.is_current(request):
            return
        self._loads.replace(None)
        self._set_loading(False)
        # Typed after the failure, on the profile still shown: Retry asks before replacing it.
        self._show_error(
            error, retry=lambda: self.maybe_leave(lambda: self._fetch_and_show(customer_id))
        )

    # --- leaving (maybe_leave and may_close are the save flow's) ---------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close(self.close):
            event.accept()
        else:
            event.ignore()

    @Slot()
    def revert(self) -> None:
        """Drop unsaved edits and show the profile as last loaded."""
        self.form.set_values(self._opened)
        self._hide_message()
        self._refresh()

    # --- validation -----------------------------------------------------------------------

    @Slot()
    def _user_edited(self) -> None:
        # The bar spoke of the profile before this edit: "Saved." or Mews refusing an email
        # since corrected would now mislead. A Retry still applies; while a save runs,
        # only the save flow itself edits.
        if not self._busy and not self.message_bar.offers_retry():
            self._hide_message()
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        values = self.form.values()
        changed = changed_keys(self._opened, values)
        # An untouched new form is not wrong yet: no "required" nagging before any typing.
        problems = validate_profile(values, only=set(changed)) if changed else {}
        self._problem_keys = tuple(problems)
        notes: dict[str, str] = {}
        if self._customer_id is not None:
            for key in changed:
                saving = FIELDS_BY_KEY[key].saving
                if saving in (Saving.PLAIN, Saving.ADDRESS) and is_blank(values[key]):
                    notes[key] = QCoreApplication.translate(
                        "ProfileEditor",
                        "Mews does not clear a field left empty: it will keep the old value.",
                    )
        examples = date_examples()
        self.form.show_messages(
            {
                k: fill_template(QCoreApplication.translate(VALIDATION_CONTEXT, v), examples)
                for k, v in problems.items()
            },
            notes,
        )
        dirty = bool(changed)
        idle = not self._busy and not self._loading
        self.save_button.setEnabled(dirty and not problems and idle)
        self._update_save_action(dirty, idle)
        self.revert_button.setEnabled(dirty and idle)
        # While another profile loads, the heading names nobody rather than the wrong guest.
        loading = QCoreApplication.translate("ProfileEditor", "Loading profile…")
        self.heading.setText(loading if self._loading else self._display_name())
        self.setWindowTitle(f"{self._display_name()}[*]")
        self.setWindowModified(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.tabs.remember_place()
        self._busy = busy
        self.form.set_editable(not busy and not self._loading)
        self._refresh()
        if not busy:
            self.tabs.restore_place()

    def _set_loading(self, loading: bool) -> None:
        """Lock the form while a profile loads: what is typed then would be overwritten."""
        self._loading = loading
        self.form.set_editable(not loading and not self._busy)
        # Export and attach act on the profile shown, which is about to be replaced: with
        # the next guest already selected, they would reach the wrong person.
        shown = not loading and self._customer_id is not None and self._service is not None
        self.attach_file_button.setEnabled(shown)
        self.export_button.setEnabled(shown)
        self._refresh()

    # --- messages -------------------------------------------------------------------------

    def _show_error(self, error: BaseException, *, retry: Callable[[], None] | None) -> None:
        text = error_text(error)
        retryable = isinstance(error, RETRYABLE)
        if isinstance(error, MewsError) and "email" in (error.message or "").lower():
            self.form.show_messages({"email": error.message}, {})
        self._show_message(text, problem=True, retry=retry if retryable else None)

    def _show_info(self, text: str) -> None:
        self._show_message(text, problem=False, retry=None)

    def _show_problem(self, text: str) -> None:
        self._show_message(text, problem=True, retry=None)

    def _show_message(self, text: str, *, problem: bool, retry: Callable[[], None] | None) -> None:
        self.message_bar.show_message(text, problem=problem, retry=retry)

    def _hide_message(self) -> None:
        self.message_bar.clear_message()
