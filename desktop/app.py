"""Start Frontdesk: ``frontdesk [--sandbox | --base-url URL] [--chain-id ID]``.

The window is built and shown first; the embedded sandbox, the API client's models and
the keyring (and the tokens in it) load on a worker, so the desk appears at once. With
nothing configured the desk opens on the built-in sandbox with demo guests, so the
README's run command shows a working desk.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import desktop.ui  # noqa: F401  (the first of the desk's modules: see pyside_feature_scan)
from desktop import APP_NAME, ORGANIZATION, __version__
from desktop.desk.connection import (
    MEWS_DEMO_URL,
    MEWS_PRODUCTION_URL,
    SANDBOX_PROFILE,
    ConnectionKind,
    ConnectionProfile,
    InvalidBaseUrlError,
    normalize_base_url,
    normalize_chain_id,
)
from desktop.ui.app_icon import APP_ID, app_icon
from desktop.ui.first_frame import after_first_frame
from desktop.ui.main_window import MainWindow
from desktop.ui.profiles import current_profile, find_profile
from desktop.ui.session import Session
from desktop.ui.translation import effective_language, install_translators

#: What no arguments mean: the saved connection, else the sandbox (see ``choose_profile``).
NO_ARGUMENTS = argparse.Namespace(sandbox=False, base_url=None, chain_id=None)


def argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frontdesk", description="Guest profiles on Mews.")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--sandbox", action="store_true", help="use the built-in offline sandbox")
    target.add_argument("--base-url", metavar="URL", help="Mews API address (https only)")
    parser.add_argument("--chain-id", metavar="ID", help="chain id of a portfolio access token")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The command line's choices; started from the launcher there are none, and building
    argparse's parser (its help texts' gettext look-ups, its formatter) is skipped."""
    if not argv:
        return argparse.Namespace(**vars(NO_ARGUMENTS))
    parser = argument_parser()
    arguments = parser.parse_args(list(argv))
    try:
        if arguments.base_url:
            arguments.base_url = normalize_base_url(arguments.base_url)
        arguments.chain_id = normalize_chain_id(arguments.chain_id)
    except (InvalidBaseUrlError, ValueError) as error:
        parser.error(str(error))
    return arguments


def _kind_for(url: str) -> ConnectionKind:
    return {
        MEWS_DEMO_URL: ConnectionKind.MEWS_DEMO,
        MEWS_PRODUCTION_URL: ConnectionKind.MEWS_PRODUCTION,
    }.get(url, ConnectionKind.CUSTOM)


def choose_profile(arguments: argparse.Namespace, session: Session) -> ConnectionProfile:
    """The connection for this run: the flags, else the last one used, else the sandbox."""
    settings = session.settings
    if arguments.sandbox:
        return find_profile(settings, ConnectionKind.SANDBOX) or SANDBOX_PROFILE
    if arguments.base_url:
        kind = _kind_for(arguments.base_url)
        saved = find_profile(settings, kind, arguments.base_url)
        profile = saved or ConnectionProfile.new(kind, base_url=arguments.base_url)
        if arguments.chain_id:
            profile = ConnectionProfile(
                profile.profile_id, profile.kind, profile.name, profile.base_url, arguments.chain_id
            )
        return profile
    return current_profile(settings) or SANDBOX_PROFILE


def _name_application() -> None:
    """Name the app for QSettings and QStandardPaths (where settings and the sandbox live)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)


def build_window(argv: Sequence[str], *, hold_workers: bool = False) -> MainWindow:
    """Parse ``argv`` (without the program name) and return the ready, unshown main window.

    A ``QApplication`` must exist. Connecting starts right away on a worker (reading the
    tokens from the keyring, or starting the sandbox), and the connection dialog opens
    when the chosen connection has no tokens. With ``hold_workers`` the window already
    says it is connecting, but the workers wait for ``window.session.runner.release()``.
    """
    arguments = parse_arguments(argv)
    _name_application()
    session = Session()
    if hold_workers:
        session.runner.hold()
    window = MainWindow(session)
    profile = choose_profile(arguments, session)
    if profile.kind is ConnectionKind.SANDBOX:
        session.connect_profile(profile)
        return window
    # Queued: the dialog needs its parent on screen, and asks only while the window is up.
    session.tokensMissing.connect(window.show_connection_dialog, Qt.ConnectionType.QueuedConnection)
    session.connect_saved(profile)
    return window


def _first_frame_drawn(window: MainWindow) -> None:
    """Start the workers (the connection among them), and the cyclic collector, leaving
    out of its passes what start-up made: the modules, classes and widgets stay."""
    window.session.runner.release()
    gc.freeze()
    gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    gc.disable()  # until the first frame: see _first_frame_drawn
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    # The desktop file name lets Wayland docks match the window to its launcher entry.
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    # Translations before the first widget: texts are set when widgets are built. The
    # names come first because the language choice is read from the app's settings.
    _name_application()
    install_translators(effective_language(QSettings()))
    window = build_window(sys.argv[1:] if argv is None else argv, hold_workers=True)
    window.show()
    # Connecting imports the client and its models on a worker, whose Python would take
    # turns on the GIL with the window being drawn: it starts once the first frame is up.
    after_first_frame(window, lambda: _first_frame_drawn(window))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
