"""The index type of Qt's item-model overrides, named once for every model.

PySide6 calls ``rowCount``, ``data``, ``flags`` and friends with either a plain or a
persistent index, so each override's hint has to accept both.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex
