"""Names as a machine-readable zone writes them, and how they compare with a profile's.

An MRZ holds only A-Z: ICAO 9303 part 3 transliterates ``Jäger`` to ``JAEGER``, ``Øster``
to ``OESTER``, ``Ñúñez`` to ``NUNEZ``, and drops apostrophes and hyphens. Comparing the
zone with a stored profile therefore folds the stored name the same way; a profile that
says ``Jäger`` is the same guest as a passport that says ``JAEGER``, and keeps its
spelling. Some states write the plain letter (``JAGER``), so both spellings count.
"""

from __future__ import annotations

import itertools
import unicodedata

#: ICAO 9303 part 3 transliterations that are more than "drop the accent".
_SPECIAL: dict[str, str] = {
    "Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "Œ": "OE",
    "ß": "SS", "ẞ": "SS", "Þ": "TH", "Ð": "D", "Đ": "D", "Ł": "L", "Ħ": "H", "Ĳ": "IJ",
    "İ": "I", "Ŋ": "N", "Ŧ": "T",
}  # fmt: skip
#: The ones a state may also write as the plain letter.
_PLAIN: dict[str, str] = {"Ä": "A", "Ö": "O", "Ü": "U", "Å": "A", "Ø": "O"}
#: Spelled back for a lookup by exact name: the zone's ``AE`` may be a profile's ``ä``.
_BACK: tuple[tuple[str, str], ...] = (("AE", "Ä"), ("OE", "Ö"), ("UE", "Ü"), ("SS", "ß"))
MAX_SPELLINGS = 16


def fold(name: str, *, plain: bool = False) -> str:
    """A name in MRZ letters, words separated by one space: ``"Jäger-Öz"`` -> ``"JAEGER OEZ"``."""
    table = {**_SPECIAL, **_PLAIN} if plain else _SPECIAL
    out: list[str] = []
    for char in name.upper():
        if char in table:
            out.append(table[char])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii())
        if base.isalnum():
            out.append(base)
        elif char in "'\u2019`":
            continue  # O'Neil -> ONEIL
        else:
            out.append(" ")
    return " ".join("".join(out).split())


def same_name(stored: str, zone: str, *, truncated: bool = False) -> bool:
    """Whether a profile's name is what the zone says (a cut-off zone name as a prefix)."""
    if not zone:
        return not stored.strip()
    for spelled in {fold(stored), fold(stored, plain=True)}:
        if spelled == zone or (truncated and spelled.startswith(zone)):
            return True
    return False


def readable(zone: str) -> str:
    """``"ANNA MARIA"`` -> ``"Anna Maria"``: the zone's name as a profile writes it."""
    return " ".join(word.capitalize() for word in zone.split())


def search_spellings(zone: str) -> list[str]:
    """Exact names to ask Mews for: as printed, as a profile writes it, umlauts restored.

    ``customers/getAll`` matches names exactly, so ``JAEGER`` alone would never find the
    profile ``Jäger``; a few likely spellings are sent in one request instead.
    """
    if not zone:
        return []
    spellings = [zone, readable(zone)]
    spots = [(i, pair) for pair in _BACK for i in _find_all(zone, pair[0])]
    for count in range(1, len(spots) + 1):
        for chosen in itertools.combinations(spots, count):
            if _overlap(chosen):
                continue
            text = zone
            for index, (digraph, letter) in sorted(chosen, reverse=True):
                text = text[:index] + letter + text[index + len(digraph) :]
            spellings += [readable(text), text]
            if len(spellings) >= MAX_SPELLINGS:
                return list(dict.fromkeys(spellings))[:MAX_SPELLINGS]
    return list(dict.fromkeys(spellings))


def _find_all(text: str, part: str) -> list[int]:
    return [i for i in range(len(text) - len(part) + 1) if text.startswith(part, i)]


def _overlap(chosen: tuple[tuple[int, tuple[str, str]], ...]) -> bool:
    taken: set[int] = set()
    for index, (digraph, _letter) in chosen:
        span = set(range(index, index + len(digraph)))
        if span & taken:
            return True
        taken |= span
    return False
