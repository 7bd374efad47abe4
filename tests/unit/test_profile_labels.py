"""Every enum value the spec lists has a readable label; countries and languages are complete."""

from __future__ import annotations

import re

import pytest
from openapi_contract import spec

from desktop.desk import labels
from desktop.desk.countries import COUNTRY_NAMES, country_name
from desktop.desk.languages import LANGUAGE_NAMES, language_name


def _enum(name: str) -> list[str]:
    return list(spec()["components"]["schemas"][name]["enum"])


@pytest.mark.parametrize(
    ("schema", "table"),
    [
        ("Title", labels.TITLE_LABELS),
        ("SexEnum", labels.SEX_LABELS),
        ("CustomerClassificationEnum", labels.CLASSIFICATION_LABELS),
        ("CustomerOptionEnum", labels.OPTION_LABELS),
    ],
)
def test_every_spec_value_has_a_label(schema: str, table: dict[str, str]) -> None:
    values = _enum(schema)
    assert sorted(table) == sorted(values)
    assert all(table[value].strip() for value in values)


def test_titles_read_as_salutations() -> None:
    assert [labels.title_label(v) for v in ("Mister", "Miss", "Misses")] == ["Mr.", "Ms.", "Mrs."]


def test_unknown_values_fall_back_to_the_raw_value() -> None:
    assert labels.classification_label("Astronaut") == "Astronaut"
    assert labels.option_label("") == ""
    assert country_name("XX") == "XX"
    assert language_name("tlh-QO") == "tlh-QO"


def test_countries_cover_iso_3166_1() -> None:
    assert len(COUNTRY_NAMES) == 249
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in COUNTRY_NAMES)
    assert country_name("cz") == "Czechia"
    assert country_name("GB") == "United Kingdom"
    assert len(set(COUNTRY_NAMES.values())) == len(COUNTRY_NAMES)


def test_languages_are_culture_codes_with_known_regions() -> None:
    for code in LANGUAGE_NAMES:
        language, region = code.split("-")
        assert re.fullmatch(r"[a-z]{2}", language)
        assert region in COUNTRY_NAMES
    assert {"en-GB", "fr-CA", "de-DE", "cs-CZ", "it-IT"} <= set(LANGUAGE_NAMES)
