"""Where the desk connects: connection profiles, presets and the rules a base URL must meet.

A profile holds only what is safe to keep in plain settings (kind, name, base URL, chain
id). Tokens live in the OS keyring (see :mod:`desktop.desk.credentials`), keyed by the profile
id, so several profiles — say the sandbox, the Mews demo and a property's production
connection — can coexist without overwriting each other's tokens.
"""

from __future__ import annotations

import os
import re
from enum import StrEnum
from typing import Any, NamedTuple
from urllib.parse import urlsplit, urlunsplit

from desktop.desk.translatable import QT_TRANSLATE_NOOP


class ConnectionKind(StrEnum):
    SANDBOX = "sandbox"
    MEWS_DEMO = "mews-demo"
    MEWS_PRODUCTION = "mews-production"
    CUSTOM = "custom"


MEWS_DEMO_URL = "https://api.mews-demo.com"
MEWS_PRODUCTION_URL = "https://api.mews.com"

# The public tokens Mews publishes for its demo environment ("Are you ready to integrate
# with Mews?", gross pricing). They are public by design: anyone may use them, no real data
# may ever be entered there, and they are what the "Mews demo" preset fills in.
MEWS_DEMO_CLIENT_TOKEN = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D"
MEWS_DEMO_ACCESS_TOKEN = "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D"


class InvalidBaseUrlError(ValueError):
    """The typed address cannot be used: wrong scheme, no host, or plain http to a remote host."""


class Preset(NamedTuple):
    """A starting point in the connection dialog; ``base_url`` is empty when it is chosen later."""

    kind: ConnectionKind
    label: str
    base_url: str
    client_token: str = ""
    access_token: str = ""

    @property
    def url_editable(self) -> bool:
        return self.kind is ConnectionKind.CUSTOM


PRESETS: tuple[Preset, ...] = (
    Preset(
        ConnectionKind.SANDBOX,
        QT_TRANSLATE_NOOP("Connection", "Built-in sandbox (demo data, offline)"),
        "",
    ),
    Preset(
        ConnectionKind.MEWS_DEMO,
        QT_TRANSLATE_NOOP("Connection", "Mews demo (public test property)"),
        MEWS_DEMO_URL,
        MEWS_DEMO_CLIENT_TOKEN,
        MEWS_DEMO_ACCESS_TOKEN,
    ),
    Preset(
        ConnectionKind.MEWS_PRODUCTION,
        QT_TRANSLATE_NOOP("Connection", "Mews production"),
        MEWS_PRODUCTION_URL,
    ),
    Preset(ConnectionKind.CUSTOM, QT_TRANSLATE_NOOP("Connection", "Custom address"), ""),
)


def preset_for(kind: ConnectionKind) -> Preset:
    return next(preset for preset in PRESETS if preset.kind is kind)


_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def is_loopback_host(host: str) -> bool:
    """Loopback is the one place plain http is acceptable: the traffic never leaves the machine."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        import ipaddress  # only for a typed address: not at start-up

        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_base_url(url: str) -> str:
    """Return ``url`` without path, query or trailing slash, or raise if it must not be used.

    Tokens travel in every request body, so anything but https would hand them to whoever
    is on the network; only loopback (the embedded sandbox, a local proxy) may use http.
    """
    text = url.strip()
    if not text:
        raise InvalidBaseUrlError(
            QT_TRANSLATE_NOOP(
                "Connection", "Enter the API address, for example https://api.mews.com."
            )
        )
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise InvalidBaseUrlError(
            QT_TRANSLATE_NOOP(
                "Connection",
                "The address must start with https:// and name a host, for example https://api.mews.com.",
            )
        )
    if scheme == "http" and not is_loopback_host(parts.hostname):
        raise InvalidBaseUrlError(
            QT_TRANSLATE_NOOP(
                "Connection",
                "Only https addresses are accepted; plain http is allowed for this computer only "
                "(localhost, 127.0.0.1).",
            )
        )
    if parts.username or parts.password:
        raise InvalidBaseUrlError(
            QT_TRANSLATE_NOOP("Connection", "The address must not contain a user name or password.")
        )
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, parts.netloc.lower(), path, "", ""))


def normalize_chain_id(value: str | None) -> str | None:
    """A portfolio chain id is a UUID; empty means the token is a single-property token."""
    text = (value or "").strip()
    if not text:
        return None
    if not _UUID.match(text):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Connection",
                "The chain ID must be a UUID such as 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.",
            )
        )
    return text.lower()


class ConnectionProfile(NamedTuple):
    """One place the desk can connect to; never holds tokens."""

    profile_id: str
    kind: ConnectionKind
    name: str
    base_url: str = ""
    chain_id: str | None = None

    @classmethod
    def new(
        cls,
        kind: ConnectionKind,
        *,
        base_url: str = "",
        chain_id: str | None = None,
        name: str = "",
    ) -> ConnectionProfile:
        preset = preset_for(kind)
        if not name and kind is ConnectionKind.CUSTOM and base_url:
            name = urlsplit(base_url).netloc or base_url
        profile_id = "sandbox" if kind is ConnectionKind.SANDBOX else os.urandom(6).hex()
        return cls(
            profile_id=profile_id,
            kind=kind,
            name=name or preset.label,
            base_url=base_url or preset.base_url,
            chain_id=chain_id,
        )

    def with_url(self, base_url: str) -> ConnectionProfile:
        return self._replace(base_url=base_url)

    def to_dict(self) -> dict[str, Any]:
        data = self._asdict()
        data["kind"] = self.kind.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConnectionProfile | None:
        """Rebuild a saved profile; ``None`` when the saved data is unusable (never raises)."""
        try:
            kind = ConnectionKind(str(data["kind"]))
            base_url = str(data.get("base_url") or "")
            if kind is not ConnectionKind.SANDBOX:
                # A settings file edited by hand must not reintroduce plain http.
                base_url = normalize_base_url(base_url)
            return cls(
                profile_id=str(data["profile_id"]),
                kind=kind,
                name=str(data.get("name") or preset_for(kind).label),
                base_url=base_url,
                chain_id=(str(data["chain_id"]) if data.get("chain_id") else None),
            )
        except (KeyError, ValueError, TypeError):  # InvalidBaseUrlError is a ValueError
            return None


SANDBOX_PROFILE = ConnectionProfile(
    profile_id="sandbox", kind=ConnectionKind.SANDBOX, name=preset_for(ConnectionKind.SANDBOX).label
)
