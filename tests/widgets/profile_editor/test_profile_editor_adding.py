"""Adding a guest finds the profile that may already exist before creating another."""

from __future__ import annotations

from typing import Any

import pytest
from dialog_answers import open_existing_when_asked
from editor_steps import (
    check_value,
    find_checklist,
    find_combo,
    find_line,
    save_profile,
    wait_idle,
)
from profile_editor_fakes import FakeMews
from PySide6.QtWidgets import QLabel, QPushButton
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from desktop.ui import profile_dialogs
from desktop.ui.profile_dialogs import DuplicateChoice
from desktop.ui.profile_editor import ProfileEditor


def _fill_new(qtbot: QtBot, editor: ProfileEditor, **texts: str) -> None:
    editor.new_customer_action.trigger()
    assert editor.customer_id() is None
    for name, text in texts.items():
        find_line(editor, name).setText(text)


def test_new_customer_action_is_ctrl_n(editor: ProfileEditor) -> None:
    assert editor.new_customer_action.objectName() == "newCustomerAction"
    assert editor.new_customer_action.shortcut().toString() == "Ctrl+N"


def test_add_without_duplicates_creates_and_opens(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews
) -> None:
    mews.put(LastName="Svoboda", Email="petr@example.com")
    _fill_new(
        qtbot, editor, lastNameEdit="Dvořák", firstNameEdit="Jan", emailEdit="jan@example.com"
    )
    find_combo(editor, "titleCombo").set_value("Mister")
    check_value(find_checklist(editor, "optionsList"), "Invoiceable")
    save_profile(qtbot, editor)
    (sent,) = mews.calls_to("customers/add")
    assert sent == {
        "overwrite_existing": False,
        "title": "Mister",
        "first_name": "Jan",
        "last_name": "Dvořák",
        "email": "jan@example.com",
        "options": ["Invoiceable"],
    }
    assert editor.customer_id() is not None
    assert editor.customer_id() in mews.customers
    assert not editor.is_dirty()


def test_new_profile_needs_a_last_name(editor: ProfileEditor) -> None:
    editor.new_customer_action.trigger()
    find_line(editor, "firstNameEdit").setText("Jan")
    assert editor.is_dirty()
    assert not editor.save_button.isEnabled()
    assert editor.form.message_label("last_name").text() == "Last name is required."


def test_duplicate_by_email_offers_overwrite_not_a_second_profile(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mews refuses a second profile with an email it has: "create anyway" would only fail."""
    existing = mews.put(FirstName="Anna", LastName="Novak", Email="anna@example.com")
    shown: dict[str, Any] = {}

    def exec_(dialog: profile_dialogs.DuplicateDialog) -> int:
        shown["rows"] = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        shown["overwrite"] = dialog.overwrite_button is not None
        shown["create"] = dialog.findChild(QPushButton, "duplicateCreate") is not None
        shown["note"] = dialog.findChild(QLabel, "duplicateOnePerEmail") is not None
        return dialog.choose(DuplicateChoice.OVERWRITE)

    monkeypatch.setattr(profile_dialogs.DuplicateDialog, "exec", exec_)
    _fill_new(qtbot, editor, lastNameEdit="Nováková", emailEdit="anna@example.com")
    save_profile(qtbot, editor)
    assert shown == {"rows": ["anna@example.com"], "overwrite": True, "create": False, "note": True}
    (sent,) = mews.calls_to("customers/add")
    assert sent["overwrite_existing"] is True
    assert editor.customer_id() == existing["Id"]
    assert mews.customers[existing["Id"]]["LastName"] == "Nováková"


def test_duplicate_by_name_only_can_still_create_a_new_profile(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = mews.put(FirstName="Petr", LastName="Svoboda", Email="petr@example.com")
    offered: list[bool] = []

    def exec_(dialog: profile_dialogs.DuplicateDialog) -> int:
        offered.append(dialog.findChild(QPushButton, "duplicateCreate") is not None)
        return dialog.choose(DuplicateChoice.CREATE_ANYWAY)

    monkeypatch.setattr(profile_dialogs.DuplicateDialog, "exec", exec_)
    _fill_new(qtbot, editor, lastNameEdit="Svoboda", firstNameEdit="Petr")
    save_profile(qtbot, editor)
    assert offered == [True]
    (sent,) = mews.calls_to("customers/add")
    assert sent["overwrite_existing"] is False
    assert editor.customer_id() not in (None, existing["Id"])


def test_duplicate_by_name_can_open_the_existing_profile(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = mews.put(FirstName="Petr", LastName="Svoboda", Email="petr@example.com")
    shown: dict[str, Any] = {}

    def exec_(dialog: profile_dialogs.DuplicateDialog) -> int:
        shown["overwrite"] = dialog.overwrite_button is not None
        return dialog.choose(DuplicateChoice.OPEN_EXISTING)

    monkeypatch.setattr(profile_dialogs.DuplicateDialog, "exec", exec_)
    _fill_new(qtbot, editor, lastNameEdit="Svoboda", firstNameEdit="petr")
    with qtbot.waitSignal(editor.customerLoaded):
        editor.save()
    assert shown == {"overwrite": False}  # no email match: nothing to overwrite
    assert mews.calls_to("customers/add") == []
    assert editor.customer_id() == existing["Id"]
    assert find_line(editor, "emailEdit").text() == "petr@example.com"


@pytest.mark.parametrize(
    ("stored", "typed"),
    [(("Jiří", "Dvořák"), ("Jiří", "Dvorak")), (("Jiri", "Dvorak"), ("Jiří", "Dvořák"))],
)
def test_a_name_typed_with_other_accents_finds_the_existing_profile(
    qtbot: QtBot,
    editor: ProfileEditor,
    mews: FakeMews,
    monkeypatch: MonkeyPatch,
    stored: tuple[str, str],
    typed: tuple[str, str],
) -> None:
    existing = mews.put(FirstName=stored[0], LastName=stored[1], Email="jiri@example.cz")
    offered = open_existing_when_asked(monkeypatch)
    _fill_new(qtbot, editor, firstNameEdit=typed[0], lastNameEdit=typed[1])
    with qtbot.waitSignal(editor.customerLoaded):
        editor.save()
    assert offered and stored[1] in offered[0]
    assert editor.customer_id() == existing["Id"]
    assert mews.calls_to("customers/add") == []


def test_a_guest_in_house_is_found_by_search_when_both_names_differ_in_accents(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch
) -> None:
    existing = mews.put(FirstName="Jiří", LastName="Dvořák", Email="jiri@example.cz")
    mews.in_house.add(existing["Id"])
    offered = open_existing_when_asked(monkeypatch)
    _fill_new(qtbot, editor, firstNameEdit="Jiri", lastNameEdit="Dvorak")
    with qtbot.waitSignal(editor.customerLoaded):
        editor.save()
    assert offered == ["Jiří Dvořák"]
    assert editor.customer_id() == existing["Id"]
    assert mews.calls_to("customers/search") == [{"name": "Jiri Dvorak"}]

    mews.in_house.clear()  # checked out: no exact filter can find him, so he is added
    _fill_new(qtbot, editor, firstNameEdit="Jiri", lastNameEdit="Dvorak")
    with qtbot.waitSignal(editor.customerSaved):
        editor.save()
    assert offered == ["Jiří Dvořák"] and len(mews.calls_to("customers/add")) == 1


def test_duplicate_cancel_keeps_the_new_profile(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: pytest.MonkeyPatch
) -> None:
    mews.put(Email="anna@example.com")
    monkeypatch.setattr(
        profile_dialogs.DuplicateDialog, "exec", lambda d: d.choose(DuplicateChoice.CANCEL)
    )
    _fill_new(qtbot, editor, lastNameEdit="Nová", emailEdit="anna@example.com")
    editor.save()
    wait_idle(qtbot, editor)
    assert mews.calls_to("customers/add") == []
    assert editor.customer_id() is None
    assert find_line(editor, "lastNameEdit").text() == "Nová"
    assert editor.is_dirty()
