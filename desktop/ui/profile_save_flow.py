"""The profile editor's save conversation with Mews: update, edit conflicts, add, duplicates.

Before ``customers/update`` the customer is fetched again; if its ``UpdatedUtc`` moved and
someone else changed editable fields, the user sees both sides and chooses. Only changed
fields are sent (see ``desktop.desk.profile_diff``); fields the user emptied are reported,
because Mews does not clear them. A new profile is checked for likely duplicates before
``customers/add``; the user opens one, overwrites it by email, or creates anyway. When the
answer to a write was lost, saving again finds what Mews did instead of doing it twice.
Leaving a profile with unsaved edits asks Save / Discard / Cancel, and Save leaves only
once the save went through.

:class:`ProfileSaveFlow` is mixed into :class:`~desktop.ui.profile_editor.ProfileEditor`
and works on its form, state and message bar. Answers reach it through bound slots or
:func:`~desktop.ui.weak_slots.weak_slot`, never a lambda holding the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Slot

from desktop.desk.duplicate_check import find_duplicates, lookup_filters, lookup_names
from desktop.desk.profile_conflicts import compare, rebase, server_moved
from desktop.desk.profile_diff import build_add, build_update
from desktop.desk.profile_fields import (
    FIELD_CONTEXT,
    FIELDS_BY_KEY,
    ProfileValues,
    values_from_customer,
)
from desktop.mews.retry import write_may_have_landed
from desktop.ui.profile_dialogs import (
    ConflictChoice,
    ConflictDialog,
    DuplicateChoice,
    DuplicateDialog,
    LeaveChoice,
    ask_unsaved_changes,
)
from desktop.ui.weak_slots import weak_slot

if TYPE_CHECKING:
    from desktop.ui.profile_editor import ProfileEditor


def _field_name(key: str) -> str:
    return QCoreApplication.translate(FIELD_CONTEXT, FIELDS_BY_KEY[key].label)


class ProfileSaveFlow:
    """Save, with its questions and its recovery from lost answers; see the module docstring."""

    def maybe_leave(
        self: ProfileEditor, proceed: Callable[[], None] | None = None, *, run_now: bool = True
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
                self.point_at_problems()
                return False
            self.save(then=proceed)
            return False
        self.revert()
        if proceed and run_now:
            proceed()
        return True

    def may_close(self: ProfileEditor, close: Callable[[], None]) -> bool:
        """For a window's ``closeEvent``: True to close now; after Save, ``close`` runs later."""
        return self.maybe_leave(close, run_now=False)

    @Slot()
    def save(self: ProfileEditor, then: Callable[[], None] | None = None) -> None:
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

    def _refetch_before_update(self: ProfileEditor) -> None:
        assert self._service is not None and self._customer_id is not None
        request = self._service.fetch_customer(self, self._customer_id)
        request.succeeded.connect(self._compare_and_update)
        request.failed.connect(self._save_failed)

    @Slot(object)
    def _compare_and_update(self: ProfileEditor, current: Any) -> None:
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
                    self.tabs.restore_place()
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

    def _send_update(self: ProfileEditor, mine: ProfileValues) -> None:
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
        request.succeeded.connect(weak_slot(self._update_saved, update.not_cleared))
        request.failed.connect(self._save_failed)

    def _update_saved(self: ProfileEditor, not_cleared: tuple[str, ...], customer: Any) -> None:
        self._saved(customer, not_cleared)

    def _saved(
        self: ProfileEditor, customer: Any, not_cleared: tuple[str, ...] = (), note: str = ""
    ) -> None:
        self._busy = False
        self.form.set_editable(True)
        self.load_customer(customer)
        self.tabs.restore_place()
        if not_cleared:
            self._report_not_cleared(not_cleared, saved=True)
        else:
            self._show_info(note or QCoreApplication.translate("ProfileEditor", "Saved."))
        self.customerSaved.emit(customer)
        self._finish_save()

    def _finish_save(self: ProfileEditor) -> None:
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _report_not_cleared(self: ProfileEditor, keys: tuple[str, ...], *, saved: bool) -> None:
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

    @Slot(object)
    def _save_failed(self: ProfileEditor, error: BaseException) -> None:
        self._after_save = None
        self._set_busy(False)
        self._show_error(error, retry=self.save)

    # --- adding ---------------------------------------------------------------------------

    def _check_duplicates(self: ProfileEditor) -> None:
        assert self._service is not None
        values = self.form.values()
        filters = lookup_filters(values)
        if not filters:
            self._add(overwrite=False)
            return
        request = self._service.find_candidates(self, filters, lookup_names(values))
        request.succeeded.connect(weak_slot(self._candidates_found, values))
        request.failed.connect(self._save_failed)

    def _candidates_found(self: ProfileEditor, values: ProfileValues, customers: list[Any]) -> None:
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

    def _add(self: ProfileEditor, *, overwrite: bool) -> None:
        assert self._service is not None
        values = self.form.values()
        arguments = build_add(values)
        request = self._service.add_customer(self, arguments, overwrite_existing=overwrite)
        note = (
            QCoreApplication.translate("ProfileEditor", "Existing profile overwritten.")
            if overwrite
            else QCoreApplication.translate("ProfileEditor", "Profile created.")
        )
        request.succeeded.connect(weak_slot(self._add_saved, note))
        request.failed.connect(weak_slot(self._add_failed, values))

    def _add_saved(self: ProfileEditor, note: str, customer: Any) -> None:
        self._saved(customer, note=note)

    def _add_failed(self: ProfileEditor, values: ProfileValues, error: BaseException) -> None:
        if write_may_have_landed(error):
            # Saving again looks the guest up first and adopts what this add created.
            self._unsure_add = (values, self._candidate_ids)
        self._save_failed(error)


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
