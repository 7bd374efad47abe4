"""Screens opened in the first moments of connecting load once the client is there.

The client is built on a worker, so right after start-up there is none yet. The real
``make_client`` is held at a gate here: a profile, its open items and its ID documents are
opened while the session still says "connecting", then the gate opens and every screen
must show the guest's data from the sandbox over loopback HTTP, not "not connected".
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from guest_data import guest_with_open_items
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.desk.connection import ConnectionKind, ConnectionProfile
from desktop.desk.credentials import CredentialStore, Tokens
from desktop.mews import MewsClient
from desktop.sandbox.server import SandboxServer
from desktop.sandbox.tokens import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN
from desktop.ui import session as session_module
from desktop.ui.identity_documents_view import IdentityDocumentsView
from desktop.ui.profile_editor import ProfileEditor
from desktop.ui.profile_service import ProfileService
from desktop.ui.session import ConnectionState, Session

pytestmark = pytest.mark.e2e


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds the real ``make_client`` until the test opens the gate."""
    opened = threading.Event()
    real = session_module.make_client

    def held(*args: Any, **kwargs: Any) -> MewsClient:
        opened.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(session_module, "make_client", held)
    yield opened
    opened.set()


@pytest.fixture
def connecting(tmp_path: Path, sandbox: SandboxServer, gate: threading.Event) -> Iterator[Session]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = Session(settings=settings, credentials=CredentialStore(environ={}))
    profile = ConnectionProfile.new(ConnectionKind.CUSTOM, base_url=sandbox.base_url)
    session.connect_profile(profile, Tokens(DEMO_CLIENT_TOKEN, DEMO_ACCESS_TOKEN))
    assert session.connecting and session.client is None
    yield session
    gate.set()
    session.close()


@pytest.fixture
def guest(client: MewsClient) -> Any:
    return guest_with_open_items(client)


@pytest.fixture
def failures(connecting: Session) -> list[object]:
    """Every failure the session reports (each would reach the status bar)."""
    reported: list[object] = []
    connecting.errorReported.connect(reported.append)
    return reported


def test_a_profile_and_its_open_items_opened_while_connecting_load(
    qtbot: QtBot, guest: Any, connecting: Session, gate: threading.Event, failures: list[object]
) -> None:
    editor = ProfileEditor(ProfileService(connecting))
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.open_items)

    editor.open_customer(str(guest.id))
    qtbot.wait(50)  # long enough for a call without a client to have failed
    assert failures == []
    assert "Not connected" not in editor.message.text()
    assert connecting.connecting

    gate.set()
    qtbot.waitUntil(lambda: editor.customer_id() == str(guest.id), timeout=10_000)
    qtbot.waitUntil(lambda: editor.open_items.model.rowCount() > 0, timeout=10_000)
    assert editor.heading.text() == " ".join(
        part for part in (guest.first_name, guest.last_name) if part
    )
    assert failures == []


def test_identity_documents_opened_while_connecting_load(
    qtbot: QtBot, client: MewsClient, guest: Any, connecting: Session, gate: threading.Event
) -> None:
    client.add_identity_documents(
        [{"customer_id": str(guest.id), "type": "Passport", "number": "WAIT123456"}]
    )
    view = IdentityDocumentsView(connecting, str(guest.id), guest.last_name)
    qtbot.addWidget(view)

    view.load()
    qtbot.wait(50)
    assert "Not connected" not in view.stateLabel.text()

    gate.set()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    numbers = [document.number for document in view.model.documents()]
    assert "WAIT123456" in numbers
    assert view.stateLabel.text() == ""


def test_a_call_made_while_connecting_fails_clearly_when_the_connection_fails(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> MewsClient:
        raise OSError("no route to host")

    monkeypatch.setattr(session_module, "make_client", refuse)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = Session(settings=settings, credentials=CredentialStore(environ={}))
    try:
        editor = ProfileEditor(ProfileService(session))
        qtbot.addWidget(editor)
        profile = ConnectionProfile.new(ConnectionKind.CUSTOM, base_url="http://127.0.0.1:9")
        session.connect_profile(profile, Tokens(DEMO_CLIENT_TOKEN, DEMO_ACCESS_TOKEN))
        editor.open_customer("35d4b117-4e60-44a3-9580-c582117eff98")
        qtbot.waitUntil(lambda: "Not connected" in editor.message.text(), timeout=10_000)
        assert session.state is ConnectionState.FAILED
        assert session.runner.in_flight == 0
    finally:
        session.close()


def test_a_screen_closed_while_waiting_gets_nothing_and_nothing_breaks(
    qtbot: QtBot, guest: Any, connecting: Session, gate: threading.Event, failures: list[object]
) -> None:
    view = IdentityDocumentsView(connecting, str(guest.id), guest.last_name)
    view.load()
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))

    gate.set()
    qtbot.waitUntil(lambda: connecting.connected, timeout=10_000)
    qtbot.waitUntil(lambda: connecting.runner.in_flight == 0)
    assert failures == []
