"""Spare every import the source read PySide6 does for ``from __feature__ import ...``.

Once PySide6 is loaded, its ``__import__`` hook asks, for each module imported anywhere
for the first time, whether the module uses PySide6, to know which ones the optional
``snake_case``/``true_property`` features could apply to; it finds out by reading the
module's whole source (``inspect.getsource``) and searching it for "PySide6". Until the
first window that is some 100 modules, ``typing`` and ``inspect`` among them: over 10 ms
of start-up on a slow machine, and every source kept in ``linecache``.

The desk never selects a feature, so the answer only files modules away; this gives the
same answer from the names a module holds (a PySide6 module, class or signal), which
costs microseconds. If PySide6 ever changes how it asks, nothing here applies.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loading PySide6 installs the import hook and __feature__)

_PYSIDE_PACKAGES = ("PySide6", "shiboken6", "Shiboken")
#: Shiboken's own Python modules, which PySide6 reads as not using it.
_SHIBOKEN_INTERNALS = ("shiboken6", "shibokensupport", "signature_bootstrap")


def _holds_pyside(module: ModuleType) -> bool:
    """Whether ``module``, written in Python, holds a PySide6 module or object, as its
    source would name it; a module without a source file (built in, compiled) does not."""
    name = getattr(module, "__name__", "")
    source = getattr(module, "__file__", None)
    if not isinstance(source, str) or not source.endswith(".py"):
        return False
    if name.startswith(_SHIBOKEN_INTERNALS):
        return False
    if name.startswith("PySide6"):
        return True
    for value in list(vars(module).values()):
        held = value if isinstance(value, ModuleType) else type(value)
        origin = getattr(held, "__name__" if held is value else "__module__", None)
        if isinstance(origin, str) and origin.startswith(_PYSIDE_PACKAGES):
            return True
    return False


def skip_feature_source_scan() -> bool:
    """Answer PySide6's "does this module use PySide6?" without reading sources; ``False``
    when this PySide6 does not ask the way it is known to."""
    feature = sys.modules.get("__feature__")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _holds_pyside
    return True
