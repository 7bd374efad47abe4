"""The right-hand side of the desk: the open profile, a several-guests summary, or nothing.

The pane collapses when nothing is open so the results get the whole width; it comes back
at a width the profile form fits in when a guest is opened or several are selected. With
several guests selected no profile is editable: the summary says how many and offers to
merge them, so an edit can never land on a guest other than the one selected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

# The profile form's comfortable width when the pane comes back from collapsed.
PROFILE_WIDTH = 560


class SelectionSummary(QWidget):
    """ "3 guests selected", with Merge one click away."""

    def __init__(self, merge_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionSummary")
        self.count_label = QLabel(objectName="selectionCountLabel")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.count_label.setFont(font)
        hint = QLabel(
            self.tr("Merge them into one profile, or select one guest to see and edit it."),
            objectName="selectionHint",
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.merge_button = QPushButton(self.tr("&Merge these guests…"), objectName="mergeButton")
        self.merge_button.clicked.connect(merge_action.trigger)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.count_label)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n guest(s) selected", "", count))


class ProfilePane(QStackedWidget):
    """``profileArea``: shows one page at a time and is hidden while nothing is open."""

    def __init__(self, merge_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileArea")
        self.setMinimumWidth(280)
        self._merge_action = merge_action
        self._summary: SelectionSummary | None = None
        self._open = False
        #: The width the pane comes back at: the form's own, or where it was last dragged.
        self.preferred_width = PROFILE_WIDTH
        self.setVisible(False)

    def follow_splitter(self, splitter: QSplitter) -> None:
        """Remember the width the receptionist drags the pane to."""
        splitter.splitterMoved.connect(lambda *_: self._remember_width(splitter))

    def _remember_width(self, splitter: QSplitter) -> None:
        if self._open and self.isVisible():
            self.preferred_width = splitter.sizes()[splitter.indexOf(self)]

    @property
    def summary(self) -> SelectionSummary:
        """Made when several guests are first selected: the first window does not show it."""
        if self._summary is None:
            self._summary = SelectionSummary(self._merge_action)
            self.addWidget(self._summary)
        return self._summary

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def showing_summary(self) -> bool:
        return self._open and self._summary is not None and self.currentWidget() is self._summary

    def show_widget(self, widget: QWidget) -> None:
        if self.indexOf(widget) < 0:
            self.addWidget(widget)
        self.setCurrentWidget(widget)
        self._expand()

    def show_summary(self, count: int) -> None:
        self.summary.set_count(count)
        self.show_widget(self.summary)

    def collapse(self) -> None:
        self._open = False
        self.setVisible(False)

    def _expand(self) -> None:
        was_open, self._open = self._open, True
        if was_open and self.isVisibleTo(self.parentWidget()):
            return
        self.setVisible(True)
        splitter = self.parentWidget()
        if isinstance(splitter, QSplitter):
            total = sum(splitter.sizes()) or splitter.width()
            # The form's own width takes at most 45% of a small window; a width the
            # receptionist chose, up to three quarters.
            share = 45 if self.preferred_width == PROFILE_WIDTH else 75
            profile = min(self.preferred_width, max(total * share // 100, self.minimumWidth()))
            splitter.setSizes([total - profile, profile])
