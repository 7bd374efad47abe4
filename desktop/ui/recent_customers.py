"""Guests opened in this session, newest first, as the "Recently opened" menu.

Session-only on purpose: guest names are not written to disk by the desk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMenu, QWidget

MAX_RECENT = 10


class RecentCustomersMenu(QMenu):
    """``customerChosen(id)`` when the receptionist picks a guest from the menu."""

    customerChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Recently &opened"), parent)
        self.setObjectName("recentCustomersMenu")
        self._recent: list[tuple[str, str]] = []
        self._fill()

    def remember(self, customer_id: str, label: str) -> None:
        self._recent = [(cid, name) for cid, name in self._recent if cid != customer_id]
        self._recent.insert(0, (customer_id, label))
        del self._recent[MAX_RECENT:]
        self._fill()

    def _fill(self) -> None:
        self.clear()
        if not self._recent:
            empty = self.addAction(QCoreApplication.translate("MainWindow", "No guest opened yet"))
            empty.setEnabled(False)
            return
        for customer_id, label in self._recent:
            # QAction text is plain, but "&" would become a mnemonic: double it.
            action = self.addAction(label.replace("&", "&&"))
            action.setData(customer_id)
            action.triggered.connect(lambda _=False, cid=customer_id: self.customerChosen.emit(cid))
