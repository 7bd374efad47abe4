"""The local filter over what is loaded: each pattern tested once per row, in one pass."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.ui.customer_table_model import CustomerTableModel

_Index = QModelIndex | QPersistentModelIndex


class CustomerFilterProxy(QSortFilterProxyModel):
    """Instant filter over what is loaded.

    Each pattern is tested once over every row's folded ``search_text`` in one tight pass
    (narrowing the previous matches when the pattern only grew), and Qt's per-row
    ``filterAcceptsRow`` becomes an index into that table. The table is rebuilt when the
    source's ``version`` says rows moved or changed.

    Sorting is delegated to the source model, which sorts on precomputed keys; Qt's own
    proxy sort would call back into Python for every comparison.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._terms: tuple[str, ...] = ()
        self._accepted = bytearray()
        self._matches: list[int] = []
        self._table_terms: tuple[str, ...] = ()
        self._table_version = -1
        #: The source as a Python object: ``sourceModel()`` is a call into Qt on every row.
        self._source: CustomerTableModel | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        self._source = model if isinstance(model, CustomerTableModel) else None
        self._table_version = -1
        super().setSourceModel(model)

    @property
    def pattern(self) -> str:
        return self._needle

    def set_pattern(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self._terms = tuple(needle.split())
        self._build_table()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _build_table(self) -> None:
        model = self._source
        if not self._terms or model is None:
            self._table_version = -1
            return
        texts = model.search_texts()
        if model.version == self._table_version and _narrows(self._table_terms, self._terms):
            candidates = self._matches
        else:
            candidates = list(range(len(texts)))
        for term in self._terms:
            candidates = [i for i in candidates if term in texts[i]]
        accepted = bytearray(len(texts))
        for i in candidates:
            accepted[i] = 1
        self._accepted = accepted
        self._matches = candidates
        self._table_terms = self._terms
        self._table_version = model.version

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        # Called once per row by Qt: keep it to attribute reads and one index.
        model = self._source
        if not self._terms or model is None:
            return True
        if model._version != self._table_version:
            self._build_table()
        return self._accepted[source_row] != 0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)


def _narrows(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether every row matching ``new`` also matches ``old`` (the pattern only grew)."""
    return (
        bool(old) and len(new) >= len(old) and all(o in n for o, n in zip(old, new, strict=False))
    )
