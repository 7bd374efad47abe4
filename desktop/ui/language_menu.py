"""*View ▸ Language*: pick the desk's language or follow the system's; applies on restart.

Rebuilding every open form in another language mid-shift would lose what a receptionist
typed, so the choice is stored and the menu says plainly that it takes effect on restart.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from desktop.desk.translatable import fill_template
from desktop.ui.mnemonics import with_mnemonic
from desktop.ui.translation import UI_LANGUAGES, chosen_language, set_chosen_language


class LanguageMenu(QMenu):
    """Radio items: the system default, then each shipped language in its own name."""

    #: Emitted with a sentence to show the user after a new choice is stored.
    languageChosen = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.setTitle(self.tr("&Language"))
        self._settings = settings
        group = QActionGroup(self)
        group.setExclusive(True)
        current = chosen_language(settings)
        system_default = self.tr("&System default")
        # Each language its own Alt letter: "English" and "Español" share their first one.
        used = {system_default.replace("&&", "").partition("&")[2][:1].casefold()}
        entries = [("", system_default)]
        entries += [(code, with_mnemonic(name, used)) for code, name in UI_LANGUAGES.items()]
        for code, name in entries:
            action = QAction(name, self, checkable=True, checked=code == current)
            action.setData(code)
            action.setObjectName(f"language_{code or 'system'}")
            group.addAction(action)
            self.addAction(action)
        group.triggered.connect(self._chosen)
        self.addSeparator()
        note = self.addAction(self.tr("Takes effect when Frontdesk restarts"))
        note.setEnabled(False)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        code = str(action.data() or "")
        set_chosen_language(self._settings, code)
        name = UI_LANGUAGES.get(code, "")
        if name:
            text = fill_template(self.tr("Frontdesk will start in %1 next time."), (name,))
        else:
            text = self.tr("Frontdesk will follow the system language from the next start.")
        self.languageChosen.emit(text)
