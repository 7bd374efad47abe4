"""Finding the editor's fields and driving it the way a receptionist does."""

from __future__ import annotations

from typing import Any

from openapi_contract import spec
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.code_combo import CodeCombo
from desktop.ui.enum_checklist import EnumChecklist
from desktop.ui.profile_editor import ProfileEditor

#: A customer as Mews holds it on the wire.
Record = dict[str, Any]
Guests = tuple[Record, Record]


def spec_enum(name: str) -> list[str]:
    return list(spec()["components"]["schemas"][name]["enum"])


def find_combo(editor: ProfileEditor, name: str) -> CodeCombo:
    combo = editor.findChild(CodeCombo, name)
    assert combo is not None, name
    return combo


def find_line(editor: ProfileEditor, name: str) -> QLineEdit:
    line = editor.findChild(QLineEdit, name)
    assert line is not None, name
    return line


def find_checklist(editor: ProfileEditor, name: str) -> EnumChecklist:
    view = editor.findChild(EnumChecklist, name)
    assert view is not None, name
    return view


def check_value(view: EnumChecklist, value: str, checked: bool = True) -> None:
    model = view.checklist()
    row = model.values().index(value)
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    assert model.setData(model.index(row), state, Qt.ItemDataRole.CheckStateRole)


def type_texts(editor: ProfileEditor, **texts: str) -> None:
    """Types each text into the line edit of that object name."""
    for name, text in texts.items():
        find_line(editor, name).setText(text)


def open_profile(qtbot: QtBot, editor: ProfileEditor, customer_id: str) -> None:
    with qtbot.waitSignal(editor.customerLoaded):
        editor.open_customer(customer_id)


def save_profile(qtbot: QtBot, editor: ProfileEditor) -> None:
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.customerSaved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def wait_idle(qtbot: QtBot, editor: ProfileEditor) -> None:
    qtbot.waitUntil(lambda: not editor.is_busy())
