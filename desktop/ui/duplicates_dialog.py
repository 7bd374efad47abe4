"""``DuplicatesDialog``: "Find duplicates" among the customers the desk has loaded.

Groups come from :mod:`desktop.desk.duplicate_groups` (shared document number, email,
phone number, or name with birth date, chained), strongest first. Each group is shown
with its score, one sentence saying why it was formed, and the facts that tell its
members apart, and can be handed to
:class:`~desktop.ui.merge_dialog.MergeDialog`. Nothing here calls the API until a merge
is opened: the search runs over what is already on screen, which is what the
receptionist expects "find" to mean.

Grouping tens of thousands of loaded rows takes long enough to freeze the window, so it
runs on the desk's read pool (``ApiCalls.run_local``); ``groupsFound`` says when the
groups are shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.duplicate_groups import (
    Candidate,
    DuplicateGroup,
    candidate_from,
    find_duplicate_groups,
)
from desktop.desk.duplicate_reasons import reasons_sentence
from desktop.ui.api_calls import ApiCalls, error_text
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.plain_text import plain_label
from desktop.ui.translation import translate_text

#: The merge dialog is built this long after the groups are shown: a frame in between.
MERGE_DIALOG_AFTER_MS = 20

_GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatesDialog(QDialog):
    """Likely duplicate groups among ``customers`` (table rows or full profiles).

    ``merged(target_id, source_ids)`` is re-emitted from each merge made from here;
    ``groupsFound()`` follows the grouping on the worker, once the groups are shown.
    """

    merged = Signal(str, list)
    groupsFound = Signal()

    def __init__(
        self, calls: ApiCalls, customers: Sequence[Any], *, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(QCoreApplication.translate("DuplicatesDialog", "Find duplicates"))
        self._calls = calls
        self._candidates: dict[str, Candidate] = {}
        self.groups: list[DuplicateGroup] = []
        self.searching = True
        self._merge: MergeDialog | None = None

        self.summaryLabel = plain_label()
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.groupTree = QTreeWidget()
        self.groupTree.setObjectName("duplicateGroups")
        self.groupTree.setColumnCount(4)
        self.groupTree.setHeaderLabels(
            [
                QCoreApplication.translate("DuplicatesDialog", "Name"),
                QCoreApplication.translate("DuplicatesDialog", "Email"),
                QCoreApplication.translate("DuplicatesDialog", "Phone"),
                QCoreApplication.translate("DuplicatesDialog", "Birth date"),
            ]
        )
        self.groupTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groupTree.setAlternatingRowColors(True)
        self.groupTree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.groupTree.header()
        header.setStretchLastSection(True)
        # Group captions span the row; sizing the name column to them would push the
        # phone and birth date out of sight.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.groupTree.itemSelectionChanged.connect(self._update_buttons)
        self.groupTree.itemDoubleClicked.connect(self._double_clicked)

        self.mergeGroupButton = QPushButton(
            QCoreApplication.translate("DuplicatesDialog", "Merge this group…")
        )
        self.mergeGroupButton.setObjectName("mergeGroupButton")
        self.mergeGroupButton.clicked.connect(self.merge_selected_group)
        close = QPushButton(QCoreApplication.translate("DuplicatesDialog", "Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.mergeGroupButton)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.groupTree, 1)
        layout.addLayout(buttons)
        self.resize(900, 480)
        self.summaryLabel.setText(
            QCoreApplication.translate(
                "DuplicatesDialog", "Looking for likely duplicates among the %1 profiles loaded…"
            ).replace("%1", str(len(customers)))
        )
        self._update_buttons()
        rows = list(customers)  # the worker's own list: the table may change meanwhile
        request = calls.run_local(lambda: _grouped(rows), owner=self, label="duplicates")
        request.succeeded.connect(self._grouped)
        request.failed.connect(self._grouping_failed)

    @Slot(object)
    def _grouped(self, found: tuple[dict[str, Candidate], list[DuplicateGroup]]) -> None:
        self._candidates, self.groups = found
        self.searching = False
        self._fill()
        self.groupsFound.emit()
        if self.groups and self._merge is None:
            QTimer.singleShot(MERGE_DIALOG_AFTER_MS, self, self._merge_dialog)

    @Slot(object)
    def _grouping_failed(self, error: object) -> None:
        self.searching = False
        self.summaryLabel.setText(
            QCoreApplication.translate(
                "DuplicatesDialog", "Looking for duplicates failed: %1"
            ).replace("%1", error_text(error))
        )

    def _fill(self) -> None:
        self.groupTree.clear()
        for number, group in enumerate(self.groups):
            caption = self.group_caption(group)
            parent = QTreeWidgetItem([caption])
            parent.setToolTip(0, f"{caption}\n\n{_score_help()}")
            parent.setData(0, _GROUP_ROLE, number)
            font = parent.font(0)
            font.setBold(group.likely)
            parent.setFont(0, font)
            if not group.likely:  # shown, but not as sure as the rest
                muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
                parent.setForeground(0, QBrush(muted))
            for customer_id in group.customer_ids:
                candidate = self._candidates[customer_id]
                name = " ".join(
                    part for part in (candidate.first_name, candidate.last_name) if part
                )
                child = QTreeWidgetItem(
                    [name, candidate.email, candidate.phone, candidate.birth_date]
                )
                child.setData(0, _GROUP_ROLE, number)
                parent.addChild(child)
            self.groupTree.addTopLevelItem(parent)
            parent.setFirstColumnSpanned(True)  # only takes effect once in the tree
            parent.setExpanded(True)
        loaded = len(self._candidates)
        likely = sum(1 for group in self.groups if group.likely)
        if likely:
            summary = (
                QCoreApplication.translate("DuplicatesDialog", "One group of likely duplicates")
                if likely == 1
                else QCoreApplication.translate(
                    "DuplicatesDialog", "%1 groups of likely duplicates"
                ).replace("%1", str(likely))
            ) + QCoreApplication.translate(
                "DuplicatesDialog",
                " among the %2 profiles loaded in the list. "
                "Choose a group and merge it, or leave it if they are different guests.",
            ).replace("%2", str(loaded))
        else:
            summary = QCoreApplication.translate(
                "DuplicatesDialog",
                "No likely duplicates among the %1 profiles loaded in the list. Only "
                "loaded profiles are checked: search more widely to check more.",
            ).replace("%1", str(loaded))
        if likely < len(self.groups):
            summary += " " + self.tr(
                "Groups in grey have little in common (often only a name): "
                "check them before merging."
            )
        self.summaryLabel.setText(summary)
        if self.groups:
            self.groupTree.setCurrentItem(self.groupTree.topLevelItem(0))
        self._update_buttons()

    def group_caption(self, group: DuplicateGroup) -> str:
        """``"2 profiles, score 95: same email and same birth date"``, in the desk's language."""
        text = self.tr("%n profile(s), score %1: %2", "", len(group.customer_ids))
        reasons = reasons_sentence(group, translate_text)
        return text.replace("%1", str(group.score)).replace("%2", reasons)

    def selected_group(self) -> DuplicateGroup | None:
        item = self.groupTree.currentItem()
        if item is None:
            return None
        number = item.data(0, _GROUP_ROLE)
        return self.groups[number] if isinstance(number, int) else None

    def select_group(self, number: int) -> None:
        self.groupTree.setCurrentItem(self.groupTree.topLevelItem(number))

    @Slot()
    def _update_buttons(self) -> None:
        self.mergeGroupButton.setEnabled(self.selected_group() is not None)

    @Slot(QTreeWidgetItem, int)
    def _double_clicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.merge_selected_group()

    @Slot()
    def _merge_dialog(self) -> MergeDialog:
        """The merge dialog every group opens in: built in an idle turn once the groups
        are shown (building it takes longer than a frame), then started over for each."""
        dialog = self._merge
        if dialog is None or dialog.isVisible():
            dialog = self._merge = MergeDialog(self._calls, parent=self)
            dialog.merged.connect(self._group_merged)
        return dialog

    @Slot()
    def merge_selected_group(self) -> MergeDialog | None:
        group = self.selected_group()
        if group is None:
            return None
        dialog = self._merge_dialog()
        dialog.compare(list(group.customer_ids))
        dialog.open()
        return dialog

    @Slot(str, list)
    def _group_merged(self, target_id: str, source_ids: list[str]) -> None:
        gone = set(source_ids)
        self.groups = [
            group
            for group in self.groups
            if target_id not in group.customer_ids and not gone & set(group.customer_ids)
        ]
        for source in gone:
            self._candidates.pop(source, None)
        self._fill()
        self.merged.emit(target_id, source_ids)


def _score_help() -> str:
    return QCoreApplication.translate(
        "DuplicatesDialog",
        "The score, from 0 to 100, says how surely these profiles are one guest. The same "
        "document number, email, phone number, or name with birth date count for it; "
        "different birth dates count against it. The strongest groups are listed first.",
    )


def _grouped(
    customers: Sequence[Any],
) -> tuple[dict[str, Candidate], list[DuplicateGroup]]:
    """Candidates by id and their groups; runs on a worker, touches nothing of Qt."""
    candidates = [candidate_from(customer) for customer in customers]
    return {candidate.id: candidate for candidate in candidates}, find_duplicate_groups(candidates)
