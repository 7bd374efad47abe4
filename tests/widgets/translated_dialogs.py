"""Every secondary screen of the desk, built in a realistic state for the language checks.

Each builder returns a shown, laid-out widget holding the data a receptionist would see
(a file loaded, three duplicate profiles compared, documents listed, open items owed),
so the checks measure the texts real use produces rather than an empty form.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from api_fakes import FakeCalls
from desk_fakes import FakeClient, connected_session
from document_fakes import DocumentsClient, document
from merge_fakes import MergeClient, customer, duplicates
from mrz_zones import MARTIN_JAEGER, td3
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, scan_image

from desktop.desk import mrz
from desktop.desk.customer_rows import rows_from_customers
from desktop.desk.duplicate_check import find_duplicates
from desktop.desk.mrz_guest import fills_and_picks
from desktop.desk.open_items import OpenItemRow
from desktop.desk.profile_conflicts import compare
from desktop.desk.profile_fields import empty_values
from desktop.ui.attach_file_dialog import AttachFileDialog
from desktop.ui.connection_dialog import ConnectionDialog
from desktop.ui.duplicates_dialog import DuplicatesDialog
from desktop.ui.guest_export_dialog import GuestExportDialog
from desktop.ui.identity_document_dialog import IdentityDocumentDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.mrz_dialogs import MrzPickDialog, new_guest_box
from desktop.ui.profile_dialogs import ConflictDialog, DuplicateDialog

#: The desk's default size (what ``MainWindow`` opens at on a small laptop screen).
DESK_SIZE = QSize(1280, 760)
CUSTOMER_ID = "35d4b117-4e60-44a3-9580-c582117eff98"
TODAY = dt.date(2026, 11, 29)
#: Folder to save a PNG of every screen built (``FRONTDESK_I18N_SHOTS=/tmp/i18n2``).
SHOTS_ENV = "FRONTDESK_I18N_SHOTS"


class Screens:
    """Builds the screens for one test; closes their worker threads afterwards."""

    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.tmp_path = tmp_path
        self.fakes: list[FakeCalls] = []

    def close(self) -> None:
        for calls in self.fakes:
            calls.close()

    def _calls(self, client: object) -> FakeCalls:
        calls = FakeCalls(client)
        self.fakes.append(calls)
        return calls

    def _shown(self, widget: QWidget) -> QWidget:
        self.qtbot.addWidget(widget)
        widget.show()
        QApplication.processEvents()
        return widget

    def attach_file(self) -> QWidget:
        dialog = AttachFileDialog(
            self._calls(object()), CUSTOMER_ID, "Anna Nováková", document="Passport", today=TODAY
        )
        dialog.load_data(image_bytes(scan_image(), "PNG"))
        return self._shown(dialog)

    def merge(self) -> QWidget:
        people = duplicates()
        dialog = MergeDialog(self._calls(MergeClient(people)), [str(item.id) for item in people])
        self._shown(dialog)
        self.qtbot.waitUntil(dialog.confirmMergeButton.isEnabled)
        return dialog

    def merge_two(self) -> QWidget:
        people = duplicates()[:2]
        dialog = MergeDialog(self._calls(MergeClient(people)), [str(item.id) for item in people])
        self._shown(dialog)
        self.qtbot.waitUntil(dialog.confirmMergeButton.isEnabled)
        return dialog

    def duplicates(self) -> QWidget:
        people = [
            *duplicates(),
            customer(first_name="Jan", last_name="Svoboda", email="jan@example.cz"),
            customer(first_name="Jan", last_name="Svoboda", email="j.svoboda@firma.cz"),
        ]
        calls = self._calls(MergeClient(people))
        dialog = DuplicatesDialog(calls, rows_from_customers(people))
        self._shown(dialog)
        self.qtbot.waitUntil(lambda: not dialog.searching)
        return dialog

    def conflict(self) -> QWidget:
        opened = {"email": "anna@example.com", "phone": "+420 777 123 456", "notes": ""}
        theirs = {**opened, "email": "anna.novak@example.com", "notes": "Late arrival"}
        mine = {**opened, "email": "a.novak@example.com", "phone": "+420 777 000 111"}
        return self._shown(ConflictDialog(compare(opened, theirs, mine)))

    def duplicate_on_add(self) -> QWidget:
        people = duplicates()
        values = {"first_name": "Anna", "last_name": "Novak", "email": "anna.novak@example.com"}
        return self._shown(DuplicateDialog(find_duplicates(values, people), values["email"]))

    def _desk_with_customer(self) -> MainWindow:
        session = connected_session(FakeClient(), str(self.tmp_path / "settings.ini"))
        window = MainWindow(session)
        window.resize(DESK_SIZE)
        self._shown(window)
        window.set_profile_widget(window.profile_editor)
        window.profile_editor.load_customer(duplicates()[1])
        QApplication.processEvents()
        return window

    def documents_tab(self) -> QWidget:
        window = self._desk_with_customer()
        documents = DocumentsClient(
            document(
                CUSTOMER_ID,
                type="Passport",
                number="X12345678",
                issuing_country_code="CZ",
                expiration_date="2030-01-01",
            ),
            document(
                CUSTOMER_ID,
                type="IdentityCard",
                number="204518337",
                issuing_country_code="DE",
                expiration_date="2024-05-09",
            ),
        )
        tab = window.profile_editor.documents
        tab.set_customer(self._calls(documents), CUSTOMER_ID, "Anna Novak")
        window.profile_editor.tabs.setCurrentWidget(tab)
        assert tab.view is not None
        self.qtbot.waitUntil(tab.view.addDocumentButton.isEnabled)
        QApplication.processEvents()
        assert tab.view.isVisible() and tab.view.model.rowCount() == 2
        return window

    def open_items_tab(self) -> QWidget:
        window = self._desk_with_customer()
        editor = window.profile_editor
        editor.tabs.blockSignals(True)  # shown from rows here, not loaded from Mews
        editor.tabs.setCurrentWidget(editor.open_items)
        editor.tabs.blockSignals(False)
        editor.open_items.show_rows(
            [
                OpenItemRow(
                    "order", "2026-11-27", "Room 204, 2 nights", "Open", "EUR", Decimal(240)
                ),
                OpenItemRow("order", "2026-11-28", "Minibar", "Open", "EUR", Decimal("18.50")),
                OpenItemRow("payment", "2026-11-28", "Deposit", "Charged", "CZK", Decimal(-500)),
            ]
        )
        QApplication.processEvents()
        assert editor.open_items.table.isVisible()
        return window

    def advanced_search(self) -> QWidget:
        session = connected_session(FakeClient(), str(self.tmp_path / "settings.ini"))
        window = MainWindow(session)
        window.resize(DESK_SIZE)
        self._shown(window)
        window.advanced_button.setChecked(True)
        panel = window.advanced_panel
        for picker in panel.ranges.values():
            picker.enabled_box.setChecked(True)
        panel.edits["emails"].setText("not an email")
        QApplication.processEvents()
        return window

    def new_profile(self) -> QWidget:
        session = connected_session(FakeClient(), str(self.tmp_path / "settings.ini"))
        window = MainWindow(session)
        window.resize(DESK_SIZE)
        self._shown(window)
        window.profile_editor.new_customer_action.trigger()
        QApplication.processEvents()
        return window

    def connection(self) -> QWidget:
        session = connected_session(FakeClient(), str(self.tmp_path / "settings.ini"))
        return self._shown(ConnectionDialog(session))

    def identity_document(self) -> QWidget:
        return self._shown(IdentityDocumentDialog())

    def guest_export(self) -> QWidget:
        dialog = GuestExportDialog(
            self._calls(object()), CUSTOMER_ID, "Anna Nováková", folder=self.tmp_path
        )
        return self._shown(dialog)

    def passport_pick(self) -> QWidget:
        stored = {**empty_values(), "first_name": "Martin", "last_name": "Jäger",
                  "birth_date": dt.date(1988, 4, 3), "nationality_code": "AT"}  # fmt: skip
        document = mrz.parse(td3(MARTIN_JAEGER), today=TODAY)
        _fills, picks = fills_and_picks(document, stored)
        return self._shown(MrzPickDialog(picks, document, "Martin Jäger"))

    def passport_new_guest(self) -> QWidget:
        self.desk = QWidget()  # a message box is built on its window; kept alive here
        self.qtbot.addWidget(self.desk)
        return self._shown(new_guest_box(mrz.parse(td3(MARTIN_JAEGER), today=TODAY), self.desk))


#: Screen name → builder; the names are used in test ids and PNG file names.
SCREENS: dict[str, Callable[[Screens], QWidget]] = {
    "attach_file": Screens.attach_file,
    "merge_three": Screens.merge,
    "merge_two": Screens.merge_two,
    "duplicates": Screens.duplicates,
    "conflict": Screens.conflict,
    "duplicate_on_add": Screens.duplicate_on_add,
    "documents_tab": Screens.documents_tab,
    "open_items_tab": Screens.open_items_tab,
    "advanced_search": Screens.advanced_search,
    "new_profile": Screens.new_profile,
    "connection": Screens.connection,
    "identity_document": Screens.identity_document,
    "guest_export": Screens.guest_export,
    "passport_pick": Screens.passport_pick,
    "passport_new_guest": Screens.passport_new_guest,
}


def save_shot(widget: QWidget, name: str) -> None:
    """Saves ``widget`` as ``<name>.png`` when :data:`SHOTS_ENV` names a folder."""
    folder = os.environ.get(SHOTS_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))
