"""Qt-free client for the Mews Connector API customers operations.

``MewsClient`` sends the calls; every failure is a ``MewsError`` subclass; request and
response models live in ``desktop.mews.models``.
"""

from desktop.mews.client import DEFAULT_TIMEOUT, MewsClient
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
