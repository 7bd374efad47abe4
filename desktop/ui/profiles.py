"""Saved connection profiles in ``QSettings`` (never tokens: those live in the keyring)."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from desktop.desk.connection import ConnectionKind, ConnectionProfile

_PROFILES_KEY = "connection/profiles"
_CURRENT_KEY = "connection/current"


def load_profiles(settings: QSettings) -> list[ConnectionProfile]:
    raw = settings.value(_PROFILES_KEY, "[]")
    try:
        items = json.loads(str(raw))
    except ValueError:
        return []
    profiles = [ConnectionProfile.from_dict(item) for item in items if isinstance(item, dict)]
    return [profile for profile in profiles if profile is not None]


def save_profile(
    settings: QSettings, profile: ConnectionProfile, *, make_current: bool = True
) -> None:
    profiles = [p for p in load_profiles(settings) if p.profile_id != profile.profile_id]
    stored = profile.with_url("") if profile.kind is ConnectionKind.SANDBOX else profile
    profiles.append(stored)
    settings.setValue(_PROFILES_KEY, json.dumps([p.to_dict() for p in profiles]))
    if make_current:
        settings.setValue(_CURRENT_KEY, profile.profile_id)
    settings.sync()


def current_profile(settings: QSettings) -> ConnectionProfile | None:
    current = str(settings.value(_CURRENT_KEY, "") or "")
    return next((p for p in load_profiles(settings) if p.profile_id == current), None)


def find_profile(
    settings: QSettings, kind: ConnectionKind, base_url: str = ""
) -> ConnectionProfile | None:
    """A saved profile of ``kind`` (and, for custom addresses, that URL) to reuse its tokens."""
    for profile in load_profiles(settings):
        if profile.kind is kind and (
            kind is not ConnectionKind.CUSTOM or profile.base_url == base_url
        ):
            return profile
    return None
