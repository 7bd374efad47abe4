"""The customer table names classifications as the profile editor does, in the desk's language."""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

from i18n_checks import ui_language
from PySide6.QtCore import Qt

from desktop.desk.customer_rows import row_from_customer
from desktop.desk.labels import CLASSIFICATION_CONTEXT, CLASSIFICATION_LABELS
from desktop.ui.customer_columns import Column
from desktop.ui.customer_filter_proxy import CustomerFilterProxy
from desktop.ui.customer_table_model import CustomerTableModel
from desktop.ui.translation import translate_text


def _customer(customer_id: str, classifications: list[str]) -> SimpleNamespace:
    return SimpleNamespace(
        id=customer_id,
        first_name="Jana",
        last_name="Nováková",
        classifications=classifications,
    )


def _shown(model: CustomerTableModel, row: int) -> str:
    index = model.index(row, Column.CLASSIFICATIONS)
    return model.data(index, Qt.ItemDataRole.DisplayRole)


def test_rows_hold_the_editors_source_labels_and_unknown_values_readably() -> None:
    row = row_from_customer(_customer("c-1", ["Returning", "VeryImportant", "SpaceTourist"]))

    assert row.classifications == ", ".join(
        [
            CLASSIFICATION_LABELS["Returning"],
            CLASSIFICATION_LABELS["VeryImportant"],
            "Space tourist",
        ]
    )
    # Compact: rows with the same set share one string.
    other = row_from_customer(_customer("c-2", ["Returning", "VeryImportant", "SpaceTourist"]))
    assert other.classifications is row.classifications
    assert sys.intern(row.classifications) is row.classifications


def test_the_table_shows_classifications_in_german() -> None:
    with ui_language("de"):
        model = CustomerTableModel()
        model.set_rows(
            [
                row_from_customer(_customer("c-1", ["Returning", "VeryImportant"])),
                row_from_customer(_customer("c-2", ["PaymasterAccount", "SpaceTourist"])),
                row_from_customer(_customer("c-3", [])),
            ]
        )
        shown = [_shown(model, row) for row in range(3)]
        expected = [
            translate_text(CLASSIFICATION_CONTEXT, CLASSIFICATION_LABELS[value])
            for value in ("Returning", "VeryImportant", "PaymasterAccount")
        ]

    assert shown[0] == f"{expected[0]}, {expected[1]}"
    assert shown[1] == f"{expected[2]}, Space tourist"  # unknown to the catalogue: as Mews says
    assert shown[2] == ""
    # Really German, not the English source or the API's names.
    assert "Stammgast" in shown[0] and "Returning" not in shown[0]
    assert "Paymaster" not in shown[1]


def test_sorting_by_classifications_follows_the_translated_labels() -> None:
    with ui_language("de"):
        model = CustomerTableModel()
        model.set_rows(
            [
                row_from_customer(_customer("returning", ["Returning"])),  # Stammgast
                row_from_customer(_customer("paymaster", ["PaymasterAccount"])),  # Sammelkonto
            ]
        )
        model.sort(Column.CLASSIFICATIONS, Qt.SortOrder.AscendingOrder)
        order = [model.row_at(row).id for row in range(model.rowCount())]
        shown = [_shown(model, row) for row in range(model.rowCount())]

    assert shown == sorted(shown, key=str.casefold)
    assert order == ["paymaster", "returning"]


def test_the_local_filter_finds_the_german_classification_the_desk_shows(
    qtmodeltester: Any,
) -> None:
    with ui_language("de"):
        model = CustomerTableModel()
        model.set_rows(
            [
                row_from_customer(_customer("c-1", ["Returning"])),
                row_from_customer(_customer("c-2", ["Student"])),
            ]
        )
        proxy = CustomerFilterProxy()
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy)
        proxy.set_pattern("stammgast")
        assert proxy.rowCount() == 1
        assert _shown(model, proxy.mapToSource(proxy.index(0, 0)).row()).startswith("Stammgast")
        proxy.set_pattern("returning guest")  # the English source still matches too
        assert proxy.rowCount() == 1
