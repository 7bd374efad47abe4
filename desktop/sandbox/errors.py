"""The one exception operations raise to answer with a Mews-shaped error body."""

from __future__ import annotations


class ApiError(Exception):
    """An HTTP error the way Mews reports it: a status and a user-readable ``Message``.

    400 is a client bug (``Invalid {Parameter}``), 401 bad tokens, 403 a business rule
    the desk should show to the user, 404 an unknown path, 413 a body that is too large.
    """

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def invalid(parameter: str, reason: str = "") -> ApiError:
    """400 in the wording Mews uses for a missing or malformed parameter."""
    suffix = f": {reason}" if reason else "."
    return ApiError(400, f"Invalid {parameter}{suffix}")


def forbidden(message: str) -> ApiError:
    """403: a business rule refused the request; ``message`` is shown to the user."""
    return ApiError(403, message)
