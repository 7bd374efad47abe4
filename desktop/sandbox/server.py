"""The HTTP side of the sandbox: Mews's wire behaviour around the operations.

Standard library only (``ThreadingHTTPServer``), so the sandbox starts in milliseconds
inside the desk app, a test or a benchmark. Every response carries a ``Request-Id``
header and errors have the Mews body ``{"Message", "RequestId"}``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
import uuid
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from desktop.mews.limits import RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_SECONDS
from desktop.sandbox import operations
from desktop.sandbox.errors import ApiError
from desktop.sandbox.faults import Fault, FaultConfig, FaultInjector
from desktop.sandbox.ratelimit import SlidingWindowLimiter
from desktop.sandbox.seed import DEFAULT_SEED, seed_store
from desktop.sandbox.store import Store
from desktop.sandbox.tokens import DEMO_TOKEN_PAIRS, TokenRegistry, token_key

logger = logging.getLogger(__name__)

#: Largest request body accepted; Mews answers bigger uploads with 413.
DEFAULT_MAX_BODY_BYTES: Final = 5 * 1024 * 1024
#: How much of an oversized body is read and discarded so the client gets to see the 413.
_MAX_DRAIN_BYTES: Final = 64 * 1024 * 1024
_NOT_JSON_PAGE: Final = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    b"<body><h1>Bad Gateway</h1><p>The upstream server is being updated.</p></body></html>"
)
_STATUS_MESSAGES: Final = {
    Fault.SERVER_ERROR: (500, "An unexpected error occurred. Retry or contact support."),
    Fault.UNAVAILABLE: (503, "The service is temporarily unavailable."),
    Fault.TIMEOUT: (408, "Transaction has timed out. Request less data at once."),
}


def _refuse_constant(name: str) -> Any:
    """``NaN`` and ``Infinity`` are not JSON; Mews's strict parser refuses them too."""
    raise ValueError(f"{name} is not JSON")


def _wants_minimal(handler: BaseHTTPRequestHandler) -> bool:
    """``Prefer: return=minimal``, Mews's opt-in to 204 answers (see its requests guide)."""
    prefer = handler.headers.get("Prefer") or ""
    return any(part.strip().lower() == "return=minimal" for part in prefer.split(","))


def _is_minimal(result: Any) -> bool:
    """An empty object (deletes, merges) or an empty page, whose cursor is then null."""
    return result == {} or (
        isinstance(result, dict) and "Cursor" in result and result["Cursor"] is None
    )


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "MewsSandbox/1"
    timeout = 60  # idle keep-alive connections must not pin threads forever
    # Headers and body go out in separate writes; with Nagle's algorithm the body then
    # waits for the client's delayed ACK and every request costs 40 ms more.
    disable_nagle_algorithm = True
    server: _HttpServer

    def do_POST(self) -> None:
        self.server.sandbox._handle(self)

    def do_GET(self) -> None:
        self.server.sandbox._reply_error(self, uuid.uuid4().hex, ApiError(405, "Use POST."))

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.address_string(), *args)


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], sandbox: SandboxServer) -> None:
        self.sandbox = sandbox
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Cut every open keep-alive connection, as a server that went away would.

        Without this, handler threads keep answering clients on their old connections
        after ``stop()``, from a store that is already closed.
        """
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("connection from %s ended abruptly", client_address, exc_info=True)


class SandboxServer:
    """An offline, Mews-compatible Connector API on loopback, backed by a SQLite file.

    Construct it (binds the port and seeds the database once), ``start()`` it, use
    ``base_url`` like ``https://api.mews-demo.com``, ``stop()`` it. The fault and rate
    limit settings (``faults``, ``rate_limiter``) can be changed while it runs.
    """

    def __init__(
        self,
        db_path: str | Path,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: bool = True,
        customer_count: int = 2000,
        tokens: Iterable[tuple[str, str]] | None = None,
        rate_limit: tuple[int, float] | None = (RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_SECONDS),
        faults: FaultConfig | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        demo_seed: int = DEFAULT_SEED,
    ) -> None:
        self.store = Store(db_path)
        if seed:
            seed_store(self.store, customer_count, demo_seed)
        self.tokens = TokenRegistry(DEMO_TOKEN_PAIRS if tokens is None else tokens)
        self.rate_limiter = SlidingWindowLimiter(*(rate_limit or (None,)))
        self.faults = FaultInjector(faults)
        self.max_body_bytes = max_body_bytes
        self._httpd = _HttpServer((host, port), self)
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"SandboxServer({self.base_url!r})"

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        host = str(self._httpd.server_address[0])
        return f"http://{host}:{self.port}"

    def set_rate_limit(self, limit: int | None, window_seconds: float = 30.0) -> None:
        """Change the per-token limit while running; ``None`` turns limiting off."""
        self.rate_limiter.configure(limit, window_seconds)

    def set_faults(self, config: FaultConfig | None = None, **changes: float) -> None:
        self.faults.configure(config, **changes)

    def start(self) -> SandboxServer:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="mews-sandbox",
                daemon=True,
            )
            self._thread.start()
            logger.info("Mews sandbox listening on %s", self.base_url)
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()
        self._httpd.close_connections()
        self.store.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- request handling -------------------------------------------------------------------

    def _handle(self, handler: _Handler) -> None:
        request_id = uuid.uuid4().hex
        try:
            operation = operations.operation_for(handler.path)
            length = int(handler.headers.get("Content-Length") or 0)
        except ApiError as error:
            self._discard_body(handler)
            self._reply_error(handler, request_id, error)
            return
        except ValueError:
            handler.close_connection = True
            self._reply_error(handler, request_id, ApiError(400, "Invalid Content-Length."))
            return
        if length > self.max_body_bytes:
            self._reject_oversized(handler, request_id, length)
            return
        raw = handler.rfile.read(length)
        try:
            body = json.loads(raw, parse_constant=_refuse_constant)
        except (UnicodeDecodeError, ValueError):
            self._reply_error(handler, request_id, ApiError(400, "Invalid JSON."))
            return
        if not isinstance(body, dict) or not self.tokens.accepts(
            body.get("ClientToken"), body.get("AccessToken")
        ):
            error = ApiError(401, "Invalid ClientToken or AccessToken.")
            self._reply_error(handler, request_id, error)
            return
        retry_after = self.rate_limiter.check(token_key(body["AccessToken"]))
        if retry_after is not None:
            error = ApiError(429, "Too many requests. Wait before sending more.")
            self._reply_error(handler, request_id, error, {"Retry-After": str(retry_after)})
            return
        config = self.faults.config
        if config.latency_ms:
            time.sleep(config.latency_ms / 1000)
        fault = self.faults.draw()
        if fault is not None and self._inject(handler, request_id, operation, fault):
            return
        try:
            result = operations.run(self.store, operation, body)
        except ApiError as error:
            self._reply_error(handler, request_id, error, operation=operation)
            return
        except Exception:
            logger.exception("%s failed (request %s)", operation, request_id)
            error = ApiError(500, "An unexpected error occurred. Retry or contact support.")
            self._reply_error(handler, request_id, error, operation=operation)
            return
        if _wants_minimal(handler) and _is_minimal(result):
            self._send_no_content(handler, request_id)
            return
        self._reply(
            handler, request_id, 200, result, operation=operation, truncate=fault is Fault.TRUNCATE
        )

    def _send_no_content(self, handler: _Handler, request_id: str) -> None:
        """204 as Mews sends it: no body and no ``Content-Type``."""
        handler.send_response(204)
        handler.send_header("Content-Length", "0")
        handler.send_header("Request-Id", request_id)
        handler.end_headers()

    def _inject(self, handler: _Handler, request_id: str, operation: str, fault: Fault) -> bool:
        """Answer with ``fault``; False when the operation should still run (truncation)."""
        logger.debug("injecting %s into %s", fault.value, operation)
        if fault is Fault.DROP:
            handler.close_connection = True
            with contextlib.suppress(OSError):
                handler.connection.shutdown(socket.SHUT_RDWR)
            return True
        if fault is Fault.NON_JSON:
            self._send(handler, request_id, 200, _NOT_JSON_PAGE, "text/html; charset=utf-8")
            return True
        if fault in _STATUS_MESSAGES:
            status, message = _STATUS_MESSAGES[fault]
            self._reply_error(handler, request_id, ApiError(status, message), operation=operation)
            return True
        return False

    def _reject_oversized(self, handler: _Handler, request_id: str, length: int) -> None:
        """413 from the Content-Length alone: the body is discarded unread, never stored."""
        handler.close_connection = True
        error = ApiError(
            413,
            "The request is too large. Reduce the size of the request, for example the "
            "resolution of scanned documents.",
        )
        self._reply_error(handler, request_id, error, {"Connection": "close"})
        if length <= _MAX_DRAIN_BYTES:
            # Let the client finish sending so it reads the 413 instead of a reset.
            handler.connection.settimeout(5)
            remaining = length
            try:
                while remaining > 0:
                    chunk = handler.rfile.read(min(remaining, 1 << 16))
                    if not chunk:
                        break
                    remaining -= len(chunk)
            except OSError:
                pass

    def _discard_body(self, handler: _Handler) -> None:
        try:
            length = int(handler.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if 0 < length <= self.max_body_bytes:
            handler.rfile.read(length)
        elif length:
            handler.close_connection = True

    def _reply_error(
        self,
        handler: BaseHTTPRequestHandler,
        request_id: str,
        error: ApiError,
        headers: dict[str, str] | None = None,
        *,
        operation: str = "",
    ) -> None:
        body = {"Message": error.message, "RequestId": request_id, "Details": None}
        self._reply(handler, request_id, error.status, body, headers, operation=operation)

    def _reply(
        self,
        handler: BaseHTTPRequestHandler,
        request_id: str,
        status: int,
        body: Any,
        headers: dict[str, str] | None = None,
        *,
        operation: str = "",
        truncate: bool = False,
    ) -> None:
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        logger.debug("%s -> %s (%s bytes)", operation or handler.path, status, len(payload))
        self._send(
            handler,
            request_id,
            status,
            payload,
            "application/json; charset=utf-8",
            headers,
            truncate=truncate,
        )

    def _send(
        self,
        handler: BaseHTTPRequestHandler,
        request_id: str,
        status: int,
        payload: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
        *,
        truncate: bool = False,
    ) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(payload)))
        handler.send_header("Request-Id", request_id)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        if truncate:
            handler.wfile.write(payload[: len(payload) // 2])
            handler.wfile.flush()
            handler.close_connection = True
            with contextlib.suppress(OSError):
                handler.connection.shutdown(socket.SHUT_RDWR)
            return
        handler.wfile.write(payload)
