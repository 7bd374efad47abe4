"""The desk's language: which one, loading its translations, and translating domain texts.

The language follows the system locale unless the user picked one in *Settings ▸ Language*
(stored under :data:`LANGUAGE_SETTING`; the choice takes effect on the next start, because
widgets built before the switch keep the texts they were given). English is loaded as a
translation too: it supplies the plural forms ("1 guest", "13 guests") that the ``%n``
source texts leave to the translator.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from desktop import RESOURCES_DIR
from desktop.desk.translatable import Message, fill_template

#: The languages Frontdesk ships, each named in its own language (never translated).
UI_LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "it": "Italiano",
    "es": "Español",
    "cs": "Čeština",
}
DEFAULT_LANGUAGE = "en"
LANGUAGE_SETTING = "ui/language"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"

# Translators must outlive every widget: Qt does not own what ``installTranslator`` gets.
_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages that Frontdesk ships, else English."""
    locale = locale or QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def chosen_language(settings: QSettings) -> str:
    """The language picked in the settings, or ``""`` to follow the system."""
    value = settings.value(LANGUAGE_SETTING, "", str)
    return value if value in UI_LANGUAGES else ""


def set_chosen_language(settings: QSettings, language: str) -> None:
    """Remember ``language`` for the next start; ``""`` means follow the system again."""
    if language:
        settings.setValue(LANGUAGE_SETTING, language)
    else:
        settings.remove(LANGUAGE_SETTING)


def effective_language(settings: QSettings, locale: QLocale | None = None) -> str:
    return chosen_language(settings) or system_language(locale)


def remove_translators() -> None:
    """Uninstall what :func:`install_translators` loaded (tests switch languages)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())


def install_translators(language: str) -> str:
    """Load Frontdesk's and Qt's own translations for ``language``; returns the language used.

    Qt's ``qtbase`` catalogue translates the standard dialog buttons (OK, Cancel, Save). An
    unknown language or a missing catalogue falls back to English, which always ships.
    """
    remove_translators()
    if language not in UI_LANGUAGES:
        language = DEFAULT_LANGUAGE
    app_translator = QTranslator()
    if not app_translator.load(f"frontdesk_{language}", str(TRANSLATIONS_DIR)):
        language = DEFAULT_LANGUAGE
        app_translator.load(f"frontdesk_{language}", str(TRANSLATIONS_DIR))
    QCoreApplication.installTranslator(app_translator)
    _installed.append(app_translator)
    qt_translator = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != DEFAULT_LANGUAGE and qt_translator.load(f"qtbase_{language}", qt_folder):
        QCoreApplication.installTranslator(qt_translator)
        _installed.append(qt_translator)
    QLocale.setDefault(QLocale(language))
    return language


def translate_text(context: str, text: str) -> str:
    """Translate a text a Qt-free module marked in ``context``; a :class:`Message` keeps its
    arguments untranslated (they are customer data or values the user typed)."""
    if isinstance(text, Message):
        return fill_template(QCoreApplication.translate(context, text.template), text.arguments)
    return QCoreApplication.translate(context, text) if text else ""
