"""Detects that someone else changed a profile while it was open, and what to do about it.

Before a save the editor fetches the customer again. If its ``UpdatedUtc`` moved since the
profile was opened, a three-way comparison (as opened, as now on the server, as edited here)
tells the user what the other side changed, what they changed, and where both changed the
same field differently, instead of silently overwriting the other desk's work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.desk.profile_fields import EDITABLE_KEYS, changed_keys


@dataclass(frozen=True)
class FieldChange:
    """One field in the three versions."""

    key: str
    opened: Any
    theirs: Any
    mine: Any


@dataclass(frozen=True)
class ConflictReport:
    """The three-way comparison of one profile."""

    theirs: tuple[FieldChange, ...]
    mine: tuple[FieldChange, ...]
    both: tuple[FieldChange, ...]

    @property
    def has_conflicts(self) -> bool:
        """True when both sides changed the same field to different values."""
        return bool(self.both)

    @property
    def others_changed_anything(self) -> bool:
        return bool(self.theirs or self.both)


def server_moved(opened_updated_utc: Any, current_updated_utc: Any) -> bool:
    """Whether the profile was updated on the server since it was opened."""
    return str(opened_updated_utc or "") != str(current_updated_utc or "")


def compare(
    opened: Mapping[str, Any], theirs: Mapping[str, Any], mine: Mapping[str, Any]
) -> ConflictReport:
    """Sort every editable field into changed-by-them, changed-by-me or changed-by-both."""
    their_keys = set(changed_keys(opened, theirs))
    my_keys = set(changed_keys(opened, mine))
    disagree = set(changed_keys(theirs, mine))
    only_theirs, only_mine, both = [], [], []
    for key in EDITABLE_KEYS:
        change = FieldChange(key, opened.get(key), theirs.get(key), mine.get(key))
        if key in their_keys and key in my_keys:
            if key in disagree:
                both.append(change)
            # Both made the same change: nothing to decide.
        elif key in their_keys:
            only_theirs.append(change)
        elif key in my_keys:
            only_mine.append(change)
    return ConflictReport(tuple(only_theirs), tuple(only_mine), tuple(both))


def rebase(
    opened: Mapping[str, Any], theirs: Mapping[str, Any], mine: Mapping[str, Any]
) -> dict[str, Any]:
    """My edits replayed on top of the server's current version.

    Fields only they changed keep their value; fields I changed take mine (including the
    ones both changed: the user chose to keep theirs or mine before calling this). Diffing
    the result against ``theirs`` yields exactly my changes, so a save after a rebase does
    not undo the other desk's work.
    """
    result = dict(theirs)
    for key in changed_keys(opened, mine):
        result[key] = mine[key]
    return result
