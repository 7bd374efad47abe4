"""Qt-free client for the Mews Connector API customers operations.

``MewsClient`` sends the calls; every failure is a ``MewsError`` subclass; request and
response models live in ``desktop.mews.models``.

``MewsClient`` and ``DEFAULT_TIMEOUT`` load on first access: the client pulls in httpx and
every pydantic model (about 140 ms), and the desk's window, which only needs the error
classes and limits at start-up, should not wait for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.mews.errors import (
    AuthenticationError,
    ConflictError,
    ForbiddenError,
    InvalidRequestError,
    InvalidResponseError,
    LimitError,
    MewsError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    RequestTimeoutError,
    RuleViolationError,
    ServerError,
    TooLargeError,
)
from desktop.mews.ratelimit import SlidingWindowLimiter, shared_limiter
from desktop.mews.retry import NO_RETRY, RetryPolicy

if TYPE_CHECKING:
    from desktop.mews.client import DEFAULT_TIMEOUT, MewsClient

_CLIENT_NAMES = frozenset({"DEFAULT_TIMEOUT", "MewsClient"})


def __getattr__(name: str) -> Any:
    if name in _CLIENT_NAMES:
        from desktop.mews import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_TIMEOUT",
    "NO_RETRY",
    "AuthenticationError",
    "ConflictError",
    "ForbiddenError",
    "InvalidRequestError",
    "InvalidResponseError",
    "LimitError",
    "MewsClient",
    "MewsError",
    "NetworkError",
    "NotFoundError",
    "RateLimitedError",
    "RequestTimeoutError",
    "RetryPolicy",
    "RuleViolationError",
    "ServerError",
    "SlidingWindowLimiter",
    "TooLargeError",
    "shared_limiter",
]
