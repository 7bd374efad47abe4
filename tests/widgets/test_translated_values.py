"""Values and messages that come from Qt-free modules reach the screen in the desk's language.

Domain modules only mark their English texts; each test here switches to German (or Czech),
makes the screen show such a text, and checks that the English source never appears.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_fakes import FakeClient, connected_session
from i18n_checks import ui_language
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from translated_dialogs import Screens

from desktop.desk import file_checks
from desktop.desk.connection import ConnectionKind, ConnectionProfile
from desktop.desk.credentials import Tokens
from desktop.desk.search_query import SEARCH_CONTEXT, parse_search
from desktop.ui.attach_file_dialog import AttachFileDialog
from desktop.ui.connection_dialog import ConnectionDialog
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.session import SESSION_CONTEXT
from desktop.ui.translation import translate_text

CHAIN_ID_MESSAGE = "The chain ID must be a UUID such as 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111."


@pytest.fixture
def screens(qtbot: QtBot, tmp_path: Path) -> Iterator[Screens]:
    built = Screens(qtbot, tmp_path)
    yield built
    built.close()


def _column(dialog: MergeDialog, label: str, column: int) -> str:
    model = dialog.model
    for row in range(model.rowCount()):
        if model.headerData(row, Qt.Orientation.Vertical) == label:
            return str(model.index(row, column).data())
    raise AssertionError(f"no row {label!r}")


@pytest.mark.parametrize(
    ("language", "labels", "title", "nationality"),
    [
        ("de", ("Anrede", "Nationalität", "Klassifizierungen"), "Fr.", "Tschechien"),
        ("cs", ("Oslovení", "Státní občanství", "Klasifikace"), "paní", "Česko"),
    ],
)
def test_merge_dialog_translates_titles_countries_and_classifications(
    screens: Screens, language: str, labels: tuple[str, str, str], title: str, nationality: str
) -> None:
    with ui_language(language):
        dialog = screens.merge()
        assert isinstance(dialog, MergeDialog)
        title_label, nationality_label, classifications_label = labels
        assert _column(dialog, title_label, 1) == title
        assert _column(dialog, nationality_label, 1) == nationality
        assert _column(dialog, classifications_label, 1) not in (
            "Loyalty program, Returning guest",
            "Returning, Loyalty program",
        )
        address = _column(dialog, "Adresa" if language == "cs" else "Adresse", 1)
        assert address.endswith(nationality) and "Na Příkopě 1" in address


@pytest.mark.parametrize(
    ("screen", "subject"),
    [("merge_two", "Das andere Profil geht"), ("merge", "Die anderen 2 Profile gehen")],
)
def test_merge_warning_agrees_with_one_or_several_profiles_in_german(
    screens: Screens, screen: str, subject: str
) -> None:
    """One sentence per number: a subject filled into a shared sentence broke the verb."""
    with ui_language("de"):
        dialog = getattr(screens, screen)()
        assert isinstance(dialog, MergeDialog)
        assert subject in dialog.warningLabel.text()


def test_open_items_show_states_and_types_in_german(screens: Screens) -> None:
    with ui_language("de"):
        window = screens.open_items_tab()
        model = window.profile_editor.open_items.model  # type: ignore[attr-defined]
        states = {str(model.index(row, 3).data()) for row in range(model.rowCount())}
    assert states == {"Offen", "Belastet"}


def test_chain_id_problem_is_german_in_the_dialog_and_the_status(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with ui_language("de"):
        session = connected_session(FakeClient(), str(tmp_path / "settings.ini"))
        dialog = ConnectionDialog(session)
        qtbot.addWidget(dialog)
        dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData("custom"))
        dialog.url_edit.setText("https://pms.example.com")
        dialog.chain_edit.setText("not-a-uuid")
        problem = dialog.problem()
        assert problem and problem != CHAIN_ID_MESSAGE and "UUID" in problem

        # A chain id edited by hand in the settings file is refused when connecting.
        profile = ConnectionProfile.new(
            ConnectionKind.CUSTOM, base_url="https://pms.example.com", chain_id="not-a-uuid"
        )
        session.connect_profile(profile, Tokens("client-token", "access-token"))
        shown = translate_text(SESSION_CONTEXT, session.state_detail)
        assert shown == problem


def _refused_samples() -> dict[str, bytes]:
    samples = {
        reason: bytes(offset) + signature + b"\0" * 64
        for signature, offset, reason in file_checks._KNOWN_REFUSED
    }
    samples["The file is empty."] = b""
    samples["This is a web page, not a scan."] = b"<html><body>login</body></html>"
    samples["This file is not a PDF document or an image the desk recognises."] = b"plain words"
    samples["This PDF is incomplete or damaged (it has no end marker). Scan or save it again."] = (
        b"%PDF-1.7\n1 0 obj\n"
    )
    samples["This file starts like a PDF but has no PDF structure. Scan or save it again."] = (
        b"%PDF-1.7\nhello\n%%EOF"
    )
    return samples


def test_every_file_refusal_is_german_in_the_attach_dialog(qtbot: QtBot, screens: Screens) -> None:
    samples = _refused_samples()
    for reason, data in samples.items():  # the samples do trigger the reasons they name
        with pytest.raises(file_checks.FileRefusedError) as refused:
            file_checks.detect_kind(data)
        assert refused.value.reason == reason
    with ui_language("de"):
        dialog = AttachFileDialog(screens._calls(object()), "id", "Anna Nováková")
        qtbot.addWidget(dialog)
        for reason, data in samples.items():
            dialog.load_data(data)
            shown = dialog.problemLabel.text()
            assert shown and reason not in shown
            assert file_checks.ACCEPTED_SUMMARY not in shown


def test_search_hints_and_advanced_problems_are_german(screens: Screens) -> None:
    with ui_language("de"):
        for text in ("anna@", "+420 777 123 456"):
            plan = parse_search(text)
            assert plan.hint and translate_text(SEARCH_CONTEXT, plan.hint) != plan.hint
        window = screens.advanced_search()
        panel = window.advanced_panel  # type: ignore[attr-defined]
        QApplication.processEvents()
        problems = panel.problems
        assert problems
        shown = panel.problem_label.text()
        assert shown and shown not in {str(text) for text in problems.values()}
        assert not shown.startswith("Not an email address")
