"""``MewsClient``: the one way the application talks to the Mews Connector API.

Each method builds the operation's request model from keyword arguments first, so a broken
limit (1001 emails, a four-month window, a page of 5000) fails as ``LimitError`` before
anything is sent and before any of the shared request budget is spent. The client then
adds the credentials (and the chain id of a portfolio token), waits for a slot in the
token's shared rate limit, sends, retries what is safe to retry (see ``retry``), and
parses the answer into response models. Whatever goes wrong surfaces as a ``MewsError``.

One client per connection, shared freely between worker threads: ``httpx.Client`` is
thread-safe for requests and the client keeps no other mutable state.
"""

from __future__ import annotations

import base64
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from desktop.mews import models
from desktop.mews.errors import (
    InvalidResponseError,
    LimitError,
    MewsError,
    NetworkError,
    RateLimitedError,
    describe_validation_error,
    error_class_for_status,
    error_fields,
    redact,
)
from desktop.mews.limits import MAX_PAGE_SIZE
from desktop.mews.models import to_wire
from desktop.mews.ratelimit import SlidingWindowLimiter, shared_limiter
from desktop.mews.retry import RetryPolicy, parse_retry_after

__all__ = ["API_PATH", "DEFAULT_TIMEOUT", "MewsClient"]

API_PATH = "/api/connector/v1/"
#: Mews answers heavy requests with 408 after "tens of seconds"; wait a little longer.
DEFAULT_TIMEOUT = 40.0
_CONNECT_TIMEOUT = 10.0

log = logging.getLogger("desktop.mews")

R = TypeVar("R", bound=BaseModel)
ChainField = Literal["ChainIds", "ChainId"]
#: ``progress(bytes_sent, total_bytes)`` while a request body is being sent.
ProgressCallback = Callable[[int, int], None]
#: Bytes handed to the connection between two progress reports.
UPLOAD_CHUNK_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Operation:
    """One Connector API operation: where it lives, whether it only reads, its chain field.

    ``chain`` is the field a portfolio access token needs, taken from the operation's
    schema: list-style ``ChainIds`` on reads, a single ``ChainId`` on writes, none where
    the schema has neither (search, getOpenItems, merges).
    """

    path: str
    idempotent: bool
    chain: ChainField | None = None


GET_ALL_CUSTOMERS = Operation("customers/getAll", idempotent=True, chain="ChainIds")
SEARCH_CUSTOMERS = Operation("customers/search", idempotent=True)
GET_OPEN_ITEMS = Operation("customers/getOpenItems", idempotent=True)
ADD_CUSTOMER = Operation("customers/add", idempotent=False, chain="ChainId")
UPDATE_CUSTOMER = Operation("customers/update", idempotent=False, chain="ChainId")
ADD_CUSTOMER_FILE = Operation("customers/addFile", idempotent=False, chain="ChainId")
MERGE_ACCOUNTS = Operation("accounts/merge", idempotent=False)
GET_IDENTITY_DOCUMENTS = Operation("identityDocuments/getAll", idempotent=True, chain="ChainIds")
ADD_IDENTITY_DOCUMENTS = Operation("identityDocuments/add", idempotent=False, chain="ChainId")
UPDATE_IDENTITY_DOCUMENTS = Operation("identityDocuments/update", idempotent=False, chain="ChainId")
DELETE_IDENTITY_DOCUMENTS = Operation("identityDocuments/delete", idempotent=False, chain="ChainId")


class MewsClient:
    """A connection to one Mews environment with one set of tokens.

    ``client`` is the application's name and version as Mews wants it in every body
    (``"Frontdesk 0.1.0"``). ``chain_id`` is set when the access token is a portfolio
    token; the client then adds it wherever the operation's schema accepts it.

    ``transport`` replaces the network (tests use ``httpx.MockTransport``);
    ``rate_limiter`` defaults to the process-wide limiter of the access token;
    ``retry_policy`` defaults to ``RetryPolicy()``.
    """

    def __init__(
        self,
        base_url: str,
        *,
        client_token: str,
        access_token: str,
        client: str,
        chain_id: str | uuid.UUID | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        rate_limiter: SlidingWindowLimiter | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        if not client_token or not access_token:
            raise ValueError("Both the client token and the access token are required.")
        if not client:
            raise ValueError("The client name and version are required.")
        self.base_url = base_url.rstrip("/")
        self.client_name = client
        self.chain_id = str(uuid.UUID(str(chain_id))) if chain_id is not None else None
        self._auth = {"ClientToken": client_token, "AccessToken": access_token, "Client": client}
        self._secrets = (client_token, access_token)
        self._limiter = rate_limiter if rate_limiter is not None else shared_limiter(access_token)
        self._retry = retry_policy if retry_policy is not None else RetryPolicy()
        self._http = httpx.Client(
            base_url=self.base_url + API_PATH,
            transport=transport,
            timeout=httpx.Timeout(timeout, connect=min(timeout, _CONNECT_TIMEOUT)),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            follow_redirects=False,
        )

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> MewsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        chain = f", chain_id={self.chain_id!r}" if self.chain_id else ""
        return f"MewsClient({self.base_url!r}, client={self.client_name!r}{chain})"

    @property
    def rate_limiter(self) -> SlidingWindowLimiter:
        """The limiter this client waits on; ``usage()`` feeds a status bar."""
        return self._limiter

    # -- customers ---------------------------------------------------------------------

    def get_all_customers(
        self,
        *,
        extent: models.CustomerExtent | Mapping[str, Any] | None = None,
        limitation: models.Limitation | Mapping[str, Any] | None = None,
        count: int | None = None,
        cursor: str | uuid.UUID | None = None,
        **filters: Any,
    ) -> models.CustomerResult:
        """One page of ``customers/getAll``; ``filters`` are its fields (``emails=``, ``updated_utc=``...).

        Always sends ``Extent`` (customers only unless given) and ``Limitation``
        (``count`` defaults to the largest page: requests are the scarce resource).
        """
        request = self._build(
            GET_ALL_CUSTOMERS,
            models.CustomerFilterParameters,
            {
                **filters,
                "extent": extent if extent is not None else {"Customers": True},
                "limitation": _limitation(limitation, count, cursor),
            },
        )
        return self._call(GET_ALL_CUSTOMERS, request, models.CustomerResult)

    def iter_customer_pages(
        self,
        *,
        page_size: int = MAX_PAGE_SIZE,
        cursor: str | uuid.UUID | None = None,
        extent: models.CustomerExtent | Mapping[str, Any] | None = None,
        **filters: Any,
    ) -> Iterator[models.CustomerResult]:
        """Every page of a getAll query, following ``Cursor`` until Mews says there is no more.

        Stops on a null cursor or a short page, as the pagination guideline says. Lazy:
        each page is requested when the previous one has been consumed.
        """
        seen: set[str] = set()
        while True:
            page = self.get_all_customers(extent=extent, count=page_size, cursor=cursor, **filters)
            yield page
            if page.cursor is None or len(page.customers) < page_size:
                return
            cursor = str(page.cursor)
            if cursor in seen:
                raise InvalidResponseError(
                    "Mews returned the same page cursor twice.", operation=GET_ALL_CUSTOMERS.path
                )
            seen.add(cursor)

    def iter_customers(
        self,
        *,
        page_size: int = MAX_PAGE_SIZE,
        cursor: str | uuid.UUID | None = None,
        extent: models.CustomerExtent | Mapping[str, Any] | None = None,
        **filters: Any,
    ) -> Iterator[models.Customer]:
        """Every customer matching ``filters``, across all pages."""
        for page in self.iter_customer_pages(
            page_size=page_size, cursor=cursor, extent=extent, **filters
        ):
            yield from page.customers

    def search_customers(self, **fields: Any) -> models.CustomerSearchResult:
        """``customers/search``: customers active right now (in-house, paymasters) by ``name`` or ``resource_id``."""
        request = self._build(SEARCH_CUSTOMERS, models.CustomerSearchParameters, fields)
        return self._call(SEARCH_CUSTOMERS, request, models.CustomerSearchResult)

    def get_open_items(
        self, customer_ids: Sequence[str | uuid.UUID], **fields: Any
    ) -> models.CustomerItemResult:
        """Open order and payment items of up to 1000 customers."""
        request = self._build(
            GET_OPEN_ITEMS,
            models.CustomerItemParameters,
            {**fields, "customer_ids": list(customer_ids)},
        )
        return self._call(GET_OPEN_ITEMS, request, models.CustomerItemResult)

    def add_customer(
        self, *, last_name: str, overwrite_existing: bool = False, **fields: Any
    ) -> models.Customer:
        """``customers/add``; an existing email fails (403) unless ``overwrite_existing``."""
        request = self._build(
            ADD_CUSTOMER,
            models.CustomerAddParameters,
            {**fields, "last_name": last_name, "overwrite_existing": overwrite_existing},
        )
        return self._call(ADD_CUSTOMER, request, models.Customer)

    def update_customer(self, customer_id: str | uuid.UUID, **fields: Any) -> models.Customer:
        """``customers/update``: only the given fields change; blanks never clear anything."""
        request = self._build(
            UPDATE_CUSTOMER,
            models.CustomerUpdateParameters,
            {**fields, "customer_id": customer_id},
        )
        return self._call(UPDATE_CUSTOMER, request, models.Customer)

    def add_customer_file(
        self,
        customer_id: str | uuid.UUID,
        *,
        name: str,
        type: str,
        data: bytes | str,
        progress: ProgressCallback | None = None,
    ) -> models.CustomerAddFileResult:
        """Attach a file (a scanned ID, a signed card) to a customer.

        ``data`` is the raw file (encoded to base64 here) or base64 text already.
        ``type`` is the MIME type; Mews accepts PDF, BMP, GIF, JPEG, PNG and TIFF only.
        ``progress(sent, total)`` is called from the sending thread as the body goes out
        in chunks; an exception it raises abandons the upload and propagates unchanged
        (that is how a caller cancels).
        """
        encoded = base64.b64encode(data).decode("ascii") if isinstance(data, bytes) else data
        request = self._build(
            ADD_CUSTOMER_FILE,
            models.CustomerFileParameters,
            {"customer_id": customer_id, "name": name, "type": type, "data": encoded},
        )
        return self._call(
            ADD_CUSTOMER_FILE, request, models.CustomerAddFileResult, progress=progress
        )

    def merge_customers(
        self,
        target_customer_id: str | uuid.UUID,
        source_customer_ids: Sequence[str | uuid.UUID],
    ) -> None:
        """Merge duplicates into the target profile, which keeps its id. Irreversible.

        Sent as ``accounts/merge``: ``customers/merge`` is deprecated and scheduled for
        discontinuation.
        """
        request = self._build(
            MERGE_ACCOUNTS,
            models.MultipleAccountMergeParameters,
            {
                "account_merge_parameters": [
                    {
                        "AccountType": "Customer",
                        "SourceAccountIds": [str(item) for item in source_customer_ids],
                        "TargetAccountId": str(target_customer_id),
                    }
                ]
            },
        )
        self._call(MERGE_ACCOUNTS, request, None)

    # -- identity documents -----------------------------------------------------------

    def get_identity_documents(
        self,
        customer_ids: Sequence[str | uuid.UUID],
        *,
        limitation: models.Limitation | Mapping[str, Any] | None = None,
        count: int | None = None,
        cursor: str | uuid.UUID | None = None,
        **filters: Any,
    ) -> models.IdentityDocumentResult:
        """One page of identity documents of up to 100 customers."""
        request = self._build(
            GET_IDENTITY_DOCUMENTS,
            models.IdentityDocumentFilterParameters,
            {
                **filters,
                "customer_ids": list(customer_ids),
                "limitation": _limitation(limitation, count, cursor),
            },
        )
        return self._call(GET_IDENTITY_DOCUMENTS, request, models.IdentityDocumentResult)

    def add_identity_documents(
        self, identity_documents: Sequence[BaseModel | Mapping[str, Any]]
    ) -> models.IdentityDocumentWriteResult:
        """Add up to 10 identity documents."""
        request = self._build(
            ADD_IDENTITY_DOCUMENTS,
            models.IdentityDocumentsAddParameters,
            {"identity_documents": list(identity_documents)},
        )
        return self._call(ADD_IDENTITY_DOCUMENTS, request, models.IdentityDocumentWriteResult)

    def update_identity_documents(
        self, identity_documents: Sequence[BaseModel | Mapping[str, Any]]
    ) -> models.IdentityDocumentWriteResult:
        """Update up to 10 identity documents (fields as ``{"Value": ...}`` update values)."""
        request = self._build(
            UPDATE_IDENTITY_DOCUMENTS,
            models.MultipleIdentityDocumentUpdateParameters,
            {"identity_documents": list(identity_documents)},
        )
        return self._call(UPDATE_IDENTITY_DOCUMENTS, request, models.IdentityDocumentWriteResult)

    def delete_identity_documents(self, identity_document_ids: Sequence[str | uuid.UUID]) -> None:
        """Delete up to 100 identity documents."""
        request = self._build(
            DELETE_IDENTITY_DOCUMENTS,
            models.IdentityDocumentDeleteParameters,
            {"identity_document_ids": list(identity_document_ids)},
        )
        self._call(DELETE_IDENTITY_DOCUMENTS, request, None)

    # -- machinery --------------------------------------------------------------------

    def _build(self, operation: Operation, model_type: type[R], fields: Mapping[str, Any]) -> R:
        """The request model, or ``LimitError``/``TypeError`` before anything is sent.

        Unknown keywords are refused rather than ignored: a typo such as ``last_name=``
        for ``last_names=`` would otherwise widen a query silently.
        """
        known = {
            name
            for field_name, info in model_type.model_fields.items()
            for name in (field_name, info.alias)
            if name
        }
        unknown = sorted(set(fields) - known)
        if unknown:
            raise TypeError(f"{operation.path} has no field(s) {', '.join(unknown)}")
        try:
            return model_type.model_validate(dict(fields))
        except ValidationError as error:
            raise LimitError(describe_validation_error(error), operation=operation.path) from None

    def _body(self, operation: Operation, request: BaseModel) -> bytes:
        payload = to_wire(request)
        if self.chain_id is not None and operation.chain is not None:
            if operation.chain == "ChainIds":
                payload.setdefault("ChainIds", [self.chain_id])
            else:
                payload.setdefault("ChainId", self.chain_id)
        body = {**self._auth, **payload}
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def _call(
        self,
        operation: Operation,
        request: BaseModel,
        response_type: type[R] | None,
        *,
        progress: ProgressCallback | None = None,
    ) -> Any:
        content = self._body(operation, request)

        def parse(raw: bytes, status: int, request_id: str | None) -> Any:
            try:
                return _parse(raw, status, response_type)
            except InvalidResponseError as error:
                error.operation, error.status_code, error.request_id = (
                    operation.path,
                    status,
                    request_id,
                )
                raise

        return self._send_with_retries(operation, content, parse, progress)

    def _send_with_retries(
        self,
        operation: Operation,
        content: bytes,
        parse: Callable[[bytes, int, str | None], Any],
        progress: ProgressCallback | None = None,
    ) -> Any:
        """Send until parsed, retrying per policy; parsing is inside so a cut-off read is retried."""
        attempt = 0
        while True:
            attempt += 1
            self._limiter.acquire()
            started = time.perf_counter()
            try:
                try:
                    raw, status, request_id = self._send_once(operation, content, progress)
                finally:
                    self._limiter.settle()
                result = parse(raw, status, request_id)
            except MewsError as error:
                elapsed_ms = (time.perf_counter() - started) * 1000
                if isinstance(error, RateLimitedError) and error.retry_after is not None:
                    # Hold this token's other callers too, but never longer than a retry
                    # would wait: past that, failing fast beats freezing every desk.
                    self._limiter.pause(min(error.retry_after, self._retry.max_retry_after))
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
        self, operation: Operation, content: bytes, progress: ProgressCallback | None = None
    ) -> tuple[bytes, int, str | None]:
        """One POST: ``(body, status, Request-Id)`` of a success, or a ``MewsError``."""
        path = operation.path
        if progress is None:
            request = self._http.build_request("POST", path, content=content)
        else:
            # A sized iterator: httpx sends it chunk by chunk with a Content-Length (not
            # chunked encoding, which servers may refuse), reporting after each chunk.
            request = self._http.build_request(
                "POST",
                path,
                content=_reporting_chunks(content, progress),
                headers={"Content-Length": str(len(content))},
            )
        try:
            response = self._http.send(request, stream=True)
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
        body, _ = _decode_json(raw)
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


def _parse(raw: bytes, status: int, response_type: type[R] | None) -> Any:
    """The response model of a success body, or ``InvalidResponseError``.

    Pydantic reads the bytes directly (about twice as fast as ``json.loads`` and then
    validating, which matters on 1000-customer pages); the slower decode runs only to
    explain a failure. Operations without a result (merge, delete) still need a JSON
    object: an HTML page from a proxy is not proof that Mews did the work.
    """
    if status == 204:
        if response_type is None:
            return None
        raise InvalidResponseError("Mews sent an empty answer where a result was expected.")
    if response_type is not None:
        try:
            return response_type.model_validate_json(raw)
        except ValidationError as error:
            if not any(item["type"] == "json_invalid" for item in error.errors()):
                raise InvalidResponseError(
                    f"The answer does not match {response_type.__name__}: "
                    f"{describe_validation_error(error)}"
                ) from None
        except (ValueError, TypeError) as error:
            raise InvalidResponseError(
                f"The answer does not match {response_type.__name__}: {type(error).__name__}"
            ) from None
    body, failure = _decode_json(raw)
    if failure is not None:
        raise InvalidResponseError(failure.message, truncated=failure.truncated)
    if not isinstance(body, dict):
        raise InvalidResponseError(f"Expected a JSON object, got {type(body).__name__}.")
    if response_type is None:
        return None
    # The standard decoder reads what pydantic's strict one refuses (a byte order mark,
    # NaN): the result must still be the model, never a silent None.
    try:
        return response_type.model_validate(body)
    except ValidationError as error:
        raise InvalidResponseError(
            f"The answer does not match {response_type.__name__}: "
            f"{describe_validation_error(error)}"
        ) from None
    except (ValueError, TypeError) as error:
        raise InvalidResponseError(
            f"The answer does not match {response_type.__name__}: {type(error).__name__}"
        ) from None


@dataclass(frozen=True, slots=True)
class _DecodeFailure:
    message: str
    truncated: bool


def _decode_json(raw: bytes) -> tuple[Any, _DecodeFailure | None]:
    """Decode a body; a failure at the very end of the text means it was cut off."""
    if not raw.strip():
        return None, _DecodeFailure("Mews sent an empty answer.", truncated=False)
    try:
        return json.loads(raw), None
    except UnicodeDecodeError:
        return None, _DecodeFailure("Mews sent an answer that is not UTF-8 text.", truncated=False)
    except RecursionError:
        # Pydantic stops at its own depth limit and hands over here; the standard decoder
        # then runs out of stack on the same body. No Mews answer nests this deep.
        return None, _DecodeFailure("Mews sent an answer nested too deeply.", truncated=False)
    except json.JSONDecodeError as error:
        cut_off = error.pos >= len(error.doc.rstrip()) or error.msg.startswith("Unterminated")
        if cut_off:
            return None, _DecodeFailure("The answer from Mews was cut off.", truncated=True)
        return None, _DecodeFailure("Mews sent an answer that is not JSON.", truncated=False)


def _reporting_chunks(content: bytes, progress: ProgressCallback) -> Iterator[bytes]:
    total = len(content)
    progress(0, total)
    for start in range(0, total, UPLOAD_CHUNK_BYTES):
        chunk = content[start : start + UPLOAD_CHUNK_BYTES]
        yield chunk
        progress(start + len(chunk), total)


def _limitation(
    limitation: BaseModel | Mapping[str, Any] | None,
    count: int | None,
    cursor: str | uuid.UUID | None,
) -> BaseModel | Mapping[str, Any]:
    if limitation is not None:
        if count is not None or cursor is not None:
            raise TypeError("Pass either limitation= or count=/cursor=, not both.")
        return limitation
    wire: dict[str, Any] = {"Count": count if count is not None else MAX_PAGE_SIZE}
    if cursor is not None:
        wire["Cursor"] = str(cursor)
    return wire
