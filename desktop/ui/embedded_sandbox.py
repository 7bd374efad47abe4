"""The built-in sandbox: offline Mews in this process, for a desk with no Mews account."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths

from desktop.ui.workers import Request, WorkerRunner


def sandbox_db_path() -> Path:
    """Where the sandbox keeps its guests between runs: the app's data folder."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "sandbox.sqlite3"


def start_sandbox(runner: WorkerRunner, *, owner: QObject) -> Request:
    """Start it on a worker: it imports the sandbox server and opens its SQLite file.

    The request's result is the running ``SandboxServer`` (its ``base_url`` on loopback).
    """
    db_path = sandbox_db_path()

    def start() -> Any:
        from desktop.sandbox import SandboxServer

        server = SandboxServer(db_path, port=0)
        server.start()
        return server

    return runner.submit(start, owner=owner, label="sandbox")
