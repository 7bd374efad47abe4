"""The side-by-side choice after a read document differs from the profile."""

from __future__ import annotations

import datetime as dt

from mrz_zones import MARTIN_JAEGER, td3
from pytestqt.qtbot import QtBot

from desktop.desk import mrz
from desktop.desk.mrz_guest import FieldPick
from desktop.ui.mrz_dialogs import MrzPickDialog

DOCUMENT = mrz.parse(td3(MARTIN_JAEGER), today=dt.date(2026, 12, 3))
PICKS = [
    FieldPick("last_name", "<b>Jagr</b> & Co", "Jaeger"),
    FieldPick("birth_date", dt.date(1988, 4, 3), dt.date(1988, 3, 4)),
    FieldPick("nationality_code", "AT", "DE"),
]


def test_each_field_is_picked_on_its_own_and_the_document_is_the_default(qtbot: QtBot) -> None:
    dialog = MrzPickDialog(PICKS, DOCUMENT, "Martin Jagr")
    qtbot.addWidget(dialog)
    assert dialog.values() == {
        "last_name": "Jaeger",
        "birth_date": dt.date(1988, 3, 4),
        "nationality_code": "DE",
    }
    dialog.profile_buttons["birth_date"].click()
    dialog.profile_buttons["nationality_code"].click()
    dialog.document_buttons["nationality_code"].click()  # changed her mind
    with qtbot.waitSignal(dialog.picked) as picked:
        dialog.use_button.click()
    assert picked.args[0] == {
        "last_name": "Jaeger",
        "birth_date": dt.date(1988, 4, 3),
        "nationality_code": "DE",
    }


def test_guest_data_is_shown_as_typed_never_as_markup_or_a_mnemonic(qtbot: QtBot) -> None:
    dialog = MrzPickDialog(PICKS, DOCUMENT, "Martin Jagr")
    qtbot.addWidget(dialog)
    keep = dialog.profile_buttons["last_name"]
    assert keep.text() == "<b>Jagr</b> && Co"  # a QRadioButton draws "&&" as "&"
    assert dialog.profile_buttons["nationality_code"].text() == "Austria (AT)"
    assert dialog.document_buttons["birth_date"].text() == "1988-03-04"


def test_leaving_the_profile_as_it_is_picks_nothing(qtbot: QtBot) -> None:
    dialog = MrzPickDialog(PICKS, DOCUMENT, "Martin Jagr")
    qtbot.addWidget(dialog)
    chosen: list[dict] = []
    dialog.picked.connect(chosen.append)
    dialog.reject()
    assert chosen == []
