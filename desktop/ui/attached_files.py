"""Files attached during this run of the desk, per customer.

The Connector API can add a file to a profile but offers no way to list a profile's
files, so the desk remembers what it uploaded itself: the receptionist sees that the
passport scan went up (with the file id Mews returned, which support asks for) without
opening Mews. One list per running desk, shared by every view of a customer, whichever
way it reaches Mews (the desk's session or the profile editor's service).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

_REGISTRY_NAME = "attachedFilesRegistry"


@dataclass(frozen=True, slots=True)
class AttachedFile:
    customer_id: str
    file_id: str
    name: str
    mime_type: str
    size: int
    attached_at: dt.datetime


class AttachedFiles(QObject):
    """Uploads of this session; ``changed(customer_id)`` after each new one."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_REGISTRY_NAME)
        self._files: dict[str, list[AttachedFile]] = {}

    def add(self, attached: AttachedFile) -> None:
        self._files.setdefault(attached.customer_id, []).append(attached)
        self.changed.emit(attached.customer_id)

    def for_customer(self, customer_id: str) -> list[AttachedFile]:
        return list(self._files.get(customer_id, ()))


def attached_files() -> AttachedFiles:
    """The desk's registry, kept on the application object and created on first use."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("The attached-files list needs a running application.")
    found = app.findChild(AttachedFiles, _REGISTRY_NAME)
    return found if found is not None else AttachedFiles(app)
