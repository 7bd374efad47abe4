"""The profile editor's keyboard: Ctrl+S from anywhere in its window, Ctrl+N to First name.

A receptionist's hands stay on the keys: after a passport read or a search the focus sits in
the search box, and Ctrl+S must still save the profile on screen. The save action is
therefore a window shortcut of the editor: it answers wherever the focus is in the window,
but only while the editor itself is shown (Qt matches a widget's action only while that
widget is visible), so it never competes with another window's keys. When fields are
marked, Ctrl+S says so and puts the cursor in the first of them instead of doing nothing.
A new profile opens scrolled to the top with the cursor in First name.

:class:`ProfileKeyboard` is mixed into :class:`~desktop.ui.profile_editor.ProfileEditor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from desktop.ui.profile_editor import ProfileEditor


class ProfileKeyboard:
    """Save and New from the keyboard; see the module docstring."""

    def _build_save_action(self: ProfileEditor) -> None:
        self.save_action = QAction(
            QCoreApplication.translate("ProfileEditor", "&Save profile"), self
        )
        self.save_action.setObjectName("saveAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(self._save_requested)
        self.addAction(self.save_action)

    def _update_save_action(self: ProfileEditor, dirty: bool, idle: bool) -> None:
        """Enabled with marked fields too: Ctrl+S then points at them rather than staying
        silent."""
        self.save_action.setEnabled(dirty and idle)

    @Slot()
    def _save_requested(self: ProfileEditor) -> None:
        if self._problem_keys and not self.save_button.isEnabled():
            self.point_at_problems()
            return
        self.save()

    def point_at_problems(self: ProfileEditor) -> None:
        """Say why nothing is saved and put the cursor in the first marked field."""
        self._show_problem(
            QCoreApplication.translate("ProfileEditor", "Fix the marked fields before saving.")
        )
        if not self._problem_keys:
            return
        field = self.form.editor(self._problem_keys[0])
        self.tabs.setCurrentWidget(self.tabs.scroll)
        self.tabs.scroll.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _start_new_profile(self: ProfileEditor) -> None:
        self._show_new_form()
        self.tabs.setCurrentWidget(self.tabs.scroll)
        # In the next turn: the desk shows the editor only once ``new_customer`` returned
        # (the first time it is still hidden), and a hidden field cannot take focus.
        QTimer.singleShot(0, self, self._focus_first_name)  # type: ignore[call-overload]

    @Slot()
    def _focus_first_name(self: ProfileEditor) -> None:
        self.tabs.scroll.verticalScrollBar().setValue(0)
        self.form.editor("first_name").setFocus(Qt.FocusReason.OtherFocusReason)
