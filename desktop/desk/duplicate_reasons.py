"""Why a group of profiles looks like one guest, as one sentence a receptionist reads.

"same email and same birth date" says in words what the evidence is; a comma-separated
list of capitalised labels ("Same email, Same last name and birth date") reads like a
database dump. Every phrase and both joining patterns are translated whole, so each
language puts its own "and" and its own agreement ("gleiche E-Mail-Adresse und gleiches
Geburtsdatum"). A contradiction (birth dates that differ) is said after a "but".
"""

from __future__ import annotations

from typing import Final

from desktop.desk.duplicate_groups import DuplicateGroup, Evidence
from desktop.desk.labels import QT_TRANSLATE_NOOP
from desktop.desk.merge_comparison import Translate, untranslated

REASONS_CONTEXT: Final = "DuplicateGroup"

#: The order phrases are said in: the strongest evidence first, name and birth date last.
ORDER: Final = (
    Evidence.DOCUMENT,
    Evidence.EMAIL,
    Evidence.PHONE,
    Evidence.NAME,
    Evidence.BIRTH_DATE,
)
_BOTH: Final = QT_TRANSLATE_NOOP("DuplicateGroup", "%1 and %2")
_MORE: Final = QT_TRANSLATE_NOOP("DuplicateGroup", "%1, %2")
_BUT: Final = QT_TRANSLATE_NOOP("DuplicateGroup", "%1, but different birth dates")


def joined(items: list[str], translate: Translate = untranslated) -> str:
    """``a``, ``a and b``, ``a, b and c`` in the desk's language."""
    if not items:
        return ""
    text = items[0]
    for item in items[1:-1]:
        text = translate(REASONS_CONTEXT, _MORE).replace("%1", text).replace("%2", item)
    if len(items) > 1:
        text = translate(REASONS_CONTEXT, _BOTH).replace("%1", text).replace("%2", items[-1])
    return text


def reasons_sentence(group: DuplicateGroup, translate: Translate = untranslated) -> str:
    """``"same email and same birth date"``: the group's evidence, strongest first."""
    said = set(group.evidence)
    if Evidence.NAME_AND_BIRTH_DATE in said:  # two phrases: "and" inside one reads twice
        said |= {Evidence.NAME, Evidence.BIRTH_DATE}
    phrases = [translate(REASONS_CONTEXT, item.value) for item in ORDER if item in said]
    text = joined(phrases, translate)
    if group.different_birth_dates:
        text = translate(REASONS_CONTEXT, _BUT).replace("%1", text)
    return text
