"""Entry script of the frozen Frontdesk build, with a smoke test for the bundle itself.

``frontdesk`` runs :func:`desktop.__main__.main` as the installed GUI entry point does
(the check for the X11 libraries Qt needs, then the desk).
``frontdesk --smoke-test`` instead proves that the bundle is complete: it starts the real
window on the built-in sandbox with throw-away data folders, runs a search through the
search box and waits for rows from the sandbox (so HTTP, SQLite, pydantic and the Qt
plugins all work frozen), checks the icons render (the SVG plugins are bundled), prints
the keyring backends the process can see, and quits through the event loop like a user
closing the window. It exits 0 only when all of that worked. It loads the translations
as the app does; ``FRONTDESK_SMOKE_LANGUAGE=de`` picks the language instead of the
system's, and the report shows what a few known texts became in it.

The last stdout line is ``FRONTDESK-SMOKE {json}`` (also written to the file named by
``FRONTDESK_SMOKE_REPORT``, for windowed Windows builds that have no stdout);
``packaging/build.sh`` runs the same script from the source tree and compares the
keyring part of both reports.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from typing import Any

SMOKE_FLAG = "--smoke-test"
REPORT_PREFIX = "FRONTDESK-SMOKE "
TIMEOUT_ENV = "FRONTDESK_SMOKE_TIMEOUT"
REPORT_FILE_ENV = "FRONTDESK_SMOKE_REPORT"
SCREENSHOT_ENV = "FRONTDESK_SMOKE_SCREENSHOT"  # a PNG path: shows what the bundle renders
LANGUAGE_ENV = "FRONTDESK_SMOKE_LANGUAGE"  # e.g. "de": the language the smoke test loads

#: Texts the smoke test translates to prove the bundled catalogues load: one of Frontdesk's
#: own (context, source) and one from Qt's ``qtbase`` catalogue (the dialog buttons).
KNOWN_TEXTS = (("MainWindow", "&File"), ("QPlatformTheme", "Cancel"))


def _isolate_user_data(folder: str) -> None:
    """Point Qt's data, config and cache folders at ``folder`` before Qt reads them."""
    if sys.platform.startswith("linux"):
        for variable, name in (
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_STATE_HOME", "state"),
        ):
            path = os.path.join(folder, name)
            os.makedirs(path, exist_ok=True)
            os.environ[variable] = path
    else:
        # Windows and macOS ask the OS for these folders, not the environment; Qt's test
        # mode moves every writable location to a separate ~/.qttest tree instead.
        from PySide6.QtCore import QStandardPaths

        QStandardPaths.setTestModeEnabled(True)


class _QtMessages:
    """Collects Qt's warnings so the report shows them and criticals fail the test."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.criticals: list[str] = []

    def __call__(self, kind: Any, _context: Any, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        if kind == QtMsgType.QtWarningMsg:
            self.warnings.append(message)
        elif kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.criticals.append(message)


def _wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    """Runs the event loop (so worker results arrive) until ``predicate`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    return predicate()


def _check_icons() -> dict[str, object]:
    from PySide6.QtCore import QSize

    from desktop.ui.icons import ACTION_ICON_NAMES, action_icon, app_icon

    def drawn(icon: Any) -> bool:
        image = icon.pixmap(QSize(32, 32)).toImage()
        return any(image.pixelColor(x, y).alpha() > 0 for y in range(32) for x in range(32))

    blank = [name for name in ACTION_ICON_NAMES if not drawn(action_icon(name))]
    return {"app_icon": drawn(app_icon()), "blank_action_icons": blank}


def _demo_surname() -> str:
    """The commonest surname in the sandbox's demo guests, so a search surely finds rows."""
    from collections import Counter

    from desktop.sandbox.seed import generate

    surnames = Counter(customer["LastName"] for customer in generate(2000).customers)
    return str(surnames.most_common(1)[0][0])


def _search_through_the_window(window: Any, timeout: float) -> int:
    """Types a demo surname into the search box and waits for the sandbox's rows."""
    from PySide6.QtWidgets import QLineEdit, QTableView

    search = window.findChild(QLineEdit, "searchInput")
    table = window.findChild(QTableView, "customerTable")
    if search is None or table is None:
        raise RuntimeError("the main window has no searchInput or customerTable")
    search.setFocus()
    search.setText(_demo_surname())
    search.returnPressed.emit()
    if not _wait_until(lambda: table.model().rowCount() > 0, timeout):
        raise RuntimeError(f"no rows from the sandbox within {timeout:.0f} s")
    return int(table.model().rowCount())


def _load_translations() -> dict[str, object]:
    """Loads the language :data:`LANGUAGE_ENV` names (else the one the app would pick) as
    ``desktop.app.main`` does, and reports what the known texts became."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from desktop.app import _name_application
    from desktop.ui.translation import effective_language, install_translators

    _name_application()
    wanted = os.environ.get(LANGUAGE_ENV) or effective_language(QSettings())
    loaded = install_translators(wanted)
    translated = {
        source: QCoreApplication.translate(context, source) for context, source in KNOWN_TEXTS
    }
    return {"requested": wanted, "loaded": loaded, "translated": translated}


def run_smoke_test(argv: list[str]) -> int:
    timeout = float(os.environ.get(TIMEOUT_ENV, "60"))
    report: dict[str, object] = {"frozen": bool(getattr(sys, "frozen", False))}
    with tempfile.TemporaryDirectory(prefix="frontdesk-smoke-") as data_folder:
        _isolate_user_data(data_folder)
        from PySide6.QtCore import QTimer, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        messages = _QtMessages()
        qInstallMessageHandler(messages)
        try:
            from desktop import APP_NAME
            from desktop.app import build_window
            from desktop.desk.keyring_report import keyring_report

            args = [arg for arg in argv[1:] if arg != SMOKE_FLAG]
            if "--sandbox" not in args:
                args.append("--sandbox")
            app = QApplication.instance() or QApplication(argv[:1])
            app.setApplicationDisplayName(APP_NAME)
            report["language"] = _load_translations()
            started = time.monotonic()
            window = build_window(args)
            window.show()
            if not _wait_until(lambda: window.windowHandle().isExposed(), timeout):
                raise RuntimeError("the main window was never shown")
            report["window_shown_s"] = round(time.monotonic() - started, 2)
            report["rows"] = _search_through_the_window(window, timeout)
            report["sandbox_answered_s"] = round(time.monotonic() - started, 2)
            report["icons"] = _check_icons()
            if os.environ.get(SCREENSHOT_ENV):
                report["screenshot"] = window.grab().save(os.environ[SCREENSHOT_ENV])
            report["keyring"] = keyring_report()
            window.close()
            QTimer.singleShot(0, app.quit)
            app.exec()
            report["ok"] = not messages.criticals and report["icons"] == {
                "app_icon": True,
                "blank_action_icons": [],
            }
        except Exception:
            report["ok"] = False
            report["error"] = traceback.format_exc()
        finally:
            qInstallMessageHandler(None)
        report["qt_warnings"] = messages.warnings
        report["qt_criticals"] = messages.criticals
    line = REPORT_PREFIX + json.dumps(report, sort_keys=True)
    if sys.stdout is not None:  # None in a windowed build on Windows
        print(line, flush=True)
    if os.environ.get(REPORT_FILE_ENV):
        with open(os.environ[REPORT_FILE_ENV], "w", encoding="utf-8") as file:
            file.write(line + "\n")
    return 0 if report["ok"] else 1


def main() -> int:
    if SMOKE_FLAG in sys.argv[1:]:
        return run_smoke_test(sys.argv)
    from desktop.__main__ import main as app_main

    return int(app_main() or 0)


if __name__ == "__main__":
    sys.exit(main())
