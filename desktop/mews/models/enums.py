"""The API's enumerations, with every value the OpenAPI description lists.

Fields use them through ``OpenEnum[...]`` so a value Mews adds later is kept as a plain
string rather than rejected. The item states are typed as
plain strings in the OpenAPI description; their values come from the public Mews
reference pages ("Accounting item state", "Payment item state").
"""

from __future__ import annotations

from enum import StrEnum


class Title(StrEnum):
    """Title prefix; shown localised (``Misses`` is "Mrs."), never as-is."""

    MISTER = "Mister"
    MISS = "Miss"
    MISSES = "Misses"


class Sex(StrEnum):
    """The spec's ``Sex`` and ``SexEnum`` (same values)."""

    MALE = "Male"
    FEMALE = "Female"


class CustomerClassification(StrEnum):
    """``CustomerClassificationEnum``. ``Blacklist`` is deprecated for ``Blocklist``."""

    PAYMASTER_ACCOUNT = "PaymasterAccount"
    BLACKLIST = "Blacklist"
    MEDIA = "Media"
    LOYALTY_PROGRAM = "LoyaltyProgram"
    PREVIOUS_COMPLAINT = "PreviousComplaint"
    RETURNING = "Returning"
    STAFF = "Staff"
    FRIEND_OR_FAMILY = "FriendOrFamily"
    TOP_MANAGEMENT = "TopManagement"
    IMPORTANT = "Important"
    VERY_IMPORTANT = "VeryImportant"
    PROBLEMATIC = "Problematic"
    CASHLIST = "Cashlist"
    DISABLED_PERSON = "DisabledPerson"
    MILITARY = "Military"
    AIRLINE = "Airline"
    HEALTH_COMPLIANT = "HealthCompliant"
    IN_ROOM = "InRoom"
    WAITING_FOR_ROOM = "WaitingForRoom"
    STUDENT = "Student"
    BLOCKLIST = "Blocklist"


#: Classifications the API still accepts but that new code should not offer.
DEPRECATED_CLASSIFICATIONS = frozenset({CustomerClassification.BLACKLIST})


class CustomerOption(StrEnum):
    """``CustomerOptionEnum`` (requests) and ``CustomerOptionsEnum`` (responses).

    The response enum also lists ``None``, an artefact of a flags type that means "no
    option"; it is deliberately not a member, so it is kept as a plain string.
    """

    SEND_MARKETING_EMAILS = "SendMarketingEmails"
    INVOICEABLE = "Invoiceable"
    BILL_ADDRESS_OBJECTION = "BillAddressObjection"
    SEND_MARKETING_POSTAL_MAIL = "SendMarketingPostalMail"
    SEND_PARTNER_MARKETING_EMAILS = "SendPartnerMarketingEmails"
    SEND_PARTNER_MARKETING_POSTAL_MAIL = "SendPartnerMarketingPostalMail"
    WITHDRAW_CARD_CONSENT = "WithdrawCardConsent"
    GUEST_PHOTO_CONSENT = "GuestPhotoConsent"
    ID_PHOTOS_CONSENT = "IdPhotosConsent"


class ActivityState(StrEnum):
    """``ActivityStates``: filter for active and/or deleted customers."""

    DELETED = "Deleted"
    ACTIVE = "Active"


class ResourceFeatureClassification(StrEnum):
    """Room preferences (``Customer.PreferredSpaceFeatures``)."""

    SEA_VIEW = "SeaView"
    RIVER_VIEW = "RiverView"
    OCEAN_VIEW = "OceanView"
    TWIN_BEDS = "TwinBeds"
    DOUBLE_BED = "DoubleBed"
    ROLLAWAY_BED = "RollawayBed"
    UPPER_BED = "UpperBed"
    LOWER_BED = "LowerBed"
    BALCONY = "Balcony"
    ACCESSIBLE_BATHROOM = "AccessibleBathroom"
    ACCESSIBLE_ROOM = "AccessibleRoom"
    ELEVATOR_ACCESS = "ElevatorAccess"
    HIGH_FLOOR = "HighFloor"
    KITCHENETTE = "Kitchenette"
    AIR_CONDITIONING = "AirConditioning"
    PRIVATE_JACUZZI = "PrivateJacuzzi"
    PRIVATE_SAUNA = "PrivateSauna"
    ENSUITE_ROOM = "EnsuiteRoom"
    PRIVATE_BATHROOM = "PrivateBathroom"
    SHARED_BATHROOM = "SharedBathroom"


class IdentityDocumentType(StrEnum):
    """``IdentityDocumentTypeEnum``."""

    IDENTITY_CARD = "IdentityCard"
    PASSPORT = "Passport"
    VISA = "Visa"
    DRIVERS_LICENSE = "DriversLicense"


class MergeAccountType(StrEnum):
    """``MergeAccountTypeEnum`` of ``accounts/merge``."""

    CUSTOMER = "Customer"
    COMPANY = "Company"


class OrderItemType(StrEnum):
    """``OrderItemTypeOld``: discriminator of an open order item's ``Data``."""

    CANCELLATION_FEE = "CancellationFee"
    REBATE = "Rebate"
    DEPOSIT = "Deposit"
    EXCHANGE_RATE_DIFFERENCE = "ExchangeRateDifference"
    CUSTOM_ITEM = "CustomItem"
    SURCHARGE = "Surcharge"
    SURCHARGE_DISCOUNT = "SurchargeDiscount"
    SPACE_ORDER = "SpaceOrder"
    PRODUCT_ORDER = "ProductOrder"
    OTHER = "Other"
    TAX_CORRECTION = "TaxCorrection"
    RESOURCE_UPGRADE_FEE = "ResourceUpgradeFee"
    INVOICE_FEE = "InvoiceFee"


class PaymentType(StrEnum):
    """``PaymentType``: discriminator of an open payment item's ``Data``."""

    CREDIT_CARD = "CreditCard"
    INVOICE = "Invoice"
    CASH = "Cash"
    UNSPECIFIED = "Unspecified"
    BAD_DEBTS = "BadDebts"
    WIRE_TRANSFER = "WireTransfer"
    EXCHANGE_RATE_DIFFERENCE = "ExchangeRateDifference"
    EXCHANGE_ROUNDING_DIFFERENCE = "ExchangeRoundingDifference"
    BANK_CHARGES = "BankCharges"
    CHEQUE = "Cheque"
    OTHER = "Other"


class AccountingState(StrEnum):
    """Accounting state of an order or payment item.

    ``Open`` is what ``customers/getOpenItems`` returns; the others appear elsewhere.
    """

    OPEN = "Open"
    CLOSED = "Closed"
    INACTIVE = "Inactive"
    CANCELED = "Canceled"


class PaymentState(StrEnum):
    """Payment state of a payment item (plain string in the OpenAPI description)."""

    CHARGED = "Charged"
    CANCELED = "Canceled"
    PENDING = "Pending"
    FAILED = "Failed"
    VERIFYING = "Verifying"


class ServiceOrderState(StrEnum):
    """``ServiceOrderStateOld``: state of the reservation in a search result."""

    ENQUIRED = "Enquired"
    CONFIRMED = "Confirmed"
    STARTED = "Started"
    PROCESSED = "Processed"
    CANCELED = "Canceled"
    OPTIONAL = "Optional"
    REQUESTED = "Requested"


class ReservationOrigin(StrEnum):
    """``ReservationOldOrigin``."""

    DISTRIBUTOR = "Distributor"
    CHANNEL_MANAGER = "ChannelManager"
    IMPORT = "Import"
    CONNECTOR = "Connector"
    NAVIGATOR = "Navigator"
    COMMANDER_IN_PERSON = "CommanderInPerson"
    COMMANDER_CHANNEL = "CommanderChannel"
    COMMANDER_PHONE = "CommanderPhone"
    COMMANDER_EMAIL = "CommanderEmail"
    COMMANDER_WEBSITE = "CommanderWebsite"
    COMMANDER_MESSAGE = "CommanderMessage"
    COMMANDER_CALL_CENTER = "CommanderCallCenter"
    COMMANDER_ROOMING_LIST = "CommanderRoomingList"


class ReservationPurpose(StrEnum):
    LEISURE = "Leisure"
    BUSINESS = "Business"
    STUDENT = "Student"


class CancellationReason(StrEnum):
    OTHER = "Other"
    CONFIRMATION_MISSED = "ConfirmationMissed"
    BOOKED_ELSEWHERE = "BookedElsewhere"
    FORCE_MAJEURE = "ForceMajeure"
    GUEST_COMPLAINT = "GuestComplaint"
    NO_SHOW = "NoShow"
    PRICE_TOO_HIGH = "PriceTooHigh"
    SERVICE_NOT_AVAILABLE = "ServiceNotAvailable"
    INPUT_ERROR = "InputError"
    INVALID_PAYMENT = "InvalidPayment"
    TRAVEL_AGENCY = "TravelAgency"
    REQUESTED_BY_GUEST = "RequestedByGuest"
    UPDATE = "Update"
    BOOKING_ABANDONED = "BookingAbandoned"
    REQUESTED_BY_BOOKER = "RequestedByBooker"
