"""Machine-readable zones for tests: ICAO's published specimens and a builder for more.

The specimens are copied from ICAO Doc 9303 (part 4 TD3, part 5 TD1, part 6 TD2); their
check digits were computed by ICAO, so they test the check-digit arithmetic on their own.
The builder writes zones for other guests, with digits from that arithmetic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.desk.mrz import check_digit

TD3_SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
TD1_SPECIMEN = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
TD2_SPECIMEN = (
    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "D231458907UTO7408122F1204159<<<<<<<6",
)
#: Doc 9303 part 5: a document number of 12 characters continues in the optional data.
TD1_LONG_NUMBER_SPECIMEN = (
    "I<UTOD23145890<7349<<<<<<<<<<<",
    "3407127M9507122UTO<<<<<<<<<<<2",
    "STEVENSON<<PETER<JOHN<<<<<<<<<",
)


def _yymmdd(day: dt.date) -> str:
    return day.strftime("%y%m%d")


def _name(surname: str, given: str, width: int) -> str:
    text = surname.replace(" ", "<") + "<<" + given.replace(" ", "<")
    return text[:width].ljust(width, "<")


@dataclass(frozen=True)
class Person:
    """Who a built zone belongs to; ``D<<`` is how a German document writes Germany."""

    surname: str
    given: str
    number: str
    birth: dt.date
    expiry: dt.date
    sex: str = "F"
    state: str = "D<<"
    nationality: str = "D<<"
    personal: str = ""


def _dates(person: Person) -> str:
    birth, expiry = _yymmdd(person.birth), _yymmdd(person.expiry)
    return birth + str(check_digit(birth)) + person.sex + expiry + str(check_digit(expiry))


def td3(person: Person) -> tuple[str, str]:
    """A valid passport zone (2 x 44)."""
    first = ("P<" + person.state + _name(person.surname, person.given, 39))[:44]
    number_field = person.number.ljust(9, "<")
    personal_field = person.personal.ljust(14, "<")
    personal_digit = str(check_digit(personal_field)) if person.personal else "<"
    body = (
        number_field
        + str(check_digit(number_field))
        + person.nationality
        + _dates(person)
        + personal_field
        + personal_digit
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    return first, body + str(check_digit(composite))


def td1(person: Person) -> tuple[str, str, str]:
    """A valid ID-card zone (3 x 30) with a number of up to nine characters."""
    number_field = person.number.ljust(9, "<")
    first = ("I<" + person.state + number_field + str(check_digit(number_field))).ljust(30, "<")
    second = (_dates(person) + person.nationality).ljust(29, "<")
    composite = first[5:30] + second[0:7] + second[8:15] + second[18:29]
    return first, second + str(check_digit(composite)), _name(person.surname, person.given, 30)


def corrupt(zone: tuple[str, ...], line: int, position: int) -> tuple[str, ...]:
    """The zone with one check digit changed to the next digit."""
    text = zone[line]
    wrong = str((int(text[position]) + 1) % 10)
    lines = list(zone)
    lines[line] = text[:position] + wrong + text[position + 1 :]
    return tuple(lines)


#: A German guest whose name an MRZ transliterates (Jäger -> JAEGER).
MARTIN_JAEGER = Person(
    "JAEGER", "MARTIN", number="C01X00T47", birth=dt.date(1988, 3, 4),
    expiry=dt.date(2031, 5, 6), sex="M",
)  # fmt: skip
