"""Connecting builds the client on a worker: the window is live meanwhile, and nothing fails.

``make_client`` is replaced by one that waits on a gate, so each test decides when the
client "arrives" and can look at the desk while it is still connecting.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from desk_fakes import FakeClient, customer
from i18n_checks import ui_language
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.desk import warm_up
from desktop.desk.connection import ConnectionKind, ConnectionProfile
from desktop.desk.credentials import CredentialStore, Tokens
from desktop.ui import session as session_module
from desktop.ui.main_window import MainWindow
from desktop.ui.search_controller import ViewState
from desktop.ui.session import ConnectionState, Session
from desktop.ui.status_bar import DeskStatusBar

TOKENS = Tokens("client-token", "access-token")


class GatedClients:
    """Stands in for ``make_client``: each call waits for ``gate``, then hands out a fake."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.built: list[tuple[str, FakeClient]] = []
        self.closed: list[str] = []
        self.answer: Any = lambda _f: SimpleNamespace(customers=[], cursor=None)
        self.threads: set[str] = set()

    def __call__(self, profile: ConnectionProfile, tokens: Tokens, **_: Any) -> FakeClient:
        self.threads.add(threading.current_thread().name)
        self.gate.wait(10)
        client = FakeClient(self.answer)
        client.resources = [SimpleNamespace(id="id-204", name="204", is_active=True)]
        url = profile.base_url
        client.close = lambda: self.closed.append(url)  # type: ignore[method-assign]
        self.built.append((url, client))
        return client


@pytest.fixture
def clients(monkeypatch: pytest.MonkeyPatch) -> GatedClients:
    gated = GatedClients()
    monkeypatch.setattr(session_module, "make_client", gated)
    return gated


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = Session(settings=settings, credentials=CredentialStore(environ={}))
    yield made
    made.close()


def _profile(url: str, chain_id: str | None = None) -> ConnectionProfile:
    return ConnectionProfile.new(ConnectionKind.CUSTOM, base_url=url, chain_id=chain_id)


def test_the_client_is_built_on_a_worker_while_the_state_says_connecting(
    qtbot: QtBot, session: Session, clients: GatedClients
) -> None:
    changes: list[ConnectionState] = []
    session.connectionChanged.connect(lambda: changes.append(session.state))

    session.connect_profile(_profile("https://pms.example.com"), TOKENS)

    assert session.state is ConnectionState.CONNECTING
    assert session.connecting and not session.connected
    assert session.client is None
    clients.gate.set()
    qtbot.waitUntil(lambda: session.connected)
    assert changes == [ConnectionState.CONNECTING, ConnectionState.CONNECTED]
    assert session.client is clients.built[0][1]
    assert threading.main_thread().name not in clients.threads


def test_an_invalid_chain_id_fails_at_once_without_a_worker(
    session: Session, clients: GatedClients
) -> None:
    session.connect_profile(_profile("https://pms.example.com", chain_id="not-a-uuid"), TOKENS)

    assert session.state is ConnectionState.FAILED
    assert "UUID" in session.state_detail
    assert session.runner.in_flight == 0
    assert not clients.threads


def test_a_client_built_for_a_connection_left_meanwhile_is_closed(
    qtbot: QtBot, session: Session, clients: GatedClients
) -> None:
    session.connect_profile(_profile("https://first.example.com"), TOKENS)
    session.connect_profile(_profile("https://second.example.com"), TOKENS)
    clients.gate.set()

    qtbot.waitUntil(lambda: session.connected and len(clients.closed) == 1)
    assert clients.closed == ["https://first.example.com"]
    assert session.profile is not None
    assert session.profile.base_url == "https://second.example.com"
    assert session.client is dict(clients.built)["https://second.example.com"]


def test_a_failed_build_leaves_the_session_failed_with_the_reason(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise ValueError("The client name and version are required.")

    monkeypatch.setattr(session_module, "make_client", refuse)
    session.connect_profile(_profile("https://pms.example.com"), TOKENS)

    qtbot.waitUntil(lambda: session.state is ConnectionState.FAILED)
    assert session.client is None
    assert session.state_detail == "The client name and version are required."


def test_the_status_bar_says_connecting_in_the_desk_language(
    qtbot: QtBot, session: Session, clients: GatedClients
) -> None:
    with ui_language("de"):
        bar = DeskStatusBar(session)
        qtbot.addWidget(bar)
        session.connect_profile(_profile("https://pms.example.com"), TOKENS)
        connecting = bar.connection_label.text()
        clients.gate.set()
        qtbot.waitUntil(lambda: session.connected)
        connected = bar.connection_label.text()

    assert connecting.startswith("Verbindung mit ")
    assert "Connecting" not in connecting
    assert connected.startswith("Verbunden: ")


def test_a_search_typed_while_connecting_waits_and_then_runs(
    qtbot: QtBot, session: Session, clients: GatedClients
) -> None:
    guest = customer("Jana", "Novak")
    clients.answer = lambda _f: SimpleNamespace(customers=[guest], cursor=None)
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.connect_profile(_profile("https://pms.example.com"), TOKENS)

    window.search_input.setText("Novak")
    window.run_search()

    assert window.controller.state is ViewState.LOADING
    assert window.controller.waiting is not None
    assert window.model.rowCount() == 0
    # Said once the wait is noticeable, not flashed for answers that come at once.
    assert not window.table.overlay.isVisibleTo(window)
    qtbot.waitUntil(lambda: "Connecting" in window.table.overlay.text())
    assert window.table.overlay.isVisibleTo(window)
    clients.gate.set()
    qtbot.waitUntil(lambda: window.controller.state is ViewState.RESULTS)
    assert [window.model.row_at(0).id] == [guest.id]
    assert not window.table.overlay.isVisibleTo(window)
    plan = window.controller.plan
    assert plan is not None
    # Run once, when the client arrived: not again by the connection change.
    qtbot.waitUntil(lambda: not session.runner.busy)
    assert len(clients.built[0][1].calls) == len(plan.filters) + len(plan.in_house)
    assert window.controller.waiting is None


def test_a_search_waiting_for_a_failed_connection_says_why(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        gate.wait(10)
        raise ValueError("The client name and version are required.")

    monkeypatch.setattr(session_module, "make_client", refuse)
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.connect_profile(_profile("https://pms.example.com"), TOKENS)
    window.search_input.setText("Novak")
    window.run_search()
    gate.set()

    qtbot.waitUntil(lambda: window.controller.state is ViewState.ERROR)
    assert "The client name and version are required." in window.controller.message


def test_connecting_warms_the_search_path_on_a_worker(
    qtbot: QtBot, session: Session, clients: GatedClients, monkeypatch: pytest.MonkeyPatch
) -> None:
    warmed: list[tuple[str, dict[str, str] | None]] = []

    def record(room_names: Any) -> list[Any]:
        names = room_names() if room_names is not None else None
        warmed.append((threading.current_thread().name, names))
        return []

    monkeypatch.setattr(warm_up, "warm_up_search", record)
    clients.gate.set()
    session.connect_profile(_profile("https://pms.example.com"), TOKENS)

    qtbot.waitUntil(lambda: bool(warmed))
    thread, names = warmed[0]
    assert thread != threading.main_thread().name
    # Any connection reads the property's rooms (resources/getAll) during the warm-up.
    assert names == {"id-204": "204"} == session.room_names


def test_a_failed_warm_up_is_not_reported(
    qtbot: QtBot, session: Session, clients: GatedClients, monkeypatch: pytest.MonkeyPatch
) -> None:
    tried: list[bool] = []

    def fail(_room_names: Any) -> list[Any]:
        tried.append(True)
        raise RuntimeError("made-up page refused")

    monkeypatch.setattr(warm_up, "warm_up_search", fail)
    reported: list[object] = []
    session.errorReported.connect(reported.append)
    clients.gate.set()
    session.connect_profile(_profile("https://pms.example.com"), TOKENS)

    qtbot.waitUntil(lambda: bool(tried) and not session.runner.busy)
    assert session.connected
    assert reported == []
