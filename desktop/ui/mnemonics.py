"""Alt-key mnemonics for labels whose text is only known once translated.

A form's labels come from shared, translated field names; fixing an ``&`` letter in every
language by hand would collide sooner or later. Picking the first free letter of each
translated label instead gives every field of a form its own Alt key in any language.
"""

from __future__ import annotations


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with ``&`` before its first letter not in ``used`` (which is updated).

    Prefers the start of a word; a label whose letters are all taken stays as it is.
    """
    if "&" in text.replace("&&", ""):
        return text
    starts = [
        i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or not text[i - 1].isalpha())
    ]
    others = [i for i, ch in enumerate(text) if ch.isalpha() and i not in starts]
    for index in starts + others:
        key = text[index].casefold()
        if key not in used:
            used.add(key)
            return text[:index] + "&" + text[index:]
    return text
