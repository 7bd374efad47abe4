"""Frontdesk: guest profiles for hotel reception on the Mews Connector API."""

__version__ = "0.1.0"
APP_NAME = "Frontdesk"
