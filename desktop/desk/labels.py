"""Readable labels for the API's enum values.

The strings here are English source texts. This module stays Qt-free, so it only marks
them for translation (``QT_TRANSLATE_NOOP``, which Qt's ``lupdate`` recognises by name);
the UI translates them at display time with ``QCoreApplication.translate(context, text)``
using the context given here. Unknown values (Mews adds enum values over time) fall back
to the raw API value so that nothing is ever hidden.
"""

from __future__ import annotations

TITLE_CONTEXT = "Title"
SEX_CONTEXT = "Sex"
CLASSIFICATION_CONTEXT = "Classification"
OPTION_CONTEXT = "Option"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


TITLE_LABELS: dict[str, str] = {
    "Mister": QT_TRANSLATE_NOOP("Title", "Mr."),
    "Miss": QT_TRANSLATE_NOOP("Title", "Ms."),
    "Misses": QT_TRANSLATE_NOOP("Title", "Mrs."),
}

SEX_LABELS: dict[str, str] = {
    "Male": QT_TRANSLATE_NOOP("Sex", "Male"),
    "Female": QT_TRANSLATE_NOOP("Sex", "Female"),
}


CLASSIFICATION_LABELS: dict[str, str] = {
    "PaymasterAccount": QT_TRANSLATE_NOOP("Classification", "Paymaster account"),
    "Blacklist": QT_TRANSLATE_NOOP("Classification", "Blacklist (old)"),
    "Media": QT_TRANSLATE_NOOP("Classification", "Media"),
    "LoyaltyProgram": QT_TRANSLATE_NOOP("Classification", "Loyalty program"),
    "PreviousComplaint": QT_TRANSLATE_NOOP("Classification", "Previous complaint"),
    "Returning": QT_TRANSLATE_NOOP("Classification", "Returning guest"),
    "Staff": QT_TRANSLATE_NOOP("Classification", "Staff"),
    "FriendOrFamily": QT_TRANSLATE_NOOP("Classification", "Friend or family"),
    "TopManagement": QT_TRANSLATE_NOOP("Classification", "Top management"),
    "Important": QT_TRANSLATE_NOOP("Classification", "Important"),
    "VeryImportant": QT_TRANSLATE_NOOP("Classification", "Very important (VIP)"),
    "Problematic": QT_TRANSLATE_NOOP("Classification", "Problematic"),
    "Cashlist": QT_TRANSLATE_NOOP("Classification", "Cash only"),
    "DisabledPerson": QT_TRANSLATE_NOOP("Classification", "Disabled person"),
    "Military": QT_TRANSLATE_NOOP("Classification", "Military"),
    "Airline": QT_TRANSLATE_NOOP("Classification", "Airline"),
    "HealthCompliant": QT_TRANSLATE_NOOP("Classification", "Health compliant"),
    "InRoom": QT_TRANSLATE_NOOP("Classification", "In room"),
    "WaitingForRoom": QT_TRANSLATE_NOOP("Classification", "Waiting for room"),
    "Student": QT_TRANSLATE_NOOP("Classification", "Student"),
    "Blocklist": QT_TRANSLATE_NOOP("Classification", "Blocklist"),
}

# ``None`` is a value the server may report in a customer's options; it is not an option a
# user can pick (``customers/update`` does not accept it), so it has no label here.
OPTION_LABELS: dict[str, str] = {
    "SendMarketingEmails": QT_TRANSLATE_NOOP("Option", "Send marketing emails"),
    "Invoiceable": QT_TRANSLATE_NOOP("Option", "Invoiceable"),
    "BillAddressObjection": QT_TRANSLATE_NOOP("Option", "Objects to address on bill"),
    "SendMarketingPostalMail": QT_TRANSLATE_NOOP("Option", "Send marketing postal mail"),
    "SendPartnerMarketingEmails": QT_TRANSLATE_NOOP("Option", "Send partner marketing emails"),
    "SendPartnerMarketingPostalMail": QT_TRANSLATE_NOOP(
        "Option", "Send partner marketing postal mail"
    ),
    "WithdrawCardConsent": QT_TRANSLATE_NOOP("Option", "Consents to card withdrawal"),
    "GuestPhotoConsent": QT_TRANSLATE_NOOP("Option", "Ask consent for a guest photo"),
    "IdPhotosConsent": QT_TRANSLATE_NOOP("Option", "Ask consent for ID document photos"),
}


def label_of(labels: dict[str, str], value: str | None) -> str:
    """English source label of an enum value; empty for none, the raw value when unknown."""
    if not value:
        return ""
    return labels.get(str(value), str(value))


def title_label(value: str | None) -> str:
    """English source label of a title; empty for none, the raw value when unknown."""
    if not value:
        return ""
    return TITLE_LABELS.get(str(value), str(value))


def sex_label(value: str | None) -> str:
    """English source label of a sex value; empty for none, the raw value when unknown."""
    return label_of(SEX_LABELS, value)


def classification_label(value: str | None) -> str:
    """English source label of a classification; the raw value when unknown."""
    return label_of(CLASSIFICATION_LABELS, value)


def option_label(value: str | None) -> str:
    """English source label of a customer option; the raw value when unknown."""
    return label_of(OPTION_LABELS, value)
