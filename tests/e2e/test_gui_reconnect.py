"""The sandbox goes away while the desk is in use, then comes back on the same address.

A receptionist has a profile open with an edit typed in when the server dies (a crashed
sandbox, a dropped VPN, an unplugged cable look the same to the client: the connection is
refused). The desk must say so in the status bar, keep the typed edit on screen with a
Retry, and carry on as if nothing happened once a server answers on the same port again.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

import desktop.app
from desktop.app import build_window
from desktop.mews import NetworkError, RetryPolicy, SlidingWindowLimiter
from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, SandboxServer
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session

pytestmark = pytest.mark.e2e

WAIT_MS = 15_000
TYPED = "Night auditor"


class Sandboxes:
    """One sandbox at a time on a fixed port and database file, which a test can kill."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.current: SandboxServer | None = SandboxServer(db_path, customer_count=120).start()
        self.port = self.current.port

    @property
    def server(self) -> SandboxServer:
        assert self.current is not None, "the sandbox is down"
        return self.current

    def kill(self) -> None:
        self.server.stop()
        self.current = None

    def restart(self) -> SandboxServer:
        assert self.current is None
        self.current = SandboxServer(self.db_path, port=self.port, seed=False).start()
        return self.current

    def close(self) -> None:
        if self.current is not None:
            self.current.stop()
            self.current = None


@pytest.fixture
def sandboxes(tmp_path: Path) -> Iterator[Sandboxes]:
    running = Sandboxes(tmp_path / "reconnect.db")
    try:
        yield running
    finally:
        running.close()


@pytest.fixture
def window(
    qtbot: QtBot, sandboxes: Sandboxes, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    # The client's own retries give up within a second, so the test sees the failure fast.
    policy = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.05)
    monkeypatch.setattr(
        desktop.app,
        "Session",
        functools.partial(
            Session, retry_policy=policy, rate_limiter=SlidingWindowLimiter(10_000, 30.0)
        ),
    )
    monkeypatch.setenv("FRONTDESK_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
    monkeypatch.setenv("FRONTDESK_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"unexpected: {box.text()}"))
    win = build_window(["--base-url", sandboxes.server.base_url])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.session.connected)  # the client is built on a worker
    yield win


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_input.setFocus()
    window.search_input.setText(text)
    with qtbot.waitSignal(window.controller.searchFinished, timeout=WAIT_MS):
        qtbot.keyClick(window.search_input, Qt.Key.Key_Return)


def _ids(window: MainWindow) -> set[str]:
    return {window.model.row_at(r).id for r in range(window.model.rowCount())}


def _status(window: MainWindow, name: str) -> str:
    label = window.statusBar().findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def _in_house_guests(server: SandboxServer) -> list[tuple[str, str]]:
    """In-house guests with distinct plain last names, so a search finds each by name."""
    guests: dict[str, str] = {}
    for row in server.store.in_house():
        last = row.customer.get("LastName") or ""
        if last.isascii() and last.isalpha():
            guests.setdefault(last, row.customer["Id"])
    assert len(guests) >= 2, "the sandbox seeds in-house guests"
    return [(customer_id, last) for last, customer_id in guests.items()]


def test_a_lost_sandbox_is_reported_and_nothing_typed_is_lost(
    qtbot: QtBot, sandboxes: Sandboxes, window: MainWindow
) -> None:
    (guest_id, last_name), (other_id, other_name) = _in_house_guests(sandboxes.server)[:2]
    _search(qtbot, window, last_name)
    assert guest_id in _ids(window)
    assert _status(window, "statusError") == ""

    editor = window.profile_editor
    window.open_customer(guest_id)
    qtbot.waitUntil(
        lambda: editor.customer_id() == guest_id and not editor.is_busy(), timeout=WAIT_MS
    )
    occupation = editor.findChild(QLineEdit, "occupationEdit")
    occupation.setFocus()
    occupation.selectAll()
    qtbot.keyClicks(occupation, TYPED)

    sandboxes.kill()
    errors: list[BaseException] = []
    window.session.errorReported.connect(errors.append)

    # Refreshing (past the short search cache) while the server is gone: the status bar
    # says the connection was lost.
    with qtbot.waitSignal(window.controller.searchFinished, timeout=WAIT_MS):
        window.refresh_action.trigger()
    assert errors and isinstance(errors[-1], NetworkError)
    lost = _status(window, "statusError")
    assert lost.strip(), "the status bar stays silent about the lost connection"

    # Saving fails with a message and a Retry, and the typed edit stays on screen.
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.is_busy(), timeout=WAIT_MS)
    assert editor.message.text().strip(), "a failed save says nothing"
    assert editor.retry_button.isVisible(), "a lost connection offers no Retry"
    assert occupation.text() == TYPED
    assert editor.is_dirty()

    # The server comes back on the same port with the same database.
    server = sandboxes.restart()
    assert (server.store.get_customer(guest_id) or {}).get("Occupation") != TYPED
    saved: list[object] = []
    editor.customerSaved.connect(saved.append)
    qtbot.mouseClick(editor.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved) and not editor.is_busy(), timeout=WAIT_MS)
    assert (server.store.get_customer(guest_id) or {}).get("Occupation") == TYPED
    assert occupation.text() == TYPED
    assert not editor.retry_button.isVisible()

    # A new search works, and the status bar no longer shows the lost connection.
    _search(qtbot, window, other_name)
    assert other_id in _ids(window)
    assert _status(window, "statusError") == ""
