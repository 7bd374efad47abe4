"""The desk's shared services, in one object every screen receives.

A :class:`Session` is what a screen needs to talk to Mews without knowing how the
connection was made:

- ``session.read(fn, owner=self)`` / ``session.write(fn, owner=self)`` run
  ``fn(client)`` on a worker thread (reads in parallel, writes one at a time) and return a
  :class:`~desktop.ui.workers.Request` owned by ``owner``; connect to its
  ``succeeded(object)`` / ``failed(object)`` signals. Results for a closed screen are
  dropped. Never call the client on the GUI thread.
- ``session.report_error(error)`` puts a failure (with its RequestId) in the status bar.
- ``session.settings`` is the app's ``QSettings``; ``session.profile`` the connection
  profile; ``session.state`` / ``connectionChanged`` the connection state;
  ``session.runner.busyChanged(bool)`` drives busy indicators.
- ``session.resolve_room(text)`` / ``session.room_names`` turn room numbers into the
  resource ids ``customers/search`` wants, where the connection knows them.

The profile editor and any later screen use exactly this object; the main window creates
it (see :func:`desktop.app.build_window`) and closes it on quit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal, Slot

from desktop import APP_NAME, __version__
from desktop.connection import ConnectionKind, ConnectionProfile
from desktop.credentials import CredentialStore, Tokens
from desktop.ui.workers import Request, WorkerRunner

if TYPE_CHECKING:
    from desktop.mews import MewsClient

log = logging.getLogger(__name__)

CLIENT_NAME = f"{APP_NAME} {__version__}"


class ConnectionState(StrEnum):
    DISCONNECTED = "disconnected"
    STARTING_SANDBOX = "starting-sandbox"
    CONNECTED = "connected"
    FAILED = "failed"


class NotConnectedError(RuntimeError):
    """A call was made before the desk had a working connection."""

    def __init__(self) -> None:
        super().__init__("Not connected to Mews yet. Choose a connection first.")
        self.message = str(self)
        self.request_id = None


def sandbox_db_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "sandbox.sqlite3"


def make_client(profile: ConnectionProfile, tokens: Tokens) -> MewsClient:
    """A client for ``profile``; the client name and version are always the app's own."""
    from desktop.mews import MewsClient  # pydantic models load on first use, not at start-up

    return MewsClient(
        profile.base_url,
        client_token=tokens.client_token,
        access_token=tokens.access_token,
        client=CLIENT_NAME,
        chain_id=profile.chain_id,
    )


class _SandboxRooms:
    """Room numbers of the embedded sandbox, which derives resource ids from them."""

    def __init__(self) -> None:
        from desktop.sandbox.records import room_resource_id

        self._resource_id = room_resource_id
        self.names: dict[str, str] = {}
        for number in range(1, 1000):
            self._learn(str(number))
        for floor in range(1, 100):
            for room in range(1, 100):
                self._learn(f"{floor}{room:02d}")

    def _learn(self, room: str) -> None:
        self.names[self._resource_id(room)] = room

    def resolve(self, room: str) -> str | None:
        return self._resource_id(room)


class Session(QObject):
    """Connection, worker pools, settings and credentials shared by the desk's screens."""

    connectionChanged = Signal()
    errorReported = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        settings: QSettings | None = None,
        credentials: CredentialStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.credentials = credentials if credentials is not None else CredentialStore()
        self.runner = WorkerRunner(self)
        self.profile: ConnectionProfile | None = None
        self.client: MewsClient | None = None
        self.state = ConnectionState.DISCONNECTED
        self.state_detail = ""
        self.last_error: BaseException | None = None
        self.room_names: dict[str, str] = {}
        self._room_resolver: Callable[[str], str | None] | None = None
        self._sandbox: Any = None
        self._sandbox_request: Request | None = None

    # -- calls ----------------------------------------------------------------------

    def read(self, fn: Callable[[MewsClient], Any], *, owner: QObject, label: str = "") -> Request:
        return self.runner.submit(self._bind(fn), owner=owner, label=label)

    def write(self, fn: Callable[[MewsClient], Any], *, owner: QObject, label: str = "") -> Request:
        return self.runner.submit(self._bind(fn), owner=owner, write=True, label=label)

    def _bind(self, fn: Callable[[MewsClient], Any]) -> Callable[[], Any]:
        client = self.client

        def call() -> Any:
            if client is None:
                raise NotConnectedError()
            return fn(client)

        return call

    def report_error(self, error: BaseException) -> None:
        self.last_error = error
        self.errorReported.emit(error)

    def resolve_room(self, room: str) -> str | None:
        return self._room_resolver(room) if self._room_resolver else None

    @property
    def connected(self) -> bool:
        return self.state is ConnectionState.CONNECTED and self.client is not None

    def rate_limit_usage(self) -> float | None:
        return self.client.rate_limiter.usage() if self.client is not None else None

    # -- connecting -----------------------------------------------------------------

    def connect_profile(self, profile: ConnectionProfile, tokens: Tokens | None = None) -> None:
        """Switch to ``profile``; the sandbox starts on a worker so the window stays live."""
        self._drop_client()
        self.profile = profile
        if profile.kind is ConnectionKind.SANDBOX:
            self._start_sandbox()
            return
        if tokens is None or not tokens.complete:
            self._set_state(ConnectionState.FAILED, "Tokens are missing for this connection.")
            return
        try:
            self.client = make_client(profile, tokens)
        except ValueError as error:
            self._set_state(ConnectionState.FAILED, str(error))
            return
        self._room_resolver = None
        self.room_names = {}
        self._set_state(ConnectionState.CONNECTED)

    def _start_sandbox(self) -> None:
        if self._sandbox is not None:
            self._sandbox_ready((self._sandbox, self.room_names, self._room_resolver))
            return
        self._set_state(ConnectionState.STARTING_SANDBOX, "Starting the built-in sandbox…")
        db_path = sandbox_db_path()

        def start() -> tuple[Any, dict[str, str], Callable[[str], str | None]]:
            from desktop.sandbox import SandboxServer

            server = SandboxServer(db_path, port=0)
            server.start()
            rooms = _SandboxRooms()
            return server, rooms.names, rooms.resolve

        self._sandbox_request = self.runner.submit(start, owner=self, label="sandbox")
        self._sandbox_request.succeeded.connect(self._sandbox_ready)
        self._sandbox_request.failed.connect(self._sandbox_failed)

    @Slot(object)
    def _sandbox_ready(
        self, started: tuple[Any, dict[str, str], Callable[[str], str | None]]
    ) -> None:
        from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN

        server, names, resolver = started
        if self.profile is None or self.profile.kind is not ConnectionKind.SANDBOX:
            self._sandbox = server  # switched away meanwhile; keep it for shutdown
            return
        self._sandbox = server
        self.room_names = names
        self._room_resolver = resolver
        self.profile = self.profile.with_url(server.base_url)
        self.client = make_client(self.profile, Tokens(DEMO_CLIENT_TOKEN, DEMO_ACCESS_TOKEN))
        self._set_state(ConnectionState.CONNECTED)

    @Slot(object)
    def _sandbox_failed(self, error: object) -> None:
        log.error("The built-in sandbox did not start: %s", error)
        self._set_state(ConnectionState.FAILED, f"The built-in sandbox did not start: {error}")

    def _set_state(self, state: ConnectionState, detail: str = "") -> None:
        self.state = state
        self.state_detail = detail
        self.connectionChanged.emit()

    def _drop_client(self) -> None:
        if self.client is not None:
            client, self.client = self.client, None
            client.close()

    def close(self) -> None:
        """Wait for running calls, then close the client and stop the embedded sandbox."""
        self.runner.shutdown()
        self._drop_client()
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
