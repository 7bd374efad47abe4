"""Alt-key mnemonics for labels whose text is only known once translated.

A form's labels come from shared, translated field names; fixing an ``&`` letter in every
language by hand would collide sooner or later. Picking the first free letter of each
translated label instead gives every field of a form its own Alt key in any language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget


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


def mnemonic_letter(text: str) -> str:
    """The Alt letter ``text`` marks with ``&`` (``&&`` is a literal ampersand), or ``""``."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].casefold() if 0 <= index < len(text) - 1 else ""


def without_mnemonic(text: str) -> str:
    """``text`` with its ``&`` marker removed (a literal ``&&`` stays)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def _repick(text: str, used: set[str]) -> str:
    """Keep ``text``'s own letter when still free (the translator chose it), else pick one."""
    letter = mnemonic_letter(text)
    if letter and letter not in used:
        used.add(letter)
        return text
    return with_mnemonic(without_mnemonic(text), used)


def make_mnemonics_unique(widgets: Iterable[QWidget], used: set[str]) -> None:
    """Give buttons, buddy labels and tabs of ``widgets`` distinct Alt letters, in order.

    Letters are fixed per language by translators or picked from translated text, so two
    controls of one window can end up sharing one, and Alt then cycles between them
    instead of acting; ``used`` holds letters already taken (the menu bar's) and is updated.
    A control whose letters are all taken loses its mnemonic rather than sharing one.
    """
    for widget in widgets:
        if (isinstance(widget, QAbstractButton) and mnemonic_letter(widget.text())) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            widget.setText(_repick(widget.text(), used))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                widget.setTabText(index, _repick(widget.tabText(index), used))
