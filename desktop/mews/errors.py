"""The one exception family every Mews call raises.

Callers (the UI above all) decide what to do from the class alone: show the server's
``message`` for a business rule, ask for new tokens, offer a retry, shrink a scan. Every
error carries the ``request_id`` because that is what Mews support asks for.

Nothing here ever formats a token, a request body or a response body into text: an error
string ends up in logs, dialogs and bug reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError


class MewsError(Exception):
    """Base class: a call to the Mews Connector API did not produce a usable result."""

    default_message = "The Mews request failed."

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int | None = None,
        request_id: str | None = None,
        details: str | None = None,
        operation: str | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.status_code = status_code
        self.request_id = request_id
        self.details = details
        self.operation = operation
        super().__init__(self.message)

    def __str__(self) -> str:
        where = f"Mews {self.operation}" if self.operation else "Mews"
        status = f" (HTTP {self.status_code})" if self.status_code is not None else ""
        sentence = self.message.rstrip()
        if sentence and sentence[-1] not in ".!?":
            sentence += "."
        text = f"{where} failed{status}: {sentence}"
        if self.request_id:
            text += f" RequestId: {self.request_id}."
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, "
            f"operation={self.operation!r}, request_id={self.request_id!r}, "
            f"message={self.message!r})"
        )


class InvalidRequestError(MewsError):
    """400: the request was malformed or names something that does not exist (a bug here)."""

    default_message = "Mews rejected the request as invalid."


class AuthenticationError(MewsError):
    """401: the tokens are wrong, expired, or lack permission; reconfiguring is the fix."""

    default_message = "The Mews tokens were not accepted."


class ForbiddenError(MewsError):
    """403: a business rule refused the change; ``message`` is meant for the user."""

    default_message = "Mews refused the change."


RuleViolationError = ForbiddenError
"""The name the UI reads best at a call site: Mews said no for a business reason."""


class NotFoundError(MewsError):
    """404: the operation address is wrong, which only a wrong base URL can cause."""

    default_message = "The Mews address was not found; check the server address."


class RequestTimeoutError(MewsError):
    """408: the request was too heavy for Mews to answer in time; ask for less data."""

    default_message = "Mews took too long to prepare the answer."


class ConflictError(MewsError):
    """409: the data changed in the meantime; reload and resubmit."""

    default_message = "The data changed in Mews in the meantime."


class TooLargeError(MewsError):
    """413: the body was too large (typically a scan); shrink it and resend."""

    default_message = "The request was too large for Mews."


class RateLimitedError(MewsError):
    """429: the access token used up its request budget; ``retry_after`` says how long to wait."""

    default_message = "Too many requests were sent to Mews."

    def __init__(
        self, message: str | None = None, *, retry_after: float | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def __str__(self) -> str:
        text = super().__str__()
        if self.retry_after is not None:
            text += f" Retry after {self.retry_after:g} s."
        return text


class ServerError(MewsError):
    """5xx: a fault on the Mews side; worth retrying later."""

    default_message = "Mews had an internal error."


class NetworkError(MewsError):
    """No HTTP answer arrived: the connection failed, timed out or was reset.

    ``request_sent`` is False only when the failure happened before any byte of the
    request could have reached the server (connection refused, DNS, connect timeout). A
    write may be retried only then; otherwise Mews may already have applied it.
    """

    default_message = "Could not reach Mews."

    def __init__(
        self, message: str | None = None, *, request_sent: bool = True, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.request_sent = request_sent


class InvalidResponseError(MewsError):
    """The answer was not what the API documents: not JSON, cut off, or the wrong shape.

    ``truncated`` marks a body that stopped mid-way, a transport glitch worth retrying for
    reads; a well-delivered but wrong body is not.
    """

    default_message = "Mews sent an answer that could not be understood."

    def __init__(
        self, message: str | None = None, *, truncated: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.truncated = truncated


class LimitError(MewsError, ValueError):
    """An argument broke an API limit or rule, caught before anything was sent."""

    default_message = "The request breaks a Mews API limit."

    def __str__(self) -> str:
        where = f"Mews {self.operation}" if self.operation else "Mews request"
        return f"{where} not sent: {self.message}"


_BY_STATUS: dict[int, type[MewsError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    413: TooLargeError,
    429: RateLimitedError,
}


def error_class_for_status(status_code: int) -> type[MewsError]:
    """The exception class for an HTTP error status (unknown 4xx stay a plain MewsError)."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, MewsError)


def describe_validation_error(error: ValidationError, *, limit: int = 5) -> str:
    """Summarise a pydantic error by field and rule only.

    ``str(ValidationError)`` quotes the offending input, which may be a guest's name or a
    whole response body; this keeps only where and why.
    """
    parts = [
        f"{_location(item['loc'])}: {item['msg']}"
        for item in error.errors(include_url=False, include_input=False, include_context=False)
    ]
    shown = "; ".join(parts[:limit])
    if len(parts) > limit:
        shown += f"; and {len(parts) - limit} more"
    return shown


def _location(loc: Iterable[Any]) -> str:
    return ".".join(str(part) for part in loc) or "request"


def redact(text: str | None, secrets: Iterable[str]) -> str | None:
    """Blank out any secret a server may have echoed back (development ``Details`` do)."""
    if text is None:
        return None
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def error_fields(
    body: Any, headers: Mapping[str, str]
) -> tuple[str | None, str | None, str | None]:
    """``(Message, RequestId, Details)`` of a Mews error body, the header filling in the id."""
    message = request_id = details = None
    if isinstance(body, Mapping):
        message = body.get("Message") if isinstance(body.get("Message"), str) else None
        request_id = body.get("RequestId") if isinstance(body.get("RequestId"), str) else None
        details = body.get("Details") if isinstance(body.get("Details"), str) else None
    return message, request_id or headers.get("Request-Id"), details
