"""A document reader typing a zone into the real desk, against the sandbox over loopback HTTP.

The reader is simulated the way it reaches Qt: key presses, all at once, into whatever
has the focus (the search box, a profile field), lines ended by Return or Tab.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import replace
from typing import Any

import pytest
import shiboken6
from mrz_zones import MARTIN_JAEGER, corrupt, td1, td3
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from reader_keys import type_zone

from desktop.mews import MewsClient
from desktop.ui.main_window import MainWindow
from desktop.ui.mrz_dialogs import MrzPickDialog

pytestmark = pytest.mark.e2e


def _unique_surname() -> tuple[str, str]:
    """A surname nobody in the seed has, as a profile writes it and as an MRZ does."""
    tail = "".join(random.choices(string.ascii_lowercase, k=6))
    return f"Jäger{tail}", f"JAEGER{tail.upper()}"


def _add_guest(client: MewsClient, last_name: str, **fields: Any) -> Any:
    return client.add_customer(
        last_name=last_name,
        email=f"{last_name.encode('ascii', 'ignore').decode()}@example.com",
        **fields,
    )


def _documents(client: MewsClient, customer_id: str) -> list[Any]:
    return client.get_identity_documents([customer_id]).identity_documents


def _shown(qtbot: QtBot, kind: type, name: str) -> Any:
    qtbot.waitUntil(
        lambda: any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                    and w.objectName() == name),
        timeout=5000,
    )  # fmt: skip
    return next(
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.objectName() == name and w.isVisible()
    )  # fmt: skip


def _save(qtbot: QtBot, window: MainWindow) -> Any:
    with qtbot.waitSignal(window.profile_editor.customerSaved, timeout=5000) as saved:
        window.profile_editor.save()
    return saved.args[0]


def test_passport_in_the_search_box_opens_the_guest_and_lets_each_field_be_picked(
    qtbot: QtBot, desk_window: MainWindow, client: MewsClient
) -> None:
    stored_name, zone_name = _unique_surname()
    guest = _add_guest(client, stored_name, first_name="Martin", birth_date="1988-04-03",
                       nationality_code="AT", sex="Male")  # fmt: skip
    client.add_identity_documents(
        [{"customer_id": guest.id, "type": "Passport", "number": "C01X00T47",
          "expiration_date": "2031-05-07", "issuing_country_code": "DE"}]
    )  # fmt: skip
    window, editor = desk_window, desk_window.profile_editor
    said: list[str] = []
    window.status.messageChanged.connect(lambda text: said.append(text) if text else None)
    window.search_input.setFocus()
    window.search_input.setText("novak")
    type_zone(window, td3(replace(MARTIN_JAEGER, surname=zone_name)), "return")

    dialog = _shown(qtbot, MrzPickDialog, "mrzPickDialog")
    assert editor.customer_id() == str(guest.id)  # found by the document number
    assert window.search_input.text() == "novak"  # the zone never reached the search box
    # Jäger on the profile is JAEGER on the passport: not a difference. Sex agrees.
    assert [pick.key for pick in dialog.picks] == ["birth_date", "nationality_code"]
    assert dialog.document_buttons["birth_date"].text() == "1988-03-04"
    assert dialog.profile_buttons["nationality_code"].text().endswith("(AT)")
    dialog.profile_buttons["nationality_code"].click()  # keep Austria
    dialog.use_button.click()

    values = editor.form.values()
    assert values["birth_date"] == dt.date(1988, 3, 4)
    assert values["nationality_code"] == "AT"
    assert values["last_name"] == stored_name
    qtbot.waitUntil(
        lambda: _documents(client, str(guest.id))[0].expiration_date == dt.date(2031, 5, 6),
        timeout=5000,
    )
    # What the status bar said for passers-by named the document, not its whole number.
    assert "T47" in said[0] and not [text for text in said if "C01X00T47" in text]
    saved = _save(qtbot, window)
    assert str(saved.birth_date)[:10] == "1988-03-04" and saved.nationality_code == "AT"
    assert len(_documents(client, str(guest.id))) == 1  # corrected, not added twice


def test_id_card_in_a_profile_field_matches_by_name_and_birth_date_and_adds_the_card(
    qtbot: QtBot, desk_window: MainWindow, client: MewsClient
) -> None:
    stored_name, zone_name = _unique_surname()
    other = _add_guest(client, stored_name + "x", first_name="Someone")
    guest = _add_guest(client, stored_name, first_name="Martin", birth_date="1988-03-04")
    window, editor = desk_window, desk_window.profile_editor
    with qtbot.waitSignal(editor.customerLoaded, timeout=5000):
        window.open_customer(str(other.id))
    notes = editor.form.editor("car_registration_number")
    assert isinstance(notes, QLineEdit)
    notes.setFocus()
    card = td1(replace(MARTIN_JAEGER, surname=zone_name, number="T22000129"))
    with qtbot.waitSignal(editor.customerLoaded, timeout=5000):
        type_zone(window, card, "tab")
    assert editor.customer_id() == str(guest.id)
    assert notes.text() == ""  # nothing landed in the focused field of the other profile
    qtbot.waitUntil(lambda: bool(_documents(client, str(guest.id))), timeout=5000)
    (document,) = _documents(client, str(guest.id))
    assert (str(document.type.value), document.number) == ("IdentityCard", "T22000129")
    assert (document.expiration_date, document.issuing_country_code) == (
        dt.date(2031, 5, 6),
        "DE",
    )
    # The blanks the card knows are filled in; the rest of the profile stays.
    values = editor.form.values()
    assert (values["sex"], values["nationality_code"]) == ("Male", "DE")
    assert values["last_name"] == stored_name
    _save(qtbot, window)


def test_unknown_passport_offers_a_new_profile_that_gets_the_document_on_save(
    qtbot: QtBot, desk_window: MainWindow, client: MewsClient
) -> None:
    _stored, zone_name = _unique_surname()
    window, editor = desk_window, desk_window.profile_editor
    window.table.setFocus()
    passport = td3(replace(MARTIN_JAEGER, surname=zone_name, given="ANNA MARIA", sex="F",
                           number="X1234567", state="CZE", nationality="CZE"))  # fmt: skip
    type_zone(window, passport, "linefeed")
    box = _shown(qtbot, QMessageBox, "mrzNewGuestBox")
    assert "Anna Maria" in box.text() and "1988-03-04" in box.text()
    box.findChild(QWidget, "mrzNewProfile").click()

    values = editor.form.values()
    assert editor.customer_id() is None
    assert (values["first_name"], values["last_name"]) == ("Anna Maria", zone_name.capitalize())
    assert (values["sex"], values["nationality_code"], values["birth_date"]) == (
        "Female",
        "CZ",
        dt.date(1988, 3, 4),
    )
    saved = _save(qtbot, window)
    qtbot.waitUntil(lambda: bool(_documents(client, str(saved.id))), timeout=5000)
    (document,) = _documents(client, str(saved.id))
    assert (str(document.type.value), document.number, document.issuing_country_code) == (
        "Passport",
        "X1234567",
        "CZ",
    )


def test_a_failed_check_digit_is_named_and_nothing_is_filled(
    qtbot: QtBot, desk_window: MainWindow
) -> None:
    window, editor = desk_window, desk_window.profile_editor
    window.search_input.setFocus()
    broken = corrupt(td3(MARTIN_JAEGER), 1, 19)  # the birth date's digit
    type_zone(window, broken, "enter")
    box = _shown(qtbot, QMessageBox, "mrzProblemBox")
    assert "birth date" in box.text() and "nothing was filled in" in box.text()
    assert window.search_input.text() == ""
    assert editor.customer_id() is None and not editor.is_dirty()
    # Read again while the message is up: the new zone replaces it.
    _stored, zone_name = _unique_surname()
    stranger = replace(MARTIN_JAEGER, surname=zone_name, number="Z9988776")  # no one has it
    type_zone(box, td3(stranger), "return")
    offer = _shown(qtbot, QMessageBox, "mrzNewGuestBox")
    assert not shiboken6.isValid(box) or not box.isVisible()
    offer.reject()
    assert editor.customer_id() is None and not editor.is_dirty()
