"""Frontdesk: guest profiles for hotel reception on the Mews Connector API."""

from pathlib import Path

__version__ = "0.1.0"
APP_NAME = "Frontdesk"
#: The organisation name QSettings and QStandardPaths file the desk's settings and data under.
ORGANIZATION = "Frontdesk"
#: Icons and translations, beside the package's modules in a checkout, a wheel and the
#: frozen build alike.
RESOURCES_DIR = Path(__file__).resolve().parent / "resources"
