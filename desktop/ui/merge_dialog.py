"""``MergeDialog``: compare duplicate profiles side by side and merge them into one.

``accounts/merge`` cannot be undone: the sources disappear into the target, which keeps
its id. So the dialog loads the full profiles, shows them in columns with every
differing field highlighted (with each profile's ID documents and open balance, loaded
on a worker), lets the receptionist pick the profile to keep (proposing the fullest,
most recently updated one), and says plainly what will happen before
``confirmMergeButton`` sends the request. ``merged(target_id, source_ids)`` tells the desk to drop the sources from
its table and reopen the target. Building it takes longer than a frame, so the desk builds
one in idle turns and reuses it: :meth:`MergeDialog.compare` starts it over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.merge_comparison import (
    AccountFacts,
    account_facts,
    mergeable_in_order,
    suggested_target,
)
from desktop.mews.limits import MAX_MERGE_SOURCE_ACCOUNTS
from desktop.ui import tints
from desktop.ui.api_calls import ApiCalls, error_text
from desktop.ui.merge_comparison_model import (
    MergeComparisonModel,
    comparison_table,
    customer_caption,
    target_caption,
)
from desktop.ui.plain_text import heading_label, plain_label
from desktop.ui.workers import Request

_Answer = Callable[[Any], None]


class MergeDialog(QDialog):
    """Merge ``customer_ids`` (two or more) into the one the user keeps.

    ``customers`` may hand over already loaded full profiles; otherwise they are
    fetched with ``customers/getAll``. Built without ids, the dialog waits for
    :meth:`compare`.
    """

    merged = Signal(str, list)

    def __init__(
        self,
        calls: ApiCalls,
        customer_ids: Sequence[str] = (),
        *,
        customers: Sequence[Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(QCoreApplication.translate("MergeDialog", "Merge duplicate profiles"))
        self._calls = calls
        self._ids: list[str] = []
        self._customers: list[Any] = []
        #: Profiles loaded before their documents: shown with them, in one paint.
        self._arrived: list[Any] | None = None
        self._facts_problem = ""  # why the documents could not be loaded, once they failed
        self._requests: list[Request] = []
        self._sending = False
        self._pending: tuple[str, list[str]] = ("", [])
        self._facts: dict[str, AccountFacts] | None = None
        self._facts_settled = False  # Merge waits: the proposal may still change with them
        self._target_chosen = False  # the receptionist picked one: never move it for them

        heading = heading_label(
            QCoreApplication.translate("MergeDialog", "Merge duplicate profiles"), "mergeHeading"
        )
        self.warningLabel = plain_label("", "mergeWarning")
        self.warningLabel.setStyleSheet(tints.box_style("QLabel#mergeWarning", tints.RED))
        self.warningLabel.setWordWrap(True)

        self.targetCombo = QComboBox()
        self.targetCombo.setObjectName("targetCombo")
        self.targetCombo.currentIndexChanged.connect(self._target_picked)
        # Picking the proposed profile again changes no index but is still a choice.
        self.targetCombo.activated.connect(self._mark_target_chosen)
        target_row = QHBoxLayout()
        target_row.addWidget(
            plain_label(QCoreApplication.translate("MergeDialog", "Keep this profile:"))
        )
        target_row.addWidget(self.targetCombo, 1)

        self.model = MergeComparisonModel(self)
        self.comparisonTable = comparison_table(self.model)
        self.comparisonTable.horizontalHeader().sectionClicked.connect(self._target_picked)
        self.legendLabel = plain_label(
            QCoreApplication.translate(
                "MergeDialog",
                "Green: the profile that is kept. Yellow: a value that differs from it. "
                "Click a column title to keep that profile instead.",
            )
        )
        self.legendLabel.setStyleSheet("color: palette(mid);")

        self.statusLabel = plain_label("", "statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cancelButton = QPushButton(QCoreApplication.translate("MergeDialog", "Cancel"))
        self.cancelButton.setObjectName("cancelMergeButton")
        self.cancelButton.clicked.connect(self.reject)
        self.confirmMergeButton = QPushButton(QCoreApplication.translate("MergeDialog", "Merge"))
        self.confirmMergeButton.setObjectName("confirmMergeButton")
        self.confirmMergeButton.clicked.connect(self.confirm_merge)
        self.cancelButton.setDefault(True)  # Enter must never merge by accident
        self.confirmMergeButton.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.statusLabel, 1)
        buttons.addWidget(self.cancelButton)
        buttons.addWidget(self.confirmMergeButton)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.warningLabel)
        layout.addLayout(target_row)
        layout.addWidget(self.comparisonTable, 1)
        layout.addWidget(self.legendLabel)
        layout.addLayout(buttons)
        self.resize(860, 640)
        if customer_ids:
            self.compare(customer_ids, customers=customers)
        else:
            self._update_state()

    def compare(
        self, customer_ids: Sequence[str], *, customers: Sequence[Any] | None = None
    ) -> None:
        """Start over on ``customer_ids``: what the last comparison showed goes, and its
        answers still on the way are dropped when they come."""
        if self._sending:  # the merge's answer decides what the table shows
            return
        for request in self._requests:
            if shiboken6.isValid(request):
                request.cancel()
        self._requests = []
        self._ids = list(dict.fromkeys(str(item) for item in customer_ids))
        self._customers = []
        self._arrived = None
        self._facts_problem = ""
        self._pending = ("", [])
        self._facts = None
        self._facts_settled = self._target_chosen = False
        self.model.set_customers([], -1)
        with QSignalBlocker(self.targetCombo):
            self.targetCombo.clear()
        self.statusLabel.clear()
        self.confirmMergeButton.setText(QCoreApplication.translate("MergeDialog", "Merge"))
        focused = self.focusWidget()
        if focused is not None:  # shown again, the keyboard starts where it did the first time
            focused.clearFocus()
        if len(self._ids) < 2:
            self._show_problem(
                QCoreApplication.translate("MergeDialog", "Choose at least two profiles to merge.")
            )
        elif len(self._ids) - 1 > MAX_MERGE_SOURCE_ACCOUNTS:
            self._show_problem(
                QCoreApplication.translate("MergeDialog", "Too many profiles for one merge.")
            )
        else:
            if customers is None:
                self._load()
            elif (ordered := self._ordered(list(customers))) is not None:
                self._show_profiles(ordered)
            self._load_facts()
        self._update_state()

    # -- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        ids = list(self._ids)
        self.statusLabel.setText(QCoreApplication.translate("MergeDialog", "Loading the profiles…"))
        request = self._calls.read(
            lambda client: client.get_all_customers(customer_ids=ids).customers,
            owner=self,
            label="customers/getAll",
        )
        self._track(request, self._loaded, self._load_failed)

    def _track(self, request: Request, done: _Answer, failed: _Answer) -> None:
        """Connect a load's answers; :meth:`compare` drops them if it starts over first."""
        request.succeeded.connect(done)
        request.failed.connect(failed)
        self._requests.append(request)

    @Slot(object)
    def _loaded(self, customers: list[Any]) -> None:
        if (ordered := self._ordered(customers)) is None:
            return
        if self._facts_settled:
            self._show_profiles(ordered)
        else:  # the documents follow in a moment: one paint of the whole comparison
            self._arrived = ordered

    @Slot(object)
    def _load_failed(self, error: object) -> None:
        self._show_problem(
            QCoreApplication.translate(
                "MergeDialog", "The profiles could not be loaded: %1"
            ).replace("%1", error_text(error))
        )

    def _ordered(self, customers: list[Any]) -> list[Any] | None:
        """``customers`` in the order asked for, or None (and the problem said) if some
        are missing or already merged."""
        if (ordered := mergeable_in_order(self._ids, customers)) is None:
            self._show_problem(
                QCoreApplication.translate(
                    "MergeDialog",
                    "Some of these profiles no longer exist or were already merged. Refresh the list.",
                )
            )
        return ordered

    def _show_profiles(self, ordered: list[Any]) -> None:
        self._arrived = None
        self._customers = ordered
        if self._facts_settled:
            self.statusLabel.setText(self._facts_problem)
        self._show_comparison(suggested_target(ordered, self._facts))

    def _show_comparison(self, target: int) -> None:
        ordered = self._customers
        self.model.set_customers(ordered, target, self._facts)
        self.targetCombo.blockSignals(True)
        self.targetCombo.clear()
        for customer in ordered:
            self.targetCombo.addItem(target_caption(customer), str(customer.id))
        self.targetCombo.setCurrentIndex(target)
        self.targetCombo.blockSignals(False)
        self._target_changed(target)

    def _load_facts(self) -> None:
        """Documents and open items of every profile, on a worker, asked for with the
        profiles themselves; the merge need not wait."""
        ids = list(self._ids)

        def load(client: Any) -> dict[str, AccountFacts]:
            documents = list(client.iter_identity_documents(ids))
            return account_facts(ids, documents, client.get_open_items(ids))

        self.statusLabel.setText(QCoreApplication.translate("MergeDialog", "Loading the profiles…"))
        request = self._calls.read(load, owner=self, label="identityDocuments/getAll")
        self._track(request, self._facts_loaded, self._facts_failed)

    @Slot(object)
    def _facts_loaded(self, facts: dict[str, AccountFacts]) -> None:
        self._facts = facts
        self._facts_arrived()

    @Slot(object)
    def _facts_failed(self, error: object) -> None:
        self._facts_problem = QCoreApplication.translate(
            "MergeDialog", "ID documents and open balance could not be loaded: %1"
        ).replace("%1", error_text(error))
        self._facts_arrived()

    def _facts_arrived(self) -> None:
        """Show the profiles that waited for their documents, or the comparison shown
        without them again with them (keeping a profile picked meanwhile)."""
        self._facts_settled = True
        if self._arrived is not None:
            self._show_profiles(self._arrived)
        elif self._customers:
            self.statusLabel.setText(self._facts_problem)
            if self._facts is not None:
                chosen = self.targetCombo.currentIndex() if self._target_chosen else None
                self._show_comparison(
                    suggested_target(self._customers, self._facts) if chosen is None else chosen
                )
        self._update_state()

    @Slot(int)
    def _target_picked(self, index: int) -> None:
        """A profile picked in the combo or by its column title, even the proposed one:
        the choice is kept when the documents arrive."""
        self._target_chosen = True
        if index != self.targetCombo.currentIndex():
            self.targetCombo.setCurrentIndex(index)  # comes back here once, then shows it
        else:
            self._target_changed(index)

    @Slot(int)
    def _mark_target_chosen(self, _index: int) -> None:
        self._target_chosen = True

    def _show_problem(self, text: str) -> None:
        self._customers = []
        self._arrived = None
        self.statusLabel.setText(text)
        self._update_state()

    # -- choosing and merging ---------------------------------------------------------------

    @property
    def target_id(self) -> str:
        return str(self.targetCombo.currentData() or "")

    @property
    def source_ids(self) -> list[str]:
        target = self.target_id
        return [str(customer.id) for customer in self._customers if str(customer.id) != target]

    @Slot(int)
    def _target_changed(self, index: int) -> None:
        if not self._customers or index < 0:
            return
        self.model.set_target(index)
        target = self._customers[index]
        others = len(self._customers) - 1
        # Two whole sentences, not one with the subject filled in: the verb must agree
        # with "the other profile" or "the other profiles" in every language.
        if others == 1:
            warning = QCoreApplication.translate(
                "MergeDialog",
                "Merging cannot be undone. The other profile will disappear into the profile "
                "of %1, which keeps its id; the guest's stays and history follow it. Check the "
                "kept profile afterwards: details that only the other profile holds may not be "
                "copied over.",
            )
        else:
            warning = QCoreApplication.translate(
                "MergeDialog",
                "Merging cannot be undone. The other %n profiles will disappear into the "
                "profile of %1, which keeps its id; the guest's stays and history follow it. "
                "Check the kept profile afterwards: details that only the other profiles hold "
                "may not be copied over.",
            ).replace("%n", str(others))
        # The guest's name is filled in last, so a "%n" in it stays as typed.
        self.warningLabel.setText(warning.replace("%1", customer_caption(target)))
        self.confirmMergeButton.setText(
            QCoreApplication.translate("MergeDialog", "Merge %1 profiles into %2")
            .replace("%1", str(len(self._customers)))
            .replace("%2", customer_caption(target))
        )
        self._update_state()

    def _update_state(self) -> None:
        ready = len(self._customers) >= 2 and not self._sending
        self.confirmMergeButton.setEnabled(ready and self._facts_settled)
        self.targetCombo.setEnabled(ready)
        self.cancelButton.setEnabled(not self._sending)
        self.warningLabel.setVisible(bool(self._customers))

    @Slot()
    def confirm_merge(self) -> None:
        if len(self._customers) < 2 or self._sending:
            return
        target, sources = self.target_id, self.source_ids
        self._sending = True
        self.statusLabel.setText(QCoreApplication.translate("MergeDialog", "Merging…"))
        self._update_state()
        request = self._calls.write(
            lambda client: client.merge_customers(target, sources),
            owner=self,
            label="accounts/merge",
        )
        self._pending = (target, sources)
        request.succeeded.connect(self._merge_done)
        request.failed.connect(self._merge_failed)

    @Slot(object)
    def _merge_done(self, _result: object) -> None:
        self._sending = False
        target, sources = self._pending
        self.merged.emit(target, sources)
        self.accept()

    @Slot(object)
    def _merge_failed(self, error: object) -> None:
        self._sending = False
        self.statusLabel.setText(
            QCoreApplication.translate("MergeDialog", "The merge did not go through: %1").replace(
                "%1", error_text(error)
            )
        )
        self._update_state()

    def reject(self) -> None:
        if self._sending:  # the answer decides what the table shows; wait for it
            return
        super().reject()
