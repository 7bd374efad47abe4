"""The accented spellings a name typed without accents may stand for.

``customers/getAll`` matches ``LastNames`` and ``FirstNames`` exactly, so ``novak`` never
finds the profile ``Novák``, and a receptionist cannot be expected to type every háček.
One filter list takes up to :data:`~desktop.mews.limits.MAX_FILTER_ITEMS` names, so the
likely spellings of what was typed go out in that one request: each plain letter may be
one of the accented letters the desk's languages write for it, each with a rough weight
(how often that letter stands for the plain one in names), raised where a common ending
makes it likely (Czech and Slovak ``-ová``, ``-ák``, ``-ský``; Croatian ``-ić``). The
spellings are enumerated best first, so the cap cuts the least likely ones.

Every spelling folds back to what was typed (see
:func:`~desktop.desk.folding.normalized_name`), which is what the results are
checked against after the answer.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterator
from functools import lru_cache

from desktop.mews.limits import MAX_FILTER_ITEMS

#: Accented letters a plain one may stand for, most frequent in names first.
_LETTERS: dict[str, tuple[tuple[str, float], ...]] = {
    "a": (("á", 0.5), ("ä", 0.3), ("à", 0.15), ("â", 0.1), ("å", 0.08), ("ã", 0.05), ("ą", 0.05)),
    "c": (("č", 0.5), ("ç", 0.2), ("ć", 0.2)),
    "d": (("ď", 0.1),),
    "e": (("é", 0.5), ("ě", 0.3), ("è", 0.2), ("ë", 0.1), ("ê", 0.1), ("ę", 0.05)),
    "i": (("í", 0.5), ("ì", 0.05), ("î", 0.05), ("ï", 0.05)),
    "l": (("ł", 0.15), ("ľ", 0.1), ("ĺ", 0.02)),
    "n": (("ñ", 0.2), ("ň", 0.2), ("ń", 0.15)),
    "o": (("ö", 0.35), ("ó", 0.3), ("ø", 0.1), ("ô", 0.05), ("ò", 0.05), ("ō", 0.03), ("õ", 0.03)),
    "r": (("ř", 0.4), ("ŕ", 0.02)),
    "s": (("š", 0.5), ("ś", 0.15)),
    "t": (("ť", 0.1),),
    "u": (("ü", 0.4), ("ú", 0.3), ("ů", 0.3), ("ù", 0.05), ("û", 0.05), ("ū", 0.03)),
    "y": (("ý", 0.4), ("ÿ", 0.02)),
    "z": (("ž", 0.5), ("ź", 0.1), ("ż", 0.1)),
}  # fmt: skip
#: Two plain letters one accented letter is written as (``gross`` -> ``Groß``).
_PAIRS: dict[str, tuple[tuple[str, float], ...]] = {"ss": (("ß", 0.3),)}
#: Endings that make one accented letter likely: (ending, its letter's index, letter, weight).
_ENDINGS: tuple[tuple[str, int, str, float], ...] = (
    ("ova", 2, "á", 0.95),  # Nováková, Svobodová
    ("ak", 0, "á", 0.8),  # Novák, Dvořák
    ("sky", 2, "ý", 0.9),  # Chomutovský
    ("cky", 2, "ý", 0.9),  # Dlouhý-like adjectives
    ("ny", 1, "ý", 0.8),  # Černý, Pokorný
    ("ly", 1, "ý", 0.8),  # Veselý
    ("ska", 2, "á", 0.8),  # Kowalská, Slovak feminine
    ("na", 1, "á", 0.5),  # Černá
    ("la", 1, "á", 0.5),  # Veselá
    ("ic", 1, "ć", 0.6),  # Jović, Babić
    ("ik", 0, "í", 0.6),  # Kubík
)


def _units(text: str) -> list[tuple[tuple[str, float], ...]]:
    """Per letter (or ``ss`` pair) of ``text``: the plain text first, then its alternatives."""
    units: list[tuple[tuple[str, float], ...]] = []
    index = 0
    while index < len(text):
        pair = text[index : index + 2]
        if pair in _PAIRS and index > 0 and text[index - 1].isalpha():
            units.append(((pair, 1.0), *_PAIRS[pair]))
            index += 2
            continue
        char = text[index]
        weights = dict(_LETTERS.get(char, ()))
        for ending, offset, letter, weight in _ENDINGS:
            if _ends_word(text, index - offset, ending):
                weights[letter] = max(weight, weights.get(letter, 0.0))
        ordered = sorted(weights.items(), key=lambda item: -item[1])
        units.append(((char, 1.0), *ordered))
        index += 1
    return units


def _ends_word(text: str, start: int, ending: str) -> bool:
    """Whether ``ending`` stands at ``start`` as the end of a word longer than it."""
    end = start + len(ending)
    return (
        start >= 1
        and text[start - 1].isalpha()
        and text[start:end] == ending
        and (end == len(text) or not text[end].isalpha())
    )


def _best_first(
    units: list[tuple[tuple[str, float], ...]],
) -> Iterator[tuple[tuple[int, int], ...]]:
    """Every combination of the units' options, most likely first (weights multiply), as
    the (unit, option) pairs that differ from the plain text.

    Each combination is reached once: from the one whose last changed unit is ``j``, by
    taking ``j``'s next option or the first alternative of a unit after ``j``.
    """
    heap: list[tuple[float, int, tuple[tuple[int, int], ...]]] = [(-1.0, 0, ())]
    choices = [position for position, unit in enumerate(units) if len(unit) > 1]
    while heap:
        negative, _, changes = heapq.heappop(heap)
        yield changes
        last, option = changes[-1] if changes else (-1, 0)
        if last >= 0 and option + 1 < len(units[last]):
            ratio = units[last][option + 1][1] / units[last][option][1]
            step = (*changes[:-1], (last, option + 1))
            heapq.heappush(heap, (negative * ratio, len(step), step))
        for position in choices[bisect.bisect_right(choices, last) :]:
            step = (*changes, (position, 1))
            heapq.heappush(heap, (negative * units[position][1][1], len(step), step))


def _shaped(units: list[tuple[tuple[str, float], ...]], form: str) -> list[tuple[str, ...]]:
    """Each unit's options in the case ``form`` (a stored form of the plain text) gives
    that place, so a spelling needs no capitalising of its own: accents never move a
    word's or a part's start."""
    shaped: list[tuple[str, ...]] = []
    start = 0
    for unit in units:
        upper = form[start].isupper()
        shaped.append(tuple(option.upper() if upper else option for option, _ in unit))
        start += len(unit[0][0])
    return shaped


#: Words a stored name keeps in lower case inside it ("van den Berg", "de Jong").
_PARTICLES = frozenset(
    {"da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du", "la", "le",
     "ten", "ter", "van", "von", "zu"}
)  # fmt: skip


def _capitalised_part(part: str) -> str:
    text = part[:1].upper() + part[1:]
    if text[:2] == "Mc" and len(text) > 2:  # McDonald
        text = text[:2] + text[2].upper() + text[3:]
    head, apostrophe, tail = text.partition("'")
    if apostrophe and len(head) == 1 and tail:  # O'Brien, D'Angelo
        text = f"{head}'{tail[:1].upper()}{tail[1:]}"
    return text


def capitalised(text: str) -> str:
    """A name as Mews profiles write it: each word and each hyphenated part capitalised."""
    return " ".join("-".join(map(_capitalised_part, word.split("-"))) for word in text.split())


def _stored_forms(text: str) -> tuple[str, ...]:
    """``text`` as profiles store it: capitalised, and with its particles in lower case."""
    words = capitalised(text).split()
    if len(words) < 2:
        return (" ".join(words),)
    particles = [w.lower() if i < len(words) - 1 and w.lower() in _PARTICLES else w
                 for i, w in enumerate(words)]  # fmt: skip
    return tuple(dict.fromkeys((" ".join(words), " ".join(particles))))


def is_plain(text: str) -> bool:
    """Whether ``text`` has no accents to keep: typed on a plain keyboard, so widened."""
    return text.isascii()


@lru_cache(maxsize=64)  # every page of a search asks again
def name_variants(text: str, *, limit: int = MAX_FILTER_ITEMS) -> tuple[str, ...]:
    """Exact names to ask Mews for ``text``, at most ``limit``, most likely first.

    What was typed comes first, then the usual capitalisation; a plain name is then
    followed by its accented spellings, capitalised as stored (whatever case it was
    typed in). A name typed with accents is searched as typed: the receptionist chose
    them, and widening would return namesakes they ruled out.
    """
    spellings = dict.fromkeys((text, *_stored_forms(text)))
    if is_plain(text):
        units = _units(text.casefold())
        forms = [_shaped(units, form) for form in _stored_forms(text.casefold())]
        plains = [[options[0] for options in form] for form in forms]
        for changes in _best_first(units):
            if len(spellings) >= limit:
                break
            for form, plain in zip(forms, plains, strict=True):
                letters = plain.copy()
                for position, option in changes:
                    letters[position] = form[position][option]
                spellings["".join(letters)] = None
    return tuple(spellings)[:limit]
