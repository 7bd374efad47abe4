"""What the search box understands: each kind of text becomes the right exact requests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.desk.search_query import (
    CustomerFilter,
    InHouseLookup,
    QueryKind,
    TimeWindow,
    add_months,
    parse_search,
    recently_updated_plan,
    spelled_out,
)


def test_email_searches_by_email_in_both_spellings() -> None:
    plan = parse_search("  Jan.Novak@Seznam.cz ")
    assert plan.kind is QueryKind.EMAIL
    assert plan.filters == (CustomerFilter(emails=("Jan.Novak@Seznam.cz", "jan.novak@seznam.cz")),)
    assert plan.in_house == ()


def test_incomplete_email_sends_nothing_and_says_why() -> None:
    plan = parse_search("jan@")
    assert plan.is_empty
    assert "whole email" in plan.hint


def test_uuid_searches_by_customer_id() -> None:
    plan = parse_search("3EDD5F9E-7E64-4F2A-9A0E-B3F200E6C111")
    assert plan.kind is QueryKind.CUSTOMER_ID
    assert plan.filters[0].customer_ids == ("3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111",)


@pytest.mark.parametrize("text", ["LC145459", "gold-2231", "12345678"])
def test_code_like_token_searches_by_loyalty_code(text: str) -> None:
    plan = parse_search(text)
    assert plan.kind is QueryKind.LOYALTY_CODE
    assert text in plan.filters[0].loyalty_codes
    assert text.upper() in plan.filters[0].loyalty_codes


@pytest.mark.parametrize(("text", "room"), [("214", "214"), ("room 12A", "12A"), ("#305", "305")])
def test_room_number_goes_through_in_house_lookup(text: str, room: str) -> None:
    plan = parse_search(text)
    assert plan.kind is QueryKind.ROOM
    assert plan.in_house == (InHouseLookup(room=room),)
    assert plan.filters == ()


def test_single_word_is_a_last_name_and_an_in_house_name() -> None:
    plan = parse_search("novák")
    assert plan.kind is QueryKind.NAME
    assert [spelled_out(f) for f in plan.filters] == [CustomerFilter(last_names=("novák", "Novák"))]
    assert plan.in_house == (InHouseLookup(name="novák"),)


def test_two_words_try_both_orders() -> None:
    plan = parse_search("Jan Novák")
    pairs = {(f.first_names[0], f.last_names[0]) for f in plan.filters}
    assert ("Jan", "Novák") in pairs
    assert ("Novák", "Jan") in pairs
    assert plan.in_house == (InHouseLookup(name="Jan Novák"),)


def test_comma_means_last_name_first() -> None:
    plan = parse_search("Nováková, Kateřina")
    (sent,) = map(spelled_out, plan.filters)
    assert sent == CustomerFilter(first_names=("Kateřina",), last_names=("Nováková",))


def test_compound_names_split_at_every_word() -> None:
    plan = parse_search("Anna María García López")
    pairs = {(f.first_names[0], f.last_names[0]) for f in plan.filters}
    assert ("Anna María", "García López") in pairs
    assert ("Anna", "María García López") in pairs
    assert len(plan.filters) <= 4


def test_phone_numbers_are_explained_not_sent() -> None:
    plan = parse_search("+420 777 123 456")
    assert plan.kind is QueryKind.PHONE
    assert plan.is_empty
    assert "phone" in plan.hint


def test_same_text_differently_typed_shares_a_cache_key() -> None:
    assert parse_search("  Jan   Novák").key == parse_search("jan novák").key
    assert parse_search("Jan Novák").key != parse_search("Jan Novák2").key


def test_empty_text_is_empty_plan() -> None:
    assert parse_search("   ").kind is QueryKind.EMPTY


def test_time_window_limit_is_three_calendar_months() -> None:
    start = datetime(2026, 1, 31, tzinfo=UTC)
    assert add_months(start, 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert TimeWindow(start, add_months(start, 3)).problem() is None
    assert "3 months" in (TimeWindow(start, datetime(2026, 5, 2, tzinfo=UTC)).problem() or "")
    assert TimeWindow(start, datetime(2026, 1, 1, tzinfo=UTC)).problem() is not None


def test_recently_updated_window_never_exceeds_the_limit() -> None:
    now = datetime(2026, 8, 20, 12, tzinfo=UTC)
    week = recently_updated_plan(7, now=now).filters[0].updated
    assert week is not None and week.end == now and (now - week.start).days == 7
    long = recently_updated_plan(400, now=now).filters[0].updated
    assert long is not None and long.problem() is None
