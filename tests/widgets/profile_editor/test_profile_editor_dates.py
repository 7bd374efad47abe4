"""The birth date is typed in one field, in ISO or the desk's own order, and never guessed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from editor_steps import Record, save_profile
from profile_editor_fakes import FakeMews
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.optional_date_edit import OptionalDateEdit
from desktop.ui.profile_editor import ProfileEditor
from desktop.ui.profile_form import BIRTH_CALENDAR_YEARS_BACK

CTRL = Qt.KeyboardModifier.ControlModifier
# A popup asks the platform to raise it and grab the keyboard; offscreen only says it cannot.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def desk_locale() -> Iterator[None]:
    """Tests switch the desk's locale; the next test gets the one it started with."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def shown(qtbot: QtBot, editor: ProfileEditor) -> ProfileEditor:
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.fixture
def born_1963(qtbot: QtBot, shown: ProfileEditor, mews: FakeMews) -> Record:
    """The walkthrough's profile: a guest born on 1963-05-16, open in the editor."""
    record = mews.put(BirthDate="1963-05-16")
    with qtbot.waitSignal(shown.customerLoaded):
        shown.open_customer(record["Id"])
    return record


def _birth(editor: ProfileEditor) -> OptionalDateEdit:
    birth = editor.form.editor("birth_date")
    assert isinstance(birth, OptionalDateEdit)
    return birth


def _type_over(qtbot: QtBot, birth: OptionalDateEdit, text: str) -> None:
    """Click into the field, select all and type, the way the walkthrough did."""
    birth.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(birth.date_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(birth.date_edit, text)


def _leave(qtbot: QtBot, birth: OptionalDateEdit) -> None:
    qtbot.keyClick(birth.date_edit, Qt.Key.Key_Tab)


def test_typing_over_a_birth_date_replaces_all_of_it_and_saves_it(
    qtbot: QtBot, shown: ProfileEditor, mews: FakeMews, born_1963: Record
) -> None:
    birth = _birth(shown)
    assert birth.date_edit.text() == "1963-05-16"
    _type_over(qtbot, birth, "1985-03-07")
    _leave(qtbot, birth)
    assert birth.value() == dt.date(1985, 3, 7)
    save_profile(qtbot, shown)
    assert mews.calls_to("customers/update")[-1]["birth_date"] == "1985-03-07"


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        ("de", "07.03.1985", dt.date(1985, 3, 7)),
        ("cs", "7.3.1985", dt.date(1985, 3, 7)),
        ("fr", "07/03/1985", dt.date(1985, 3, 7)),
        ("en", "07/03/1985", dt.date(1985, 7, 3)),  # en_US puts the month first
        ("en", "19850307", dt.date(1985, 3, 7)),
        ("de", "2026-01-03", dt.date(2026, 1, 3)),
    ],
)
def test_an_empty_birth_date_takes_the_locales_form_and_iso(
    qtbot: QtBot,
    shown: ProfileEditor,
    record: Record,
    desk_locale: None,
    locale: str,
    typed: str,
    expected: dt.date,
) -> None:
    QLocale.setDefault(QLocale(locale))
    birth = _birth(shown)
    assert birth.value() is None and birth.date_edit.text() == ""
    _type_over(qtbot, birth, typed)
    _leave(qtbot, birth)
    assert birth.value() == expected
    assert birth.date_edit.text() == expected.isoformat()  # shows how it was read
    assert shown.is_dirty() and shown.save_button.isEnabled()


@pytest.mark.parametrize("typed", ["07.03.85", "1985-02-30", "1985", "21/3/1985"])
def test_a_date_that_cannot_be_read_is_marked_and_kept_as_typed(
    qtbot: QtBot, shown: ProfileEditor, mews: FakeMews, record: Record, typed: str
) -> None:
    birth = _birth(shown)
    _type_over(qtbot, birth, typed)
    _leave(qtbot, birth)
    assert birth.date_edit.text() == typed
    assert not birth.is_readable()
    message = shown.form.message_label("birth_date")
    assert message.isVisibleTo(shown)
    assert message.text() == "Not a date: type it as 1985-03-21 or 3/21/1985."
    assert not shown.save_button.isEnabled()
    shown.save()
    assert mews.calls_to("customers/update") == []


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ((dt.date.today() + dt.timedelta(days=1)).isoformat(), "future"),
        ("1899-12-31", "before 1900"),
    ],
)
def test_impossible_birth_dates_block_save(
    qtbot: QtBot, shown: ProfileEditor, record: Record, typed: str, problem: str
) -> None:
    birth = _birth(shown)
    _type_over(qtbot, birth, typed)
    assert not shown.save_button.isEnabled()
    assert problem in shown.form.message_label("birth_date").text()
    birth.clear_button.click()
    assert birth.value() is None and birth.date_edit.text() == ""
    assert not shown.is_dirty()  # empty is "not set", as the profile was


def test_the_birth_date_is_one_tab_stop(qtbot: QtBot, shown: ProfileEditor) -> None:
    editors = shown.form.editors()
    keys = list(editors)
    before, after = (editors[keys[keys.index("birth_date") + step]] for step in (-1, 1))
    birth = _birth(shown)
    birth.setFocus(Qt.FocusReason.TabFocusReason)
    assert birth.date_edit.hasFocus()
    qtbot.keyClick(birth.date_edit, Qt.Key.Key_Tab)
    assert _focus_in(after)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert birth.date_edit.hasFocus()
    qtbot.keyClick(birth.date_edit, Qt.Key.Key_Backtab)
    assert _focus_in(before)


def _focus_in(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is widget or (focused is not None and widget.isAncestorOf(focused))


@OFFSCREEN_POPUP
def test_an_empty_dates_calendar_opens_decades_back_and_picks_a_day(
    qtbot: QtBot, shown: ProfileEditor, record: Record
) -> None:
    birth = _birth(shown)
    birth.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(birth.date_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = birth.calendar_popup()
    assert popup is not None and popup.isVisible()
    calendar = popup.findChild(QCalendarWidget)
    assert calendar is not None
    assert calendar.yearShown() == dt.date.today().year - BIRTH_CALENDAR_YEARS_BACK
    picked = calendar.selectedDate()
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert birth.value() == dt.date(picked.year(), picked.month(), picked.day())
    assert shown.is_dirty()


@OFFSCREEN_POPUP
def test_a_set_dates_calendar_opens_at_that_date(
    qtbot: QtBot, shown: ProfileEditor, born_1963: Record
) -> None:
    birth = _birth(shown)
    birth.calendar_button.click()
    popup = birth.calendar_popup()
    assert popup is not None
    calendar = popup.findChild(QCalendarWidget)
    assert calendar is not None
    assert (calendar.yearShown(), calendar.monthShown()) == (1963, 5)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert birth.value() == dt.date(1963, 5, 16) and not shown.is_dirty()
