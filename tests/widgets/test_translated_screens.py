"""Every screen in every shipped language: nothing cut off, every action on the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from desk_fakes import FakeClient, connected_session
from i18n_checks import cut_off_texts, ui_language
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.connection_dialog import ConnectionDialog
from desktop.ui.identity_document_dialog import IdentityDocumentDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.translation import UI_LANGUAGES

LANGUAGES = sorted(UI_LANGUAGES)


def _desk(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    session = connected_session(FakeClient(), str(tmp_path / "settings.ini"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.advanced_button.setChecked(True)
    window.profile_editor.new_customer_action.trigger()
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("language", LANGUAGES)
def test_desk_and_profile_editor_texts_fit(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    with ui_language(language):
        window = _desk(qtbot, tmp_path)
        assert window.profile_area.currentWidget() is window.profile_editor
        assert cut_off_texts(window) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_dialog_texts_fit(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    with ui_language(language):
        session = connected_session(FakeClient(), str(tmp_path / "settings.ini"))
        dialogs: list[QWidget] = [ConnectionDialog(session), IdentityDocumentDialog()]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            QApplication.processEvents()
            assert cut_off_texts(dialog) == [], dialog.objectName()


@pytest.mark.parametrize("language", ["de", "cs"])
def test_screens_are_really_translated(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    """Guards the checks above: they must look at translated texts, not English ones."""
    with ui_language(language):
        window = _desk(qtbot, tmp_path)
        menus = [action.text() for action in window.menuBar().actions()]
        assert "&File" not in menus
        assert window.search_input.placeholderText() != (
            "Find a guest: name, email, room, loyalty code or ID"
        )


def _menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []
    pending = list(window.menuBar().actions())
    while pending:
        action = pending.pop()
        found.append(action)
        if action.menu() is not None:
            pending.extend(action.menu().actions())
    return found


def test_every_menu_action_has_a_mnemonic(qtbot: QtBot, tmp_path: Path) -> None:
    window = _desk(qtbot, tmp_path)
    # Lists of data (column names, guests opened) and disabled notes are not commands.
    data_menus = {window.table.columns_menu, window.recent_menu}
    missing = [
        action.text()
        for action in _menu_actions(window)
        if not action.isSeparator()
        and action.isEnabled()
        and not any(action in menu.actions() for menu in data_menus)
        and "&" not in action.text().replace("&&", "")
    ]
    assert missing == []


def test_icon_only_buttons_have_accessible_names(qtbot: QtBot, tmp_path: Path) -> None:
    window = _desk(qtbot, tmp_path)
    session = connected_session(FakeClient(), str(tmp_path / "other.ini"))
    roots: list[QWidget] = [window, ConnectionDialog(session), IdentityDocumentDialog()]
    unnamed = [
        f"{type(root).__name__}/{button.objectName() or type(button).__name__}"
        for root in roots
        for button in root.findChildren(QAbstractButton)
        if not button.text()
        and not button.icon().isNull()
        and not button.accessibleName()
        and not isinstance(button.parent(), QLineEdit)  # Qt's own clear button, named by Qt
        and not button.objectName().startswith("qt_")  # Qt's menu bar overflow arrow
    ]
    for root in roots[1:]:
        root.deleteLater()
    assert unnamed == []


def test_profile_form_tab_order_follows_the_visual_order(qtbot: QtBot, tmp_path: Path) -> None:
    window = _desk(qtbot, tmp_path)
    form = window.profile_editor.form
    editors = [editor for editor in form.editors().values() if editor.isVisibleTo(window)]
    focusable = {id(editor) for editor in editors}
    chain: list[QWidget] = []
    widget = editors[0]
    for _ in range(2000):
        if id(widget) in focusable and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is editors[0]:
            break
    assert chain == editors


def test_high_dpi_rendering_is_sharp_and_quiet(qtbot: QtBot, tmp_path: Path) -> None:
    """Rendered at device pixel ratio 2 (qt_log_level_fail turns any warning into a failure)."""
    window = _desk(qtbot, tmp_path)
    pixmap = QPixmap(window.size() * 2)
    pixmap.setDevicePixelRatio(2.0)
    window.render(pixmap)
    assert not pixmap.isNull()
    assert pixmap.toImage().width() == window.width() * 2
    window.menu_icons.show()  # what the Guests menu does when it first opens
    icon = window.refresh_action.icon()
    assert icon.pixmap(QSize(16, 16), 2.0).width() == 32
