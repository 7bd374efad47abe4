"""What every group of per-operation client methods shares: build the request, send it.

The methods for customers, identity documents and resources live in their own modules
as mixins of ``Calls``; ``MewsClient`` combines them over one ``Transport``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from desktop.mews.errors import LimitError, describe_validation_error
from desktop.mews.operations import Operation
from desktop.mews.transport import Transport

R = TypeVar("R", bound=BaseModel)


class Calls:
    """Request building for the per-operation methods of ``MewsClient``; ``_transport`` sends."""

    _transport: Transport

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
