"""From a read zone to the profile: transliterated names, countries, matching, picks."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from types import SimpleNamespace

import pytest
from mrz_zones import MARTIN_JAEGER, TD1_SPECIMEN, TD3_SPECIMEN, td1, td3

from desktop.desk import mrz
from desktop.desk.mrz_countries import country_from_icao
from desktop.desk.mrz_guest import (
    MatchReason,
    candidate_filters,
    document_fields,
    document_updates,
    fills_and_picks,
    find_match,
    profile_values,
)
from desktop.desk.mrz_names import fold, readable, same_name, search_spellings
from desktop.desk.profile_fields import empty_values

TODAY = dt.date(2026, 12, 3)
JAEGER = td3(MARTIN_JAEGER)


def _customer(first: str, last: str, birth: str | None = None, **extra: object) -> SimpleNamespace:
    return SimpleNamespace(
        id=uuid.uuid4(), first_name=first, last_name=last, birth_date=birth, is_active=True, **extra
    )


def _document(customer: SimpleNamespace, number: str, **extra: object) -> SimpleNamespace:
    return SimpleNamespace(id=uuid.uuid4(), customer_id=customer.id, number=number, **extra)


@pytest.mark.parametrize(
    ("stored", "folded"),
    [
        ("Jäger", "JAEGER"),
        ("Øster-Müller", "OESTER MUELLER"),
        ("O'Neil", "ONEIL"),
        ("Núñez García", "NUNEZ GARCIA"),
        ("Strauß", "STRAUSS"),
        ("Dvořák", "DVORAK"),
        ("Łukasz", "LUKASZ"),
    ],
)
def test_stored_names_fold_to_icao_letters(stored: str, folded: str) -> None:
    assert fold(stored) == folded
    assert same_name(stored, folded)


def test_plain_letter_spellings_count_too_but_other_names_do_not() -> None:
    assert same_name("Jäger", "JAGER")
    assert not same_name("Jagr", "JAEGER")
    assert same_name("Hubert Blaine", "HUBE", truncated=True)
    assert not same_name("Hubert Blaine", "HUBE")


def test_search_spellings_restore_umlauts_for_exact_name_filters() -> None:
    spellings = search_spellings("JAEGER")
    assert {"JAEGER", "Jaeger", "Jäger"} <= set(spellings)
    assert "Strauß" in search_spellings("STRAUSS")
    many = search_spellings("MUELLER LUEDENSCHEIDT SCHOENE")
    assert len(many) == len(set(many)) <= 16
    assert readable("ANNA MARIA") == "Anna Maria"


@pytest.mark.parametrize(
    ("code", "country"),
    [
        ("D", "DE"),
        ("D<<", "DE"),
        ("DEU", "DE"),
        ("CZE", "CZ"),
        ("GBD", "GB"),
        ("UTO", ""),
        ("XXA", ""),
        ("UNO", ""),
    ],
)
def test_icao_state_codes_map_to_the_desk_countries(code: str, country: str) -> None:
    assert country_from_icao(code) == country


def test_a_passport_fills_the_profile_fields_and_a_passport_document() -> None:
    document = mrz.parse(JAEGER, today=TODAY)
    assert profile_values(document) == {
        "first_name": "Martin",
        "last_name": "Jaeger",
        "sex": "Male",
        "birth_date": dt.date(1988, 3, 4),
        "nationality_code": "DE",
    }
    assert document_fields(document) == {
        "type": "Passport",
        "number": "C01X00T47",
        "expiration_date": dt.date(2031, 5, 6),
        "issuing_country_code": "DE",
    }
    card = mrz.parse(TD1_SPECIMEN, today=TODAY)
    assert document_fields(card)["type"] == "IdentityCard"
    assert "issuing_country_code" not in document_fields(card)  # UTO is no country


def test_a_new_profile_takes_every_value_without_questions() -> None:
    document = mrz.parse(JAEGER, today=TODAY)
    fills, picks = fills_and_picks(document, empty_values())
    assert fills == profile_values(document)
    assert picks == []


def test_transliterated_names_are_no_difference_other_values_are() -> None:
    document = mrz.parse(JAEGER, today=TODAY)
    stored = {
        **empty_values(),
        "first_name": "Martin",
        "last_name": "Jäger",
        "birth_date": dt.date(1988, 4, 3),
        "sex": "Male",
        "nationality_code": "AT",
    }
    fills, picks = fills_and_picks(document, stored)
    assert fills == {}
    assert [(p.key, p.stored, p.read) for p in picks] == [
        ("birth_date", dt.date(1988, 4, 3), dt.date(1988, 3, 4)),
        ("nationality_code", "AT", "DE"),
    ]


def test_unspecified_sex_and_unknown_state_fill_nothing() -> None:
    document = mrz.parse(TD3_SPECIMEN, today=TODAY)
    values = profile_values(document)
    assert values["nationality_code"] == ""
    fills, _picks = fills_and_picks(document, {**empty_values(), "nationality_code": "SE"})
    assert "nationality_code" not in fills


def test_the_same_document_number_wins_over_name_and_birth_date() -> None:
    document = mrz.parse(JAEGER, today=TODAY)
    renamed = _customer("Martin", "Schmidt")  # married since: only the number still matches
    namesake = _customer("Martin", "Jäger", "1988-03-04")
    match = find_match(document, [namesake, renamed], [_document(renamed, "C01X 00T47")])
    assert match is not None and match.customer is renamed
    assert match.reason is MatchReason.SAME_DOCUMENT


def test_name_and_birth_date_match_when_no_document_does() -> None:
    document = mrz.parse(JAEGER, today=TODAY)
    other_birth = _customer("Martin", "Jäger", "1990-01-01")
    same = _customer("MARTIN", "Jäger", "1988-03-04T00:00:00Z")
    match = find_match(document, [other_birth, same], [_document(other_birth, "X999")])
    assert match is not None and match.customer is same
    assert match.reason is MatchReason.SAME_NAME_AND_BIRTH_DATE
    assert find_match(document, [other_birth], []) is None


def test_inactive_profiles_are_not_matched() -> None:
    document = mrz.parse(JAEGER, today=TODAY)
    merged = _customer("Martin", "Jäger", "1988-03-04")
    merged.is_active = False
    assert find_match(document, [merged], [_document(merged, "C01X00T47")]) is None


def test_candidate_filters_ask_for_both_names_in_likely_spellings() -> None:
    document = mrz.parse(JAEGER, today=TODAY)
    filters = candidate_filters(document)
    assert "Jäger" in filters[0]["last_names"]
    assert filters[1]["first_names"][:2] == ["MARTIN", "Martin"]


def test_a_stored_copy_of_the_document_is_corrected_from_the_zone() -> None:
    document = mrz.parse(JAEGER, today=TODAY)
    guest = _customer("Martin", "Jäger")
    stored = _document(
        guest,
        "C01X00T47",
        type=SimpleNamespace(value="Passport"),
        expiration_date=dt.date(2031, 5, 7),
        issuing_country_code="DE",
    )
    assert document_updates(document, stored) == {
        "id": stored.id,
        "expiration_date": {"Value": "2031-05-06"},
    }
    stored.expiration_date = dt.date(2031, 5, 6)
    assert document_updates(document, stored) == {}


def test_an_id_card_zone_builds_and_reads_back() -> None:
    erika = {"surname": "MUSTERMANN", "given": "ERIKA", "sex": "F"}
    zone = td1(replace(MARTIN_JAEGER, birth=dt.date(1964, 8, 12), **erika))
    values = profile_values(mrz.parse(zone, today=TODAY))
    assert (values["last_name"], values["sex"], values["nationality_code"]) == (
        "Mustermann",
        "Female",
        "DE",
    )
