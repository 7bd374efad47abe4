from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from desktop.desk.duplicate_check import (
    MatchReason,
    find_duplicates,
    lookup_filters,
    lookup_names,
    spellings,
)
from desktop.desk.profile_fields import empty_values


def _customer(**fields: Any) -> SimpleNamespace:
    base = {
        "id": "c1",
        "first_name": None,
        "last_name": "X",
        "email": None,
        "birth_date": None,
        "is_active": True,
    }
    return SimpleNamespace(**(base | fields))


NEW = empty_values() | {
    "first_name": "Anna",
    "last_name": "Novák",
    "email": "Anna@Example.com",
    "birth_date": dt.date(1985, 3, 1),
}


def test_lookup_filters_ask_for_email_and_both_names_with_and_without_accents() -> None:
    assert lookup_filters(NEW) == [
        {"emails": ["Anna@Example.com"]},
        {"last_names": ["Novák", "Novak"]},
        {"first_names": ["Anna"]},
    ]
    assert lookup_filters(empty_values() | {"last_name": "Novák"}) == [
        {"last_names": ["Novák", "Novak"]}
    ]
    assert lookup_filters(empty_values() | {"first_name": "Jiří"}) == []
    assert lookup_names(NEW) == ["Anna Novák"]
    assert lookup_names(empty_values() | {"first_name": "Jiří"}) == []


def test_spellings_drop_accents_but_keep_letters_and_case() -> None:
    assert spellings("Dvořák") == ["Dvořák", "Dvorak"]
    assert spellings("Núñez-García") == ["Núñez-García", "Nunez-Garcia"]
    assert spellings("Smith") == ["Smith"]


def test_names_differing_only_in_accents_and_case_are_duplicates() -> None:
    """Novák = Novak, Anička = ANICKA: the receptionist typed it without accents."""
    typed = empty_values() | {"first_name": "anna", "last_name": "NOVAK"}
    existing = _customer(id="a", first_name="Anna", last_name="Novák")
    (match,) = find_duplicates(typed, [existing])
    assert match.reasons == (MatchReason.SAME_NAME,)
    born = NEW | {"first_name": "Anicka", "last_name": "Novakova"}
    other = _customer(id="b", first_name="Anička", last_name="Nováková", birth_date="1985-03-01")
    (match,) = find_duplicates(born, [other])
    assert match.reasons == (MatchReason.SAME_NAME, MatchReason.SAME_NAME_AND_BIRTH_DATE)


def test_namesakes_born_on_different_days_are_not_duplicates() -> None:
    other = _customer(first_name="Anna", last_name="Novak", birth_date="1961-07-30")
    assert find_duplicates(NEW | {"email": ""}, [other]) == []


def test_same_email_ignoring_case_is_a_duplicate_and_ranks_first() -> None:
    by_name = _customer(id="a", first_name="anna", last_name="NOVÁK")
    by_email = _customer(id="b", email="anna@example.com", last_name="Other")
    matches = find_duplicates(NEW, [by_name, by_email])
    assert [m.customer.id for m in matches] == ["b", "a"]
    assert matches[0].reasons == (MatchReason.SAME_EMAIL,)
    assert matches[0].same_email
    assert matches[1].reasons == (MatchReason.SAME_NAME,)


def test_same_last_name_and_birth_date_is_a_duplicate() -> None:
    match = find_duplicates(
        NEW, [_customer(last_name="Novák", first_name="Anička", birth_date="1985-03-01")]
    )
    assert match[0].reasons == (MatchReason.SAME_NAME_AND_BIRTH_DATE,)


def test_same_last_name_alone_is_not_a_duplicate() -> None:
    assert find_duplicates(NEW, [_customer(last_name="Novák", first_name="Petr")]) == []


def test_inactive_profiles_and_repeats_are_ignored() -> None:
    same = _customer(id="a", email="anna@example.com")
    gone = _customer(id="z", email="anna@example.com", is_active=False)
    assert [m.customer.id for m in find_duplicates(NEW, [same, same, gone])] == ["a"]
