"""A saved connection's tokens are read from the keyring on a worker, not before the window."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from desk_fakes import FakeClient
from keyring_fakes import MemoryKeyring
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.desk.connection import ConnectionKind, ConnectionProfile
from desktop.desk.credentials import CredentialStore, Tokens
from desktop.ui import session as session_module
from desktop.ui.profiles import current_profile
from desktop.ui.session import ConnectionState, Session

TOKENS = Tokens("client-token", "access-token")


class GatedKeyring(MemoryKeyring):
    """Answers once ``gate`` is set, noting the threads that asked."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.threads: set[str] = set()

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.add(threading.current_thread().name)
        self.gate.wait(10)
        return super().get_password(service, username)


@pytest.fixture
def keyring() -> GatedKeyring:
    return GatedKeyring()


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[tuple[ConnectionProfile, Tokens]]:
    made: list[tuple[ConnectionProfile, Tokens]] = []

    def make_client(profile: ConnectionProfile, tokens: Tokens, **_: Any) -> FakeClient:
        made.append((profile, tokens))
        client = FakeClient(lambda _f: SimpleNamespace(customers=[], cursor=None))
        client.resources = []
        return client

    monkeypatch.setattr(session_module, "make_client", make_client)
    return made


@pytest.fixture
def session(tmp_path: Path, keyring: GatedKeyring) -> Iterator[Session]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = Session(settings=settings, credentials=CredentialStore(keyring, environ={}))
    yield made
    keyring.gate.set()
    made.close()


def _profile(url: str) -> ConnectionProfile:
    return ConnectionProfile.new(ConnectionKind.CUSTOM, base_url=url)


def test_saved_tokens_are_read_on_a_worker_then_the_profile_connects(
    qtbot: QtBot, session: Session, keyring: GatedKeyring, built: list[Any]
) -> None:
    profile = _profile("https://pms.example.com")
    keyring.gate.set()
    session.credentials.save(profile.profile_id, TOKENS)
    keyring.gate.clear()
    keyring.threads.clear()
    missing: list[bool] = []
    session.tokensMissing.connect(lambda: missing.append(True))

    session.connect_saved(profile)

    assert session.state is ConnectionState.CONNECTING  # says so at once, keyring or not
    assert session.profile == profile
    keyring.gate.set()
    qtbot.waitUntil(lambda: session.connected)
    assert keyring.threads and threading.main_thread().name not in keyring.threads
    assert built == [(profile, TOKENS)]
    assert current_profile(session.settings) == profile  # remembered for the next start
    assert not missing


def test_missing_tokens_ask_for_them_and_connect_nothing(
    qtbot: QtBot, session: Session, keyring: GatedKeyring, built: list[Any]
) -> None:
    profile = _profile("https://pms.example.com")
    keyring.gate.set()
    with qtbot.waitSignal(session.tokensMissing):
        session.connect_saved(profile)

    assert session.state is ConnectionState.DISCONNECTED and session.profile == profile
    assert not built
    assert current_profile(session.settings) is None  # a connection without tokens is not kept


def test_tokens_arriving_after_another_connection_was_chosen_are_dropped(
    qtbot: QtBot, session: Session, keyring: GatedKeyring, built: list[Any]
) -> None:
    saved, chosen = _profile("https://saved.example.com"), _profile("https://chosen.example.com")
    keyring.gate.set()
    session.credentials.save(saved.profile_id, TOKENS)
    keyring.gate.clear()
    missing: list[bool] = []
    session.tokensMissing.connect(lambda: missing.append(True))

    session.connect_saved(saved)
    session.connect_profile(chosen, TOKENS)  # picked in the dialog while the keyring was slow
    qtbot.waitUntil(lambda: session.connected)
    keyring.gate.set()
    qtbot.waitUntil(lambda: session.runner.in_flight == 0)

    assert session.profile == chosen and session.connected
    assert [profile for profile, _ in built] == [chosen]
    assert not missing


def test_a_start_held_until_the_first_frame_says_connecting_and_connects_once_released(
    qtbot: QtBot, session: Session, keyring: GatedKeyring, built: list[Any]
) -> None:
    profile = _profile("https://pms.example.com")
    keyring.gate.set()
    session.credentials.save(profile.profile_id, TOKENS)
    keyring.threads.clear()
    session.runner.hold()  # as ``desktop.app.main`` does until the window's first frame

    session.connect_saved(profile)
    qtbot.wait(50)

    assert session.state is ConnectionState.CONNECTING and not keyring.threads
    session.runner.release()
    qtbot.waitUntil(lambda: session.connected)
    assert built == [(profile, TOKENS)]
