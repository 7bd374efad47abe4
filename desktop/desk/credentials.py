"""API tokens in the OS keyring, with a session-only fallback and environment overrides.

Tokens are the keys to a property's guest data, so they are kept only where the operating
system protects them (Keychain, Credential Manager, Secret Service, KWallet). When no such
backend exists the store says so (:attr:`CredentialStore.secure` is false, and the UI shows a
warning) and keeps the tokens in memory for this run only: there is deliberately no
plaintext-file fallback. ``FRONTDESK_CLIENT_TOKEN`` / ``FRONTDESK_ACCESS_TOKEN`` override
the stored tokens for one run (kiosks, CI) and are never written anywhere.

:mod:`keyring` is imported on first use: importing it and discovering the backend cost
about 50 ms, which the desk's first window should not wait for.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = "Frontdesk"
CLIENT_TOKEN_ENV = "FRONTDESK_CLIENT_TOKEN"
ACCESS_TOKEN_ENV = "FRONTDESK_ACCESS_TOKEN"

# Backends that either store nothing or store secrets in a file anyone with the user's
# files can read; keyrings.alt's "encrypted" file keyring keeps the key next to the data.
_INSECURE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True)
class Tokens:
    """A ClientToken/AccessToken pair; its repr never shows the values."""

    client_token: str = field(repr=False)
    access_token: str = field(repr=False)

    def __repr__(self) -> str:
        return f"Tokens(client_token={_mask(self.client_token)}, access_token={_mask(self.access_token)})"

    @property
    def complete(self) -> bool:
        return bool(self.client_token and self.access_token)


def _mask(value: str) -> str:
    return "'…'" if value else "''"


def _account(profile_id: str, which: str) -> str:
    # One account per profile and token so several connections coexist, and so each secret
    # stays far below the Windows Credential Manager's 2,560-byte limit.
    return f"{profile_id}/{which}"


def backend_is_secure(backend: KeyringBackend) -> bool:
    """Whether ``backend`` keeps secrets in an OS-protected store."""
    backends = getattr(backend, "backends", None)
    if backends is not None:  # ChainerBackend: secure if any chained backend is
        return any(backend_is_secure(inner) for inner in backends)
    module = type(backend).__module__
    return not module.startswith(_INSECURE_BACKEND_MODULES)


def tokens_from_environment(environ: Mapping[str, str] | None = None) -> Tokens | None:
    """Tokens given for this run only; ``None`` when neither variable is set."""
    env = os.environ if environ is None else environ
    client_token = env.get(CLIENT_TOKEN_ENV, "").strip()
    access_token = env.get(ACCESS_TOKEN_ENV, "").strip()
    if not client_token and not access_token:
        return None
    return Tokens(client_token, access_token)


class CredentialStore:
    """Load and save tokens per connection profile.

    ``backend`` defaults to whatever :mod:`keyring` selected (tests install an in-memory
    backend with ``keyring.set_keyring``). Tokens that could not be stored securely are
    kept in :attr:`_session` and vanish when the process ends.
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._backend = backend
        self._environ = environ
        self._session: dict[str, Tokens] = {}

    def __repr__(self) -> str:
        return f"CredentialStore(secure={self.secure})"

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    @property
    def secure(self) -> bool:
        return backend_is_secure(self.backend)

    @property
    def backend_name(self) -> str:
        return type(self.backend).__name__

    def environment_override(self) -> Tokens | None:
        return tokens_from_environment(self._environ)

    def load(self, profile_id: str) -> Tokens | None:
        """Tokens for ``profile_id``: environment first, then this session, then the keyring.

        A variable set in the environment wins over the stored value of the same token, so
        one can be overridden without retyping the other.
        """
        override = self.environment_override()
        if override is not None and override.complete:
            return override  # both overridden: the keyring would not change the answer
        stored = self._session.get(profile_id) or self._load_from_keyring(profile_id)
        if override is None:
            return stored
        return Tokens(
            override.client_token or (stored.client_token if stored else ""),
            override.access_token or (stored.access_token if stored else ""),
        )

    def save(self, profile_id: str, tokens: Tokens) -> bool:
        """Store ``tokens``; returns whether they were persisted in a secure keyring.

        On ``False`` the tokens are still usable until the app quits.
        """
        import keyring.errors

        self._session.pop(profile_id, None)
        if self.secure:
            try:
                self.backend.set_password(
                    SERVICE_NAME, _account(profile_id, "ClientToken"), tokens.client_token
                )
                self.backend.set_password(
                    SERVICE_NAME, _account(profile_id, "AccessToken"), tokens.access_token
                )
                return True
            except keyring.errors.KeyringError as error:
                # The message names the backend's problem; it never contains the secret.
                log.warning("Keyring refused to store tokens: %s", type(error).__name__)
        self._session[profile_id] = tokens
        return False

    def forget(self, profile_id: str) -> None:
        import keyring.errors

        self._session.pop(profile_id, None)
        if not self.secure:
            return
        for which in ("ClientToken", "AccessToken"):
            with contextlib.suppress(keyring.errors.KeyringError):
                self.backend.delete_password(SERVICE_NAME, _account(profile_id, which))

    def _load_from_keyring(self, profile_id: str) -> Tokens | None:
        import keyring.errors

        if not self.secure:
            return None
        try:
            client_token = self.backend.get_password(
                SERVICE_NAME, _account(profile_id, "ClientToken")
            )
            access_token = self.backend.get_password(
                SERVICE_NAME, _account(profile_id, "AccessToken")
            )
        except keyring.errors.KeyringError as error:
            log.warning("Keyring could not be read: %s", type(error).__name__)
            return None
        if not client_token and not access_token:
            return None
        return Tokens(client_token or "", access_token or "")
