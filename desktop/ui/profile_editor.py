"""The profile editor: view, edit and add a customer without knowing the API.

``ProfileEditor`` (objectName ``profileEditor``) shows one profile in a scrollable, grouped
form with an "Open items" tab. It owns the whole save conversation with Mews:

- Save (``saveButton``, Ctrl+S) is enabled only when something changed and every edited
  field is valid; problems and notes are shown beside the field.
- Before ``customers/update`` the customer is fetched again; if its ``UpdatedUtc`` moved and
  someone else changed editable fields, the user sees both sides and chooses. Only changed
  fields are sent (see ``desktop.desk.profile_diff``); fields the user emptied are reported,
  because Mews does not clear them.
- A new profile (``newCustomerAction``, Ctrl+N) is checked for likely duplicates before
  ``customers/add``; the user opens one, overwrites it by email, or creates anyway.
- A failure keeps every edit on screen: the server's message is shown, network failures
  offer Retry.

Signals for the desk: ``customerSaved(object)`` (the ``Customer`` Mews returned, after an
update or an add), ``dirtyChanged(bool)``, ``customerLoaded(str)``. Every API call goes
through :class:`~desktop.ui.profile_service.ProfileService` on the desk's worker pools.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.duplicate_check import find_duplicates, lookup_filters
from desktop.desk.profile_conflicts import compare, rebase, server_moved
from desktop.desk.profile_diff import build_add, build_update
from desktop.desk.profile_fields import (
    FIELD_CONTEXT,
    FIELDS_BY_KEY,
    ProfileValues,
    Saving,
    changed_keys,
    empty_values,
    is_blank,
    values_from_customer,
)
from desktop.desk.profile_validation import VALIDATION_CONTEXT, validate_profile
from desktop.mews import (
    InvalidResponseError,
    MewsError,
    NetworkError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
)
from desktop.ui import tints
from desktop.ui.identity_documents_view import CustomerDocumentsTab
from desktop.ui.open_items_view import OpenItemsPanel
from desktop.ui.profile_dialogs import (
    ConflictChoice,
    ConflictDialog,
    DuplicateChoice,
    DuplicateDialog,
    LeaveChoice,
    ask_unsaved_changes,
)
from desktop.ui.profile_form import ProfileForm
from desktop.ui.profile_service import ProfileService
from desktop.ui.workers import LatestOnly, Request

RETRYABLE = (
    NetworkError,
    RequestTimeoutError,
    ServerError,
    RateLimitedError,
    InvalidResponseError,
)
#: Failures after which Mews may have done the write anyway (the answer was lost).
OUTCOME_UNKNOWN = (NetworkError, RequestTimeoutError, ServerError, InvalidResponseError)


def _field_name(key: str) -> str:
    return QCoreApplication.translate(FIELD_CONTEXT, FIELDS_BY_KEY[key].label)


class ProfileEditor(QWidget):
    """One customer profile, editable; see the module docstring for the save rules."""

    customerSaved = Signal(object)
    customerLoaded = Signal(str)
    dirtyChanged = Signal(bool)

    def __init__(self, service: ProfileService | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profileEditor")
        self._service = service
        self._customer: Any = None
        self._customer_id: str | None = None
        self._opened: ProfileValues = empty_values()
        self._opened_updated: Any = None
        self._dirty = False
        self._busy = False
        self._retry: Callable[[], None] | None = None
        self._after_save: Callable[[], None] | None = None
        self._loads = LatestOnly()
        self._open_items_request = LatestOnly()
        self._open_items_for: str | None = None
        self._saving: Request | None = None
        # The form and the candidate ids seen before an add whose answer was lost.
        self._unsure_add: tuple[ProfileValues, frozenset[str]] | None = None
        self._candidate_ids: frozenset[str] = frozenset()
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

        self.save_action = QAction(
            QCoreApplication.translate("ProfileEditor", "&Save profile"), self
        )
        self.save_action.setObjectName("saveAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self.new_customer_action = QAction(
            QCoreApplication.translate("ProfileEditor", "&New customer"), self
        )
        self.new_customer_action.setObjectName("newCustomerAction")
        self.new_customer_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_customer_action.setToolTip(
            QCoreApplication.translate("ProfileEditor", "Add a new customer profile (Ctrl+N)")
        )
        self.new_customer_action.triggered.connect(self.new_customer)

        # The name gets a line of its own: the editor often sits in a narrow side panel.
        self.heading.setWordWrap(True)
        header = QHBoxLayout()
        header.addStretch(1)
        self.attach_file_button = QPushButton(
            QCoreApplication.translate("ProfileEditor", "Attach file…"), self
        )
        self.attach_file_button.setObjectName("attachFileButton")
        self.attach_file_button.setToolTip(
            QCoreApplication.translate(
                "ProfileEditor", "Attach a scanned ID or document to this profile"
            )
        )
        header.addWidget(self.attach_file_button)
        header.addWidget(self.revert_button)
        header.addWidget(self.save_button)

        self.message = QLabel(self)
        self.message.setObjectName("editorMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(QCoreApplication.translate("ProfileEditor", "Retry"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self._run_retry)
        self.message_bar = QFrame(self)
        self.message_bar.setObjectName("editorMessageBar")
        self.message_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.message_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.retry_button)
        self.message_bar.hide()

        self.form = ProfileForm(self)
        self.form.edited.connect(self._refresh)
        scroll = QScrollArea(self)
        scroll.setObjectName("profileScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self._scroll = scroll
        self._place: tuple[QWidget | None, int] = (None, 0)

        self.open_items = OpenItemsPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("profileTabs")
        self.tabs.addTab(scroll, QCoreApplication.translate("ProfileEditor", "Profile"))
        self.tabs.addTab(self.open_items, QCoreApplication.translate("ProfileEditor", "Open items"))
        self.documents = CustomerDocumentsTab(self)
        self.tabs.addTab(
            self.documents, QCoreApplication.translate("ProfileEditor", "ID documents")
        )
        self.attach_file_button.clicked.connect(self.documents.attach_file)
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(header)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)

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
        self._open_items_for = None
        self._open_items_request.cancel()
        if self._service is not None:
            self.documents.set_customer(
                self._service.calls(), self._customer_id, self._display_name()
            )
        self.attach_file_button.setEnabled(self._service is not None)
        self._hide_message()
        self._refresh()
        if self.tabs.currentWidget() is self.open_items:
            self._load_open_items()
        self.customerLoaded.emit(self._customer_id)

    def open_customer(self, customer_id: str) -> bool:
        """Fetch and show a customer, asking first if there are unsaved changes."""
        if customer_id == self._customer_id and not self._busy:
            return True
        return self.maybe_leave(lambda: self._fetch_and_show(customer_id))

    def new_customer(self) -> bool:
        """An empty form for ``customers/add``, asking first if there are unsaved changes."""
        return self.maybe_leave(self._show_new_form)

    def _show_new_form(self) -> None:
        self._loads.cancel()
        self._unsure_add = None
        self._customer = None
        self._customer_id = None
        self._opened = empty_values()
        self._opened_updated = None
        self.form.set_values(self._opened)
        self._open_items_for = None
        self.open_items.model.set_rows([])
        self.open_items.show_message(
            QCoreApplication.translate("ProfileEditor", "A new profile has no open items.")
        )
        self.documents.clear()
        self.attach_file_button.setEnabled(False)
        self._hide_message()
        self._refresh()

    def _fetch_and_show(self, customer_id: str) -> None:
        if self._service is None:
            return
        self._show_info(QCoreApplication.translate("ProfileEditor", "Loading profile…"))
        request = self._service.fetch_customer(self, customer_id)
        self._loads.replace(request)
        request.succeeded.connect(lambda customer: self._fetched(request, customer_id, customer))
        request.failed.connect(lambda error: self._fetch_failed(request, customer_id, error))

    def _fetched(self, request: Request, customer_id: str, customer: Any) -> None:
        if not self._loads.is_current(request):
            return
        self._loads.replace(None)
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
        self._show_error(error, retry=lambda: self._fetch_and_show(customer_id))

    # --- leaving --------------------------------------------------------------------------

    def maybe_leave(
        self, proceed: Callable[[], None] | None = None, *, run_now: bool = True
    ) -> bool:
        """Ask Save / Discard / Cancel if dirty; ``True`` when leaving may happen right away.

        With Save, the save starts and ``proceed`` runs once it succeeded (the caller gets
        ``False`` now). Otherwise ``proceed`` runs at once when leaving is fine (not dirty,
        or Discard) unless ``run_now`` is false: a ``closeEvent`` just accepts instead.
        """
        if self._busy:
            self._show_info(
                QCoreApplication.translate(
                    "ProfileEditor", "Please wait until the profile is saved."
                )
            )
            return False
        if not self._dirty:
            if proceed and run_now:
                proceed()
            return True
        choice = ask_unsaved_changes(self, self._display_name())
        if choice is LeaveChoice.CANCEL:
            return False
        if choice is LeaveChoice.SAVE:
            if not self.save_button.isEnabled():
                self._show_problem(
                    QCoreApplication.translate(
                        "ProfileEditor", "Fix the marked fields before saving."
                    )
                )
                return False
            self.save(then=proceed)
            return False
        self.revert()
        if proceed and run_now:
            proceed()
        return True

    def may_close(self, close: Callable[[], None]) -> bool:
        """For a window's ``closeEvent``: True to close now; after Save, ``close`` runs later."""
        return self.maybe_leave(close, run_now=False)

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
    def _refresh(self) -> None:
        values = self.form.values()
        changed = changed_keys(self._opened, values)
        # An untouched new form is not wrong yet: no "required" nagging before any typing.
        problems = validate_profile(values, only=set(changed)) if changed else {}
        notes: dict[str, str] = {}
        if self._customer_id is not None:
            for key in changed:
                saving = FIELDS_BY_KEY[key].saving
                if saving in (Saving.PLAIN, Saving.ADDRESS) and is_blank(values[key]):
                    notes[key] = QCoreApplication.translate(
                        "ProfileEditor",
                        "Mews does not clear a field left empty: it will keep the old value.",
                    )
        self.form.show_messages(
            {k: QCoreApplication.translate(VALIDATION_CONTEXT, v) for k, v in problems.items()},
            notes,
        )
        dirty = bool(changed)
        self.save_button.setEnabled(dirty and not problems and not self._busy)
        self.save_action.setEnabled(self.save_button.isEnabled())
        self.revert_button.setEnabled(dirty and not self._busy)
        self.heading.setText(self._display_name())
        self.setWindowTitle(f"{self._display_name()}[*]")
        self.setWindowModified(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self._remember_place()
        self._busy = busy
        self.form.set_editable(not busy)
        self._refresh()
        if not busy:
            self._restore_place()

    def _remember_place(self) -> None:
        """Note the field being edited and the scroll position before the form locks.

        Locking disables the focused editor, so Qt moves focus to the next enabled widget
        (often the read-only facts at the bottom) and the scroll area follows it; after
        the save the receptionist should be back where they were typing.
        """
        focused = QApplication.focusWidget()
        inside = focused is not None and self.form.isAncestorOf(focused)
        self._place = (focused if inside else None, self._scroll.verticalScrollBar().value())

    def _restore_place(self) -> None:
        focused, position = self._place
        self._place = (None, position)
        if focused is not None and shiboken6.isValid(focused) and focused.isEnabled():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll.verticalScrollBar().setValue(position)

    # --- saving ---------------------------------------------------------------------------

    @Slot()
    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the edits (update) or the new profile (add), see the module docstring."""
        if self._service is None or self._busy or not self.save_button.isEnabled():
            return
        self._after_save = then if callable(then) else None
        self._set_busy(True)
        self._show_info(QCoreApplication.translate("ProfileEditor", "Saving…"))
        if self._customer_id is None:
            self._check_duplicates()
        else:
            self._refetch_before_update()

    def _refetch_before_update(self) -> None:
        assert self._service is not None and self._customer_id is not None
        request = self._service.fetch_customer(self, self._customer_id)
        request.succeeded.connect(self._compare_and_update)
        request.failed.connect(lambda error: self._save_failed(error))

    @Slot(object)
    def _compare_and_update(self, current: Any) -> None:
        if current is None:
            self._set_busy(False)
            self._show_problem(
                QCoreApplication.translate(
                    "ProfileEditor", "This profile no longer exists in Mews; nothing was saved."
                )
            )
            return
        mine = self.form.values()
        if server_moved(self._opened_updated, getattr(current, "updated_utc", None)):
            theirs = values_from_customer(current)
            report = compare(self._opened, theirs, mine)
            if report.others_changed_anything:
                choice = ConflictDialog.ask(report, self)
                if choice is ConflictChoice.KEEP_EDITING:
                    self._set_busy(False)
                    self._show_info(
                        QCoreApplication.translate(
                            "ProfileEditor", "Not saved. Your changes are still here."
                        )
                    )
                    return
                if choice is ConflictChoice.LOAD_THEIRS:
                    self._busy = False
                    self.form.set_editable(True)
                    self.load_customer(current)
                    self._restore_place()
                    self._show_info(
                        QCoreApplication.translate(
                            "ProfileEditor",
                            "Loaded the version now in Mews; your changes were discarded.",
                        )
                    )
                    return
                mine = rebase(self._opened, theirs, mine)
            self._customer = current
            self._opened = theirs
            self._opened_updated = getattr(current, "updated_utc", None)
            self.form.set_values(mine)
        self._send_update(mine)

    def _send_update(self, mine: ProfileValues) -> None:
        assert self._service is not None and self._customer_id is not None
        update = build_update(self._opened, mine)
        if not update.sends_anything and not update.not_cleared and self._customer is not None:
            # Mews already holds every edit: an earlier save went through but its answer
            # was lost. Show it as saved instead of sending an empty update.
            self._saved(self._customer)
            return
        if not update.sends_anything:
            for key in update.not_cleared:
                self.form.set_field(key, self._opened[key])
            self._set_busy(False)
            self._report_not_cleared(update.not_cleared, saved=False)
            self._finish_save()
            return
        request = self._service.update_customer(self, self._customer_id, update.arguments)
        request.succeeded.connect(lambda customer: self._saved(customer, update.not_cleared))
        request.failed.connect(lambda error: self._save_failed(error))

    def _saved(self, customer: Any, not_cleared: tuple[str, ...] = (), note: str = "") -> None:
        self._busy = False
        self.form.set_editable(True)
        self.load_customer(customer)
        self._restore_place()
        if not_cleared:
            self._report_not_cleared(not_cleared, saved=True)
        else:
            self._show_info(note or QCoreApplication.translate("ProfileEditor", "Saved."))
        self.customerSaved.emit(customer)
        self._finish_save()

    def _finish_save(self) -> None:
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _report_not_cleared(self, keys: tuple[str, ...], *, saved: bool) -> None:
        names = ", ".join(_field_name(key) for key in keys)
        lead = QCoreApplication.translate("ProfileEditor", "Saved.") + " " if saved else ""
        self._show_info(
            lead
            + QCoreApplication.translate(
                "ProfileEditor",
                "Mews cannot clear a field through this connection, so these kept their "
                "old value: %1.",
            ).replace("%1", names)
        )

    def _save_failed(self, error: BaseException) -> None:
        self._after_save = None
        self._set_busy(False)
        self._show_error(error, retry=self.save)

    # --- adding ---------------------------------------------------------------------------

    def _check_duplicates(self) -> None:
        assert self._service is not None
        values = self.form.values()
        filters = lookup_filters(values)
        if not filters:
            self._add(overwrite=False)
            return
        request = self._service.find_candidates(self, filters)
        request.succeeded.connect(lambda found: self._candidates_found(values, found))
        request.failed.connect(lambda error: self._save_failed(error))

    def _candidates_found(self, values: ProfileValues, customers: list[Any]) -> None:
        unsure, self._unsure_add = self._unsure_add, None
        if unsure is not None and unsure[0] == values:
            created = _created_by_lost_add(values, customers, known=unsure[1])
            if created is not None:
                # The earlier add did reach Mews; sending it again would make a duplicate.
                self._saved(
                    created, note=QCoreApplication.translate("ProfileEditor", "Profile created.")
                )
                return
        self._candidate_ids = frozenset(str(customer.id) for customer in customers)
        matches = find_duplicates(values, customers)
        if not matches:
            self._add(overwrite=False)
            return
        choice, match = DuplicateDialog.ask(matches, str(values.get("email") or ""), self)
        if choice is DuplicateChoice.CANCEL:
            self._set_busy(False)
            self._show_info(
                QCoreApplication.translate(
                    "ProfileEditor", "Not saved. The new profile is still here."
                )
            )
        elif choice is DuplicateChoice.OPEN_EXISTING and match is not None:
            self._set_busy(False)
            self._show_new_form()
            self._fetch_and_show(str(match.customer.id))
        elif choice is DuplicateChoice.OVERWRITE:
            self._add(overwrite=True)
        else:
            self._add(overwrite=False)

    def _add(self, *, overwrite: bool) -> None:
        assert self._service is not None
        values = self.form.values()
        arguments = build_add(values)
        request = self._service.add_customer(self, arguments, overwrite_existing=overwrite)
        note = (
            QCoreApplication.translate("ProfileEditor", "Existing profile overwritten.")
            if overwrite
            else QCoreApplication.translate("ProfileEditor", "Profile created.")
        )
        request.succeeded.connect(lambda customer: self._saved(customer, note=note))
        request.failed.connect(lambda error: self._add_failed(values, error))

    def _add_failed(self, values: ProfileValues, error: BaseException) -> None:
        if isinstance(error, OUTCOME_UNKNOWN) and not (
            isinstance(error, NetworkError) and not error.request_sent
        ):
            # Saving again looks the guest up first and adopts what this add created.
            self._unsure_add = (values, self._candidate_ids)
        self._save_failed(error)

    # --- open items -----------------------------------------------------------------------

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        if (
            self.tabs.currentWidget() is self.open_items
            and self._open_items_for != self._customer_id
        ):
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
                self.open_items.show_message(_error_text(error))

        request.succeeded.connect(shown)
        request.failed.connect(failed)

    # --- messages -------------------------------------------------------------------------

    def _show_error(self, error: BaseException, *, retry: Callable[[], None] | None) -> None:
        text = _error_text(error)
        retryable = isinstance(error, RETRYABLE)
        if isinstance(error, MewsError) and "email" in (error.message or "").lower():
            self.form.show_messages({"email": error.message}, {})
        self._show_message(text, problem=True, retry=retry if retryable else None)

    def _show_info(self, text: str) -> None:
        self._show_message(text, problem=False, retry=None)

    def _show_problem(self, text: str) -> None:
        self._show_message(text, problem=True, retry=None)

    def _show_message(self, text: str, *, problem: bool, retry: Callable[[], None] | None) -> None:
        self._retry = retry
        self.message.setText(text)
        self.message_bar.setProperty("problem", problem)
        accent = tints.RED if problem else tints.BLUE
        self.message_bar.setStyleSheet(
            f"#editorMessageBar {{ background: {tints.tinted(accent).name()};"
            f" border: 1px solid {accent.name()}; }}"
        )
        self.retry_button.setVisible(retry is not None)
        self.message_bar.show()

    def _hide_message(self) -> None:
        self._retry = None
        self.message.clear()
        self.message_bar.hide()

    @Slot()
    def _run_retry(self) -> None:
        retry, self._retry = self._retry, None
        self._hide_message()
        if retry is not None:
            retry()


def _created_by_lost_add(
    values: ProfileValues, customers: list[Any], *, known: frozenset[str]
) -> Any:
    """The profile an add whose answer was lost created: new since, same email and names."""

    def fold(value: Any) -> str:
        return str(value or "").strip().casefold()

    for customer in customers:
        if str(customer.id) in known or getattr(customer, "is_active", True) is False:
            continue
        if all(
            fold(getattr(customer, key, None)) == fold(values.get(key))
            for key in ("email", "first_name", "last_name")
        ):
            return customer
    return None


def _error_text(error: BaseException) -> str:
    """The server's own message for the user, with the RequestId support will ask for."""
    if isinstance(error, MewsError):
        text = error.message
        if isinstance(error, RETRYABLE):
            text += " " + QCoreApplication.translate(
                "ProfileEditor", "Your changes are still here; try again."
            )
        if error.request_id:
            text += " " + QCoreApplication.translate("ProfileEditor", "(RequestId %1)").replace(
                "%1", error.request_id
            )
        return text
    return QCoreApplication.translate("ProfileEditor", "Unexpected error: %1").replace(
        "%1", str(error) or type(error).__name__
    )
