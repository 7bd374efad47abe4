"""Drop-downs that store an API code and show its readable, translated label.

``CodeCombo`` is the one editor for every single-choice API value (title, sex, country,
culture code): item text is the label, item data the code. A value the app does not know
(Mews adds enum values; old profiles hold odd codes) is added as an extra item showing the
raw code, so it is displayed and saved back unchanged instead of silently dropped. Long lists
(countries) are editable with a contains-matching completer, so typing "kingdom" or "GB"
finds the United Kingdom.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class CodeCombo(QComboBox):
    """A combo whose value is an API code (``""`` for not set)."""

    valueChanged = Signal(str)

    def __init__(
        self,
        labels: Mapping[str, str],
        context: str,
        *,
        searchable: bool = False,
        show_code: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._searchable = searchable
        self.addItem(QCoreApplication.translate("CodeCombo", "Not set"), "")
        entries = [
            (QCoreApplication.translate(context, label), code) for code, label in labels.items()
        ]
        if searchable:
            entries.sort(key=lambda entry: entry[0].casefold())
        for text, code in entries:
            self.addItem(f"{text} ({code})" if show_code else text, code)
        if searchable:
            self._make_searchable()
        self.currentIndexChanged.connect(self._emit_value)

    def _make_searchable(self) -> None:
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        line.setPlaceholderText(QCoreApplication.translate("CodeCombo", "Type to find…"))
        line.editingFinished.connect(self._commit_typed_text)
        line.textEdited.connect(self._typed)

    def value(self) -> str:
        """The code of the current choice; for typed text that matches nothing, the text."""
        if self._searchable:
            typed = self.lineEdit().text().strip()
            if typed and typed != self.itemText(self.currentIndex()):
                match = self._find_typed(typed)
                return self.itemData(match) if match >= 0 else typed
            if not typed:
                return ""
        data = self.currentData()
        return "" if data is None else str(data)

    def set_value(self, code: str | None) -> None:
        """Select ``code``, adding it as an item if it is not a known one."""
        code = code or ""
        index = self.findData(code)
        if index < 0:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)
        if self._searchable:
            self.lineEdit().setText(self.itemText(index) if code else "")
            self.lineEdit().setCursorPosition(0)  # show the start of a long name

    def codes(self) -> list[str]:
        """Every code offered, in list order (without "not set")."""
        return [str(self.itemData(i)) for i in range(1, self.count())]

    def _find_typed(self, typed: str) -> int:
        exact = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            return exact
        return self.findData(typed.upper() if len(typed) == 2 else typed)

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self.valueChanged.emit(self.value())

    @Slot()
    def _commit_typed_text(self) -> None:
        typed = self.lineEdit().text().strip()
        if not typed:
            self.setCurrentIndex(0)
            self.lineEdit().setText("")
        else:
            match = self._find_typed(typed)
            if match >= 0:
                self.setCurrentIndex(match)
                self.lineEdit().setText(self.itemText(match))
        self.valueChanged.emit(self.value())

    @Slot(int)
    def _emit_value(self, _index: int) -> None:
        self.valueChanged.emit(self.value())
