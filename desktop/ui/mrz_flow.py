"""A passport or ID card read at the desk: check it, find the guest, fill in the profile.

The desk window owns one :class:`PassportReaderFlow`, built on the first zone its
:class:`~desktop.ui.mrz_reader.MrzKeyReader` recognises (wherever the focus is), and:

1. checks every digit (:func:`desktop.desk.mrz.parse`); a failed one is named in a
   message box and nothing is filled;
2. looks the guest up on a worker (:func:`desktop.desk.mrz_guest.lookup_guest`): same
   document number, else same name and birth date;
3. a match is opened in the profile editor; fields the profile lacks are filled in,
   fields that differ are shown side by side to pick from (:class:`MrzPickDialog`), and
   the identity document is added (or its expiry and country corrected) right away;
4. no match: the receptionist may start a new profile filled in from the document; its
   identity document is added once that profile is saved.

Profile fields go into the editor's form, not straight to Mews: the receptionist sees
them, completes the profile and saves it through the editor's usual checks (validation,
edit conflicts, duplicates).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.desk.mrz import MRZ_CONTEXT, MrzDocument, MrzError, parse
from desktop.desk.mrz_guest import (
    GuestMatch,
    document_fields,
    document_updates,
    fills_and_picks,
    full_name,
    lookup_guest,
)
from desktop.desk.mrz_names import same_name
from desktop.desk.translatable import fill_template
from desktop.ui.mrz_dialogs import MrzPickDialog, document_summary, new_guest_box, problem_box
from desktop.ui.translation import translate_text
from desktop.ui.workers import LatestOnly, Request

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.profile_editor import ProfileEditor

STATUS_MS = 15_000


class PassportReaderFlow(QObject):
    """Everything that follows a zone typed into the desk window (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("passportReaderFlow")
        self._window = window
        self.reader = window.passport_keys
        self._lookup = LatestOnly()
        #: (customer id, document, match) while the matching profile loads in the editor.
        self._awaiting: tuple[str, MrzDocument, GuestMatch] | None = None
        #: The document of a new profile, added once that profile is saved.
        self._for_new_profile: MrzDocument | None = None
        #: The last thing said in the status bar, for the log of a session and for tests.
        self.last_message = ""
        self._question: QDialog | None = None
        self._following_editor = False

    def _editor(self) -> ProfileEditor:
        """The desk's editor (built on first use), followed from the first time it is needed:
        what the flow waits for there always follows something it did there."""
        editor = self._window.profile_editor
        if not self._following_editor:
            editor.customerLoaded.connect(self._customer_loaded)
            editor.customerSaved.connect(self._customer_saved)
            self._following_editor = True
        return editor

    # -- reading ------------------------------------------------------------------------------

    @Slot(list)
    def read_zone(self, lines: list[str]) -> None:
        """Check a zone and look for its guest; a zone that fails its checks fills nothing."""
        self._drop_question()
        try:
            document = parse(lines)
        except MrzError as error:
            self._lookup.cancel()
            self._tell(translate_text(MRZ_CONTEXT, error.message), problem=True)
            box = problem_box(translate_text(MRZ_CONTEXT, error.message), self._window)
            self._ask(box)
            return
        self._awaiting = None
        self._window.status.clear_error()  # an earlier failed read is over
        self._tell(
            fill_template(
                QCoreApplication.translate(
                    "PassportReader", "Read the document of %1 (%2); looking for the guest in Mews…"
                ),
                (full_name(document), document_summary(document)),
            )
        )
        request = self._window.session.read(
            lambda client: lookup_guest(client, document), owner=self, label="customers/getAll"
        )
        self._lookup.replace(request)
        request.succeeded.connect(lambda match: self._looked_up(request, document, match))
        request.failed.connect(lambda error: self._lookup_failed(request, error))

    def _looked_up(self, request: Request, document: MrzDocument, match: Any) -> None:
        if not self._lookup.is_current(request) or not shiboken6.isValid(self._window):
            return
        self._lookup.replace(None)
        self._window.status.clearMessage()  # "looking for the guest" is over either way
        if match is None:
            self._offer_new_profile(document)
        else:
            self._open_match(document, match)

    def _lookup_failed(self, request: Request, error: BaseException) -> None:
        if not self._lookup.is_current(request):
            return
        self._lookup.replace(None)
        self._window.status.show_error(error)
        self._tell(
            QCoreApplication.translate(
                "PassportReader", "The guest could not be looked up; read the document again."
            ),
            problem=True,
        )

    # -- a known guest ------------------------------------------------------------------------

    def _open_match(self, document: MrzDocument, match: GuestMatch) -> None:
        customer_id = str(match.customer.id)
        editor = self._editor()
        if editor.customer_id() == customer_id and not editor.is_busy():
            self._window.set_profile_widget(editor)
            self._compare(document, match)
            return
        self._awaiting = (customer_id, document, match)
        self._window.open_customer(customer_id)

    @Slot(str)
    def _customer_loaded(self, customer_id: str) -> None:
        awaiting, self._awaiting = self._awaiting, None
        if awaiting is not None and awaiting[0] == customer_id:
            self._compare(awaiting[1], awaiting[2])

    def _compare(self, document: MrzDocument, match: GuestMatch) -> None:
        form = self._editor().form
        fills, picks = fills_and_picks(document, form.values())
        if not picks:
            self._fill(fills)
            self._store_document(document, str(match.customer.id), match.document)
            return
        values = form.values()
        name = " ".join(part for part in (values["first_name"], values["last_name"]) if part)
        dialog = MrzPickDialog(picks, document, name, self._window)
        dialog.picked.connect(lambda chosen: self._picked(document, match, fills, chosen))
        self._ask(dialog)

    def _picked(self, document: MrzDocument, match: GuestMatch, fills: dict, chosen: dict) -> None:
        if self._editor().customer_id() != str(match.customer.id):
            return  # another profile was opened meanwhile
        self._fill({**fills, **chosen})
        self._store_document(document, str(match.customer.id), match.document)

    def _fill(self, values: dict[str, Any]) -> None:
        form = self._editor().form
        for key, value in values.items():
            form.set_field(key, value)

    def _store_document(self, document: MrzDocument, customer_id: str, stored: Any) -> None:
        """Add the document to the profile, or correct the profile's copy of it."""
        summary = document_summary(document)
        if stored is None:
            fields = {"customer_id": customer_id, **document_fields(document)}
            self._write(
                lambda client: client.add_identity_documents([fields]),
                "identityDocuments/add",
                fill_template(
                    QCoreApplication.translate("PassportReader", "%1 added to the profile."),
                    (summary,),
                ),
            )
            return
        changes = document_updates(document, stored)
        if not changes:
            self._tell(
                fill_template(
                    QCoreApplication.translate("PassportReader", "%1 is already on the profile."),
                    (summary,),
                )
            )
            return
        self._write(
            lambda client: client.update_identity_documents([changes]),
            "identityDocuments/update",
            fill_template(
                QCoreApplication.translate(
                    "PassportReader", "%1 on the profile corrected from the document."
                ),
                (summary,),
            ),
        )

    def _write(self, fn: Any, label: str, done: str) -> None:
        request = self._window.session.write(fn, owner=self, label=label)
        request.succeeded.connect(lambda _result: self._written(done))
        request.failed.connect(self._window.status.show_error)

    def _written(self, done: str) -> None:
        self._tell(done)
        view = self._editor().documents.view
        if view is not None:
            view.load()

    # -- a new guest --------------------------------------------------------------------------

    def _offer_new_profile(self, document: MrzDocument) -> None:
        box = new_guest_box(document, self._window)

        def answered(button: Any) -> None:
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                self._start_new_profile(document)

        box.buttonClicked.connect(answered)
        self._ask(box)

    def _start_new_profile(self, document: MrzDocument) -> None:
        editor = self._editor()
        if not editor.new_customer():
            self._tell(
                QCoreApplication.translate(
                    "PassportReader", "Read the document again once the open profile is saved."
                )
            )
            return
        self._window.show_new_customer()
        fills, _picks = fills_and_picks(document, editor.form.values())
        self._fill(fills)
        self._for_new_profile = document
        self._tell(
            QCoreApplication.translate(
                "PassportReader",
                "New profile filled in from the document: complete it and save it.",
            )
        )

    @Slot(object)
    def _customer_saved(self, customer: Any) -> None:
        document = self._for_new_profile
        if document is None or not (
            same_name(str(customer.last_name or ""), document.surname)
            and same_name(
                str(customer.first_name or ""),
                document.given_names,
                truncated=document.name_truncated,
            )
        ):
            return  # another guest was saved meanwhile
        self._for_new_profile = None
        self._store_document(document, str(customer.id), None)

    # -- asking and telling -------------------------------------------------------------------

    def _ask(self, dialog: QDialog) -> None:
        """Open a question window-modal; a zone typed into it replaces it (see read_zone)."""
        self._question = dialog
        self.reader.watch(dialog)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _drop_question(self) -> None:
        """The guest at the desk handed over another document: the open question is moot."""
        question, self._question = self._question, None
        if question is not None and shiboken6.isValid(question) and question.isVisible():
            question.reject()

    def _tell(self, text: str, *, problem: bool = False) -> None:
        self.last_message = text
        if problem:
            self._window.status.show_error(RuntimeError(text))
        else:
            self._window.status.showMessage(text, STATUS_MS)
