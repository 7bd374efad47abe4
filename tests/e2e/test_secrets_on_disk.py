"""After a full desk session, no token and no guest data sits in any file the app wrote.

A front desk PC is shared, backed up and sometimes stolen: tokens belong in the OS
keyring (or the environment, for kiosks), guest data belongs in Mews. The test points
every place the app may write (XDG config, cache, data and state, ``HOME``, QSettings) at
a temporary folder, adds a DEBUG log file on the root logger, runs a whole session
through the real window (connect, search, open, edit and save, attach a scan) against
a sandbox that accepts only this run's unique tokens, closes the window, and then reads
every file under the temporary folder. The sandbox's own database is the server's and
lives elsewhere.
"""

from __future__ import annotations

import functools
import inspect
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring_fakes import MemoryKeyring
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, scan_image

import desktop.app
import desktop.desk.search_cache
from desktop.app import build_window
from desktop.desk.search_cache import SearchCache
from desktop.mews import SlidingWindowLimiter
from desktop.sandbox import SandboxServer
from desktop.ui.attach_file_dialog import AttachFileDialog
from desktop.ui.connection_dialog import ConnectionDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session

pytestmark = pytest.mark.e2e

WAIT_MS = 15_000
XDG = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


@dataclass(frozen=True)
class Secrets:
    client_token: str
    access_token: str


def _secrets(kind: str) -> Secrets:
    tag = uuid.uuid4().hex
    return Secrets(f"{kind}-client-{tag}", f"{kind}-access-{tag}")


@dataclass(frozen=True)
class Run:
    home: Path
    sandbox: SandboxServer
    keyring_secrets: Secrets
    environment_secrets: Secrets


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Run]:
    home = tmp_path / "home"
    for name in XDG:
        folder = home / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("FRONTDESK_CLIENT_TOKEN", raising=False)
    monkeypatch.delenv("FRONTDESK_ACCESS_TOKEN", raising=False)
    # QSettings resolves its folder once per process; point it here and back afterwards.
    config = str(home / "xdg_config_home")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, config)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, config)

    previous_keyring = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    root = logging.getLogger()
    previous_level = root.level
    log_file = logging.FileHandler(home / "xdg_state_home" / "frontdesk-debug.log")
    log_file.setLevel(logging.DEBUG)
    root.addHandler(log_file)
    root.setLevel(logging.DEBUG)

    keyring_secrets, environment_secrets = _secrets("keyring"), _secrets("env")
    (tmp_path / "server").mkdir()
    sandbox = SandboxServer(
        tmp_path / "server" / "sandbox.db",
        customer_count=120,
        tokens=[
            (keyring_secrets.client_token, keyring_secrets.access_token),
            (environment_secrets.client_token, environment_secrets.access_token),
        ],
    ).start()
    monkeypatch.setattr(
        desktop.app,
        "Session",
        functools.partial(Session, rate_limiter=SlidingWindowLimiter(10_000, 30.0)),
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"unexpected: {box.text()}"))
    try:
        yield Run(home, sandbox, keyring_secrets, environment_secrets)
    finally:
        sandbox.stop()
        root.removeHandler(log_file)
        log_file.close()
        root.setLevel(previous_level)
        keyring.set_keyring(previous_keyring)
        default = str(Path(__file__).parents[2] / ".pytest_cache" / "xdg")
        for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope, default)


@dataclass(frozen=True)
class Guest:
    id: str
    first_name: str
    last_name: str
    email: str


def _guest(sandbox: SandboxServer) -> Guest:
    for row in sandbox.store.in_house():
        customer = row.customer
        last = customer.get("LastName") or ""
        if last.isascii() and last.isalpha() and customer.get("Email"):
            return Guest(customer["Id"], customer.get("FirstName") or "", last, customer["Email"])
    raise AssertionError("the sandbox seeds in-house guests with emails")


def _work_a_shift(qtbot: QtBot, window: MainWindow, guest: Guest) -> None:
    """Search, open, edit and save, attach: every kind of call the desk makes."""
    window.search_input.setFocus()
    window.search_input.setText(guest.last_name)
    with qtbot.waitSignal(window.controller.searchFinished, timeout=WAIT_MS):
        qtbot.keyClick(window.search_input, Qt.Key.Key_Return)
    position = window.model.position_of(guest.id)
    assert position is not None, "the search found the guest"

    editor = window.profile_editor
    window.open_customer(guest.id)
    qtbot.waitUntil(
        lambda: editor.customer_id() == guest.id and not editor.is_busy(), timeout=WAIT_MS
    )
    occupation = editor.findChild(QLineEdit, "occupationEdit")
    occupation.setFocus()
    occupation.selectAll()
    qtbot.keyClicks(occupation, "Concierge")
    with qtbot.waitSignal(editor.customerSaved, timeout=WAIT_MS):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    table = window.table
    table.selectRow(table.proxy.mapFromSource(window.model.index(position, 0)).row())
    window.file_merge_actions.attach_file_action.trigger()
    dialog = next(d for d in window.findChildren(AttachFileDialog) if d.isVisible())
    dialog.load_data(image_bytes(scan_image(240, 320), "PNG"))
    with qtbot.waitSignal(dialog.fileAttached, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.uploadButton, Qt.MouseButton.LeftButton)
    dialog.closeButton.click()

    cache = window.controller._cache
    assert isinstance(cache, SearchCache) and len(cache._entries) >= 1


def _close(qtbot: QtBot, window: MainWindow) -> None:
    window.close()  # writes the window state and settings as on quit
    qtbot.waitUntil(lambda: not window.session.runner.busy, timeout=WAIT_MS)


def _found(home: Path, needles: dict[str, str]) -> list[str]:
    """``what in which file`` for every needle present in any file under ``home``."""
    hits = []
    for path in sorted(p for p in home.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for what, needle in needles.items():
            if needle.encode() in data or needle.encode("utf-16-le") in data:
                hits.append(f"{what} in {path.relative_to(home)}")
    return hits


def _written(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file()]


def _assert_scan_sees_the_session(home: Path) -> None:
    """The scan is only worth something if the session's traces are there to scan."""
    hits = _found(home, {"log": "customers/update", "upload": "customers/addFile"})
    assert any("frontdesk-debug.log" in hit for hit in hits) and len(hits) >= 2, hits


def _assert_nothing_found(home: Path, secrets: Secrets, guest: Guest) -> None:
    """Neither token nor the guest's name, email or id is in any file the session left."""
    assert not _found(
        home,
        {
            "client token": secrets.client_token,
            "access token": secrets.access_token,
            "guest name": guest.last_name,
            "guest email": guest.email,
            "guest id": guest.id,
        },
    )


def test_a_keyring_session_leaves_no_token_or_guest_data_on_disk(
    qtbot: QtBot, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets = run.keyring_secrets

    def fill_and_accept(dialog: ConnectionDialog) -> int:
        dialog.client_token_edit.setText(secrets.client_token)
        dialog.access_token_edit.setText(secrets.access_token)
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ConnectionDialog, "exec", fill_and_accept)
    window = build_window(["--base-url", run.sandbox.base_url])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.connected, timeout=WAIT_MS)
    guest = _guest(run.sandbox)
    _work_a_shift(qtbot, window, guest)
    _close(qtbot, window)

    assert keyring.get_keyring().store, "the tokens went to the keyring"  # type: ignore[attr-defined]
    files = _written(run.home)
    assert any(p.suffix == ".conf" or p.suffix == ".ini" for p in files), files
    _assert_scan_sees_the_session(run.home)
    _assert_nothing_found(run.home, secrets, guest)


def test_an_environment_session_leaves_no_token_or_guest_data_on_disk(
    qtbot: QtBot, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets = run.environment_secrets
    monkeypatch.setenv("FRONTDESK_CLIENT_TOKEN", secrets.client_token)
    monkeypatch.setenv("FRONTDESK_ACCESS_TOKEN", secrets.access_token)
    monkeypatch.setattr(ConnectionDialog, "exec", lambda d: pytest.fail("asked for tokens"))
    window = build_window(["--base-url", run.sandbox.base_url])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.connected)  # the client is built on a worker
    guest = _guest(run.sandbox)
    _work_a_shift(qtbot, window, guest)
    _close(qtbot, window)

    assert not keyring.get_keyring().store  # type: ignore[attr-defined]
    _assert_scan_sees_the_session(run.home)
    _assert_nothing_found(run.home, secrets, guest)


def test_the_search_cache_is_memory_only() -> None:
    """Nothing in the cache module can reach a file: no open, path, pickle or database."""
    source = inspect.getsource(desktop.desk.search_cache)
    for word in ("open(", "Path", "pickle", "shelve", "sqlite", "QSettings", "write"):
        assert word not in source, word
