"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0 drops one reference to ``None`` each time a binding returns nothing
(``setText``, ``setVisible``, ``setObjectName``, ...) or reads an unset dynamic property.
Python 3.12 made ``None`` immortal, so there it is harmless; on 3.11 the count reaches
zero after some thousands of calls and the interpreter aborts with "deallocating None"
— a desk that has been typed in for a few minutes would crash. The soak found it.

:func:`keep_none_alive` raises ``None``'s reference count far beyond what any session can
drop, which is what 3.12's immortality does. It runs once, when ``desktop.ui`` is imported.
"""

from __future__ import annotations

import ctypes
import sys

#: Far more references than a session can drop, far below the counter's range.
_RESERVE = 1 << 48


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return  # None is immortal
    counter = ctypes.c_ssize_t.from_address(id(None))
    if counter.value < _RESERVE:
        counter.value += _RESERVE
