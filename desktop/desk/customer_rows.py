"""The compact rows the customer table holds, built on the worker thread.

A table that keeps 100,000 full pydantic customers alive makes every cyclic garbage
collection walk millions of objects and freezes the window. So a page of customers is
turned into :class:`CustomerRow` objects right after parsing, off the GUI thread: only the
id and the strings the columns show survive, and the full profile is loaded again when a
guest is opened. Nothing here touches Qt; display-time translation happens in the model.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Protocol

from desktop.desk.folding import fold
from desktop.desk.labels import CLASSIFICATION_LABELS, title_label
from desktop.desk.translatable import QT_TRANSLATE_NOOP

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")

STAY_CONTEXT = "Stay"
#: Between the classification labels of a row; no label contains it (see ``labels``).
CLASSIFICATION_SEPARATOR = ", "
#: Reservation states in the words a front desk uses ("Started" is Mews for checked in).
STAY_LABELS = {
    "Started": QT_TRANSLATE_NOOP("Stay", "checked in"),
    "Confirmed": QT_TRANSLATE_NOOP("Stay", "arriving"),
    "Processed": QT_TRANSLATE_NOOP("Stay", "checked out"),
    "Optional": QT_TRANSLATE_NOOP("Stay", "optional"),
    "Enquired": QT_TRANSLATE_NOOP("Stay", "enquiry"),
    "Requested": QT_TRANSLATE_NOOP("Stay", "requested"),
    "Canceled": QT_TRANSLATE_NOOP("Stay", "cancelled"),
}


class _Customer(Protocol):
    id: Any
    first_name: str | None
    last_name: str | None


class CustomerRow:
    """One table row: an id, the displayed strings and the keys sorting and filtering use.

    ``title`` is the English source label (``"Mr."``) and ``classifications`` the profile
    editor's English source labels joined by :data:`CLASSIFICATION_SEPARATOR`; the model
    translates both when shown.
    Strings are interned where values repeat a lot (codes, states) to keep rows small.
    ``name_key`` is the name column's sort key, folded here, on the worker that builds the
    row, so that the GUI thread only compares keys when a page is merged into the table.
    """

    __slots__ = (
        "arrival",
        "birth_date",
        "classifications",
        "departure",
        "email",
        "id",
        "last_name",
        "loyalty_code",
        "name",
        "name_key",
        "nationality",
        "phone",
        "reservation_state",
        "room",
        "search_text",
        "title",
        "updated_utc",
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        last_name: str = "",
        title: str = "",
        email: str = "",
        phone: str = "",
        nationality: str = "",
        birth_date: str = "",
        loyalty_code: str = "",
        classifications: str = "",
        room: str = "",
        reservation_state: str = "",
        arrival: str = "",
        departure: str = "",
        updated_utc: datetime | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.last_name = last_name
        self.title = sys.intern(title)
        self.email = email
        self.phone = phone
        self.nationality = sys.intern(nationality)
        self.birth_date = birth_date
        self.loyalty_code = loyalty_code
        self.classifications = sys.intern(classifications)
        self.room = room
        self.reservation_state = sys.intern(reservation_state)
        #: The stay's dates (``YYYY-MM-DD``, the desk's time zone) where a search found one.
        self.arrival = arrival
        self.departure = departure
        self.updated_utc = updated_utc
        self.search_text = self._search_text()
        #: By surname, then full name, as the pair of them would sort: one string compares
        #: faster and holds less. NUL sorts below every other character, so "Nov" still
        #: sorts before "Novák" whatever the first names.
        self.name_key = f"{last_name.casefold()}\x00{name.casefold()}"

    def _search_text(self) -> str:
        # Everything a receptionist may type into the local filter, folded once (case and
        # accents, see :mod:`desktop.desk.folding`) so that filtering 100,000 rows is one
        # substring test per row.
        parts = (
            self.name,
            self.email,
            self.phone,
            self.loyalty_code,
            self.nationality,
            self.room,
            self.classifications,
            self.birth_date,
        )
        return fold("\x1f".join(part for part in parts if part))

    def with_stay(
        self, room: str, reservation_state: str, arrival: str = "", departure: str = ""
    ) -> CustomerRow:
        """This row with the guest's current room, reservation state and stay dates."""
        return CustomerRow(
            id=self.id,
            name=self.name,
            last_name=self.last_name,
            title=self.title,
            email=self.email,
            phone=self.phone,
            nationality=self.nationality,
            birth_date=self.birth_date,
            loyalty_code=self.loyalty_code,
            classifications=self.classifications,
            room=room,
            reservation_state=reservation_state,
            arrival=arrival,
            departure=departure,
            updated_utc=self.updated_utc,
        )

    def __repr__(self) -> str:
        # Rows carry personal data: keep it out of logs and tracebacks.
        return f"CustomerRow(id={self.id!r})"


def _text(value: object) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def readable_enum(value: object) -> str:
    """``"PaymasterAccount"`` -> ``"Paymaster account"``; unknown values stay readable too."""
    raw = _text(value)
    words = _CAMEL_BOUNDARY.sub(" ", raw).split(" ")
    return " ".join([words[0], *(word.lower() for word in words[1:])]) if raw else ""


def classification_labels(values: Iterable[object]) -> str:
    """The editor's source labels of ``values``, joined; unknown values made readable."""
    labels = []
    for value in values:
        raw = _text(value)
        labels.append(CLASSIFICATION_LABELS.get(raw) or readable_enum(raw))
    return CLASSIFICATION_SEPARATOR.join(label for label in labels if label)


def full_name(first_name: str | None, last_name: str | None) -> str:
    return " ".join(part.strip() for part in (first_name or "", last_name or "") if part.strip())


def _date_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)[:10]


def _utc(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def _local_date(value: object) -> str:
    moment = _utc(value)
    return moment.astimezone().date().isoformat() if moment is not None else ""


def row_from_customer(
    customer: Any,
    *,
    room: str = "",
    reservation_state: str = "",
    arrival: str = "",
    departure: str = "",
) -> CustomerRow:
    """Flatten one customer model into a row; unknown enum values are shown as they are."""
    classifications = getattr(customer, "classifications", None) or ()
    return CustomerRow(
        id=_text(customer.id),
        name=full_name(customer.first_name, customer.last_name),
        last_name=customer.last_name or "",
        title=title_label(_text(getattr(customer, "title", None))),
        email=getattr(customer, "email", None) or "",
        phone=getattr(customer, "phone", None) or "",
        nationality=getattr(customer, "nationality_code", None) or "",
        birth_date=_date_text(getattr(customer, "birth_date", None)),
        loyalty_code=getattr(customer, "loyalty_code", None) or "",
        classifications=classification_labels(classifications),
        room=room,
        reservation_state=reservation_state,
        arrival=arrival,
        departure=departure,
        updated_utc=_utc(getattr(customer, "updated_utc", None)),
    )


def rows_from_customers(customers: Iterable[Any]) -> list[CustomerRow]:
    return [row_from_customer(customer) for customer in customers]


def rows_from_search(
    results: Iterable[Any], room_names: dict[str, str] | None = None
) -> list[CustomerRow]:
    """Rows for ``customers/search`` results: in-house guests carry their room and state.

    ``room_names`` maps resource ids to the room names the desk knows; an unknown room is
    left blank rather than showing a bare UUID to a receptionist.
    """
    names = room_names or {}
    rows = []
    for result in results:
        reservation = getattr(result, "reservation", None)
        room = state = arrival = departure = ""
        if reservation is not None:
            resource_id = _text(getattr(reservation, "assigned_resource_id", None))
            room = names.get(resource_id, "")
            raw_state = _text(getattr(reservation, "state", None))
            state = STAY_LABELS.get(raw_state, readable_enum(raw_state).lower())
            arrival = _local_date(getattr(reservation, "start_utc", None))
            departure = _local_date(getattr(reservation, "end_utc", None))
        rows.append(
            row_from_customer(
                result.customer,
                room=room,
                reservation_state=state,
                arrival=arrival,
                departure=departure,
            )
        )
    return rows
