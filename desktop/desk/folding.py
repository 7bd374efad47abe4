"""One way to fold text for matching what a receptionist types: case and accents off.

``novak`` must find ``Novák`` wherever the desk compares typed text with names: the
local filter over loaded rows, and the check that guessed spellings came back as
namesakes (:mod:`desktop.desk.name_variants`). The letters of the scripts guests' names
are written in are mapped once, at import, to their decomposed base; the filter then
folds a row by looking up only its non-ASCII letters, which matters at 100,000 rows
(a ``str.translate`` over the whole text took three times as long).
"""

from __future__ import annotations

import re
import unicodedata

#: Latin (with Extended and Additional), Greek and Cyrillic: where names carry accents.
_RANGES = ((0x00C0, 0x0250), (0x0370, 0x0530), (0x1E00, 0x2000))
#: Letters with a stroke, which Unicode does not decompose into a letter and a mark.
_STROKED = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H"}


def _base(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", _STROKED.get(char, char))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_BASES: dict[str, str] = {
    char: base
    for start, end in _RANGES
    for char in map(chr, range(start, end))
    if (base := _base(char)) != char and base
}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _plain(match: re.Match[str]) -> str:
    char = match.group()
    return _BASES.get(char, char)


def without_accents(text: str) -> str:
    """``text`` with accents and strokes dropped, case kept: ``"Núñez"`` -> ``"Nunez"``."""
    return text if text.isascii() else _NON_ASCII.sub(_plain, text)


def fold(text: str) -> str:
    """``text`` as the filter compares it: ``"Dvořák"`` and ``"DVORAK"`` -> ``"dvorak"``."""
    return without_accents(text.casefold())


def normalized_name(name: str | None) -> str:
    """Case, accents and spacing folded: ``"  Núñez "`` matches ``"nunez"``."""
    return " ".join(fold(name or "").split())
