"""The connection dialog: presets, https rule, keyring storage and the test button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from keyring_fakes import MemoryKeyring
from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.desk.connection import MEWS_DEMO_ACCESS_TOKEN, MEWS_DEMO_CLIENT_TOKEN, ConnectionKind
from desktop.desk.credentials import CredentialStore
from desktop.mews import AuthenticationError
from desktop.ui import connection_dialog
from desktop.ui.connection_dialog import ConnectionDialog
from desktop.ui.profiles import current_profile
from desktop.ui.session import Session


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _session(tmp_path: Path, store: CredentialStore | None = None) -> Session:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Session(settings=settings, credentials=store or CredentialStore(environ={}))


def _dialog(qtbot: QtBot, session: Session) -> ConnectionDialog:
    dialog = ConnectionDialog(session)
    qtbot.addWidget(dialog)
    return dialog


def _save_enabled(dialog: ConnectionDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_demo_preset_fills_the_public_demo_tokens(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, _session(tmp_path))
    assert dialog.objectName() == "connectionDialog"
    dialog.select_kind(ConnectionKind.MEWS_DEMO)
    assert dialog.url_edit.text() == "https://api.mews-demo.com"
    assert dialog.url_edit.isReadOnly()
    assert dialog.client_token_edit.text() == MEWS_DEMO_CLIENT_TOKEN
    assert dialog.access_token_edit.text() == MEWS_DEMO_ACCESS_TOKEN
    assert _save_enabled(dialog)


def test_plain_http_is_refused_except_for_loopback(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, _session(tmp_path))
    dialog.select_kind(ConnectionKind.CUSTOM)
    dialog.client_token_edit.setText("client")
    dialog.access_token_edit.setText("access")
    dialog.url_edit.setText("http://pms.example.com")
    assert not _save_enabled(dialog)
    assert "https" in dialog.url_problem.text()
    dialog.url_edit.setText("http://127.0.0.1:8080")
    assert _save_enabled(dialog)
    dialog.chain_edit.setText("not-a-uuid")
    assert not _save_enabled(dialog)


def test_tokens_are_saved_in_the_keyring_per_profile(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    session = _session(tmp_path)
    dialog = _dialog(qtbot, session)
    dialog.select_kind(ConnectionKind.MEWS_PRODUCTION)
    dialog.client_token_edit.setText("prod-client")
    dialog.access_token_edit.setText("prod-access")
    dialog.accept()
    assert dialog.stored_securely
    assert dialog.profile is not None
    profile_id = dialog.profile.profile_id
    assert memory_keyring.store[("Frontdesk", f"{profile_id}/AccessToken")] == "prod-access"
    assert current_profile(session.settings) == dialog.profile
    settings_text = (tmp_path / "settings.ini").read_text()
    assert "prod-access" not in settings_text and "prod-client" not in settings_text
    # Reopening the dialog on production finds the stored tokens again.
    again = _dialog(qtbot, session)
    again.select_kind(ConnectionKind.MEWS_PRODUCTION)
    assert again.access_token_edit.text() == "prod-access"


def test_without_secure_keyring_the_dialog_warns_and_writes_no_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = _session(tmp_path, CredentialStore(fail.Keyring(), environ={}))
    dialog = _dialog(qtbot, session)
    assert not dialog.keyring_warning.isHidden()
    assert "only until Frontdesk is closed" in dialog.keyring_warning.text()
    dialog.select_kind(ConnectionKind.MEWS_PRODUCTION)
    dialog.client_token_edit.setText("prod-client")
    dialog.access_token_edit.setText("prod-access")
    dialog.accept()
    assert not dialog.stored_securely
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert "prod-access" not in path.read_text(errors="ignore")


def test_test_button_reports_the_servers_message(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Refusing:
        closed = False

        def get_all_customers(self, **_: Any) -> None:
            raise AuthenticationError("Invalid access token.", status_code=401, request_id="rid-7")

        def close(self) -> None:
            Refusing.closed = True

    built_on: list[object] = []

    def make_client(*_: Any) -> Refusing:
        built_on.append(QThread.currentThread())
        return Refusing()

    monkeypatch.setattr(connection_dialog, "make_client", make_client)
    session = _session(tmp_path)
    dialog = _dialog(qtbot, session)
    dialog.select_kind(ConnectionKind.MEWS_DEMO)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Failed" in dialog.test_result.text(), timeout=3000)
    assert "Invalid access token." in dialog.test_result.text()
    assert "rid-7" in dialog.test_result.text()
    assert Refusing.closed
    # Building a client imports the API layer and opens a pool: never on the GUI thread.
    assert built_on and built_on[0] is not QApplication.instance().thread()
    session.runner.shutdown()
