"""Which keyring backends this process can see, and why the unusable ones are unusable.

keyring finds its backends through the ``keyring.backends`` entry points in its package
metadata. A frozen build that loses that metadata, or a backend's optional dependency
(secretstorage and jeepney for the Secret Service, pywin32-ctypes on Windows), still
starts, but quietly falls back to the "fail" backend and can no longer save tokens.
Comparing this report between the frozen app and the source run catches that: the
selected backend alone would not, because on a machine without a Secret Service both
select the fail backend anyway.
"""

from __future__ import annotations

import inspect
from importlib.metadata import entry_points

import keyring
from keyring.backend import KeyringBackend

ENTRY_POINT_GROUP = "keyring.backends"


def _qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _availability(cls: type[KeyringBackend]) -> str:
    """``priority N`` for a usable backend, else the reason keyring gives for skipping it."""
    try:
        return f"priority {cls.priority}"
    except Exception as error:  # keyring signals "not here" with any exception
        return f"unavailable: {error}"


def keyring_report() -> dict[str, object]:
    """A JSON-ready description of the selected backend and every registered one."""
    backends: dict[str, str] = {}
    points = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda point: point.name)
    for point in points:
        try:
            module = point.load()
        except Exception as error:
            backends[point.value] = f"not loadable: {type(error).__name__}: {error}"
            continue
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, KeyringBackend)
                and cls.__module__ == module.__name__
                and not inspect.isabstract(cls)
            ):
                backends[_qualified(cls)] = _availability(cls)
    return {
        "selected": _qualified(type(keyring.get_keyring())),
        "entry_points": [point.name for point in points],
        "backends": backends,
    }
