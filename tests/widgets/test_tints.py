"""Highlight colours keep readable text in a light and a dark palette.

``FRONTDESK_I18N_SHOTS=/tmp/i18n2`` also saves the desk with a profile open under the dark
palette as ``dark.png``, and the merge dialog as ``dark_merge.png``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QTableView
from pytestqt.qtbot import QtBot
from translated_dialogs import Screens, save_shot

from desktop.ui import tints
from desktop.ui.tints import READABLE_CONTRAST, contrast_ratio

ACCENTS = [tints.GREEN, tints.AMBER, tints.RED, tints.ORANGE, tints.BLUE]


def dark_palette() -> QPalette:
    """A dark palette as desktops in dark mode hand Fusion (text near white, base near black)."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#eeeeee",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#eeeeee",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#eeeeee",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    return palette


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    palette = (
        QStyleFactory.create("Fusion").standardPalette()
        if request.param == "light"
        else dark_palette()
    )
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


@pytest.mark.parametrize("accent", ACCENTS, ids=lambda color: color.name())
def test_tinted_backgrounds_keep_the_text_readable(scheme: QPalette, accent: QColor) -> None:
    background = tints.tinted(accent)
    assert background != scheme.color(QPalette.ColorRole.Base)  # still a visible highlight
    text = scheme.color(QPalette.ColorRole.Text)
    assert contrast_ratio(text, background) >= READABLE_CONTRAST
    assert contrast_ratio(tints.accent_text(accent, background), background) >= READABLE_CONTRAST


def test_the_old_fixed_pastels_fail_in_the_dark() -> None:
    """Guards the contrast check itself: near-white text on a pastel is what it must catch."""
    assert contrast_ratio(QColor("#eeeeee"), QColor("#fde7e9")) < 1.5
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)


def _cells_readable(table: QTableView, palette: QPalette) -> list[str]:
    model = table.model()
    problems = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            # "—" marks a missing value and is muted on purpose; real values must be readable.
            if background is None or index.data() == "—":
                continue
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            text = foreground.color() if foreground else palette.color(QPalette.ColorRole.Text)
            ratio = contrast_ratio(text, background.color())
            if ratio < READABLE_CONTRAST:
                problems.append(f"{row},{column}: {ratio:.1f}")
    return problems


def test_highlighted_cells_are_readable(qtbot: QtBot, tmp_path: Path, scheme: QPalette) -> None:
    screens = Screens(qtbot, tmp_path)
    try:
        merge = screens.merge()
        desk = screens.documents_tab()
        dark = scheme.color(QPalette.ColorRole.Base).lightness() < 128
        if dark:
            save_shot(desk, "dark")
            save_shot(merge, "dark_merge")
        merge_table = merge.findChild(QTableView, "comparisonTable") or merge.comparisonTable
        documents = desk.profile_editor.documents.view.table
        assert documents.model().rowCount() == 2
        assert _cells_readable(merge_table, scheme) == []
        assert _cells_readable(documents, scheme) == []
    finally:
        screens.close()
