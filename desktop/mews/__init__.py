"""Qt-free client for the Mews Connector API customers operations.

``MewsClient`` sends the calls; every failure is a ``MewsError`` subclass; request and
response models live in ``desktop.mews.models``.

Only the error classes load with the package; the rest loads on first access: the client
pulls in httpx and every pydantic model (about 140 ms), the rate limiter hashlib, and the
desk's first window, which needs only the error classes, should not wait for them.
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

if TYPE_CHECKING:
    from desktop.mews.client import DEFAULT_TIMEOUT, MewsClient
    from desktop.mews.ratelimit import SlidingWindowLimiter, shared_limiter
    from desktop.mews.retry import NO_RETRY, RetryPolicy

#: Names loaded on first access, and the module each comes from.
_LAZY = {
    "DEFAULT_TIMEOUT": "client",
    "MewsClient": "client",
    "SlidingWindowLimiter": "ratelimit",
    "shared_limiter": "ratelimit",
    "NO_RETRY": "retry",
    "RetryPolicy": "retry",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)


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
