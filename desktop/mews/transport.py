"""The client's wire: one HTTP connection, the shared rate limit, retries and Mews errors.

Everything here is about getting bytes to Mews and an answer back safely; nothing here
knows what a customer is. The per-operation methods hand over a finished request model
and the response model they expect.

``httpx.Client`` is thread-safe for requests and the transport keeps no other mutable
state, so one transport serves every worker thread of a connection.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from desktop.mews.errors import (
    InvalidResponseError,
    MewsError,
    NetworkError,
    RateLimitedError,
    error_class_for_status,
    error_fields,
    redact,
)
from desktop.mews.models import to_wire
from desktop.mews.operations import Operation
from desktop.mews.parsing import decode_json, parse_response
from desktop.mews.ratelimit import SlidingWindowLimiter
from desktop.mews.retry import RetryPolicy, parse_retry_after

API_PATH = "/api/connector/v1/"
#: Mews answers heavy requests with 408 after "tens of seconds"; wait a little longer.
DEFAULT_TIMEOUT = 40.0
_CONNECT_TIMEOUT = 10.0
#: ``progress(bytes_sent, total_bytes)`` while a request body is being sent.
ProgressCallback = Callable[[int, int], None]
#: Bytes handed to the connection between two progress reports.
UPLOAD_CHUNK_BYTES = 64 * 1024
#: A request body as the pieces it is built in; joined, they are its JSON text.
Body = list[bytes]

log = logging.getLogger("desktop.mews")

R = TypeVar("R", bound=BaseModel)


class Transport:
    """Sends one operation's request with the credentials and returns its parsed answer."""

    def __init__(
        self,
        base_url: str,
        *,
        auth: dict[str, str],
        secrets: tuple[str, ...],
        chain_id: str | None,
        timeout: float,
        limiter: SlidingWindowLimiter,
        retry_policy: RetryPolicy,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.chain_id = chain_id
        self.limiter = limiter
        self._auth = auth
        self._secrets = secrets
        self._retry = retry_policy
        self.http = httpx.Client(
            base_url=base_url + API_PATH,
            transport=transport,
            timeout=httpx.Timeout(timeout, connect=min(timeout, _CONNECT_TIMEOUT)),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            follow_redirects=False,
        )

    def close(self) -> None:
        self.http.close()

    def call(
        self,
        operation: Operation,
        request: BaseModel,
        response_type: type[R] | None,
        *,
        progress: ProgressCallback | None = None,
        spliced: Mapping[str, Sequence[str]] | None = None,
    ) -> Any:
        """The parsed answer of ``operation``, or the ``MewsError`` of its last attempt.

        ``spliced`` maps wire fields to the pieces of their text, sent one after the other
        in place of the request's value (see :func:`json_body`).
        """
        content = self._body(operation, request, spliced)

        def parse(raw: bytes, status: int, request_id: str | None) -> Any:
            try:
                return parse_response(raw, status, response_type)
            except InvalidResponseError as error:
                error.operation, error.status_code, error.request_id = (
                    operation.path,
                    status,
                    request_id,
                )
                raise

        return self._send_with_retries(operation, content, parse, progress)

    def _body(
        self,
        operation: Operation,
        request: BaseModel,
        spliced: Mapping[str, Sequence[str]] | None = None,
    ) -> Body:
        payload = to_wire(request)
        if self.chain_id is not None and operation.chain is not None:
            if operation.chain == "ChainIds":
                payload.setdefault("ChainIds", [self.chain_id])
            else:
                payload.setdefault("ChainId", self.chain_id)
        return json_body({**self._auth, **payload}, spliced)

    def _send_with_retries(
        self,
        operation: Operation,
        content: Body,
        parse: Callable[[bytes, int, str | None], Any],
        progress: ProgressCallback | None = None,
    ) -> Any:
        """Send until parsed, retrying per policy; parsing is inside so a cut-off read is retried."""
        attempt = 0
        while True:
            attempt += 1
            self.limiter.acquire()
            started = time.perf_counter()
            try:
                try:
                    raw, status, request_id = self._send_once(operation, content, progress)
                finally:
                    self.limiter.settle()
                result = parse(raw, status, request_id)
            except MewsError as error:
                elapsed_ms = (time.perf_counter() - started) * 1000
                if isinstance(error, RateLimitedError) and error.retry_after is not None:
                    # Hold this token's other callers too, but never longer than a retry
                    # would wait: past that, failing fast beats freezing every desk.
                    self.limiter.pause(min(error.retry_after, self._retry.max_retry_after))
                delay = self._retry.retry_delay(
                    error, attempt=attempt, idempotent=operation.idempotent
                )
                log.warning(
                    "%s failed: %s status=%s in %.0f ms, attempt %d, RequestId %s%s",
                    operation.path,
                    type(error).__name__,
                    error.status_code,
                    elapsed_ms,
                    attempt,
                    error.request_id,
                    f"; retrying in {delay:.2f} s" if delay is not None else "",
                )
                if delay is None:
                    raise
                self._retry.sleep(delay)
                continue
            log.debug(
                "%s status=%s in %.0f ms, attempt %d, RequestId %s",
                operation.path,
                status,
                (time.perf_counter() - started) * 1000,
                attempt,
                request_id,
            )
            return result

    def _send_once(
        self, operation: Operation, content: Body, progress: ProgressCallback | None = None
    ) -> tuple[bytes, int, str | None]:
        """One POST: ``(body, status, Request-Id)`` of a success, or a ``MewsError``."""
        path = operation.path
        if progress is None and len(content) == 1:
            request = self.http.build_request("POST", path, content=content[0])
        else:
            # A sized iterator: httpx sends it chunk by chunk with a Content-Length (not
            # chunked encoding, which servers may refuse), reporting after each chunk.
            request = self.http.build_request(
                "POST",
                path,
                content=_reporting_chunks(content, progress),
                headers={"Content-Length": str(sum(map(len, content)))},
            )
        try:
            response = self.http.send(request, stream=True)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
            raise NetworkError(
                f"Could not connect to Mews ({type(error).__name__}).",
                request_sent=False,
                operation=path,
            ) from None
        except httpx.TimeoutException as error:
            raise NetworkError(
                f"Mews did not answer in time ({type(error).__name__}).", operation=path
            ) from None
        except httpx.TransportError as error:
            raise NetworkError(
                f"The connection to Mews failed ({type(error).__name__}).", operation=path
            ) from None
        request_id = redact(response.headers.get("Request-Id"), self._secrets)
        try:
            raw = response.read()
        except httpx.TransportError as error:
            raise InvalidResponseError(
                f"The answer was cut off ({type(error).__name__}).",
                truncated=True,
                status_code=response.status_code,
                request_id=request_id,
                operation=path,
            ) from None
        finally:
            response.close()
        if 200 <= response.status_code < 300:
            return raw, response.status_code, request_id
        body, _ = decode_json(raw)
        raise self._error_for(response, body, path)

    def _error_for(self, response: httpx.Response, body: Any, path: str) -> MewsError:
        message, request_id, details = error_fields(body, response.headers)
        error_type = error_class_for_status(response.status_code)
        fields: dict[str, Any] = {
            "status_code": response.status_code,
            "request_id": redact(request_id, self._secrets),
            "details": redact(details, self._secrets),
            "operation": path,
        }
        text = redact(message, self._secrets) or (
            f"{error_type.default_message.rstrip('.')} ({response.reason_phrase or 'no reason'})."
        )
        if error_type is RateLimitedError:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            return RateLimitedError(text, retry_after=retry_after, **fields)
        return error_type(text, **fields)


def _reporting_chunks(content: Body, progress: ProgressCallback | None) -> Iterator[bytes]:
    """The body in chunks of :data:`UPLOAD_CHUNK_BYTES`, whatever pieces it was built in,
    reporting after each; the body itself is never joined (13 MB would take one copy
    holding the GIL for some 10 ms)."""
    total = sum(map(len, content))
    if progress is not None:
        progress(0, total)
    sent = 0
    held: list[memoryview] = []
    size = 0
    for part in content:
        view = memoryview(part)
        while view:
            take = view[: UPLOAD_CHUNK_BYTES - size]
            held.append(take)
            size += len(take)
            view = view[len(take) :]
            if size == UPLOAD_CHUNK_BYTES:
                yield b"".join(held)
                sent += size
                held, size = [], 0
                if progress is not None:
                    progress(sent, total)
    if held:
        yield b"".join(held)
        if progress is not None:
            progress(sent + size, total)


#: Characters of a long string encoded per step, about a millisecond of work each.
JSON_PIECE = 1 << 18


def json_body(body: Mapping[str, Any], spliced: Mapping[str, Sequence[str]] | None = None) -> Body:
    """``body`` as compact UTF-8 JSON, in pieces; a long string (a scan's base64) is
    escaped in pieces, and so is each field of ``spliced``, whose pieces are written one
    after the other in place of that field's value in ``body``.

    Encoding a 13 MB string in one ``json.dumps`` call holds the GIL for about 60 ms, and
    joining it (or the body) into one object copies 13 MB in one call holding it for
    some 10 ms: the GUI thread, which needs the GIL for every slot and paint handler,
    stalls for as long. Piece by piece, the interpreter can hand the GIL over between
    pieces. Escaping is per character, so the pieces join to exactly what one call would
    write.
    """
    spliced = spliced or {}
    texts = {
        key: spliced.get(key, (value,))
        for key, value in body.items()
        if key in spliced or (isinstance(value, str) and len(value) > JSON_PIECE)
    }
    rest = {key: value for key, value in body.items() if key not in texts}
    head = json.dumps(rest, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if not texts:
        return [head]
    parts = [head[:-1]]
    for index, (key, pieces) in enumerate(texts.items()):
        separator = "," if rest or index else ""
        parts.append(f'{separator}{json.dumps(key, ensure_ascii=False)}:"'.encode())
        for value in pieces:
            for start in range(0, len(value), JSON_PIECE):
                piece = json.dumps(value[start : start + JSON_PIECE], ensure_ascii=False)
                parts.append(piece[1:-1].encode("utf-8"))
        parts.append(b'"')
    parts.append(b"}")
    return parts
