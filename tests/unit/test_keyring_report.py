"""The keyring report that tells a complete frozen build from one that lost its backends."""

from __future__ import annotations

import json
import sys

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.desk.keyring_report import keyring_report


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(_MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def test_reports_the_selected_backend(memory_keyring: None) -> None:
    assert keyring_report()["selected"] == f"{__name__}._MemoryKeyring"


def test_lists_every_backend_keyring_registers_with_its_availability() -> None:
    report = keyring_report()
    # keyring registers its own backends through entry points; these are the ones
    # a frozen build loses when the package metadata is not bundled.
    assert {"SecretService", "Windows", "macOS", "chainer"} <= set(report["entry_points"])
    backends = report["backends"]
    assert isinstance(backends, dict)
    assert "keyring.backends.SecretService.Keyring" in backends
    if sys.platform != "win32":
        assert backends["keyring.backends.Windows.WinVaultKeyring"].startswith("unavailable: ")
    assert all(
        state.startswith(("priority ", "unavailable: ", "not loadable: "))
        for state in backends.values()
    )


def test_report_is_json_ready() -> None:
    report = keyring_report()
    assert json.loads(json.dumps(report)) == report
