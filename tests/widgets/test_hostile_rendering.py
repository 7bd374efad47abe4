"""Guest data that looks like markup, runs right to left or goes on for pages, on every screen.

Names come from guests and booking channels, so the desk has to show ``<img src=x>`` as
those eleven characters, keep Arabic next to Latin readable, and not let a 2,000-character
note push a dialog off the screen. Each screen is filled once with ordinary data and once
with hostile data: the hostile run must show every value literally (labels in plain-text
format, tooltips that render to the value itself) and must not be wider or taller than the
ordinary one. Qt warnings fail the test on their own (``qt_log_level_fail``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from api_fakes import FakeCalls
from desk_fakes import FakeClient, connected_session
from document_fakes import DocumentsClient, document
from merge_fakes import MergeClient, customer
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.desk.customer_rows import rows_from_customers
from desktop.ui.attach_file_dialog import AttachFileDialog
from desktop.ui.duplicates_dialog import DuplicatesDialog
from desktop.ui.identity_documents_view import IdentityDocumentsView
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_dialog import MergeDialog

TODAY = dt.date(2026, 11, 29)
LONG = ("Wolfeschlegelsteinhausenbergerdorff" * 60)[:2000]

#: Field name -> (ordinary value, hostile value). Each hostile value is a different trap.
PROFILE: dict[str, tuple[str, str]] = {
    "first_name": ("Anna", "<b>x</b>"),
    "last_name": ("Novak", "<img src=x>"),
    "second_last_name": ("Dvorak", "مريم العربية"),  # Arabic: right to left
    "occupation": ("Clerk", "שרה כהן\u200e \u2013 \u200fמנהלת"),  # Hebrew with directional marks
    "birth_place": ("Brno", "Zoe\u0308 Z\u0336\u0322\u0354a\u0335lgo"),  # combining marks
    "notes": ("Late arrival", "Tab\there\x07bell\x1b[31m red"),  # control characters
    "car_registration_number": ("1AB 2345", "👩\u200d👩\u200d👧 🏨 🇨🇿"),  # ZWJ emoji
    "dietary_requirements": ("None", LONG),
}
#: Values that must appear character for character wherever they are shown.
LITERAL = ("<b>x</b>", "<img src=x>", "مريم العربية", LONG)
W = TypeVar("W", bound=QWidget)


def _customer(hostile: bool, **extra: Any) -> Any:
    values: dict[str, Any] = {name: pair[hostile] for name, pair in PROFILE.items()}
    values["email"] = f"guest{uuid.uuid4().hex[:6]}@example.com"
    return customer(**(values | extra))


def shown_text(text: str) -> str:
    """What a Qt label or tooltip displays for ``text``, markup resolved the way Qt does."""
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _labels_are_plain(root: QWidget) -> list[str]:
    """Labels that hold customer text and would interpret it, and tooltips that do."""
    problems = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel):
            text = widget.text()
            holds_data = any(part in text for part in ("<b>", "<img", "مريم", LONG[:40]))
            if holds_data and widget.textFormat() != Qt.TextFormat.PlainText:
                problems.append(f"{widget.objectName() or type(widget).__name__}: {text[:60]!r}")
        tip = widget.toolTip()
        for value in ("<b>x</b>", "<img src=x>"):
            if value in tip and value not in shown_text(tip):
                problems.append(f"tooltip of {widget.objectName()}: {tip[:60]!r}")
    return problems


def _model_problems(model: QAbstractItemModel) -> list[str]:
    """Cells whose display loses a literal value or whose tooltip renders it as markup."""
    problems = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            display = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            for value in LITERAL:
                if value in display and tip and value not in shown_text(tip):
                    problems.append(f"tooltip ({row}, {column}) hides {value[:20]!r}")
    return problems


def _model_text(model: QAbstractItemModel, *, headers: bool = False) -> str:
    cells = [
        str(model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    if headers:
        cells += [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount())
        ]
        cells += [
            str(model.headerData(r, Qt.Orientation.Vertical) or "") for r in range(model.rowCount())
        ]
    return "\n".join(cells)


def _settled_size(qtbot: QtBot, widget: QWidget) -> QSize:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget.size()


def _no_larger(ordinary: QSize, hostile: QSize) -> None:
    assert hostile.width() <= ordinary.width(), f"grew wider: {ordinary} -> {hostile}"
    assert hostile.height() <= ordinary.height(), f"grew taller: {ordinary} -> {hostile}"


#: Builds a dialog from the test's bot and client factory, with ordinary or hostile data.
Build = Callable[[QtBot, Callable[[Any], FakeCalls], bool], W]
#: The dialog built with hostile data, with the ordinary and the hostile build's sizes.
Built = Callable[..., tuple[Any, QSize, QSize]]


@pytest.fixture
def ordinary_then_hostile(qtbot: QtBot, calls_for: Callable[[Any], FakeCalls]) -> Iterator[Built]:
    """Builds a screen with ordinary data, then with hostile data, and measures both.

    Both screens finish loading and stay referenced until the test ends, as a shown dialog
    does in the app: dropping a shown, parentless dialog while its answers are still on
    their way makes Python delete it under Qt's feet, which crashed a run under load.
    """
    kept: list[QWidget] = []

    def settled(make: Build[W], hostile: bool, ready: Callable[[W], bool] | None) -> W:
        screen = make(qtbot, calls_for, hostile)
        kept.append(screen)
        if ready is not None:
            qtbot.waitUntil(lambda: ready(screen))
        return screen

    def build(make: Build[W], ready: Callable[[W], bool] | None = None) -> tuple[W, QSize, QSize]:
        ordinary = _settled_size(qtbot, settled(make, False, ready))
        screen = settled(make, True, ready)
        return screen, ordinary, _settled_size(qtbot, screen)

    yield build
    for screen in kept:
        screen.close()


def _plain_and_no_larger(screen: QWidget, ordinary: QSize, hostile: QSize) -> None:
    """Every label holding guest data is plain text, and the hostile screen did not grow."""
    assert not _labels_are_plain(screen)
    _no_larger(ordinary, hostile)


def _guest_name(hostile: bool) -> str:
    """A dialog title's guest name; the hostile one is markup followed by a 2,000-letter word."""
    name = f"{PROFILE['first_name'][hostile]} {PROFILE['last_name'][hostile]} {LONG if hostile else ''}"
    return name.strip()


@pytest.fixture
def calls_for() -> Iterator[Callable[[Any], FakeCalls]]:
    made: list[FakeCalls] = []

    def build(client: Any) -> FakeCalls:
        made.append(FakeCalls(client))
        return made[-1]

    yield build
    for calls in made:
        calls.close()


# -- the desk: table and profile editor --------------------------------------------------


def _desk(qtbot: QtBot, tmp_path: Path, hostile: bool) -> MainWindow:
    session = connected_session(FakeClient(), str(tmp_path / f"settings{hostile}.ini"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    guests = [_customer(hostile), _customer(hostile, last_name=LONG if hostile else "Svoboda")]
    window.model.set_rows(rows_from_customers(guests))
    window.set_profile_widget(window.profile_editor)
    window.profile_editor.load_customer(guests[0])
    return window


def test_the_desk_shows_hostile_values_literally_at_its_size(qtbot: QtBot, tmp_path: Path) -> None:
    ordinary = _desk(qtbot, tmp_path, hostile=False)
    ordinary_size = _settled_size(qtbot, ordinary)
    window = _desk(qtbot, tmp_path, hostile=True)
    size = _settled_size(qtbot, window)

    table_text = _model_text(window.model)
    for value in ("<b>x</b>", "<img src=x>", LONG):
        assert value in table_text, value[:20]
    assert not _model_problems(window.model)
    # A 2,000-character value elides in its column instead of widening the table.
    widest = max(window.table.columnWidth(c) for c in range(window.model.columnCount()))
    assert widest < window.table.viewport().width()

    editor = window.profile_editor
    heading = editor.findChild(QLabel, "profileHeading")
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert "<b>x</b>" in heading.text() and "<img src=x>" in heading.text()
    lines = {line.text() for line in editor.findChildren(QLineEdit)}
    for value in ("<b>x</b>", "<img src=x>", "مريم العربية", PROFILE["occupation"][1], LONG):
        assert value in lines, value
    assert not _labels_are_plain(window)
    _no_larger(ordinary_size, size)
    assert editor.width() <= window.width()


# -- dialogs -----------------------------------------------------------------------------


def _merge(qtbot: QtBot, calls_for: Callable[[Any], FakeCalls], hostile: bool) -> MergeDialog:
    people = [_customer(hostile), _customer(hostile)]
    dialog = MergeDialog(
        calls_for(MergeClient(people)), [str(p.id) for p in people], customers=people
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_merge_dialog_shows_hostile_values_literally_at_its_size(
    ordinary_then_hostile: Built,
) -> None:
    dialog, ordinary, size = ordinary_then_hostile(
        _merge, lambda shown: shown.confirmMergeButton.isEnabled()
    )
    text = _model_text(dialog.model, headers=True)
    for value in ("<b>x</b>", "<img src=x>", PROFILE["notes"][1]):
        assert value in text, value[:20]
    assert not _model_problems(dialog.model)
    _plain_and_no_larger(dialog, ordinary, size)


def _duplicates(
    qtbot: QtBot, calls_for: Callable[[Any], FakeCalls], hostile: bool
) -> DuplicatesDialog:
    email = f"same{int(hostile)}@example.com"
    people = [_customer(hostile, email=email), _customer(hostile, email=email)]
    dialog = DuplicatesDialog(calls_for(MergeClient(people)), rows_from_customers(people))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.searching)
    return dialog


def test_the_duplicates_dialog_shows_hostile_values_literally_at_its_size(
    ordinary_then_hostile: Built,
) -> None:
    dialog, ordinary, size = ordinary_then_hostile(_duplicates)
    views = dialog.findChildren(QAbstractItemView)
    assert views
    text = "\n".join(_all_rows_text(view.model()) for view in views)
    assert "<b>x</b>" in text and "<img src=x>" in text
    for view in views:
        assert not _model_problems(view.model())
    _plain_and_no_larger(dialog, ordinary, size)


def _all_rows_text(model: QAbstractItemModel) -> str:
    """Every display text of a tree or table model, children included."""
    texts: list[str] = []

    def walk(parent: Any) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                texts.append(str(index.data() or ""))
                walk(index)

    walk(QModelIndex())
    return "\n".join(texts)


def _documents(
    qtbot: QtBot, calls_for: Callable[[Any], FakeCalls], hostile: bool
) -> IdentityDocumentsView:
    owner = str(uuid.uuid4())
    client = DocumentsClient(
        document(owner, number="X12345678", issuing_country_code="CZ", expiration_date="2030-01-01")
    )
    view = IdentityDocumentsView(calls_for(client), owner, _guest_name(hostile), today=TODAY)
    qtbot.addWidget(view)
    view.resize(640, 420)
    view.load()
    qtbot.waitUntil(view.addDocumentButton.isEnabled)
    return view


def test_the_documents_tab_shows_a_hostile_name_literally_at_its_size(
    ordinary_then_hostile: Built,
) -> None:
    view, ordinary, size = ordinary_then_hostile(_documents)
    assert not _labels_are_plain(view)
    assert view.minimumSizeHint().width() <= ordinary.width()
    _no_larger(ordinary, size)


def _attach(qtbot: QtBot, calls_for: Callable[[Any], FakeCalls], hostile: bool) -> AttachFileDialog:
    dialog = AttachFileDialog(
        calls_for(object()),
        str(uuid.uuid4()),
        _guest_name(hostile),
        document="Passport",
        today=TODAY,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_attach_dialog_title_shows_a_hostile_name_literally_at_its_size(
    ordinary_then_hostile: Built,
) -> None:
    dialog, ordinary, size = ordinary_then_hostile(_attach)
    shown = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "<b>x</b>" in shown and "<img src=x>" in shown
    _plain_and_no_larger(dialog, ordinary, size)
