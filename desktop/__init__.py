"""Frontdesk: guest profiles for hotel reception on the Mews Connector API."""

__version__ = "0.1.0"
APP_NAME = "Frontdesk"
#: The organisation name QSettings and QStandardPaths file the desk's settings and data under.
ORGANIZATION = "Frontdesk"
