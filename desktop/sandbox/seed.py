"""Deterministic demo data: a hotel's worth of guests with the mess real profiles have.

Besides plain profiles the data holds what each screen of the desk needs to show:
guests in the house right now (with rooms), paymasters, duplicates to merge (same email
in another case, same name and birth date, typo variants), open items in several
currencies and identity documents, some expired. ``random.Random(seed)`` drives
everything and times are relative to ``now``, so a seed and a ``now`` give the same data.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Final

from desktop.sandbox.demo_names import (
    DIETARY,
    NATIONALITIES,
    NOTES,
    OCCUPATIONS,
    PAYMASTERS,
    TITLE_BY_SEX,
    Nationality,
)
from desktop.sandbox.records import (
    ADULT_AGE_CATEGORY_ID,
    CATEGORY_ID,
    RATE_ID,
    SERVICE_ID,
    Json,
    blank_customer,
    derive_language,
    new_address,
    room_resource_id,
)
from desktop.sandbox.rooms import ROOM_NUMBERS, ensure_rooms
from desktop.sandbox.seed_open_items import OpenItemSeeds
from desktop.sandbox.store import IN_HOUSE_STATE, Store
from desktop.sandbox.timeutil import format_date_as_mews_datetime, format_utc, now_utc

DEFAULT_SEED: Final = 20240917
SEEDED_KEY: Final = "seeded"

_CLASSIFICATIONS: Final = (
    "Returning", "VeryImportant", "Important", "LoyaltyProgram", "Media", "Staff",
    "PreviousComplaint", "DisabledPerson", "Student", "Blocklist", "Airline",
)  # fmt: skip
_OPTIONS: Final = ("SendMarketingEmails", "Invoiceable", "GuestPhotoConsent", "IdPhotosConsent")
_FEATURES: Final = ("SeaView", "HighFloor", "TwinBeds", "DoubleBed", "Balcony", "AccessibleRoom")


@dataclass
class DemoData:
    customers: list[Json] = field(default_factory=list)
    documents: list[Json] = field(default_factory=list)
    open_items: list[tuple[str, str, Json]] = field(default_factory=list)
    reservations: list[tuple[Json, str | None]] = field(default_factory=list)


def ascii_fold(text: str) -> str:
    """ "Dvořák" -> "Dvorak": what an email address or a hurried typist makes of a name."""
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(char for char in folded if not unicodedata.combining(char))


class _Generator(OpenItemSeeds):
    def __init__(self, count: int, seed: int, now: datetime) -> None:
        super().__init__(seed, now)
        self.count = count
        self.data = DemoData()
        self.emails: set[str] = set()
        self.number = 0

    # -- people -----------------------------------------------------------------------

    def person(self) -> Json:
        rng = self.rng
        nationality = rng.choices(NATIONALITIES, weights=[n.weight for n in NATIONALITIES])[0]
        sex = rng.choice(("Male", "Female"))
        first = rng.choice(nationality.male if sex == "Male" else nationality.female)
        surname = rng.choice(nationality.surnames)
        male_form, _, female_form = surname.partition("|")
        last = female_form if sex == "Female" and female_form else male_form

        customer = self.customer_shell()
        customer.update(
            Title=rng.choice(TITLE_BY_SEX[sex]) if rng.random() < 0.85 else None,
            Sex=sex if rng.random() < 0.9 else None,
            FirstName=first,
            LastName=last,
            NationalityCode=nationality.code,
            PreferredLanguageCode=nationality.language if rng.random() < 0.6 else None,
            BirthDate=self.birth_date() if rng.random() < 0.8 else None,
            Phone=self.phone(nationality) if rng.random() < 0.85 else None,
            Occupation=rng.choice(OCCUPATIONS) if rng.random() < 0.3 else None,
            LoyaltyCode=f"LC{rng.randint(100000, 999999)}" if rng.random() < 0.25 else None,
            Notes=rng.choice(NOTES) if rng.random() < 0.15 else None,
            DietaryRequirements=rng.choice(DIETARY) if rng.random() < 0.08 else None,
            CarRegistrationNumber=self.plate() if rng.random() < 0.1 else None,
            Classifications=sorted(
                set(rng.sample(_CLASSIFICATIONS, rng.choice((0, 0, 0, 1, 1, 2))))
            ),
            Options=sorted(set(rng.sample(_OPTIONS, rng.choice((0, 1, 1, 2))))),
            PreferredSpaceFeatures=sorted(set(rng.sample(_FEATURES, rng.choice((0, 0, 1, 2))))),
        )
        if rng.random() < 0.9:
            customer["Email"] = self.email(first, last, nationality)
        if rng.random() < 0.75:
            city, postal_code = rng.choice(nationality.cities)
            address = {
                "Line1": f"{rng.choice(nationality.streets)} {rng.randint(1, 180)}",
                "Line2": None,
                "City": city,
                "PostalCode": postal_code,
                "CountryCode": nationality.code,
                "CountrySubdivisionCode": None,
            }
            customer["Address"] = new_address(self.uuid(), address)
            customer["AddressId"] = customer["Address"]["Id"]
        if nationality.code == "IT" and rng.random() < 0.5:
            customer["ItalianFiscalCode"] = self.italian_fiscal_code(first, last)
        derive_language(customer)
        return customer

    def customer_shell(self) -> Json:
        created = self.moment(self.now - timedelta(days=730), self.now - timedelta(hours=1))
        if self.rng.random() < 0.25:
            updated = max(created, self.moment(self.now - timedelta(days=21), self.now))
        else:
            updated = self.moment(created, self.now)
        self.number += 1
        customer = blank_customer(self.uuid(), self.number, format_utc(created))
        customer["UpdatedUtc"] = format_utc(updated)
        return customer

    def birth_date(self) -> str:
        earliest = date(self.now.year - 85, 1, 1)
        return (earliest + timedelta(days=self.rng.randint(0, 365 * 67))).isoformat()

    def phone(self, nationality: Nationality) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(9))
        return f"{nationality.phone_prefix} {digits[:3]} {digits[3:6]} {digits[6:]}"

    def plate(self) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(2))
        return f"{self.rng.randint(1, 9)}{letters} {self.rng.randint(1000, 9999)}"

    def italian_fiscal_code(self, first: str, last: str) -> str:
        stem = (ascii_fold(last).upper() + "XXX")[:3] + (ascii_fold(first).upper() + "XXX")[:3]
        return f"{stem}{self.rng.randint(10, 99)}A{self.rng.randint(10, 70)}H501{self.rng.choice('ABCXYZ')}"

    def email(self, first: str, last: str, nationality: Nationality) -> str:
        local = ascii_fold(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        domain = self.rng.choice(nationality.email_domains)
        candidate = f"{local}@{domain}"
        suffix = 1
        while candidate in self.emails:
            suffix += 1
            candidate = f"{local}{suffix}@{domain}"
        self.emails.add(candidate)
        return candidate

    # -- the mess: duplicates, paymasters ----------------------------------------------

    def duplicate_of(self, original: Json) -> Json:
        """The same guest entered twice, in one of the ways it happens at a desk."""
        copy = self.customer_shell()
        for key in ("Title", "Sex", "FirstName", "LastName", "NationalityCode", "BirthDate",
                    "PreferredLanguageCode", "LanguageCode", "Phone"):  # fmt: skip
            copy[key] = original[key]
        kind = self.rng.choice(("email-case", "name-birth", "typo"))
        if kind == "email-case" and original["Email"]:
            local, _, domain = original["Email"].partition("@")
            copy["Email"] = f"{local.title()}@{domain.upper()}"
        elif kind == "typo":
            copy["LastName"] = self.typo(original["LastName"])
            copy["FirstName"] = ascii_fold(original["FirstName"] or "") or None
            copy["Email"] = None
        else:
            copy["Phone"] = None
            if original["BirthDate"] is None:
                copy["BirthDate"] = original["BirthDate"] = self.birth_date()
        copy["Notes"] = "Created at check-in (walk-in)."
        return copy

    def typo(self, name: str) -> str:
        folded = ascii_fold(name)
        if folded != name:
            return folded
        if len(name) > 3:
            index = self.rng.randint(1, len(name) - 2)
            return name[:index] + name[index + 1] + name[index] + name[index + 2 :]
        return name + name[-1]

    def paymaster(self, name: str) -> Json:
        customer = self.customer_shell()
        customer.update(
            LastName=name,
            Classifications=["PaymasterAccount"],
            Options=["Invoiceable"],
            Email=self.email("billing", ascii_fold(name).split()[0], NATIONALITIES[7]),
            Notes="Paymaster account: charge event costs here.",
        )
        return customer

    # -- what hangs off a profile --------------------------------------------------------

    def documents_for(self, customer: Json) -> None:
        kinds = self.rng.sample(("Passport", "IdentityCard", "Visa", "DriversLicense"), 2)
        for kind in kinds[: self.rng.choice((1, 1, 2))]:
            issued = self.now.date() - timedelta(days=self.rng.randint(30, 3650))
            expires = issued + timedelta(days=365 * (1 if kind == "Visa" else 10))
            if self.rng.random() < 0.12:  # some expired ones for the desk to flag
                expires = self.now.date() - timedelta(days=self.rng.randint(1, 400))
            self.data.documents.append(
                {
                    "Id": self.uuid(),
                    "CustomerId": customer["Id"],
                    "Type": kind,
                    "Number": f"{kind[:1]}{self.rng.randint(10_000_000, 99_999_999)}",
                    "ExpirationDate": format_date_as_mews_datetime(expires),
                    "IssuanceDate": format_date_as_mews_datetime(issued),
                    "IssuingCountryCode": customer["NationalityCode"],
                    "IssuingCountrySubdivisionCode": None,
                    "IssuingCity": None,
                    "IdentityDocumentSupportNumber": None,
                }
            )

    def reservation(self, owner: Json, companions: list[Json], room: str, state: str) -> Json:
        if state == IN_HOUSE_STATE:
            start = self.now - timedelta(days=self.rng.randint(0, 4), hours=self.rng.randint(1, 8))
            end = self.now + timedelta(days=self.rng.randint(1, 6))
        elif state == "Confirmed":
            start = self.now + timedelta(days=self.rng.randint(2, 40))
            end = start + timedelta(days=self.rng.randint(1, 7))
        else:
            end = self.now - timedelta(days=self.rng.randint(1, 200))
            start = end - timedelta(days=self.rng.randint(1, 7))
        created = format_utc(start - timedelta(days=self.rng.randint(1, 60)))
        in_house = state == IN_HOUSE_STATE
        return {
            "Id": self.uuid(),
            "ServiceId": SERVICE_ID,
            "GroupId": self.uuid(),
            "Number": str(self.rng.randint(10000, 99999)),
            "ChannelNumber": None,
            "State": state,
            "Origin": self.rng.choice(("Distributor", "ChannelManager", "CommanderInPerson")),
            "Purpose": self.rng.choice(("Leisure", "Leisure", "Business")),
            "CreatedUtc": created,
            "UpdatedUtc": created,
            "CancelledUtc": None,
            "StartUtc": format_utc(start),
            "EndUtc": format_utc(end),
            "RequestedCategoryId": CATEGORY_ID,
            "AssignedResourceId": room_resource_id(room),
            "AssignedResourceLocked": False,
            "CompanyId": None,
            "TravelAgencyId": None,
            "RateId": RATE_ID,
            "PersonCounts": [
                {"AgeCategoryId": ADULT_AGE_CATEGORY_ID, "Count": 1 + len(companions)}
            ],
            "OwnerId": owner["Id"],
            "CustomerId": owner["Id"],
            "BookerId": None,
            "CompanionIds": [companion["Id"] for companion in companions],
            "Options": {
                "OwnerCheckedIn": in_house,
                "AllCompanionsCheckedIn": in_house,
                "AnyCompanionCheckedIn": in_house and bool(companions),
            },
        }

    # -- the whole hotel ------------------------------------------------------------------

    def generate(self) -> DemoData:
        rng = self.rng
        count = max(1, self.count)
        paymaster_count = min(len(PAYMASTERS), count // 400 if count >= 400 else int(count >= 10))
        duplicate_count = count * 3 // 100 if count >= 20 else 0
        people = [self.person() for _ in range(count - duplicate_count - paymaster_count)]
        duplicates = [self.duplicate_of(rng.choice(people)) for _ in range(duplicate_count)]
        paymasters = [self.paymaster(name) for name in PAYMASTERS[:paymaster_count]]
        self.data.customers = people + duplicates + paymasters

        rooms = list(ROOM_NUMBERS)
        rng.shuffle(rooms)
        guests = rng.sample(people, len(people))
        in_house_count = min(len(rooms), max(1, len(people) * 5 // 100))
        cursor = 0
        for room in rooms[:in_house_count]:
            party = guests[cursor : cursor + rng.choice((1, 1, 2))]
            if not party:
                break
            cursor += len(party)
            self.data.reservations.append(
                (self.reservation(party[0], party[1:], room, IN_HOUSE_STATE), room)
            )
        for state in ("Confirmed", "Processed"):
            for _ in range(max(2, len(people) // 50)):
                owner = guests[cursor % len(guests)]
                cursor += 1
                room = rng.choice(rooms)
                self.data.reservations.append((self.reservation(owner, [], room, state), room))

        for customer in people:
            if rng.random() < 0.15:
                self.documents_for(customer)
            if rng.random() < 0.08:
                self.data.open_items.extend(self.open_items_for(customer))
        for customer in paymasters:
            self.data.open_items.extend(self.open_items_for(customer))
        return self.data


def generate(count: int, seed: int = DEFAULT_SEED, now: datetime | None = None) -> DemoData:
    return _Generator(count, seed, now or now_utc()).generate()


def seed_store(
    store: Store, count: int, seed: int = DEFAULT_SEED, now: datetime | None = None
) -> bool:
    """Fill an empty store once, and give any store its rooms, in one transaction; returns
    whether it seeded."""
    with store.transaction():
        empty = store.get_meta(SEEDED_KEY) is None
        if empty:
            data = generate(count, seed, now)
            store.insert_customers(data.customers)
            store.insert_documents(data.documents)
            store.insert_open_items(data.open_items)
            store.insert_reservations(data.reservations)
            store.set_meta(SEEDED_KEY, str(seed))
        ensure_rooms(store)  # the seed's reservations name rooms; an older store gains them
    return empty
