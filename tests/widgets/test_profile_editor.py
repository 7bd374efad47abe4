"""The profile editor against an in-memory Mews, through the real worker pools."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from dialog_answers import answer_message_boxes, open_existing_when_asked
from openapi_contract import spec
from profile_editor_fakes import FakeMews, profile_editor
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QScrollArea
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from desktop.desk import labels
from desktop.desk.countries import COUNTRY_NAMES
from desktop.mews import ForbiddenError, NetworkError
from desktop.ui import profile_dialogs
from desktop.ui.code_combo import CodeCombo
from desktop.ui.enum_checklist import EnumChecklist, EnumChecklistModel
from desktop.ui.profile_dialogs import ConflictChoice, DuplicateChoice
from desktop.ui.profile_editor import ProfileEditor

#: A customer as Mews holds it on the wire.
Record = dict[str, Any]
Guests = tuple[Record, Record]


def _enum(name: str) -> list[str]:
    return list(spec()["components"]["schemas"][name]["enum"])


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal box nobody answers would block the test run; record it and answer Cancel."""
    unexpected = answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(
        profile_dialogs.ConflictDialog, "exec", lambda d: d.choose(ConflictChoice.KEEP_EDITING)
    )
    monkeypatch.setattr(
        profile_dialogs.DuplicateDialog, "exec", lambda d: d.choose(DuplicateChoice.CANCEL)
    )
    return unexpected


@pytest.fixture
def mews() -> FakeMews:
    return FakeMews()


@pytest.fixture
def editor(qtbot: QtBot, mews: FakeMews) -> Iterator[ProfileEditor]:
    with profile_editor(qtbot, mews) as widget:
        yield widget


@pytest.fixture
def record(qtbot: QtBot, editor: ProfileEditor, mews: FakeMews) -> Record:
    """Anna Novak's profile as Mews holds it, opened in the editor."""
    stored = mews.put()
    _open(qtbot, editor, stored["Id"])
    return stored


@pytest.fixture
def guests(qtbot: QtBot, editor: ProfileEditor, mews: FakeMews) -> Guests:
    """Two profiles; the first is open with an unsaved phone number."""
    first, second = mews.put(), mews.put(LastName="Svoboda")
    _open(qtbot, editor, first["Id"])
    _type(editor, phoneEdit="+420 7777")
    return first, second


def _combo(editor: ProfileEditor, name: str) -> CodeCombo:
    combo = editor.findChild(CodeCombo, name)
    assert combo is not None, name
    return combo


def _line(editor: ProfileEditor, name: str) -> QLineEdit:
    line = editor.findChild(QLineEdit, name)
    assert line is not None, name
    return line


def _checklist(editor: ProfileEditor, name: str) -> EnumChecklist:
    view = editor.findChild(EnumChecklist, name)
    assert view is not None, name
    return view


def _check(view: EnumChecklist, value: str, checked: bool = True) -> None:
    model = view.checklist()
    row = model.values().index(value)
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    assert model.setData(model.index(row), state, Qt.ItemDataRole.CheckStateRole)


def _type(editor: ProfileEditor, **texts: str) -> None:
    """Types each text into the line edit of that object name."""
    for name, text in texts.items():
        _line(editor, name).setText(text)


def _open(qtbot: QtBot, editor: ProfileEditor, customer_id: str) -> None:
    with qtbot.waitSignal(editor.customerLoaded):
        editor.open_customer(customer_id)


def _save(qtbot: QtBot, editor: ProfileEditor) -> None:
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.customerSaved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def _wait_idle(qtbot: QtBot, editor: ProfileEditor) -> None:
    qtbot.waitUntil(lambda: not editor.is_busy())


# --- dropdowns ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "schema", "table", "context"),
    [
        ("titleCombo", "Title", labels.TITLE_LABELS, labels.TITLE_CONTEXT),
        ("sexCombo", "SexEnum", labels.SEX_LABELS, labels.SEX_CONTEXT),
    ],
)
def test_enum_combos_list_every_spec_value_with_its_label(
    editor: ProfileEditor, name: str, schema: str, table: dict[str, str], context: str
) -> None:
    combo = _combo(editor, name)
    assert combo.codes() == _enum(schema)
    texts = [combo.itemText(i) for i in range(1, combo.count())]
    assert texts == [QCoreApplication.translate(context, table[v]) for v in _enum(schema)]
    assert combo.itemText(0) == "Not set"


def test_title_reads_as_salutation(editor: ProfileEditor) -> None:
    combo = _combo(editor, "titleCombo")
    assert [combo.itemText(combo.findData(v)) for v in ("Mister", "Miss", "Misses")] == [
        "Mr.",
        "Ms.",
        "Mrs.",
    ]


def test_country_combos_offer_every_iso_country_and_find_by_contains(
    editor: ProfileEditor,
) -> None:
    for name in ("nationalityCombo", "addressCountryCombo", "birthCountryCombo"):
        combo = _combo(editor, name)
        assert sorted(combo.codes()) == sorted(COUNTRY_NAMES)
    nationality = _combo(editor, "nationalityCombo")
    assert nationality.completer().filterMode() == Qt.MatchFlag.MatchContains
    nationality.lineEdit().setText("United Kingdom (GB)")
    assert nationality.value() == "GB"
    nationality.lineEdit().setText("de")
    assert nationality.value() == "DE"


@pytest.mark.parametrize(
    ("name", "schema", "table"),
    [
        ("classificationsList", "CustomerClassificationEnum", labels.CLASSIFICATION_LABELS),
        ("optionsList", "CustomerOptionEnum", labels.OPTION_LABELS),
    ],
)
def test_checklists_list_every_spec_value_with_its_label(
    editor: ProfileEditor, name: str, schema: str, table: dict[str, str]
) -> None:
    model = _checklist(editor, name).checklist()
    assert model.values() == _enum(schema)
    shown = [model.index(row).data() for row in range(model.rowCount())]
    assert shown == [table[value] for value in _enum(schema)]
    flags = model.flags(model.index(0))
    assert flags & Qt.ItemFlag.ItemIsUserCheckable


def test_checklist_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = EnumChecklistModel(labels.CLASSIFICATION_LABELS, labels.CLASSIFICATION_CONTEXT)
    model.set_checked(["Returning", "FromTheFuture"])
    qtmodeltester.check(model)
    assert model.checked() == ("Returning", "FromTheFuture")


# --- loading and plain text ------------------------------------------------------------------


def test_customer_data_is_plain_text(qtbot: QtBot, editor: ProfileEditor, mews: FakeMews) -> None:
    record = mews.put(LastName="<b>Novak</b>", FirstName="<img src=x>")
    _open(qtbot, editor, record["Id"])
    assert editor.heading.textFormat() == Qt.TextFormat.PlainText
    assert editor.heading.text() == "<img src=x> <b>Novak</b>"
    for label in editor.findChildren(QLabel):
        if label.text().startswith("<"):
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_unknown_values_are_shown_and_survive_a_save(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews
) -> None:
    record = mews.put(
        Title="Doctor",
        Classifications=["Returning", "SpaceTourist"],
        Options=["None", "Invoiceable"],
    )
    _open(qtbot, editor, record["Id"])
    title = _combo(editor, "titleCombo")
    assert title.value() == "Doctor"
    classifications = _checklist(editor, "classificationsList").checklist()
    assert "SpaceTourist" in classifications.values()
    row = classifications.values().index("SpaceTourist")
    assert "SpaceTourist" in classifications.index(row).data()

    _check(_checklist(editor, "classificationsList"), "Media")
    _save(qtbot, editor)

    (sent,) = mews.calls_to("customers/update")
    assert sent.keys() == {"customer_id", "classifications"}
    assert sorted(sent["classifications"]) == ["Media", "Returning", "SpaceTourist"]
    assert mews.customers[record["Id"]]["Title"] == "Doctor"
    assert set(classifications.checked()) == {"Returning", "SpaceTourist", "Media"}
    assert _checklist(editor, "optionsList").checklist().checked() == ("None", "Invoiceable")
    assert not editor.is_dirty()


# --- saving ----------------------------------------------------------------------------------


def test_only_changed_fields_are_sent(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    assert not editor.save_button.isEnabled()
    _combo(editor, "titleCombo").set_value("Mister")
    _line(editor, "emailEdit").setText("anna.novak@example.com")
    assert editor.is_dirty()
    assert editor.isWindowModified()
    assert editor.windowTitle().endswith("[*]")
    _save(qtbot, editor)
    assert mews.calls_to("customers/update") == [
        {"customer_id": record["Id"], "title": "Mister", "email": "anna.novak@example.com"}
    ]
    assert not editor.isWindowModified()
    assert "Saved." in editor.message.text()


def test_ctrl_s_saves(qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record) -> None:
    _line(editor, "phoneEdit").setText("+420 1234")
    assert editor.save_action.shortcut().toString() == "Ctrl+S"
    with qtbot.waitSignal(editor.customerSaved):
        editor.save_action.trigger()
    assert mews.calls_to("customers/update")[0]["phone"] == "+420 1234"


def test_emptied_field_is_not_sent_and_the_user_is_told(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    _line(editor, "phoneEdit").setText("")
    note = editor.form.message_label("phone")
    assert note.isVisibleTo(editor)
    assert "does not clear" in note.text()
    _line(editor, "firstNameEdit").setText("Anička")
    _save(qtbot, editor)
    assert mews.calls_to("customers/update") == [
        {"customer_id": record["Id"], "first_name": "Anička"}
    ]
    assert "Phone" in editor.message.text()
    assert _line(editor, "phoneEdit").text() == "+420 777 123 456"  # what Mews still has


def test_only_emptied_fields_sends_nothing_and_restores_them(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    _line(editor, "emailEdit").setText("")
    editor.save()
    _wait_idle(qtbot, editor)
    assert mews.calls_to("customers/update") == []
    assert _line(editor, "emailEdit").text() == "anna@example.com"
    assert "Email" in editor.message.text()
    assert not editor.is_dirty()


@pytest.mark.parametrize(
    ("name", "text"),
    [("lastNameEdit", ""), ("emailEdit", "anna@"), ("carRegistrationNumberEdit", "x" * 256)],
)
def test_validation_blocks_bad_input(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, name: str, text: str, record: Record
) -> None:
    _line(editor, name).setText(text)
    assert editor.is_dirty()
    assert not editor.save_button.isEnabled()
    message = editor.findChild(QLabel, f"{name}Message")
    assert message is not None and message.isVisibleTo(editor) and message.text()
    editor.save()
    assert mews.calls_to("customers/update") == []


def test_future_birth_date_blocks_save(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    birth = editor.form.editor("birth_date")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    birth.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))  # type: ignore[attr-defined]
    assert not editor.save_button.isEnabled()
    assert "future" in editor.form.message_label("birth_date").text()
    birth.clear()  # type: ignore[attr-defined]
    assert birth.value() is None  # type: ignore[attr-defined]
    assert not editor.is_dirty()


def test_other_desks_change_is_shown_and_kept(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, record: Record
) -> None:
    _type(editor, firstNameEdit="Anička", phoneEdit="+420 111 222")
    mews.touch(record["Id"], Phone="+420 999 888", Email="front@example.com")
    seen: dict[str, Any] = {}

    def choose(dialog: profile_dialogs.ConflictDialog) -> int:
        seen["rows"] = [
            [dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())
        ]
        return dialog.choose(ConflictChoice.SAVE_MINE)

    monkeypatch.setattr(profile_dialogs.ConflictDialog, "exec", choose)
    _save(qtbot, editor)
    assert seen["rows"][0] == ["Phone", "+420 777 123 456", "+420 999 888", "+420 111 222"]
    assert ["Email", "anna@example.com", "front@example.com", "front@example.com"] in seen["rows"]
    assert mews.calls_to("customers/update") == [
        {"customer_id": record["Id"], "first_name": "Anička", "phone": "+420 111 222"}
    ]
    assert mews.customers[record["Id"]]["Email"] == "front@example.com"
    assert _line(editor, "emailEdit").text() == "front@example.com"


def _save_into_conflict(
    qtbot: QtBot,
    editor: ProfileEditor,
    mews: FakeMews,
    monkeypatch: pytest.MonkeyPatch,
    choice: ConflictChoice,
) -> None:
    """Edit the phone, let another desk change it too, save, and answer the conflict."""
    record = mews.put()
    _open(qtbot, editor, record["Id"])
    _line(editor, "phoneEdit").setText("+420 111 222")
    mews.touch(record["Id"], Phone="+420 999 888")
    monkeypatch.setattr(profile_dialogs.ConflictDialog, "exec", lambda d: d.choose(choice))
    editor.save()
    _wait_idle(qtbot, editor)


def test_conflict_keep_editing_sends_nothing_and_keeps_edits(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_into_conflict(qtbot, editor, mews, monkeypatch, ConflictChoice.KEEP_EDITING)
    assert mews.calls_to("customers/update") == []
    assert _line(editor, "phoneEdit").text() == "+420 111 222"
    assert editor.is_dirty()


def test_conflict_load_theirs_discards_mine(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_into_conflict(qtbot, editor, mews, monkeypatch, ConflictChoice.LOAD_THEIRS)
    assert mews.calls_to("customers/update") == []
    assert _line(editor, "phoneEdit").text() == "+420 999 888"
    assert not editor.is_dirty()


def test_rejected_save_shows_the_server_message_and_keeps_edits(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, record: Record
) -> None:
    _type(editor, emailEdit="taken@example.com", firstNameEdit="Anička")

    def refuse(customer_id: str, **fields: Any) -> Any:
        raise ForbiddenError(
            "The email belongs to another customer profile.", status_code=403, request_id="r-42"
        )

    monkeypatch.setattr(mews, "update_customer", refuse)
    editor.save()
    _wait_idle(qtbot, editor)
    assert "belongs to another customer profile" in editor.message.text()
    assert "r-42" in editor.message.text()
    assert not editor.retry_button.isVisibleTo(editor)
    assert "belongs to another" in editor.form.message_label("email").text()
    assert _line(editor, "emailEdit").text() == "taken@example.com"
    assert _line(editor, "firstNameEdit").text() == "Anička"
    assert editor.is_dirty()


def test_network_failure_offers_retry_that_saves(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    _line(editor, "phoneEdit").setText("+420 5555")
    mews.fail_next(NetworkError("Connection refused.", request_sent=False))
    editor.save()
    _wait_idle(qtbot, editor)
    assert editor.retry_button.isVisibleTo(editor)
    assert "Connection refused." in editor.message.text()
    assert _line(editor, "phoneEdit").text() == "+420 5555"
    with qtbot.waitSignal(editor.customerSaved):
        qtbot.mouseClick(editor.retry_button, Qt.MouseButton.LeftButton)
    assert mews.customers[record["Id"]]["Phone"] == "+420 5555"


# --- leaving with unsaved changes ------------------------------------------------------------


def test_switching_away_cancel_keeps_edits(
    editor: ProfileEditor, monkeypatch: MonkeyPatch, guests: Guests
) -> None:
    first, second = guests
    asked = answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert editor.open_customer(second["Id"]) is False
    assert asked == ["Save the changes to Anna Novak?"]
    assert editor.customer_id() == first["Id"]
    assert _line(editor, "phoneEdit").text() == "+420 7777"


def test_switching_away_discard_opens_the_other(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, guests: Guests
) -> None:
    second = guests[1]
    answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(editor.customerLoaded):
        editor.open_customer(second["Id"])
    assert editor.customer_id() == second["Id"]
    assert mews.calls_to("customers/update") == []


def test_switching_away_save_saves_then_opens(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, guests: Guests
) -> None:
    first, second = guests
    answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(editor.customerLoaded):
        assert editor.open_customer(second["Id"]) is False
    qtbot.waitUntil(lambda: editor.customer_id() == second["Id"])
    assert mews.customers[first["Id"]]["Phone"] == "+420 7777"


def test_closing_a_dirty_editor_asks(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, record: Record
) -> None:
    editor.show()
    _line(editor, "phoneEdit").setText("+420 7777")
    asked = answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert editor.close() is False
    assert asked and editor.isVisible()


# --- adding ----------------------------------------------------------------------------------


def _fill_new(qtbot: QtBot, editor: ProfileEditor, **texts: str) -> None:
    editor.new_customer_action.trigger()
    assert editor.customer_id() is None
    for name, text in texts.items():
        _line(editor, name).setText(text)


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
    _combo(editor, "titleCombo").set_value("Mister")
    _check(_checklist(editor, "optionsList"), "Invoiceable")
    _save(qtbot, editor)
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
    _line(editor, "firstNameEdit").setText("Jan")
    assert editor.is_dirty()
    assert not editor.save_button.isEnabled()
    assert editor.form.message_label("last_name").text() == "Last name is required."


@pytest.mark.parametrize(
    ("choice", "overwrite"),
    [(DuplicateChoice.OVERWRITE, True), (DuplicateChoice.CREATE_ANYWAY, False)],
)
def test_duplicate_by_email_offers_overwrite_or_create(
    qtbot: QtBot,
    editor: ProfileEditor,
    mews: FakeMews,
    monkeypatch: pytest.MonkeyPatch,
    choice: DuplicateChoice,
    overwrite: bool,
) -> None:
    existing = mews.put(FirstName="Anna", LastName="Novak", Email="anna@example.com")
    shown: dict[str, Any] = {}

    def exec_(dialog: profile_dialogs.DuplicateDialog) -> int:
        shown["rows"] = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        shown["overwrite"] = dialog.overwrite_button is not None
        return dialog.choose(choice)

    monkeypatch.setattr(profile_dialogs.DuplicateDialog, "exec", exec_)
    _fill_new(qtbot, editor, lastNameEdit="Nováková", emailEdit="anna@example.com")
    _save(qtbot, editor)
    assert shown == {"rows": ["anna@example.com"], "overwrite": True}
    (sent,) = mews.calls_to("customers/add")
    assert sent["overwrite_existing"] is overwrite
    if overwrite:
        assert editor.customer_id() == existing["Id"]
        assert mews.customers[existing["Id"]]["LastName"] == "Nováková"
    else:
        assert editor.customer_id() != existing["Id"]


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
    assert _line(editor, "emailEdit").text() == "petr@example.com"


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
    _wait_idle(qtbot, editor)
    assert mews.calls_to("customers/add") == []
    assert editor.customer_id() is None
    assert _line(editor, "lastNameEdit").text() == "Nová"
    assert editor.is_dirty()


# --- open items ------------------------------------------------------------------------------


def _amount(value: float, currency: str) -> dict[str, Any]:
    return {
        "Currency": currency,
        "NetValue": value,
        "GrossValue": value,
        "TaxValues": [],
        "Breakdown": {"Items": []},
    }


def test_open_items_tab_lists_items_and_balance_per_currency(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, qtmodeltester: Any
) -> None:
    record = mews.put()
    item = {
        "AccountId": record["Id"],
        "AccountingState": "Open",
        "CreatorProfileId": record["CreatorProfileId"],
        "UpdaterProfileId": record["CreatorProfileId"],
        "OrderId": record["Id"],
        "RevenueType": "Service",
        "UnitAmount": _amount(100, "EUR"),
        "CreatedUtc": "2026-05-01",
        "UpdatedUtc": "2026-05-01",
        "Data": {"Discriminator": "SpaceOrder", "Value": None},
    }
    mews.open_items[record["Id"]] = {
        "CustomerId": record["Id"],
        "Items": [],
        "OrderItems": [
            item
            | {
                "Id": "a" * 8 + "-0000-4000-8000-000000000001",
                "Amount": _amount(100, "EUR"),
                "OriginalAmount": _amount(100, "EUR"),
                "ConsumedUtc": "2026-05-01",
            },
            item
            | {
                "Id": "a" * 8 + "-0000-4000-8000-000000000002",
                "Amount": _amount(2500, "CZK"),
                "OriginalAmount": _amount(2500, "CZK"),
                "ConsumedUtc": "2026-05-02",
            },
        ],
        "PaymentItems": [
            {
                "Id": "b" * 8 + "-0000-4000-8000-000000000001",
                "AccountId": record["Id"],
                "Amount": _amount(-40, "EUR"),
                "OriginalAmount": _amount(-40, "EUR"),
                "ConsumedUtc": "2026-05-03T09:00:00Z",
                "AccountingState": "Open",
                "State": "Charged",
                "Data": {"Discriminator": "Cash", "Value": None},
            },
        ],
    }
    _open(qtbot, editor, record["Id"])
    editor.tabs.setCurrentWidget(editor.open_items)
    qtbot.waitUntil(lambda: editor.open_items.model.rowCount() == 3)
    model = editor.open_items.model
    qtmodeltester.check(model)
    assert [model.index(r, 4).data() for r in range(3)] == [
        "100.00 EUR",
        "2\u202f500.00 CZK",
        "-40.00 EUR",
    ]
    assert model.index(2, 1).data() == "Payment"
    assert editor.open_items.balance.text() == "Open balance: 2\u202f500.00 CZK · 60.00 EUR"


def test_saving_keeps_the_field_being_edited_in_view_and_focused(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews
) -> None:
    """Locking the form during a save must not send focus (and the scroll) elsewhere."""
    record = mews.put()
    editor.resize(700, 500)
    editor.show()
    qtbot.waitExposed(editor)
    _open(qtbot, editor, record["Id"])
    field = _line(editor, "phoneEdit")
    scroll = editor.findChild(QScrollArea, "profileScroll")
    scroll.ensureWidgetVisible(field)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    position = scroll.verticalScrollBar().value()
    field.setText("+420 555 0100")
    with qtbot.waitSignal(editor.customerSaved):
        qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert mews.calls_to("customers/update")[0]["phone"] == "+420 555 0100"
    qtbot.waitUntil(field.hasFocus)
    assert scroll.verticalScrollBar().value() == position
