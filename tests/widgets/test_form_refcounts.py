"""A long session of typing must not use up the references to ``None``.

PySide6 6.12.0 drops a reference to ``None`` on every binding call that returns nothing
and on every read of an unset dynamic property. On Python 3.11 the interpreter then
aborted with "deallocating None" after a few minutes of typing in the profile form; the
GUI soak found it. pyproject excludes that release; this test fails on any binding (or
code of ours) that leaks ``None`` references again.
"""

from __future__ import annotations

import gc
import sys

from pytestqt.qtbot import QtBot

from desktop.ui.profile_form import ProfileForm

KEYSTROKES = 2000


def test_a_long_typing_session_does_not_consume_references_to_none(qtbot: QtBot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    # Only what the calls keep or drop may move the count: garbage of earlier tests (or of
    # these calls) freed by a collection in between would move it by thousands.
    gc.collect()
    before = sys.getrefcount(None)
    for number in range(KEYSTROKES):
        problems = {"email": "Not an email."} if number % 2 else {}
        form.show_messages(problems, {"phone": "Kept."})
    gc.collect()
    # A leaking binding loses at least one reference per call: thousands here.
    assert abs(sys.getrefcount(None) - before) < KEYSTROKES // 10


def test_the_form_does_not_read_unset_properties_back(qtbot: QtBot) -> None:
    """Roles are remembered in Python: each read of an unset property costs a reference."""
    form = ProfileForm()
    qtbot.addWidget(form)
    form.show_messages({"email": "Not an email."}, {})
    label = form.message_label("email")
    assert label.property("role") == "problem"
