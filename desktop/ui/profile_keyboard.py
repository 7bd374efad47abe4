"""The profile editor's keyboard: Ctrl+N puts the cursor in First name.

A receptionist's hands stay on the keys: Ctrl+N, pressed from the search box, the results
or deep down a long profile, opens the new profile scrolled to the top with the cursor in
First name, ready for typing.

:class:`ProfileKeyboard` is mixed into :class:`~desktop.ui.profile_editor.ProfileEditor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot

if TYPE_CHECKING:
    from desktop.ui.profile_editor import ProfileEditor


class ProfileKeyboard:
    """New from the keyboard; see the module docstring."""

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
