"""``python -m desktop`` and the ``frontdesk`` command: check the platform, then start the desk.

Nothing here imports Qt before the check: on a system that lacks the X11 libraries even
importing QtGui fails, and Qt's own message names no package. When the check finds a gap
it prints one sentence with the packages to install and exits with status 1; the text is
in the desk's language when QtCore itself can still load.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from desktop.desk.platform_libraries import CONTEXT, platform_problem
from desktop.desk.translatable import Message

#: The exit status when the window cannot open for lack of system libraries.
MISSING_LIBRARIES_STATUS = 1


def _in_desk_language(problem: Message) -> str:
    """``problem`` in the language the desk would speak; English when QtCore cannot load."""
    try:
        from PySide6.QtCore import QCoreApplication, QSettings

        from desktop import APP_NAME, ORGANIZATION
        from desktop.ui.translation import effective_language, install_translators, translate_text
    except ImportError:
        return str(problem)
    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    install_translators(effective_language(QSettings()))
    return translate_text(CONTEXT, problem)


def main(argv: Sequence[str] | None = None) -> int:
    problem = platform_problem()
    if problem is not None:
        print(_in_desk_language(problem), file=sys.stderr)
        return MISSING_LIBRARIES_STATUS
    # Loading the desk makes objects that live as long as it does: the cyclic collector's
    # passes over them find nothing to free. ``desktop.app.main`` turns it back on once
    # the first frame is drawn.
    gc.disable()
    from desktop.app import main as start_desk

    return start_desk(argv)


if __name__ == "__main__":
    raise SystemExit(main())
