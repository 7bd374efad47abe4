"""The profile editor inside the real desk window, against the sandbox over loopback HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from dialog_answers import open_existing_when_asked
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.desk.duplicate_check import spellings
from desktop.sandbox.server import SandboxServer
from desktop.ui import profile_dialogs
from desktop.ui.code_combo import CodeCombo
from desktop.ui.customer_columns import Column
from desktop.ui.enum_checklist import EnumChecklist
from desktop.ui.main_window import MainWindow
from desktop.ui.profile_dialogs import DuplicateChoice
from desktop.ui.profile_editor import ProfileEditor

pytestmark = pytest.mark.e2e


@pytest.fixture
def window(desk_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    # An unanswered modal box would block the run: fail loudly instead.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"unexpected: {box.text()}"))
    return desk_window


def _editor(window: MainWindow) -> ProfileEditor:
    editor = window.profile_editor  # built on first use
    assert window.findChild(ProfileEditor, "profileEditor") is editor
    return editor


def _guest_with_email(sandbox: SandboxServer) -> dict[str, Any]:
    for guest in sandbox.store.in_house():
        customer = guest.customer
        if customer.get("Email") and customer.get("Title") != "Mister":
            return customer
    pytest.skip("no in-house guest with an email in this seed")


def _open_from_table(qtbot: QtBot, window: MainWindow, email: str, customer_id: str) -> None:
    window.search_input.setText(email)
    window.run_search()
    qtbot.waitUntil(lambda: window.model.position_of(customer_id) is not None, timeout=5000)
    window.table.setFocus()
    window.table.selectRow(
        window.table.proxy.mapFromSource(
            window.model.index(window.model.position_of(customer_id) or 0, 0)
        ).row()
    )
    with qtbot.waitSignal(_editor(window).customerLoaded, timeout=5000):
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.profile_area.currentWidget() is _editor(window)
    assert _editor(window).customer_id() == customer_id


def test_edit_title_email_and_classifications_then_reopen(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    guest = _guest_with_email(sandbox)
    customer_id = guest["Id"]
    _open_from_table(qtbot, window, guest["Email"], customer_id)
    editor = _editor(window)

    title = editor.findChild(CodeCombo, "titleCombo")
    email = editor.findChild(QLineEdit, "emailEdit")
    classifications = editor.findChild(EnumChecklist, "classificationsList")
    assert title and email and classifications
    title.set_value("Mister")
    new_email = f"edited.{customer_id[:8]}@example.com"
    email.setText(new_email)
    model = classifications.checklist()
    before = set(model.checked())
    toggled = "VeryImportant" if "VeryImportant" not in before else "Media"
    model.setData(
        model.index(model.values().index(toggled)),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert window.isWindowModified()

    with qtbot.waitSignal(editor.customerSaved, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not window.isWindowModified()

    stored = sandbox.store.get_customer(customer_id)
    assert stored is not None
    assert stored["Title"] == "Mister"
    assert stored["Email"] == new_email
    assert set(stored["Classifications"]) == before | {toggled}
    # The table row shows what was saved.
    row = window.model.row_at(window.model.position_of(customer_id) or 0)
    assert row.email == new_email

    # Reopen from a fresh search: the editor shows the saved profile.
    editor.new_customer()
    assert editor.customer_id() is None
    _open_from_table(qtbot, window, new_email, customer_id)
    assert title.value() == "Mister"
    assert email.text() == new_email
    assert toggled in model.checked()
    assert window.table.proxy.index(0, Column.EMAIL).data() == new_email


def test_new_customer_with_a_taken_email_offers_the_existing_profile(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    guest = _guest_with_email(sandbox)
    shown: list[str] = []

    def open_existing(dialog: profile_dialogs.DuplicateDialog) -> int:
        shown.extend(dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount()))
        return dialog.choose(DuplicateChoice.OPEN_EXISTING)

    monkeypatch.setattr(profile_dialogs.DuplicateDialog, "exec", open_existing)
    editor = _editor(window)
    action = window.findChild(type(editor.new_customer_action), "newCustomerAction")
    assert action is editor.new_customer_action
    assert action.shortcut().toString() == "Ctrl+N"
    action.trigger()
    assert window.profile_area.currentWidget() is editor
    editor.findChild(QLineEdit, "lastNameEdit").setText("Someone Else")
    editor.findChild(QLineEdit, "emailEdit").setText(guest["Email"])
    with qtbot.waitSignal(editor.customerLoaded, timeout=5000):
        editor.save()
    assert guest["Email"] in shown
    assert editor.customer_id() == guest["Id"]


def test_new_customer_is_added_and_opened(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    editor = _editor(window)
    editor.new_customer_action.trigger()
    editor.findChild(QLineEdit, "lastNameEdit").setText("Quixotic-Newguest")
    editor.findChild(QLineEdit, "firstNameEdit").setText("Zelda")
    editor.findChild(CodeCombo, "nationalityCombo").set_value("IT")
    with qtbot.waitSignal(editor.customerSaved, timeout=5000):
        editor.save()
    customer_id = editor.customer_id()
    assert customer_id is not None
    stored = sandbox.store.get_customer(customer_id)
    assert stored is not None
    assert (stored["FirstName"], stored["LastName"], stored["NationalityCode"]) == (
        "Zelda",
        "Quixotic-Newguest",
        "IT",
    )
    assert "created" in editor.message.text()


def _add_guest(qtbot: QtBot, editor: ProfileEditor, first: str, last: str) -> None:
    editor.new_customer_action.trigger()
    editor.findChild(QLineEdit, "firstNameEdit").setText(first)
    editor.findChild(QLineEdit, "lastNameEdit").setText(last)


@pytest.mark.parametrize(
    ("stored", "typed"),
    [("Šťastná-Kopečková", "Stastna-Kopeckova"), ("Krasny-Vodicka", "Krásný-Vodička")],
    ids=["typed-without-accents", "typed-with-accents"],
)
def test_adding_a_name_with_other_accents_offers_the_existing_profile(
    qtbot: QtBot,
    window: MainWindow,
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    stored: str,
    typed: str,
) -> None:
    """Novák = Novak on add: getAll filters are exact, so the desk asks by both names."""
    editor = _editor(window)
    offered = open_existing_when_asked(monkeypatch)
    _add_guest(qtbot, editor, "Quirina", stored)
    with qtbot.waitSignal(editor.customerSaved, timeout=5000):
        editor.save()
    existing = editor.customer_id()
    assert existing is not None and offered == []

    _add_guest(qtbot, editor, "Quirina", typed)
    with qtbot.waitSignal(editor.customerLoaded, timeout=5000):
        editor.save()
    assert offered == [f"Quirina {stored}"]
    assert editor.customer_id() == existing
    assert sandbox.store.get_customer(existing)["LastName"] == stored  # type: ignore[index]


def test_adding_a_guest_in_house_typed_without_accents_offers_the_stay(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    guests = [
        row.customer
        for row in sandbox.store.in_house()
        if row.customer.get("FirstName")
        and spellings(row.customer["FirstName"])[-1] != row.customer["FirstName"]
        and spellings(row.customer["LastName"])[-1] != row.customer["LastName"]
    ]
    if not guests:
        pytest.skip("no guest in house with accents in both names in this seed")
    guest = guests[0]
    editor = _editor(window)
    offered = open_existing_when_asked(monkeypatch)
    plain_first, plain_last = spellings(guest["FirstName"])[-1], spellings(guest["LastName"])[-1]
    _add_guest(qtbot, editor, plain_first, plain_last)
    with qtbot.waitSignal(editor.customerLoaded, timeout=5000):
        editor.save()
    assert f"{guest['FirstName']} {guest['LastName']}" in offered
    assert editor.customer_id() == guest["Id"]
