"""The profile editor's message bar: what happened to the last load or save, and Retry.

Problems (red) and notices (blue) share one bar under the buttons, so a receptionist finds
every outcome in one place. Server errors show Mews's own ``Message`` and the
``RequestId`` support asks for; failures a second try may fix offer Retry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.mews import MewsError
from desktop.mews.retry import TRANSIENT_ERRORS
from desktop.ui import tints

#: Failures a second try may fix, the client's own rule: the bar offers Retry for these.
RETRYABLE = TRANSIENT_ERRORS


class EditorMessageBar(QFrame):
    """One message at a time, with Retry when the failed step may simply be run again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorMessageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._retry: Callable[[], None] | None = None
        self.message = QLabel(self)
        self.message.setObjectName("editorMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(QCoreApplication.translate("ProfileEditor", "Retry"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self._run_retry)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.retry_button)
        self.hide()

    def show_message(self, text: str, *, problem: bool, retry: Callable[[], None] | None) -> None:
        self._retry = retry
        self.message.setText(text)
        self.setProperty("problem", problem)
        accent = tints.RED if problem else tints.BLUE
        self.setStyleSheet(
            f"#editorMessageBar {{ background: {tints.tinted(accent).name()};"
            f" border: 1px solid {accent.name()}; }}"
        )
        self.retry_button.setVisible(retry is not None)
        self.show()

    def offers_retry(self) -> bool:
        """A failure a second try may fix stays relevant while the user types on."""
        return self._retry is not None

    def clear_message(self) -> None:
        self._retry = None
        self.message.clear()
        self.hide()

    @Slot()
    def _run_retry(self) -> None:
        retry, self._retry = self._retry, None
        self.clear_message()
        if retry is not None:
            retry()


def error_text(error: BaseException) -> str:
    """The server's own message for the user, with the RequestId support will ask for."""
    if isinstance(error, MewsError):
        text = error.message
        if isinstance(error, RETRYABLE):
            text += " " + QCoreApplication.translate(
                "ProfileEditor", "Your changes are still here; try again."
            )
        if error.request_id:
            text += " " + QCoreApplication.translate("ProfileEditor", "(RequestId %1)").replace(
                "%1", error.request_id
            )
        return text
    return QCoreApplication.translate("ProfileEditor", "Unexpected error: %1").replace(
        "%1", str(error) or type(error).__name__
    )
