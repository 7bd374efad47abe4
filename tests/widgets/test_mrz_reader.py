"""The key filter that tells a document reader's burst from a person typing."""

from __future__ import annotations

import time

import pytest
from mrz_zones import TD1_SPECIMEN, TD3_SPECIMEN
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from reader_keys import LINE_ENDS, ReaderClock, type_keys, type_stamped, type_zone

from desktop.ui.mrz_reader import KEY_GAP_MS, MrzKeyReader


class Desk(QWidget):
    def __init__(self, *, real_time: bool = False) -> None:
        """``real_time``: the reader times its gaps by the real clock, as in the app."""
        super().__init__()
        layout = QVBoxLayout(self)
        self.first = QLineEdit(objectName="first")
        self.second = QLineEdit(objectName="second")
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        self.returns = 0
        self.first.returnPressed.connect(self._returned)
        self.clock = ReaderClock()
        self.reader = MrzKeyReader(self) if real_time else MrzKeyReader(self, clock=self.clock)
        self.zones: list[list[str]] = []
        self.reader.zoneRead.connect(self.zones.append)

    def _returned(self) -> None:
        self.returns += 1


@pytest.fixture
def desk(qtbot: QtBot) -> Desk:
    return shown(qtbot, Desk())


def shown(qtbot: QtBot, widget: Desk) -> Desk:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.first.setFocus()
    return widget


@pytest.mark.parametrize("end", LINE_ENDS)
def test_a_fast_zone_is_read_and_never_reaches_the_field(
    qtbot: QtBot, desk: Desk, end: str
) -> None:
    desk.first.setText("Novak")
    with desk.clock.burst():
        type_zone(desk, TD3_SPECIMEN, end)
    qtbot.waitUntil(lambda: bool(desk.zones), timeout=2000)
    assert desk.zones == [list(TD3_SPECIMEN)]
    assert desk.first.text() == "Novak"
    assert desk.returns == 0  # Enter did not start a search
    assert desk.focusWidget() is desk.first  # Tab did not move the focus


def test_an_id_card_and_a_zone_without_line_ends_are_read(qtbot: QtBot, desk: Desk) -> None:
    with desk.clock.burst():
        type_zone(desk, TD1_SPECIMEN, "linefeed")
    qtbot.waitUntil(lambda: bool(desk.zones), timeout=2000)
    assert desk.zones[0] == list(TD1_SPECIMEN)
    desk.second.setFocus()
    with desk.clock.burst():
        type_keys(desk, "".join(TD1_SPECIMEN))
    qtbot.waitUntil(lambda: len(desk.zones) == 2, timeout=2000)
    assert desk.zones[1] == ["".join(TD1_SPECIMEN)]
    assert desk.first.text() == desk.second.text() == ""


def test_people_typing_are_not_held_back(qtbot: QtBot, desk: Desk) -> None:
    type_keys(desk, "room 204", delay_ms=KEY_GAP_MS * 2)
    assert desk.first.text() == "room 20"  # each key is there before the next one comes
    type_keys(desk, " ABC", delay_ms=KEY_GAP_MS * 2)
    qtbot.waitUntil(lambda: desk.first.text() == "room 204 ABC", timeout=2000)
    assert desk.zones == []


def test_a_fast_burst_that_is_no_zone_is_replayed_in_order(qtbot: QtBot, desk: Desk) -> None:
    # A barcode scanner typing a loyalty code is fast too; it must still reach the field.
    with desk.clock.burst():  # the Tab moves on: CD lands in the second field
        type_keys(desk, "LOYAL1234\rAB\tCD")
    qtbot.waitUntil(lambda: desk.second.text() == "CD", timeout=2000)
    assert desk.first.text() == "LOYAL1234AB"
    assert desk.returns == 1
    assert desk.zones == []


def test_a_key_outside_the_zone_alphabet_releases_what_was_held(qtbot: QtBot, desk: Desk) -> None:
    type_keys(desk, "NOVa")  # lower case: a person typing
    assert desk.first.text() == "NOVa"  # at once, in order
    QTest.keyClick(desk.windowHandle(), Qt.Key.Key_Backspace)
    assert desk.first.text() == "NOV"


def test_a_ctrl_shortcut_is_never_held(qtbot: QtBot, desk: Desk) -> None:
    desk.first.setText("abc")
    type_keys(desk, "X")
    QTest.keyClick(desk.windowHandle(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert desk.first.selectedText() == "abcX"  # the held X first, then select all


def test_a_click_releases_what_was_held(qtbot: QtBot, desk: Desk) -> None:
    type_keys(desk, "SOAK 3")
    assert desk.first.text() == "SOAK "  # the 3 might begin a zone
    where = desk.second.mapTo(desk, desk.second.rect().center())
    QTest.mouseClick(
        desk.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where
    )
    assert desk.first.text() == "SOAK 3"


def test_keys_sent_to_another_window_are_left_alone(qtbot: QtBot, desk: Desk) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    other.setFocus()
    QTest.keyClicks(other, "".join(TD3_SPECIMEN))
    assert other.text() == "".join(TD3_SPECIMEN)
    assert desk.zones == []


@pytest.fixture
def real_time_desk(qtbot: QtBot) -> Desk:
    return shown(qtbot, Desk(real_time=True))


def test_a_zone_delivered_late_by_a_busy_gui_thread_is_read_by_its_time_stamps(
    qtbot: QtBot, real_time_desk: Desk
) -> None:
    desk = real_time_desk
    first, second = TD3_SPECIMEN
    stamp = type_stamped(desk, first + "\r" + second[:20], 1_000)
    time.sleep(KEY_GAP_MS * 3 / 1000)  # the GUI thread busy mid-zone: the keys wait
    type_stamped(desk, second[20:] + "\r", stamp)
    qtbot.waitUntil(lambda: bool(desk.zones), timeout=2000)
    assert desk.zones == [list(TD3_SPECIMEN)]
    assert desk.first.text() == ""


def test_keys_stamped_a_person_s_pace_apart_are_typing_however_fast_they_arrive(
    qtbot: QtBot, real_time_desk: Desk
) -> None:
    desk = real_time_desk
    type_stamped(desk, "ABC123", 1_000, step_ms=KEY_GAP_MS * 2)  # delivered at once
    assert desk.first.text() == "ABC12"  # each key released as the next one came
    qtbot.waitUntil(lambda: desk.first.text() == "ABC123", timeout=2000)
    assert desk.zones == []


def test_the_line_widths_held_for_are_those_of_the_zone_formats() -> None:
    from desktop.desk.mrz import SHAPES
    from desktop.ui.mrz_reader import LINE_WIDTHS

    assert frozenset(width for _count, width in SHAPES.values()) == LINE_WIDTHS
