"""The shipped translations: complete, compiled from their sources, and true to the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%(?:L?n|\d)")


COMPILER = load_script("compile_translations")
LANGUAGES = COMPILER.LANGUAGES


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(COMPILER.ts_path(language)).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_all_six_languages_ship() -> None:
    assert set(LANGUAGES) == {"en", "de", "fr", "it", "es", "cs"}
    for language in LANGUAGES:
        assert COMPILER.ts_path(language).exists()
        assert COMPILER.qm_path(language).exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    unfinished = [
        (context, source)
        for context, source, message in _messages(language)
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(_translations(message))
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    """A lost %1 would drop a guest's name or a count from the sentence."""
    broken = []
    for context, source, message in _messages(language):
        wanted = set(PLACEHOLDER.findall(source))
        for text in _translations(message):
            if message.get("numerus") == "yes":
                continue  # a singular form may spell the number out ("the last day")
            if set(PLACEHOLDER.findall(text)) != wanted:
                broken.append((context, source, text))
    assert broken == []


def test_titles_read_as_front_desks_write_them() -> None:
    def titles(language: str) -> dict[str, str]:
        return {
            source: _translations(message)[0]
            for context, source, message in _messages(language)
            if context == "Title"
        }

    assert titles("en") == {"Mr.": "Mr.", "Ms.": "Ms.", "Mrs.": "Mrs."}
    # German desks write Fr. for every woman; "Frl." is no longer used.
    assert titles("de") == {"Mr.": "Hr.", "Ms.": "Fr.", "Mrs.": "Fr."}


def test_committed_catalogues_match_their_sources(tmp_path: Path) -> None:
    fresh = COMPILER.compile_catalogues(tmp_path)
    stale = [
        path.name
        for path in fresh
        if path.read_bytes() != COMPILER.qm_path(path.stem.split("_")[1]).read_bytes()
    ]
    assert stale == [], "run: python packaging/compile_translations.py"


def test_sources_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """lupdate over today's code finds nothing new: no text reaches the screen untranslated."""
    copy = tmp_path / "frontdesk_de.ts"
    shutil.copy(COMPILER.ts_path("de"), copy)
    files = [str(path) for path in COMPILER.source_files()]
    subprocess.run(
        [
            COMPILER.qt_tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *files,
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    root = ET.parse(copy).getroot()
    new = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert new == [], "run: python packaging/compile_translations.py --update, then translate"
