"""Readable labels for the API's enum values.

The strings here are English source texts. This module stays Qt-free, so it only marks
them for translation (``QT_TRANSLATE_NOOP``, which Qt's ``lupdate`` recognises by name);
the UI translates them at display time with ``QCoreApplication.translate(context, text)``
using the context given here. Unknown values (Mews adds enum values over time) fall back
to the raw API value so that nothing is ever hidden.
"""

from __future__ import annotations

TITLE_CONTEXT = "Title"
SEX_CONTEXT = "Sex"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


TITLE_LABELS: dict[str, str] = {
    "Mister": QT_TRANSLATE_NOOP("Title", "Mr."),
    "Miss": QT_TRANSLATE_NOOP("Title", "Ms."),
    "Misses": QT_TRANSLATE_NOOP("Title", "Mrs."),
}

SEX_LABELS: dict[str, str] = {
    "Male": QT_TRANSLATE_NOOP("Sex", "Male"),
    "Female": QT_TRANSLATE_NOOP("Sex", "Female"),
}


def title_label(value: str | None) -> str:
    """English source label of a title; empty for none, the raw value when unknown."""
    if not value:
        return ""
    return TITLE_LABELS.get(str(value), str(value))
