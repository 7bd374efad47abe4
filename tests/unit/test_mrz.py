"""The MRZ parser on ICAO's published specimens, on every corrupted check digit, on names."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from mrz_zones import (
    MARTIN_JAEGER,
    TD1_LONG_NUMBER_SPECIMEN,
    TD1_SPECIMEN,
    TD2_SPECIMEN,
    TD3_SPECIMEN,
    corrupt,
    td1,
    td3,
)

from desktop.desk import mrz
from desktop.desk.mrz import Checked, MrzError, MrzFormat

TODAY = dt.date(2026, 12, 3)


def _parse(lines: tuple[str, ...] | list[str]) -> mrz.MrzDocument:
    return mrz.parse(lines, today=TODAY)


def test_check_digit_follows_the_731_weights() -> None:
    # Doc 9303 part 3 worked example: 520727 -> 3; letters count from 10, fillers as 0.
    assert mrz.check_digit("520727") == 3
    assert mrz.check_digit("L898902C3") == 6
    assert mrz.check_digit("<<<<<<") == 0
    with pytest.raises(ValueError):
        mrz.check_digit("a")


def test_td3_specimen_reads_every_field() -> None:
    document = _parse(TD3_SPECIMEN)
    assert document.format is MrzFormat.TD3
    assert document.is_passport
    assert (document.surname, document.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert document.document_number == "L898902C3"
    assert (document.issuing_state, document.nationality) == ("UTO", "UTO")
    assert document.birth_date == dt.date(1974, 8, 12)
    assert document.expiry_date == dt.date(2012, 4, 15)
    assert document.sex == "F"
    assert document.optional_data == "ZE184226B"
    assert not document.name_truncated


@pytest.mark.parametrize(
    ("zone", "shape"), [(TD1_SPECIMEN, MrzFormat.TD1), (TD2_SPECIMEN, MrzFormat.TD2)]
)
def test_id_card_specimens_read_every_field(zone: tuple[str, ...], shape: MrzFormat) -> None:
    document = _parse(zone)
    assert document.format is shape
    assert document.document_code == "I" and not document.is_passport
    assert (document.surname, document.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert document.document_number == "D23145890"
    assert document.birth_date == dt.date(1974, 8, 12)
    assert document.expiry_date == dt.date(2012, 4, 15)
    assert document.sex == "F"


def test_a_long_document_number_continues_in_the_optional_data() -> None:
    document = _parse(TD1_LONG_NUMBER_SPECIMEN)
    assert document.document_number == "D23145890734"
    assert (document.surname, document.given_names) == ("STEVENSON", "PETER JOHN")
    assert document.birth_date == dt.date(1934, 7, 12)  # not 2034: a birth is never ahead
    assert document.sex == "M"


# (zone, line, position of the digit, the check it protects)
CORRUPTIONS = [
    (TD3_SPECIMEN, 1, 9, Checked.DOCUMENT_NUMBER),
    (TD3_SPECIMEN, 1, 19, Checked.BIRTH_DATE),
    (TD3_SPECIMEN, 1, 27, Checked.EXPIRY_DATE),
    (TD3_SPECIMEN, 1, 42, Checked.OPTIONAL_DATA),
    (TD3_SPECIMEN, 1, 43, Checked.COMPOSITE),
    (TD1_SPECIMEN, 0, 14, Checked.DOCUMENT_NUMBER),
    (TD1_SPECIMEN, 1, 6, Checked.BIRTH_DATE),
    (TD1_SPECIMEN, 1, 14, Checked.EXPIRY_DATE),
    (TD1_SPECIMEN, 1, 29, Checked.COMPOSITE),
    (TD1_LONG_NUMBER_SPECIMEN, 0, 18, Checked.DOCUMENT_NUMBER),
    (TD2_SPECIMEN, 1, 9, Checked.DOCUMENT_NUMBER),
    (TD2_SPECIMEN, 1, 19, Checked.BIRTH_DATE),
    (TD2_SPECIMEN, 1, 27, Checked.EXPIRY_DATE),
    (TD2_SPECIMEN, 1, 35, Checked.COMPOSITE),
]


@pytest.mark.parametrize(("zone", "line", "position", "field"), CORRUPTIONS)
def test_each_corrupted_check_digit_is_named(
    zone: tuple[str, ...], line: int, position: int, field: Checked
) -> None:
    broken = corrupt(zone, line, position)
    with pytest.raises(MrzError) as caught:
        _parse(broken)
    assert caught.value.field is field
    message = caught.value.message
    assert field.value in str(message) or "composite" in str(message)
    assert "nothing was filled in" in str(message)
    # The digit the zone holds and the one the data gives, for the receptionist to compare.
    assert broken[line][position] in message.arguments
    assert zone[line][position] in message.arguments  # ICAO's own digit


def test_a_misread_data_character_fails_its_digit() -> None:
    second = TD3_SPECIMEN[1]
    misread = second[:15] + "B" + second[16:]  # birth date 740812 read as 74B812
    with pytest.raises(MrzError) as caught:
        _parse((TD3_SPECIMEN[0], misread))
    assert caught.value.field is Checked.BIRTH_DATE


def test_an_empty_personal_number_may_have_a_filler_as_its_digit() -> None:
    zone = td3(MARTIN_JAEGER)
    assert zone[1][42] == "<"
    document = _parse(zone)
    assert document.optional_data == "" and document.nationality == "D"


@pytest.mark.parametrize(
    "lines",
    [
        [],
        ["P<UTOERIKSSON"],
        [TD3_SPECIMEN[0], TD3_SPECIMEN[1][:40]],
        [TD3_SPECIMEN[0], TD1_SPECIMEN[1]],
    ],
)
def test_wrong_shapes_are_refused_with_the_lengths(lines: list[str]) -> None:
    with pytest.raises(MrzError) as caught:
        _parse(lines)
    assert caught.value.field is None
    assert "2 lines of 44" in str(caught.value.message)


def test_characters_outside_the_mrz_set_are_named() -> None:
    line = TD3_SPECIMEN[1][:20] + "?" + TD3_SPECIMEN[1][21:]
    with pytest.raises(MrzError) as caught:
        _parse([TD3_SPECIMEN[0], line])
    assert caught.value.message.arguments == ("?",)


def test_lowercase_blanks_and_a_zone_without_line_ends_still_read() -> None:
    spaced = ["  " + TD3_SPECIMEN[0].lower() + " ", "", TD3_SPECIMEN[1]]
    assert _parse(spaced).document_number == "L898902C3"
    assert _parse(["".join(TD1_SPECIMEN)]).format is MrzFormat.TD1
    assert _parse(["".join(TD2_SPECIMEN)]).format is MrzFormat.TD2


def test_an_impossible_date_with_a_right_digit_is_named() -> None:
    zone = td3(MARTIN_JAEGER)
    bad = zone[1][:13] + "901341" + zone[1][19:]
    bad = bad[:19] + str(mrz.check_digit("901341")) + bad[20:]
    composite = bad[0:10] + bad[13:20] + bad[21:43]
    bad = bad[:43] + str(mrz.check_digit(composite))
    with pytest.raises(MrzError) as caught:
        _parse((zone[0], bad))
    assert caught.value.field is Checked.BIRTH_DATE
    assert "901341" in caught.value.message.arguments


def test_unknown_birth_day_is_no_date_but_no_error() -> None:
    zone = td1(MARTIN_JAEGER)
    second = "70<<<<" + str(mrz.check_digit("70<<<<")) + zone[1][7:29]
    composite = zone[0][5:30] + second[0:7] + second[8:15] + second[18:29]
    document = _parse((zone[0], second + str(mrz.check_digit(composite)), zone[2]))
    assert document.birth_date is None


def test_names_with_fillers_split_into_surname_and_given_names() -> None:
    dutch = {"state": "NLD", "nationality": "NLD", "birth": dt.date(1980, 2, 29)}
    zone = td3(replace(MARTIN_JAEGER, surname="VAN DER BERG", given="JAN PIETER", **dutch))
    document = _parse(zone)
    assert (document.surname, document.given_names) == ("VAN DER BERG", "JAN PIETER")
    assert document.birth_date == dt.date(1980, 2, 29)


def test_a_name_filling_its_field_is_marked_as_possibly_cut() -> None:
    zone = td1(replace(MARTIN_JAEGER, surname="WOLFESCHLEGELSTEINHAUSEN", given="HUBERT BLAINE"))
    document = _parse(zone)
    assert document.name_truncated
    assert document.given_names == "HUBE"  # cut at the 30th character


def test_looks_like_mrz_checks_shape_not_digits() -> None:
    assert mrz.looks_like_mrz(TD3_SPECIMEN)
    assert mrz.looks_like_mrz(corrupt(TD3_SPECIMEN, 1, 9))
    assert not mrz.looks_like_mrz(["HELLO", "WORLD"])
    assert not mrz.looks_like_mrz(["X" * 44, "X" * 44])  # no document code
