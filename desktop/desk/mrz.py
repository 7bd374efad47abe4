"""Reads the machine-readable zone of a passport or ID card (ICAO Doc 9303) and checks it.

A desk document reader types the zone as keystrokes; this module turns those lines into
the facts the desk fills in, and refuses anything it cannot vouch for. Every check digit
the format defines is verified, because one misread character (an ``8`` read as ``B``)
would otherwise put a wrong document number or birth date on a guest's profile without
anyone noticing. A failed check names the field, and nothing is filled.

Formats (Doc 9303 parts 4-7):

- TD3, passports: 2 lines of 44 characters;
- TD2, ID cards and visas (MRV-B): 2 lines of 36;
- TD1, ID cards: 3 lines of 30.

Visas (document code ``V``) carry no composite check digit, everything else does. A
document number longer than nine characters continues in the optional data (TD1, TD2),
with ``<`` in the number's check-digit position.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.desk.translatable import QT_TRANSLATE_NOOP, Message

MRZ_CONTEXT = "Mrz"
FILLER = "<"
_CHARSET = re.compile(r"[A-Z0-9<]*")
_WEIGHTS = (7, 3, 1)


class MrzFormat(StrEnum):
    TD1 = "TD1"
    TD2 = "TD2"
    TD3 = "TD3"


#: (lines, characters per line) of each format.
SHAPES: dict[MrzFormat, tuple[int, int]] = {
    MrzFormat.TD1: (3, 30),
    MrzFormat.TD2: (2, 36),
    MrzFormat.TD3: (2, 44),
}


class Checked(StrEnum):
    """The fields a check digit protects."""

    DOCUMENT_NUMBER = "document number"
    BIRTH_DATE = "birth date"
    EXPIRY_DATE = "expiry date"
    OPTIONAL_DATA = "personal number"
    COMPOSITE = "composite"


# One whole sentence per field: languages inflect the field's name differently.
_WRONG_DIGIT: dict[Checked, str] = {
    Checked.DOCUMENT_NUMBER: QT_TRANSLATE_NOOP(
        "Mrz",
        "The check digit of the document number is wrong (the zone says %1, the data gives "
        "%2). Read the document again; nothing was filled in.",
    ),
    Checked.BIRTH_DATE: QT_TRANSLATE_NOOP(
        "Mrz",
        "The check digit of the birth date is wrong (the zone says %1, the data gives %2). "
        "Read the document again; nothing was filled in.",
    ),
    Checked.EXPIRY_DATE: QT_TRANSLATE_NOOP(
        "Mrz",
        "The check digit of the expiry date is wrong (the zone says %1, the data gives %2). "
        "Read the document again; nothing was filled in.",
    ),
    Checked.OPTIONAL_DATA: QT_TRANSLATE_NOOP(
        "Mrz",
        "The check digit of the personal number is wrong (the zone says %1, the data gives "
        "%2). Read the document again; nothing was filled in.",
    ),
    Checked.COMPOSITE: QT_TRANSLATE_NOOP(
        "Mrz",
        "The composite check digit over the whole zone is wrong (the zone says %1, the data "
        "gives %2). Read the document again; nothing was filled in.",
    ),
}
_NOT_A_DATE: dict[Checked, str] = {
    Checked.BIRTH_DATE: QT_TRANSLATE_NOOP("Mrz", "The birth date %1 in the zone is not a date."),
    Checked.EXPIRY_DATE: QT_TRANSLATE_NOOP("Mrz", "The expiry date %1 in the zone is not a date."),
}


class MrzError(ValueError):
    """Why a zone was refused; ``message`` is a translatable :class:`Message`.

    ``field`` is the failed check (``None`` for a zone that is not readable at all), so a
    test or a log can tell a wrong birth-date digit from a wrong document-number digit.
    """

    def __init__(self, message: Message, field: Checked | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        self.field = field


@dataclass(frozen=True)
class MrzDocument:
    """What a valid zone says, fillers removed; dates are ``None`` where the zone has none."""

    format: MrzFormat
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: dt.date | None
    sex: str
    expiry_date: dt.date | None
    optional_data: str
    #: The name field used its full width: the name may have been cut short.
    name_truncated: bool

    @property
    def is_passport(self) -> bool:
        return self.document_code.startswith("P")

    @property
    def is_visa(self) -> bool:
        return self.document_code.startswith("V")


def check_digit(text: str) -> int:
    """The ICAO 7-3-1 check digit: digits count as themselves, A-Z as 10-35, ``<`` as 0."""
    total = 0
    for position, char in enumerate(text):
        if char.isdigit():
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - ord("A") + 10
        elif char == FILLER:
            value = 0
        else:
            raise ValueError(f"not an MRZ character: {char!r}")
        total += value * _WEIGHTS[position % 3]
    return total % 10


def normalise_lines(lines: Sequence[str]) -> list[str]:
    """The zone's lines without blanks around them and without empty lines."""
    return [line.strip().upper() for line in lines if line.strip()]


def split_unbroken(text: str) -> list[str]:
    """A zone typed without line ends, cut into the lines of the format its length fits."""
    text = text.strip().upper()
    for count, width in SHAPES.values():
        if len(text) == count * width:
            return [text[i : i + width] for i in range(0, len(text), width)]
    return [text]


def detect_format(lines: Sequence[str]) -> MrzFormat | None:
    """The format whose shape the lines have, or ``None``."""
    shape = (len(lines), len(lines[0]) if lines else 0)
    if any(len(line) != shape[1] for line in lines):
        return None
    for mrz_format, expected in SHAPES.items():
        if expected == shape:
            return mrz_format
    return None


def looks_like_mrz(lines: Sequence[str]) -> bool:
    """Shape and characters of a zone, and the document code of one (no digits checked)."""
    lines = normalise_lines(lines)
    if len(lines) == 1:
        lines = split_unbroken(lines[0])
    return (
        detect_format(lines) is not None
        and all(_CHARSET.fullmatch(line) for line in lines)
        and lines[0][0] in "PIACV"
    )


def parse(lines: Sequence[str], *, today: dt.date | None = None) -> MrzDocument:
    """Check every digit of a zone and return what it says; raises :class:`MrzError`."""
    today = today or dt.date.today()
    lines = normalise_lines(lines)
    if len(lines) == 1:
        lines = split_unbroken(lines[0])
    mrz_format = detect_format(lines)
    if mrz_format is None:
        raise MrzError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Mrz",
                    "This is not a machine-readable zone: expected 2 lines of 44, 2 lines of "
                    "36 or 3 lines of 30 characters, got %1.",
                ),
                " + ".join(str(len(line)) for line in lines) or "0",
            )
        )
    for line in lines:
        if not _CHARSET.fullmatch(line):
            bad = "".join(sorted({char for char in line if not _CHARSET.fullmatch(char)}))
            raise MrzError(
                Message(
                    QT_TRANSLATE_NOOP("Mrz", "The zone contains characters no passport uses: %1"),
                    bad,
                )
            )
    if mrz_format is MrzFormat.TD1:
        return _parse_td1(lines, today)
    return _parse_two_line(lines, mrz_format, today)


def _parse_td1(lines: Sequence[str], today: dt.date) -> MrzDocument:
    first, second, third = lines
    number, optional = _number(first[5:14], first[14], first[15:30])
    _verify_dates(second[0:15])
    if not first.startswith("V"):
        composite = first[5:30] + second[0:7] + second[8:15] + second[18:29]
        _verify(composite, second[29], Checked.COMPOSITE)
    found = (number, second[15:18], optional + FILLER + second[18:29])
    return _document(MrzFormat.TD1, first, third, second[0:15], found, today)


def _parse_two_line(lines: Sequence[str], mrz_format: MrzFormat, today: dt.date) -> MrzDocument:
    first, second = lines
    width = len(second)
    visa = first.startswith("V")
    end = width if visa else width - 1  # TD2/TD3 end with the composite digit, visas do not
    optional = second[28:end]
    if mrz_format is MrzFormat.TD3 and not visa:
        # The personal number has its own digit, which may be a filler when it is empty.
        optional, digit = second[28:42], second[42]
        if not (digit == FILLER and set(optional) <= {FILLER}):
            _verify(optional, digit, Checked.OPTIONAL_DATA)
        number, _extra = _number(second[0:9], second[9], "")
    else:
        number, optional = _number(second[0:9], second[9], optional)
    _verify_dates(second[13:28])
    if not visa:
        composite = second[0:10] + second[13:20] + second[21 : width - 1]
        _verify(composite, second[width - 1], Checked.COMPOSITE)
    found = (number, second[10:13], optional)
    return _document(mrz_format, first, first[5:], second[13:28], found, today)


def _verify_dates(block: str) -> None:
    """Birth date, its digit, sex, expiry date, its digit: the same 15 characters in all."""
    _verify(block[0:6], block[6], Checked.BIRTH_DATE)
    _verify(block[8:14], block[14], Checked.EXPIRY_DATE)


def _document(
    mrz_format: MrzFormat,
    first: str,
    names: str,
    block: str,
    found: tuple[str, str, str],
    today: dt.date,
) -> MrzDocument:
    """The checked zone's facts; ``found`` is (document number, nationality, optional data)."""
    number, nationality, optional = found
    surname, given, truncated = _names(names)
    return MrzDocument(
        format=mrz_format,
        document_code=_strip(first[0:2]),
        issuing_state=_strip(first[2:5]),
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=_strip(nationality),
        birth_date=_date(block[0:6], Checked.BIRTH_DATE, today),
        sex=_sex(block[7]),
        expiry_date=_date(block[8:14], Checked.EXPIRY_DATE, today),
        optional_data=_strip(optional),
        name_truncated=truncated,
    )


def _number(field: str, digit: str, optional: str) -> tuple[str, str]:
    """The document number and what is left of the optional data.

    A number longer than nine characters puts ``<`` where its check digit would be and
    continues in the optional data up to a filler, followed by the check digit of the
    whole number.
    """
    if digit == FILLER and optional and optional[0] != FILLER:
        rest = optional.split(FILLER, 1)[0]
        if len(rest) >= 2:
            whole = field + rest[:-1]
            _verify(whole, rest[-1], Checked.DOCUMENT_NUMBER)
            return _strip(whole), optional[len(rest) :]
    _verify(field, digit, Checked.DOCUMENT_NUMBER)
    return _strip(field), optional


def _verify(text: str, digit: str, field: Checked) -> None:
    expected = check_digit(text)
    if digit != str(expected):
        raise MrzError(Message(_WRONG_DIGIT[field], digit, str(expected)), field)


def _date(text: str, field: Checked, today: dt.date) -> dt.date | None:
    """``YYMMDD``; the century is chosen so a birth date is never in the future.

    An expiry date lies at most 50 years behind or ahead. ICAO lets a state leave an
    unknown day or month as fillers: that date is ``None``, not an error.
    """
    if FILLER in text:
        return None
    try:
        year, month, day = int(text[0:2]), int(text[2:4]), int(text[4:6])
        if field is Checked.BIRTH_DATE:
            full_year = 2000 + year if 2000 + year <= today.year else 1900 + year
            candidate = dt.date(full_year, month, day)
            if candidate > today:
                candidate = dt.date(full_year - 100, month, day)
            return candidate
        full_year = 2000 + year if 2000 + year <= today.year + 50 else 1900 + year
        return dt.date(full_year, month, day)
    except ValueError:
        raise MrzError(Message(_NOT_A_DATE[field], text), field) from None


def _sex(char: str) -> str:
    """``M``, ``F``, or ``""`` for unspecified (``<`` or ``X``)."""
    return char if char in "MF" else ""


def _names(field: str) -> tuple[str, str, bool]:
    """Primary and secondary identifiers: ``ERIKSSON<<ANNA<MARIA`` -> ERIKSSON, ANNA MARIA."""
    truncated = not field.endswith(FILLER)
    primary, _sep, secondary = field.partition(FILLER * 2)
    return _words(primary), _words(secondary), truncated


def _words(text: str) -> str:
    return " ".join(part for part in text.split(FILLER) if part)


def _strip(text: str) -> str:
    return text.strip(FILLER)
