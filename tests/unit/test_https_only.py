"""Tokens travel in every request body: plain http only on loopback, certificates always checked.

Every way an address reaches the client is covered: the connection dialog's rules
(``normalize_base_url``), the ``--base-url`` flag, and a profile read back from a settings
file someone edited by hand. Certificate checks have no switch at all: the client's httpx
transport verifies, and no code in ``desktop/`` passes ``verify=`` or builds an unverified
SSL context.
"""

from __future__ import annotations

import ast
import ssl
from pathlib import Path

import pytest

from desktop.app import parse_arguments
from desktop.desk.connection import (
    ConnectionKind,
    ConnectionProfile,
    InvalidBaseUrlError,
    normalize_base_url,
)
from desktop.mews import MewsClient

DESKTOP = Path(__file__).parents[2] / "desktop"

REFUSED = [
    "http://api.mews.com",
    "HTTP://pms.example.com",
    "http://10.0.0.5:8080",
    "http://192.168.1.20",
    "http://127.0.0.1.example.com",  # looks loopback, resolves anywhere
    "http://localhost.example.com",
    "http://[2001:db8::1]",
    "ftp://api.mews.com",
    "api.mews.com",
    "https://user:secret@api.mews.com",
]
ACCEPTED = {
    "https://api.mews.com/": "https://api.mews.com",
    "https://API.mews-demo.com": "https://api.mews-demo.com",
    "http://127.0.0.1:8080": "http://127.0.0.1:8080",
    "http://localhost:5000/": "http://localhost:5000",
    "http://[::1]:9000": "http://[::1]:9000",
    "http://127.5.6.7": "http://127.5.6.7",
}


@pytest.mark.parametrize("url", REFUSED)
def test_the_connection_rules_refuse_http_off_this_computer(url: str) -> None:
    with pytest.raises(InvalidBaseUrlError):
        normalize_base_url(url)


@pytest.mark.parametrize(("url", "normalized"), ACCEPTED.items())
def test_https_anywhere_and_http_on_loopback_are_accepted(url: str, normalized: str) -> None:
    assert normalize_base_url(url) == normalized


@pytest.mark.parametrize("url", REFUSED[:5])
def test_the_base_url_flag_refuses_http_off_this_computer(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_arguments(["--base-url", url])
    assert exit_info.value.code == 2
    assert "https" in capsys.readouterr().err


def test_the_base_url_flag_accepts_https_and_loopback_http() -> None:
    assert parse_arguments(["--base-url", "https://api.mews.com/"]).base_url == (
        "https://api.mews.com"
    )
    assert parse_arguments(["--base-url", "http://127.0.0.1:8080"]).base_url == (
        "http://127.0.0.1:8080"
    )


def test_a_hand_edited_settings_profile_cannot_bring_back_http() -> None:
    saved = ConnectionProfile.new(ConnectionKind.CUSTOM, base_url="https://pms.example.com")
    tampered = saved.to_dict() | {"base_url": "http://pms.example.com"}
    assert ConnectionProfile.from_dict(saved.to_dict()) == saved
    assert ConnectionProfile.from_dict(tampered) is None
    local = saved.to_dict() | {"base_url": "http://127.0.0.1:8080"}
    restored = ConnectionProfile.from_dict(local)
    assert restored is not None and restored.base_url == "http://127.0.0.1:8080"


def test_the_clients_transport_verifies_certificates() -> None:
    with MewsClient(
        "https://api.mews.com", client_token="c", access_token="a", client="Frontdesk 1.0"
    ) as client:
        context = client._transport.http._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname


def _verification_switches(path: Path) -> list[str]:
    """``verify=`` arguments and unverified SSL contexts in one source file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.keyword) and node.arg == "verify":
            value = node.value
            if not (isinstance(value, ast.Constant) and value.value is True):
                found.append(f"{path}:{node.value.lineno} verify={ast.unparse(value)}")
        if isinstance(node, ast.Attribute) and node.attr in (
            "CERT_NONE",
            "_create_unverified_context",
            "check_hostname",
        ):
            found.append(f"{path}:{node.lineno} {node.attr}")
    return found


def test_nothing_in_the_app_can_switch_certificate_checks_off() -> None:
    sources = sorted(DESKTOP.rglob("*.py"))
    assert len(sources) > 50, "the scan must see the whole package"
    problems = [problem for path in sources for problem in _verification_switches(path)]
    assert not problems, problems


def test_the_scan_would_catch_a_switch(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import httpx, ssl\nhttpx.Client(verify=False)\nhttpx.Client(verify=flag)\n"
        "ssl._create_unverified_context()\n"
    )
    assert len(_verification_switches(sample)) == 3
