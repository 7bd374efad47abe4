"""The desk's status bar: connection, busy indicator, last error (with RequestId), rate limit."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from desktop.desk.translatable import fill_template
from desktop.mews.errors import NetworkError
from desktop.ui import tints
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.session import SESSION_CONTEXT, ConnectionState, Session
from desktop.ui.translation import translate_text

RATE_LIMIT_POLL_MS = 1000
# How long an error stays in the status bar at least, however soon a later call works.
ERROR_READ_MS = 8000


def _plain(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class DeskStatusBar(QStatusBar):
    """Everything here is plain text; the error label is selectable so support can copy it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.connection_label = _plain("statusConnection")
        self.busy = QProgressBar(objectName="statusBusy")
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.error_label = ElidedLabel("statusError")
        self.error_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.error_label.setStyleSheet(tints.text_style(tints.RED))
        self.rate_label = _plain("statusRateLimit")
        self.rate_label.setToolTip(
            self.tr(
                "Share of the Mews request budget (200 requests per 30 seconds, shared by every "
                "desk using this property's token) used right now."
            )
        )
        self.addWidget(self.connection_label)
        self.addWidget(self.busy)
        self.addWidget(self.error_label, 1)
        self.addPermanentWidget(self.rate_label)

        session.connectionChanged.connect(self.show_connection)
        session.errorReported.connect(self.show_error)
        session.runner.busyChanged.connect(self.busy.setVisible)
        session.runner.answered.connect(self._answered)
        self._connection_lost = False
        self._error_shown = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(RATE_LIMIT_POLL_MS)
        self._timer.timeout.connect(self.show_rate_limit)
        self._timer.start()
        self.show_connection()
        self.show_rate_limit()

    @Slot()
    def show_connection(self) -> None:
        session = self._session
        profile = session.profile
        name = translate_text("Connection", profile.name) if profile else self.tr("No connection")
        detail = translate_text(SESSION_CONTEXT, session.state_detail)
        text = {
            ConnectionState.DISCONNECTED: self.tr("Not connected"),
            ConnectionState.STARTING_SANDBOX: self.tr("Starting the built-in sandbox…"),
            ConnectionState.CONNECTING: fill_template(self.tr("Connecting to %1…"), (name,)),
            ConnectionState.CONNECTED: fill_template(self.tr("Connected: %1"), (name,)),
            ConnectionState.FAILED: fill_template(self.tr("Not connected: %1"), (detail,)),
        }[session.state]
        self.connection_label.setText(text)
        self.connection_label.setToolTip(profile.base_url if profile else "")
        if session.connecting:
            # A new connection starts afresh; a warning given as it starts (no secure
            # password store) must outlive the client arriving a moment later.
            self.error_label.clear()

    @Slot(object)
    def show_error(self, error: BaseException) -> None:
        message = getattr(error, "message", None) or str(error)
        request_id = getattr(error, "request_id", None)
        if request_id:
            message = fill_template(self.tr("%1  —  RequestId %2"), (message, str(request_id)))
        self.error_label.set_full_text(
            message, self.tr("Select the text, or right-click it, to copy it for support.")
        )
        self._error_shown.start()
        self._connection_lost = isinstance(error, NetworkError)

    @Slot()
    def _answered(self) -> None:
        # A lost connection is over once any call gets through. Other errors (a refused
        # change, a rate limit) stay long enough to be read, then go with the next call
        # that works: a red line under a later success would say something failed.
        if self._connection_lost or (
            self.error_label.full_text() and self._error_shown.elapsed() >= ERROR_READ_MS
        ):
            self.clear_error()

    def clear_error(self) -> None:
        self._connection_lost = False
        self.error_label.clear()

    @Slot()
    def show_rate_limit(self) -> None:
        usage = self._session.rate_limit_usage()
        if usage is None:
            self.rate_label.setText("")
            return
        percent = str(round(usage * 100))
        self.rate_label.setText(fill_template(self.tr("Requests: %1% of limit"), (percent,)))
