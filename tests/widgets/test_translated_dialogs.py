"""The desk's dialogs and profile tabs in every shipped language: nothing cut off.

``FRONTDESK_I18N_SHOTS=/tmp/i18n2 pytest tests/widgets/test_translated_dialogs.py`` also
saves a PNG of every screen in every language, to look at what the numbers cannot judge.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from i18n_checks import cut_off_texts, menu_mnemonic_clashes, mnemonic_clashes, ui_language
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot
from translated_dialogs import SCREENS, Screens, save_shot

from desktop.ui.translation import UI_LANGUAGES

LANGUAGES = sorted(UI_LANGUAGES)


@pytest.fixture
def screens(qtbot: QtBot, tmp_path: Path) -> Iterator[Screens]:
    built = Screens(qtbot, tmp_path)
    yield built
    built.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_screen_texts_fit(screens: Screens, screen: str, language: str) -> None:
    with ui_language(language):
        widget = SCREENS[screen](screens)
        save_shot(widget, f"{screen}_{language}")
        assert cut_off_texts(widget) == []


@pytest.mark.parametrize("language", ["de", "cs"])
def test_dialog_explanations_are_translated(screens: Screens, language: str) -> None:
    """Guards against texts lupdate cannot see (a conditional inside ``translate``)."""
    with ui_language(language):
        dialog = SCREENS["conflict"](screens)
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert texts and not any(text.startswith("This profile was changed") for text in texts)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "screen",
    sorted(SCREENS),
)
def test_no_two_controls_share_an_alt_letter(screens: Screens, screen: str, language: str) -> None:
    with ui_language(language):
        assert mnemonic_clashes(SCREENS[screen](screens)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_items_of_a_menu_share_an_alt_letter(screens: Screens, language: str) -> None:
    with ui_language(language):
        window = SCREENS["new_profile"](screens)
        assert isinstance(window, QMainWindow)
        assert len(window.menuBar().actions()) >= 3
        assert menu_mnemonic_clashes(window) == []
