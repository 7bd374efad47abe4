"""The desk's shared services, in one object every screen receives.

A :class:`Session` is what a screen needs to talk to Mews without knowing how the
connection was made:

- ``session.read(fn, owner=self)`` / ``session.write(fn, owner=self)`` run
  ``fn(client)`` on a worker thread (reads in parallel, writes one at a time) and return a
  :class:`~desktop.ui.workers.Request` owned by ``owner``; connect to its
  ``succeeded(object)`` / ``failed(object)`` signals. Results for a closed screen are
  dropped. Never call the client on the GUI thread.
- ``session.run_local(fn, owner=self)`` runs ``fn()`` on the read pool, with no client:
  slow local work (shrinking a scan, grouping loaded rows) that must not freeze the window.
- ``session.report_error(error)`` puts a failure (with its RequestId) in the status bar;
  every failed worker call is reported there on its own.
- ``session.settings`` is the app's ``QSettings``; ``session.profile`` the connection
  profile; ``session.state`` / ``connectionChanged`` the connection state;
  ``session.connecting`` says a connection is on its way (the client is built, and the
  sandbox started, on a worker); a read or write made meanwhile waits for it and runs once
  the connection is settled (:mod:`~desktop.ui.awaiting_calls`) instead of failing;
  ``session.runner.busyChanged(bool)`` drives busy indicators.
- ``Session(retry_policy=..., rate_limiter=...)`` hand the client other retry waits or
  budget (soak tests); the app leaves them at the client's defaults.
- ``session.resolve_room(text)`` / ``session.room_names`` turn room numbers into the
  resource ids ``customers/search`` wants and back, from the property's rooms read through
  ``resources/getAll`` once per connection (:mod:`~desktop.desk.room_directory`), on any
  connection; ``session.refresh_rooms()`` reads them again. Workers only: they may call
  the API.

The profile editor and any later screen use exactly this object; the main window creates
it (see :func:`desktop.app.build_window`) and closes it on quit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSettings,
    Signal,
    Slot,
)

from desktop import APP_NAME, __version__
from desktop.desk.connection import (
    ConnectionKind,
    ConnectionProfile,
    normalize_chain_id,
)
from desktop.desk.credentials import CredentialStore, Tokens
from desktop.desk.translatable import Message
from desktop.ui.awaiting_calls import AwaitingCalls
from desktop.ui.profiles import save_profile
from desktop.ui.translation import translate_text
from desktop.ui.workers import Request, WorkerRunner

if TYPE_CHECKING:
    from desktop.desk.room_directory import RoomDirectory
    from desktop.mews import MewsClient, RetryPolicy, SlidingWindowLimiter

log = logging.getLogger(__name__)

CLIENT_NAME = f"{APP_NAME} {__version__}"
#: Translation context of ``Session.state_detail`` (English source texts, shown translated).
SESSION_CONTEXT = "Session"


class ConnectionState(StrEnum):
    DISCONNECTED = "disconnected"
    STARTING_SANDBOX = "starting-sandbox"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    FAILED = "failed"


class NotConnectedError(RuntimeError):
    """A call was made before the desk had a working connection."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Session", "Not connected to Mews yet. Choose a connection first."
            )
        )
        self.message = str(self)
        self.request_id = None


def make_client(
    profile: ConnectionProfile,
    tokens: Tokens,
    *,
    retry_policy: RetryPolicy | None = None,
    rate_limiter: SlidingWindowLimiter | None = None,
) -> MewsClient:
    """A client for ``profile``; the client name and version are always the app's own.

    ``retry_policy`` and ``rate_limiter`` exist so soak tests can shrink backoff waits and
    run hundreds of operations without waiting on the token's real budget; the app uses
    the client's defaults. Nothing here can reach the client's TLS verification.
    """
    from desktop.mews import MewsClient  # pydantic models load on first use, not at start-up

    return MewsClient(
        profile.base_url,
        client_token=tokens.client_token,
        access_token=tokens.access_token,
        client=CLIENT_NAME,
        chain_id=normalize_chain_id(profile.chain_id),  # a hand-edited one: say why, translated
        retry_policy=retry_policy,
        rate_limiter=rate_limiter,
    )


class Session(QObject):
    """Connection, worker pools, settings and credentials shared by the desk's screens."""

    connectionChanged = Signal()
    errorReported = Signal(object)
    #: ``connect_saved`` found no complete tokens for the profile: ask for them.
    tokensMissing = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        settings: QSettings | None = None,
        credentials: CredentialStore | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: SlidingWindowLimiter | None = None,
    ) -> None:
        super().__init__(parent)
        # Test seams for the soak: None means the client's own defaults.
        self.retry_policy = retry_policy
        self.rate_limiter = rate_limiter
        self.settings = settings if settings is not None else QSettings()
        self.credentials = credentials if credentials is not None else CredentialStore()
        self.runner = WorkerRunner(self)
        self.runner.callFailed.connect(self.report_error)
        self.profile: ConnectionProfile | None = None
        self.client: MewsClient | None = None
        self.state = ConnectionState.DISCONNECTED
        self.state_detail = ""
        self.last_error: BaseException | None = None
        self._rooms: RoomDirectory | None = None
        self._sandbox: Any = None
        self._sandbox_request: Request | None = None
        # Bumped by every switch of connection: a client built for an older one is closed.
        self._attempt = 0
        self._closed = False
        self._awaiting = AwaitingCalls(self.runner)

    # -- calls ----------------------------------------------------------------------

    def read(self, fn: Callable[[MewsClient], Any], *, owner: QObject, label: str = "") -> Request:
        return self._call(fn, owner, False, label)

    def write(self, fn: Callable[[MewsClient], Any], *, owner: QObject, label: str = "") -> Request:
        return self._call(fn, owner, True, label)

    def _call(
        self, fn: Callable[[MewsClient], Any], owner: QObject, write: bool, label: str
    ) -> Request:
        """Submit now, or, while still connecting, once the connection is settled."""
        if self.connecting:
            return self._awaiting.hold(fn, owner=owner, write=write, label=label)
        return self.runner.submit(self._bind(fn), owner=owner, write=write, label=label)

    def run_local(self, fn: Callable[[], Any], *, owner: QObject, label: str = "") -> Request:
        """Run ``fn()`` on the read pool: local work too slow for the GUI thread, no client."""
        return self.runner.submit(fn, owner=owner, label=label)

    def _bind(self, fn: Callable[[MewsClient], Any]) -> Callable[[], Any]:
        client = self.client

        def call() -> Any:
            if client is None:
                raise NotConnectedError()
            return fn(client)

        return call

    @Slot(object)
    def report_error(self, error: BaseException) -> None:
        self.last_error = error
        self.errorReported.emit(error)

    def resolve_room(self, room: str) -> str | None:
        return self._rooms.resolve(room) if self._rooms is not None else None

    @property
    def room_resolver(self) -> Callable[[str], str | None] | None:
        """``resolve_room`` once connected (a connection reads its rooms), else ``None``."""
        return self.resolve_room if self._rooms is not None else None

    @property
    def room_names(self) -> dict[str, str]:
        """Resource id -> room name; call it on a worker (the first use reads the rooms)."""
        return self._rooms.names if self._rooms is not None else {}

    def refresh_rooms(self) -> None:
        """Read the property's rooms again at the next lookup (a room was renamed or added)."""
        if self._rooms is not None:
            self._rooms.refresh()

    @property
    def connected(self) -> bool:
        return self.state is ConnectionState.CONNECTED and self.client is not None

    @property
    def connecting(self) -> bool:
        """A connection is on its way: ``connectionChanged`` follows when it is ready or not."""
        return self.state in (ConnectionState.STARTING_SANDBOX, ConnectionState.CONNECTING)

    def rate_limit_usage(self) -> float | None:
        return self.client.rate_limiter.usage() if self.client is not None else None

    # -- connecting -----------------------------------------------------------------

    def connect_profile(self, profile: ConnectionProfile, tokens: Tokens | None = None) -> None:
        """Switch to ``profile``; the client is built (and the sandbox started) on a worker.

        Building the client imports the API models and sets up TLS, which would hold the
        first window back; so the state is ``CONNECTING`` until the worker hands the
        client back. Mistakes the user can fix (missing tokens, a hand-edited chain id)
        are still reported at once.
        """
        self._switch_to(profile)
        if profile.kind is ConnectionKind.SANDBOX:
            self._start_sandbox()
            return
        if tokens is None or not tokens.complete:
            self._set_state(
                ConnectionState.FAILED,
                QT_TRANSLATE_NOOP("Session", "Tokens are missing for this connection."),
            )
            return
        try:
            normalize_chain_id(profile.chain_id)
        except ValueError as error:  # marked in the "Connection" context (desktop.desk.connection)
            self._set_state(ConnectionState.FAILED, translate_text("Connection", str(error)))
            return
        self._build_client(profile, tokens)

    def _switch_to(self, profile: ConnectionProfile) -> None:
        """Leave the current connection: a client or tokens still on their way for it are
        dropped when they arrive (the attempt no longer matches)."""
        self._drop_client()
        self._attempt += 1
        self.profile = profile

    def connect_saved(self, profile: ConnectionProfile) -> None:
        """Connect with ``profile``'s stored tokens, read on a worker: loading a keyring takes
        a tenth of a second or more, or waits to be unlocked. Found, the profile becomes the
        current one (unless they came from the environment); missing: ``tokensMissing``."""
        self._switch_to(profile)
        self._set_state(ConnectionState.CONNECTING)
        attempt, credentials = self._attempt, self.credentials

        def load() -> tuple[int, ConnectionProfile, Tokens | None]:
            return attempt, profile, credentials.load(profile.profile_id)

        request = self.runner.submit(load, owner=self, label="tokens")
        request.succeeded.connect(self._tokens_loaded)
        request.failed.connect(self._client_failed)

    @Slot(object)
    def _tokens_loaded(self, loaded: tuple[int, ConnectionProfile, Tokens | None]) -> None:
        attempt, profile, tokens = loaded
        if self._closed or attempt != self._attempt:
            return  # another connection was chosen meanwhile
        if tokens is None or not tokens.complete:
            self._set_state(ConnectionState.DISCONNECTED)
            self.tokensMissing.emit()
            return
        if self.credentials.environment_override() is None:
            save_profile(self.settings, profile)
        self.connect_profile(profile, tokens)

    def _build_client(self, profile: ConnectionProfile, tokens: Tokens) -> None:
        """Make the client on the read pool; ``_client_ready`` installs it if still wanted."""
        self._set_state(ConnectionState.CONNECTING)
        attempt = self._attempt
        retry_policy, rate_limiter = self.retry_policy, self.rate_limiter

        def build() -> tuple[int, MewsClient]:
            client = make_client(
                profile, tokens, retry_policy=retry_policy, rate_limiter=rate_limiter
            )
            return attempt, client

        request = self.runner.submit(build, owner=self, label="connect")
        request.succeeded.connect(self._client_ready)
        request.failed.connect(self._client_failed)

    @Slot(object)
    def _client_ready(self, built: tuple[int, MewsClient]) -> None:
        attempt, client = built
        if self._closed or attempt != self._attempt:
            client.close()  # the desk switched connection (or quit) while it was built
            return
        from desktop.desk.room_directory import RoomDirectory  # once connected: not at start-up

        self.client = client
        self._rooms = RoomDirectory(client)
        self._set_state(ConnectionState.CONNECTED)
        self._warm_up()

    def _warm_up(self) -> None:
        """Parse a made-up page on a worker now, so the first real search is not slower.

        The property's rooms are read here too (one ``resources/getAll`` page for most
        hotels), so the first room lookup does not wait for them. Failing here must not
        worry anyone: the real search reports its own errors.
        """
        room_names = (lambda rooms=self._rooms: rooms.names) if self._rooms else None

        def warm() -> None:
            from desktop.desk.warm_up import warm_up_search

            try:
                warm_up_search(room_names)
            except Exception:
                log.debug("Warming up the search path failed", exc_info=True)

        self.run_local(warm, owner=self, label="warm-up")

    @Slot(object)
    def _client_failed(self, error: object) -> None:
        if self._closed or self.state is not ConnectionState.CONNECTING:
            return
        log.error("Could not set up the connection: %s", type(error).__name__)
        message = getattr(error, "message", None) or str(error)
        self._set_state(ConnectionState.FAILED, translate_text("Connection", message))

    def _start_sandbox(self) -> None:
        if self._sandbox is not None:
            self._sandbox_ready(self._sandbox)
            return
        self._set_state(
            ConnectionState.STARTING_SANDBOX,
            QT_TRANSLATE_NOOP("Session", "Starting the built-in sandbox…"),
        )
        from desktop.ui.embedded_sandbox import start_sandbox  # the sandbox profile only

        self._sandbox_request = start_sandbox(self.runner, owner=self)
        self._sandbox_request.succeeded.connect(self._sandbox_ready)
        self._sandbox_request.failed.connect(self._sandbox_failed)

    @Slot(object)
    def _sandbox_ready(self, server: Any) -> None:
        from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN

        if self.profile is None or self.profile.kind is not ConnectionKind.SANDBOX:
            self._sandbox = server  # switched away meanwhile; keep it for shutdown
            return
        self._sandbox = server
        self.profile = self.profile.with_url(server.base_url)
        self._build_client(self.profile, Tokens(DEMO_CLIENT_TOKEN, DEMO_ACCESS_TOKEN))

    @Slot(object)
    def _sandbox_failed(self, error: object) -> None:
        log.error("The built-in sandbox did not start: %s", error)
        self._set_state(
            ConnectionState.FAILED,
            Message(QT_TRANSLATE_NOOP("Session", "The built-in sandbox did not start: %1"), error),
        )

    def _set_state(self, state: ConnectionState, detail: str = "") -> None:
        self.state = state
        self.state_detail = detail
        self.connectionChanged.emit()
        if not self.connecting and not self._closed:
            self._awaiting.release(self._call)

    def _drop_client(self) -> None:
        self._rooms = None
        if self.client is not None:
            client, self.client = self.client, None
            client.close()

    def close(self) -> None:
        """Wait for running calls, then close the client and stop the embedded sandbox."""
        self._closed = True
        self._awaiting.drop()
        self.runner.shutdown()
        self._drop_client()
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
