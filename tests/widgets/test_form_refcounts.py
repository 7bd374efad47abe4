"""A long session of typing must not use up the references to ``None``.

PySide6 6.12 drops a reference to ``None`` on every binding call that returns nothing and
on every read of an unset dynamic property. On Python 3.11 the interpreter then aborted
with "deallocating None" after a few hundred keystrokes in the profile form; the GUI soak
found it. ``desktop.ui`` gives ``None`` a reserve no session can use up.
"""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.profile_form import ProfileForm

KEYSTROKES = 2000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12 on")
def test_a_long_typing_session_leaves_none_its_reserve(qtbot: QtBot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    for number in range(KEYSTROKES):
        problems = {"email": "Not an email."} if number % 2 else {}
        form.show_messages(problems, {"phone": "Kept."})
    assert sys.getrefcount(None) > 1 << 40


def test_the_form_does_not_read_unset_properties_back(qtbot: QtBot) -> None:
    """Roles are remembered in Python: each read of an unset property costs a reference."""
    form = ProfileForm()
    qtbot.addWidget(form)
    form.show_messages({"email": "Not an email."}, {})
    label = form.message_label("email")
    assert label.property("role") == "problem"
