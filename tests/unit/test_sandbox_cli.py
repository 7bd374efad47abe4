"""``python -m desktop.sandbox`` starts a server, prints where and with which tokens."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN
from desktop.sandbox.__main__ import _rate_limit


def test_cli_serves_until_terminated(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.sandbox", "--port", "0", "--db", str(tmp_path / "cli.db"),
         "--customers", "30", "--rate-limit", "50/10", "--fail-rate", "0", "--latency-ms", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        base_url = lines[0].split()[-1]
        assert DEMO_CLIENT_TOKEN in lines[1] and DEMO_ACCESS_TOKEN in lines[2]
        response = httpx.post(
            f"{base_url}/api/connector/v1/customers/search",
            json={"ClientToken": DEMO_CLIENT_TOKEN, "AccessToken": DEMO_ACCESS_TOKEN,
                  "Client": "CLI test", "Name": "a"},
            timeout=10,
        )  # fmt: skip
        assert response.status_code == 200
        assert "Customers" in response.json()
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert process.returncode == 0
    assert (tmp_path / "cli.db").exists()


def test_rate_limit_argument() -> None:
    assert _rate_limit("200/30") == (200, 30.0)
    assert _rate_limit("off") is None
    for bad in ("x/30", "0/30", "5/-1"):
        with pytest.raises(argparse.ArgumentTypeError):
            _rate_limit(bad)
