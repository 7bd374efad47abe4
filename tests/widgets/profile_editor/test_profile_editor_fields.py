"""The editor's dropdowns and checklists offer every value Mews knows, and show data as plain text."""

from __future__ import annotations

from typing import Any

import pytest
from editor_steps import (
    check_value,
    find_checklist,
    find_combo,
    open_profile,
    save_profile,
    spec_enum,
)
from profile_editor_fakes import FakeMews
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.desk import labels
from desktop.desk.countries import COUNTRY_NAMES
from desktop.ui.enum_checklist import EnumChecklistModel
from desktop.ui.profile_editor import ProfileEditor


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
    combo = find_combo(editor, name)
    assert combo.codes() == spec_enum(schema)
    texts = [combo.itemText(i) for i in range(1, combo.count())]
    assert texts == [QCoreApplication.translate(context, table[v]) for v in spec_enum(schema)]
    assert combo.itemText(0) == "Not set"


def test_title_reads_as_salutation(editor: ProfileEditor) -> None:
    combo = find_combo(editor, "titleCombo")
    assert [combo.itemText(combo.findData(v)) for v in ("Mister", "Miss", "Misses")] == [
        "Mr.",
        "Ms.",
        "Mrs.",
    ]


def test_country_combos_offer_every_iso_country_and_find_by_contains(
    editor: ProfileEditor,
) -> None:
    for name in ("nationalityCombo", "addressCountryCombo", "birthCountryCombo"):
        combo = find_combo(editor, name)
        assert sorted(combo.codes()) == sorted(COUNTRY_NAMES)
    nationality = find_combo(editor, "nationalityCombo")
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
    model = find_checklist(editor, name).checklist()
    assert model.values() == spec_enum(schema)
    shown = [model.index(row).data() for row in range(model.rowCount())]
    assert shown == [table[value] for value in spec_enum(schema)]
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
    open_profile(qtbot, editor, record["Id"])
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
    open_profile(qtbot, editor, record["Id"])
    title = find_combo(editor, "titleCombo")
    assert title.value() == "Doctor"
    classifications = find_checklist(editor, "classificationsList").checklist()
    assert "SpaceTourist" in classifications.values()
    row = classifications.values().index("SpaceTourist")
    assert "SpaceTourist" in classifications.index(row).data()

    check_value(find_checklist(editor, "classificationsList"), "Media")
    save_profile(qtbot, editor)

    (sent,) = mews.calls_to("customers/update")
    assert sent.keys() == {"customer_id", "classifications"}
    assert sorted(sent["classifications"]) == ["Media", "Returning", "SpaceTourist"]
    assert mews.customers[record["Id"]]["Title"] == "Doctor"
    assert set(classifications.checked()) == {"Returning", "SpaceTourist", "Media"}
    assert find_checklist(editor, "optionsList").checklist().checked() == ("None", "Invoiceable")
    assert not editor.is_dirty()
