"""The base model and the field types every Mews model shares.

Mews names fields in PascalCase and adds fields and enum values over time, so parsing
is lenient (unknown fields ignored, unknown enum values kept as plain strings) while
serialising is strict (exact wire names, unset fields left out). The field types here
do their work inside pydantic-core where possible, so that parsing a 1000-customer
page stays cheap.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Annotated, Any, ClassVar, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer
from pydantic.alias_generators import to_pascal

__all__ = [
    "ApiDate",
    "ApiDateTime",
    "MewsModel",
    "MewsRequest",
    "OpenEnum",
    "from_wire",
    "to_wire",
]

E = TypeVar("E", bound=enum.StrEnum)

#: A known value becomes the enum member; a value Mews added later stays a plain ``str``
#: and is sent back unchanged. ``left_to_right`` makes pydantic try the enum first
#: (its default "smart" mode would prefer ``str`` for every string).
OpenEnum = Annotated[E | str, Field(union_mode="left_to_right")]


def _utc_iso(value: datetime) -> str:
    """ISO 8601 in UTC with ``Z``; a naive datetime is taken to be UTC already."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    text = value.astimezone(UTC).isoformat()
    return text.removesuffix("+00:00") + "Z"


def _date_part(value: Any) -> Any:
    """Mews sometimes sends a date as a midnight datetime (``2040-10-24T00:00:00Z``)."""
    if isinstance(value, str) and len(value) > 10 and value[10] in "Tt ":
        return value[:10]
    if isinstance(value, datetime):
        return value.date()
    return value


#: A UTC instant; always sent as ``YYYY-MM-DDThh:mm:ssZ``.
ApiDateTime = Annotated[datetime, PlainSerializer(_utc_iso, return_type=str, when_used="json")]
#: A calendar date; accepts ``YYYY-MM-DD`` or a datetime string, sent as ``YYYY-MM-DD``.
ApiDate = Annotated[date, BeforeValidator(_date_part)]


class MewsModel(BaseModel):
    """Base of every request and response model.

    Python attributes are snake_case, wire names PascalCase (``chain_ids`` <->
    ``ChainIds``); either may be used to construct a model. A test checks every
    generated wire name against the OpenAPI schema of the same name.
    """

    model_config = ConfigDict(
        alias_generator=to_pascal,
        populate_by_name=True,
        extra="ignore",
        # Error texts name the field and the rule, never the offending value: a body
        # being validated may carry tokens or a guest's personal data.
        hide_input_in_errors=True,
    )


def to_wire(model: BaseModel) -> dict[str, Any]:
    """The JSON body for ``model``: wire names, only the fields that were set."""
    return model.model_dump(by_alias=True, exclude_unset=True, mode="json")


M = TypeVar("M", bound=BaseModel)


def from_wire(model_type: type[M], body: Any) -> M:
    """Parse a decoded JSON body (a Mews response or request) into ``model_type``."""
    return model_type.model_validate(body)


class MewsRequest(MewsModel):
    """Base of request bodies.

    Only the operation's own fields live here: ``ClientToken``, ``AccessToken`` and
    ``Client`` are added by the client when it sends, so a request model can be logged
    or shown without leaking a token. Fields the API requires but that have a sensible
    default are listed in ``_always_sent`` so ``to_wire`` includes them even when the
    caller did not set them.
    """

    _always_sent: ClassVar[frozenset[str]] = frozenset()

    def model_post_init(self, context: Any, /) -> None:
        if self._always_sent:
            self.model_fields_set.update(self._always_sent)
