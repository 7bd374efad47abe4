"""Turning a Mews answer body into a response model, or into ``InvalidResponseError``.

Apart from the transport because this is where the time goes on a 1000-customer page
and where a malformed answer must become a clear error rather than a crash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from desktop.mews.errors import InvalidResponseError, describe_validation_error
from desktop.mews.parse_hook import before_parse

R = TypeVar("R", bound=BaseModel)


def parse_response(raw: bytes, status: int, response_type: type[R] | None) -> Any:
    """The response model of a success body, or ``InvalidResponseError``.

    Pydantic reads the bytes directly (about twice as fast as ``json.loads`` and then
    validating, which matters on 1000-customer pages); the slower decode runs only to
    explain a failure. Operations without a result (merge, delete) still need a JSON
    object: an HTML page from a proxy is not proof that Mews did the work.
    """
    before_parse()
    if status == 204:
        if response_type is None:
            return None
        raise InvalidResponseError("Mews sent an empty answer where a result was expected.")
    if response_type is not None:
        try:
            return response_type.model_validate_json(raw)
        except ValidationError as error:
            if not any(item["type"] == "json_invalid" for item in error.errors()):
                raise _mismatch(response_type, describe_validation_error(error)) from None
        except (ValueError, TypeError) as error:
            raise _mismatch(response_type, type(error).__name__) from None
    body, failure = decode_json(raw)
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
        raise _mismatch(response_type, describe_validation_error(error)) from None
    except (ValueError, TypeError) as error:
        raise _mismatch(response_type, type(error).__name__) from None


def _mismatch(response_type: type[BaseModel], reason: str) -> InvalidResponseError:
    return InvalidResponseError(f"The answer does not match {response_type.__name__}: {reason}")


@dataclass(frozen=True, slots=True)
class DecodeFailure:
    message: str
    truncated: bool


def decode_json(raw: bytes) -> tuple[Any, DecodeFailure | None]:
    """Decode a body; a failure at the very end of the text means it was cut off."""
    if not raw.strip():
        return None, DecodeFailure("Mews sent an empty answer.", truncated=False)
    try:
        return json.loads(raw), None
    except UnicodeDecodeError:
        return None, DecodeFailure("Mews sent an answer that is not UTF-8 text.", truncated=False)
    except RecursionError:
        # Pydantic stops at its own depth limit and hands over here; the standard decoder
        # then runs out of stack on the same body. No Mews answer nests this deep.
        return None, DecodeFailure("Mews sent an answer nested too deeply.", truncated=False)
    except json.JSONDecodeError as error:
        cut_off = error.pos >= len(error.doc.rstrip()) or error.msg.startswith("Unterminated")
        if cut_off:
            return None, DecodeFailure("The answer from Mews was cut off.", truncated=True)
        return None, DecodeFailure("Mews sent an answer that is not JSON.", truncated=False)
