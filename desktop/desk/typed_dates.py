"""Reading a date the way a receptionist types it: ISO, or the desk locale's numeric form.

A date is typed in one go, as printed on a passport or said by a guest: ``1985-03-21``
(ISO, always accepted) or the locale's short numeric form with the year in full
(``21.03.1985`` in Germany, ``3/21/1985`` in the US). Day and month come in the locale's
order, taken from its short date format, never guessed from the numbers: ``07.03.1985``
means the 7th of March only where the locale puts the day first. A two-digit year is not
read (``85`` could be 1885, 1985 or 2085), and neither is anything else that is not a
real calendar day: the form marks it instead of saving something else.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

_PARTS: Final = re.compile(r"\d+")
#: What people put around and between the parts: ``.``, ``/``, ``-``, spaces.
_SEPARATORS: Final = re.compile(r"^[\s./-]*$")
_ISO_ORDER: Final = "ymd"


def locale_order(short_format: str) -> str:
    """``"dd.MM.yy"`` -> ``"dmy"``: the order of day, month and year in a Qt date format."""
    order = ""
    for character in short_format:
        part = {"d": "d", "M": "m", "y": "y"}.get(character)
        if part and part not in order:
            order += part
    return order if sorted(order) == ["d", "m", "y"] else "mdy"


def numeric_format(short_format: str) -> str:
    """The locale's short format with a four-digit year and no weekday or month name."""
    text = re.sub(r"y+", "yyyy", short_format)
    return text if "MMM" not in text and "ddd" not in text else "yyyy-MM-dd"


def read_date(text: str, order: str) -> dt.date | None:
    """The date ``text`` spells, or ``None`` when it does not spell exactly one.

    ``order`` is the locale's (see :func:`locale_order`); a text whose first part has four
    digits is read year first (ISO), and eight digits in a row as ``yyyyMMdd``.
    """
    text = text.strip()
    parts = _PARTS.findall(text)
    if len(parts) == 1 and len(text) == 8 and text.isdigit():
        parts, order = [text[:4], text[4:6], text[6:]], _ISO_ORDER
    elif len(parts) != 3 or not all(_SEPARATORS.match(gap) for gap in _PARTS.split(text)):
        return None
    elif len(parts[0]) == 4:
        order = _ISO_ORDER
    by_part = dict(zip(order, parts, strict=True))
    year, month, day = by_part["y"], by_part["m"], by_part["d"]
    if len(year) != 4 or len(month) > 2 or len(day) > 2:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
