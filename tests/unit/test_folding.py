"""Folding typed text and names alike: case and accents off, everything else kept."""

from __future__ import annotations

import unicodedata

from desktop.desk.folding import fold, without_accents


def test_accented_letters_fold_like_their_decomposition() -> None:
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        if base.isascii() and base:
            assert without_accents(char) == base, char


def test_names_fold_to_what_a_plain_keyboard_types() -> None:
    assert fold("Dvořáková") == "dvorakova"
    assert fold("Groß") == fold("GROSS") == "gross"
    assert fold("Łukasz Øster") == "lukasz oster"
    assert fold("Nguyễn") == "nguyen"
    assert without_accents("Núñez") == "Nunez"


def test_other_scripts_and_separators_are_kept() -> None:
    assert fold("日本\x1f田中") == "日本\x1f田中"
    assert fold("Novák\x1fjan@x.cz") == "novak\x1fjan@x.cz"
