"""The row above the results: the search box, advanced and recent searches, the local filter.

Typing searches only after a pause (never a request per keystroke); Enter searches at once.
The texts keep the ``MainWindow`` translation context they were written in.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget

SEARCH_PAUSE_MS = 400
RECENT_WINDOWS = (
    (1, QT_TRANSLATE_NOOP("MainWindow", "Last &24 hours")),
    (7, QT_TRANSLATE_NOOP("MainWindow", "Last &7 days")),
    (30, QT_TRANSLATE_NOOP("MainWindow", "Last &30 days")),
    (90, QT_TRANSLATE_NOOP("MainWindow", "Last 3 &months")),
)


class SearchBar(QWidget):
    """``searchRequested`` after a pause in typing, ``enterPressed``, ``recentRequested(days)``."""

    searchRequested = Signal()
    enterPressed = Signal()
    recentRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_input = QLineEdit(objectName="searchInput")
        self.search_input.setPlaceholderText(
            QCoreApplication.translate(
                "MainWindow", "Find a guest: name, email, room, loyalty code or ID"
            )
        )
        self.search_input.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Find a guest")
        )
        self.search_input.setClearButtonEnabled(True)
        self.search_input.setMinimumWidth(380)
        self.pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self.searchRequested)
        self.search_input.textEdited.connect(self._typed)
        self.search_input.returnPressed.connect(self.enterPressed)

        self.advanced_button = QToolButton(
            objectName="advancedButton",
            text=QCoreApplication.translate("MainWindow", "A&dvanced"),
            checkable=True,
        )
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.recent_button = QToolButton(
            objectName="recentlyUpdatedButton",
            text=QCoreApplication.translate("MainWindow", "Recently &updated"),
        )
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        recent_menu = QMenu(self.recent_button)
        for days, label in RECENT_WINDOWS:
            action = recent_menu.addAction(QCoreApplication.translate("MainWindow", label))
            action.triggered.connect(lambda _=False, days=days: self.recentRequested.emit(days))
        self.recent_button.setMenu(recent_menu)

        self.filter_input = QLineEdit(objectName="localFilterInput")
        filter_hint = QCoreApplication.translate("MainWindow", "Filter these results")
        self.filter_input.setPlaceholderText(filter_hint)
        self.filter_input.setAccessibleName(filter_hint)
        self.filter_input.setClearButtonEnabled(True)
        self.filter_input.setMaximumWidth(240)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_input, 3)
        row.addWidget(self.advanced_button)
        row.addWidget(self.recent_button)
        row.addStretch(1)
        row.addWidget(self.filter_input, 2)

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self.pause.start()  # restarts: only a pause in typing searches

    def focus_search(self) -> None:
        self.search_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_input.selectAll()
