"""Language and culture codes offered for a customer's preferred language.

Mews stores ``PreferredLanguageCode`` as a culture code such as ``en-GB`` or ``fr-CA``. The
list covers the cultures a European or international property meets at the desk; a code the
server returns that is not listed is still shown and kept (see ``language_name``). Names are
English source texts in the ``Language`` context, translated by the UI at display time.
"""

from __future__ import annotations

from desktop.desk.labels import QT_TRANSLATE_NOOP

LANGUAGE_CONTEXT = "Language"

LANGUAGE_NAMES: dict[str, str] = {
    "ar-SA": QT_TRANSLATE_NOOP("Language", "Arabic (Saudi Arabia)"),
    "ar-AE": QT_TRANSLATE_NOOP("Language", "Arabic (United Arab Emirates)"),
    "bg-BG": QT_TRANSLATE_NOOP("Language", "Bulgarian"),
    "ca-ES": QT_TRANSLATE_NOOP("Language", "Catalan"),
    "cs-CZ": QT_TRANSLATE_NOOP("Language", "Czech"),
    "da-DK": QT_TRANSLATE_NOOP("Language", "Danish"),
    "de-AT": QT_TRANSLATE_NOOP("Language", "German (Austria)"),
    "de-CH": QT_TRANSLATE_NOOP("Language", "German (Switzerland)"),
    "de-DE": QT_TRANSLATE_NOOP("Language", "German (Germany)"),
    "el-GR": QT_TRANSLATE_NOOP("Language", "Greek"),
    "en-AU": QT_TRANSLATE_NOOP("Language", "English (Australia)"),
    "en-CA": QT_TRANSLATE_NOOP("Language", "English (Canada)"),
    "en-GB": QT_TRANSLATE_NOOP("Language", "English (United Kingdom)"),
    "en-IE": QT_TRANSLATE_NOOP("Language", "English (Ireland)"),
    "en-US": QT_TRANSLATE_NOOP("Language", "English (United States)"),
    "es-ES": QT_TRANSLATE_NOOP("Language", "Spanish (Spain)"),
    "es-MX": QT_TRANSLATE_NOOP("Language", "Spanish (Mexico)"),
    "et-EE": QT_TRANSLATE_NOOP("Language", "Estonian"),
    "fi-FI": QT_TRANSLATE_NOOP("Language", "Finnish"),
    "fr-BE": QT_TRANSLATE_NOOP("Language", "French (Belgium)"),
    "fr-CA": QT_TRANSLATE_NOOP("Language", "French (Canada)"),
    "fr-CH": QT_TRANSLATE_NOOP("Language", "French (Switzerland)"),
    "fr-FR": QT_TRANSLATE_NOOP("Language", "French (France)"),
    "he-IL": QT_TRANSLATE_NOOP("Language", "Hebrew"),
    "hi-IN": QT_TRANSLATE_NOOP("Language", "Hindi"),
    "hr-HR": QT_TRANSLATE_NOOP("Language", "Croatian"),
    "hu-HU": QT_TRANSLATE_NOOP("Language", "Hungarian"),
    "id-ID": QT_TRANSLATE_NOOP("Language", "Indonesian"),
    "is-IS": QT_TRANSLATE_NOOP("Language", "Icelandic"),
    "it-CH": QT_TRANSLATE_NOOP("Language", "Italian (Switzerland)"),
    "it-IT": QT_TRANSLATE_NOOP("Language", "Italian (Italy)"),
    "ja-JP": QT_TRANSLATE_NOOP("Language", "Japanese"),
    "ko-KR": QT_TRANSLATE_NOOP("Language", "Korean"),
    "lt-LT": QT_TRANSLATE_NOOP("Language", "Lithuanian"),
    "lv-LV": QT_TRANSLATE_NOOP("Language", "Latvian"),
    "nb-NO": QT_TRANSLATE_NOOP("Language", "Norwegian Bokmål"),
    "nl-BE": QT_TRANSLATE_NOOP("Language", "Dutch (Belgium)"),
    "nl-NL": QT_TRANSLATE_NOOP("Language", "Dutch (Netherlands)"),
    "pl-PL": QT_TRANSLATE_NOOP("Language", "Polish"),
    "pt-BR": QT_TRANSLATE_NOOP("Language", "Portuguese (Brazil)"),
    "pt-PT": QT_TRANSLATE_NOOP("Language", "Portuguese (Portugal)"),
    "ro-RO": QT_TRANSLATE_NOOP("Language", "Romanian"),
    "ru-RU": QT_TRANSLATE_NOOP("Language", "Russian"),
    "sk-SK": QT_TRANSLATE_NOOP("Language", "Slovak"),
    "sl-SI": QT_TRANSLATE_NOOP("Language", "Slovenian"),
    "sr-RS": QT_TRANSLATE_NOOP("Language", "Serbian"),
    "sv-SE": QT_TRANSLATE_NOOP("Language", "Swedish"),
    "th-TH": QT_TRANSLATE_NOOP("Language", "Thai"),
    "tr-TR": QT_TRANSLATE_NOOP("Language", "Turkish"),
    "uk-UA": QT_TRANSLATE_NOOP("Language", "Ukrainian"),
    "vi-VN": QT_TRANSLATE_NOOP("Language", "Vietnamese"),
    "zh-CN": QT_TRANSLATE_NOOP("Language", "Chinese (Simplified)"),
    "zh-TW": QT_TRANSLATE_NOOP("Language", "Chinese (Traditional)"),
}


def language_name(code: str | None) -> str:
    """English name of a culture code; empty for none, the code itself when unknown."""
    if not code:
        return ""
    return LANGUAGE_NAMES.get(code, code)
