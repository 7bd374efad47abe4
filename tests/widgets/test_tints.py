"""Highlight colours keep readable text in a light and a dark palette.

``FRONTDESK_I18N_SHOTS=/tmp/i18n2`` also saves the desk with a profile open under the dark
palette as ``dark.png``, and the merge dialog as ``dark_merge.png``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QTableView, QWidget
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
            # A brush or a colour, which the delegate takes as a brush.
            text = (
                QBrush(foreground).color() if foreground else palette.color(QPalette.ColorRole.Text)
            )
            ratio = contrast_ratio(text, QBrush(background).color())
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


def _style_colors(widget: QWidget) -> dict[str, QColor]:
    """``color``/``background`` of a widget's own style sheet (the last of each wins)."""
    found = re.findall(r"(?<![-\w])(color|background):\s*(#[0-9a-fA-F]{6})", widget.styleSheet())
    return {name: QColor(value) for name, value in found}


def _readable_on_window(label: QWidget, palette: QPalette) -> float:
    colors = _style_colors(label)
    assert "color" in colors, label.styleSheet()
    background = colors.get("background", palette.color(QPalette.ColorRole.Window))
    return contrast_ratio(colors["color"], background)


def test_error_texts_and_notices_are_readable(
    qtbot: QtBot, tmp_path: Path, scheme: QPalette
) -> None:
    """Red problem texts, the merge and keyring warnings and the Save button, in both schemes."""
    screens = Screens(qtbot, tmp_path)
    try:
        attach = screens.attach_file()
        attach.load_data(b"MZ" + bytes(64))  # type: ignore[attr-defined]
        assert attach.problemLabel.text()  # type: ignore[attr-defined]
        identity = screens.identity_document()
        advanced = screens.advanced_search()
        merge = screens.merge()
        connection = screens.connection()
        desk = screens.new_profile()
        form = desk.profile_editor.form  # type: ignore[attr-defined]
        form.show_messages({"email": "Not an email."}, {"phone": "Kept its old value."})
        desk.status.show_error(ValueError("refused"))  # type: ignore[attr-defined]
        widgets = {
            "attach problem": attach.problemLabel,  # type: ignore[attr-defined]
            "identity document problem": identity.problemLabel,  # type: ignore[attr-defined]
            "advanced search problem": advanced.advanced_panel.problem_label,  # type: ignore[attr-defined]
            "merge warning": merge.warningLabel,  # type: ignore[attr-defined]
            "keyring warning": connection.keyring_warning,  # type: ignore[attr-defined]
            "save button": desk.profile_editor.save_button,  # type: ignore[attr-defined]
            "field problem": form.message_label("email"),
            "field note": form.message_label("phone"),
            "status bar error": desk.status.error_label,  # type: ignore[attr-defined]
        }
        ratios = {name: _readable_on_window(widget, scheme) for name, widget in widgets.items()}
        assert {name: r for name, r in ratios.items() if r < READABLE_CONTRAST} == {}
        # A notice's own background still stands out from the window it sits on.
        for name in ("merge warning", "keyring warning"):
            background = _style_colors(widgets[name])["background"]
            assert background != scheme.color(QPalette.ColorRole.Window), name
        if scheme.color(QPalette.ColorRole.Base).lightness() < 128:
            save_shot(attach, "dark_attach")
    finally:
        screens.close()


def test_fixed_error_red_fails_in_the_dark() -> None:
    """The old ``#b3261e`` on a dark window is what the palette-derived colour replaces."""
    window = dark_palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(QColor("#b3261e"), window) < READABLE_CONTRAST
    assert contrast_ratio(tints.window_text(tints.RED, dark_palette()), window) >= 4.5
