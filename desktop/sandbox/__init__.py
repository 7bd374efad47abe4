"""Qt-free, offline, Mews-compatible server for the customers operations.

``SandboxServer`` serves the Connector API's customers, identity-document and merge
operations on loopback from a SQLite file seeded with deterministic demo guests, so
the desk runs, demos and is tested without a Mews account or network.
"""

from desktop.sandbox.faults import Fault, FaultConfig
from desktop.sandbox.records import room_resource_id
from desktop.sandbox.server import DEFAULT_MAX_BODY_BYTES, SandboxServer
from desktop.sandbox.tokens import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, DEMO_TOKEN_PAIRS

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEMO_ACCESS_TOKEN",
    "DEMO_CLIENT_TOKEN",
    "DEMO_TOKEN_PAIRS",
    "Fault",
    "FaultConfig",
    "SandboxServer",
    "room_resource_id",
]
