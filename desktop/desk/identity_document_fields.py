"""How identity documents are labelled, masked and judged at the desk.

A document number is a key to a guest's identity: the list shows only its last
characters, so a screen turned towards the guest or a colleague looking over a shoulder
learns nothing; the full number is shown only when asked for. Expiry is judged against
the day at the desk, because a passport that expires today is still valid today.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from desktop.desk.labels import QT_TRANSLATE_NOOP

IDENTITY_DOCUMENT_CONTEXT: Final = "IdentityDocumentType"

#: ``IdentityDocumentTypeEnum`` values with their English labels, in the order offered.
IDENTITY_DOCUMENT_TYPE_LABELS: Final[dict[str, str]] = {
    "Passport": QT_TRANSLATE_NOOP("IdentityDocumentType", "Passport"),
    "IdentityCard": QT_TRANSLATE_NOOP("IdentityDocumentType", "Identity card"),
    "Visa": QT_TRANSLATE_NOOP("IdentityDocumentType", "Visa"),
    "DriversLicense": QT_TRANSLATE_NOOP("IdentityDocumentType", "Driver's licence"),
}

#: The documents Mews still embeds in a customer (deprecated for ``identityDocuments/*``,
#: still sent): wire name -> attribute of the ``Customer`` model. Kept here rather than
#: beside the model, so the desk reads them without loading the client's models.
EMBEDDED_DOCUMENTS: Final[dict[str, str]] = {
    "Passport": "passport",
    "IdentityCard": "identity_card",
    "Visa": "visa",
    "DriversLicense": "drivers_license",
}

#: Characters left visible at the end of a masked number.
VISIBLE_TAIL: Final = 3
MASK_CHARACTER: Final = "•"


def document_type_label(value: object) -> str:
    """The English label of a type; an unknown value (Mews adds types) is shown as it is."""
    raw = str(getattr(value, "value", value) or "")
    return IDENTITY_DOCUMENT_TYPE_LABELS.get(raw, raw)


def masked_number(number: str | None, *, visible: int = VISIBLE_TAIL) -> str:
    """``"X1234567"`` -> ``"•••••567"``; short numbers keep at most half their characters.

    The mask keeps the number's length so two documents can still be told apart by eye.
    """
    text = (number or "").strip()
    if not text:
        return ""
    shown = min(visible, len(text) // 2)
    return MASK_CHARACTER * (len(text) - shown) + text[len(text) - shown :]


def is_expired(expiration: dt.date | None, *, today: dt.date) -> bool:
    """Expired once the expiry day has passed; no expiry date never expires."""
    return expiration is not None and expiration < today


def expires_soon(expiration: dt.date | None, *, today: dt.date, within_days: int = 30) -> bool:
    """Still valid, but not for the length of a typical stay."""
    return (
        expiration is not None
        and not is_expired(expiration, today=today)
        and (expiration - today).days <= within_days
    )
