"""Masking, labels and expiry of identity documents."""

from __future__ import annotations

import datetime as dt

from desktop.desk.identity_document_fields import (
    IDENTITY_DOCUMENT_TYPE_LABELS,
    MASK_CHARACTER,
    document_type_label,
    expires_soon,
    is_expired,
    masked_number,
)
from desktop.mews.models.enums import IdentityDocumentType


def test_every_document_type_has_a_label() -> None:
    assert set(IDENTITY_DOCUMENT_TYPE_LABELS) == {item.value for item in IdentityDocumentType}
    assert document_type_label(IdentityDocumentType.DRIVERS_LICENSE) == "Driver's licence"
    assert document_type_label("ResidencePermit") == "ResidencePermit"


def test_masked_number_shows_only_the_last_characters() -> None:
    masked = masked_number("X12345678")
    assert masked.endswith("678")
    assert "12345" not in masked
    assert len(masked) == len("X12345678")
    assert masked.count(MASK_CHARACTER) == 6


def test_short_numbers_keep_at_most_half_visible() -> None:
    assert masked_number("AB12") == MASK_CHARACTER * 2 + "12"
    assert masked_number("7") == MASK_CHARACTER
    assert masked_number("") == ""
    assert masked_number(None) == ""


def test_expiry_is_judged_against_today() -> None:
    today = dt.date(2026, 11, 29)
    assert is_expired(dt.date(2026, 11, 28), today=today)
    assert not is_expired(today, today=today)
    assert not is_expired(None, today=today)
    assert expires_soon(dt.date(2026, 12, 10), today=today)
    assert not expires_soon(dt.date(2027, 6, 1), today=today)
    assert not expires_soon(dt.date(2026, 11, 1), today=today)
