"""Names, places and contact details per nationality for the demo guests.

Real-looking data (with the diacritics each language uses) is what exposes sorting,
searching and encoding bugs in a desk app; ASCII placeholders would hide them.
A surname written ``male|female`` has a feminine form (Czech, Polish).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Nationality:
    code: str
    language: str
    phone_prefix: str
    email_domains: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (city, postal code)
    streets: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    weight: int


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split(","))


NATIONALITIES: Final[tuple[Nationality, ...]] = (
    Nationality(
        "CZ", "cs-CZ", "+420", ("seznam.cz", "email.cz", "centrum.cz", "gmail.com"),
        (("Praha", "110 00"), ("Brno", "602 00"), ("Ostrava", "702 00"), ("Plzeň", "301 00"),
         ("České Budějovice", "370 01"), ("Olomouc", "779 00")),
        _t("Vinohradská,Národní,Husova,Masarykova,Palackého,Šafaříkova,Žitná"),
        _t("Jan,Petr,Jiří,Tomáš,Lukáš,Martin,Ondřej,Vojtěch,Jakub,Zdeněk,Miroslav,Radek"),
        _t("Jana,Tereza,Lucie,Kateřina,Eliška,Markéta,Zuzana,Veronika,Hana,Božena,Alžběta,Petra"),
        _t("Novák|Nováková,Svoboda|Svobodová,Dvořák|Dvořáková,Černý|Černá,Procházka|Procházková,"
           "Kučera|Kučerová,Veselý|Veselá,Horák|Horáková,Němec|Němcová,Pokorný|Pokorná,"
           "Marek|Marková,Růžička|Růžičková,Šťastný|Šťastná,Kříž|Křížová"),
        10,
    ),
    Nationality(
        "DE", "de-DE", "+49", ("web.de", "gmx.de", "t-online.de", "gmail.com"),
        (("Berlin", "10115"), ("München", "80331"), ("Köln", "50667"), ("Düsseldorf", "40213"),
         ("Hamburg", "20095"), ("Nürnberg", "90402")),
        _t("Hauptstraße,Schillerstraße,Goethestraße,Bahnhofstraße,Lindenallee,Mühlenweg"),
        _t("Lukas,Jürgen,Maximilian,Felix,Jörg,Stefan,Matthias,Klaus,Tobias,Björn,Uwe,Florian"),
        _t("Anna,Jülide,Sophie,Lena,Käthe,Ursula,Sabine,Monika,Jana,Greta,Marlene,Hannah"),
        _t("Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schäfer,Köhler,"
           "Hoffmann,Groß,Wöhler,Krämer,Schröder,Bäcker"),
        12,
    ),
    Nationality(
        "FR", "fr-FR", "+33", ("orange.fr", "free.fr", "laposte.net", "gmail.com"),
        (("Paris", "75004"), ("Lyon", "69002"), ("Marseille", "13001"), ("Nîmes", "30000"),
         ("Besançon", "25000"), ("Nantes", "44000")),
        _t("Rue de la Paix,Avenue Foch,Rue Saint-Honoré,Boulevard Haussmann,Rue des Écoles"),
        _t("Jérôme,François,Benoît,Stéphane,Hervé,Loïc,Étienne,Mathieu,Noël,Julien,Théo,René"),
        _t("Hélène,Zoé,Chloé,Amélie,Léa,Cécile,Élodie,Inès,Margaux,Camille,Anaïs,Françoise"),
        _t("Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Lefèvre,Moreau,Girard,"
           "Bonnet,Fournier,Mercier,Lefèbvre,Rousseau"),
        10,
    ),
    Nationality(
        "IT", "it-IT", "+39", ("libero.it", "virgilio.it", "tiscali.it", "gmail.com"),
        (("Roma", "00184"), ("Milano", "20121"), ("Napoli", "80132"), ("Torino", "10121"),
         ("Firenze", "50122"), ("Forlì", "47121")),
        _t("Via Roma,Via Garibaldi,Corso Vittorio Emanuele,Via Dante,Piazza del Popolo"),
        _t("Giuseppe,Marco,Alessandro,Luca,Niccolò,Matteo,Francesco,Lorenzo,Andrea,Davide"),
        _t("Giulia,Francesca,Chiara,Sofia,Martina,Alessia,Beatrice,Aurora,Lucia,Federica"),
        _t("Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,"
           "Gallo,Conti,De Luca,D'Angelo,Lombardi"),
        9,
    ),
    Nationality(
        "ES", "es-ES", "+34", ("telefonica.es", "hotmail.es", "yahoo.es", "gmail.com"),
        (("Madrid", "28013"), ("Barcelona", "08002"), ("Sevilla", "41004"), ("Málaga", "29015"),
         ("A Coruña", "15001"), ("Valencia", "46002")),
        _t("Calle Mayor,Gran Vía,Paseo de la Castellana,Calle de Alcalá,Avenida de España"),
        _t("José,Javier,Álvaro,Andrés,Sergio,Rubén,Íñigo,Jesús,Adrián,Raúl,Óscar,Martín"),
        _t("María,Lucía,Sofía,Paula,Inés,Begoña,Ana,Nuria,Mónica,Belén,Pilar,Raquel"),
        _t("García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Jiménez,"
           "Muñoz,Álvarez,Núñez,Ibáñez,Peña,Castaño"),
        8,
    ),
    Nationality(
        "PL", "pl-PL", "+48", ("wp.pl", "onet.pl", "interia.pl", "gmail.com"),
        (("Warszawa", "00-001"), ("Kraków", "30-001"), ("Łódź", "90-001"), ("Wrocław", "50-001"),
         ("Gdańsk", "80-001"), ("Poznań", "60-001")),
        _t("ulica Długa,Aleje Jerozolimskie,ulica Piękna,ulica Świętojańska,ulica Łąkowa"),
        _t("Łukasz,Paweł,Michał,Krzysztof,Piotr,Wojciech,Tomasz,Grzegorz,Andrzej,Jakub"),
        _t("Agnieszka,Małgorzata,Katarzyna,Joanna,Magdalena,Aleksandra,Zofia,Dorota,Anna,Ewa"),
        _t("Kowalski|Kowalska,Wiśniewski|Wiśniewska,Wójcik|Wójcik,Kamiński|Kamińska,"
           "Lewandowski|Lewandowska,Zieliński|Zielińska,Szymański|Szymańska,"
           "Woźniak|Woźniak,Dąbrowski|Dąbrowska,Kozłowski|Kozłowska,Jankowski|Jankowska"),
        7,
    ),
    Nationality(
        "JP", "ja-JP", "+81", ("docomo.ne.jp", "yahoo.co.jp", "gmail.com"),
        (("Tōkyō", "100-0001"), ("Ōsaka", "530-0001"), ("Kyōto", "600-8001"),
         ("Sapporo", "060-0001"), ("Yokohama", "220-0001")),
        _t("Chūō-dōri,Ginza 4-chōme,Shinjuku 3-chōme,Umeda 1-chōme,Karasuma-dōri"),
        _t("Haruto,Yūki,Sōta,Ren,Takashi,Hiroshi,Kenji,Daiki,Shōhei,Kōji"),
        _t("Yui,Sakura,Aoi,Hina,Yōko,Keiko,Naomi,Yūko,Emi,Ayaka"),
        _t("Satō,Suzuki,Takahashi,Tanaka,Watanabe,Itō,Yamamoto,Nakamura,Kobayashi,Katō,"
           "Yoshida,Yamada,Saitō,Ōno,Inoue"),
        6,
    ),
    Nationality(
        "GB", "en-GB", "+44", ("btinternet.com", "outlook.com", "yahoo.co.uk", "gmail.com"),
        (("London", "SW1A 1AA"), ("Manchester", "M1 1AE"), ("Edinburgh", "EH1 1YZ"),
         ("Bristol", "BS1 4DJ"), ("Leeds", "LS1 4DY"), ("Cardiff", "CF10 1EP")),
        _t("High Street,Station Road,Church Lane,Victoria Road,Green Lane,Mill Lane"),
        _t("Oliver,George,Harry,Jack,Charlie,Thomas,William,James,Edward,Liam,Rhys,Callum"),
        _t("Olivia,Amelia,Isla,Emily,Ava,Sophie,Charlotte,Grace,Siobhan,Niamh,Eleanor,Ruby"),
        _t("Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Robinson,Wright,Thompson,"
           "Evans,O'Brien,McDonald,Walker,Hughes"),
        14,
    ),
    Nationality(
        "US", "en-US", "+1", ("gmail.com", "yahoo.com", "outlook.com", "icloud.com"),
        (("New York", "10001"), ("Chicago", "60601"), ("San Francisco", "94103"),
         ("Boston", "02108"), ("Austin", "73301"), ("Seattle", "98101")),
        _t("Main Street,Broadway,Oak Avenue,Maple Drive,Park Avenue,Elm Street"),
        _t("Michael,David,John,Christopher,Daniel,Matthew,Ryan,Tyler,Brandon,Ethan"),
        _t("Jennifer,Jessica,Ashley,Emily,Sarah,Madison,Hannah,Abigail,Megan,Taylor"),
        _t("Johnson,Williams,Miller,Davis,Garcia,Rodriguez,Martinez,Anderson,Jackson,White,"
           "Harris,Clark,Lewis,Young,King"),
        10,
    ),
    Nationality(
        "NL", "nl-NL", "+31", ("ziggo.nl", "kpnmail.nl", "gmail.com"),
        (("Amsterdam", "1012 AB"), ("Rotterdam", "3011 AA"), ("Utrecht", "3511 AA"),
         ("Den Haag", "2511 AA")),
        _t("Kerkstraat,Prinsengracht,Dorpsstraat,Stationsweg,Molenstraat"),
        _t("Daan,Sem,Bram,Thijs,Joris,Sjoerd,Maarten,Pieter,Gijs,Ruud"),
        _t("Emma,Julia,Sanne,Fleur,Anouk,Lotte,Marloes,Ineke,Femke,Noor"),
        _t("de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,"
           "Meijer,de Boer,Mulder"),
        5,
    ),
    Nationality(
        "SE", "sv-SE", "+46", ("telia.com", "bredband.net", "gmail.com"),
        (("Stockholm", "111 20"), ("Göteborg", "411 01"), ("Malmö", "211 20"), ("Västerås", "721 30")),
        _t("Storgatan,Drottninggatan,Kungsgatan,Sveavägen,Östermalmsgatan"),
        _t("Erik,Lars,Anders,Björn,Måns,Gustav,Olle,Nils,Sören,Oskar"),
        _t("Åsa,Ingrid,Karin,Maja,Elin,Linnéa,Sofia,Astrid,Märta,Ebba"),
        _t("Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,"
           "Gustafsson,Lindström,Åberg,Öberg"),
        4,
    ),
    Nationality(
        "PT", "pt-PT", "+351", ("sapo.pt", "clix.pt", "gmail.com"),
        (("Lisboa", "1100-148"), ("Porto", "4000-322"), ("Braga", "4700-320"), ("Coimbra", "3000-150")),
        _t("Rua Augusta,Avenida da Liberdade,Rua de Santa Catarina,Praça do Comércio"),
        _t("João,António,José,Gonçalo,Tomás,Rodrigo,Duarte,Afonso,Simão,Vítor"),
        _t("Maria,Beatriz,Inês,Leonor,Matilde,Conceição,Luísa,Marta,Joana,Graça"),
        _t("Silva,Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,Martins,Gonçalves,"
           "Magalhães,Simões,Brandão"),
        4,
    ),
    Nationality(
        "HU", "hu-HU", "+36", ("freemail.hu", "citromail.hu", "gmail.com"),
        (("Budapest", "1051"), ("Debrecen", "4024"), ("Szeged", "6720"), ("Győr", "9021")),
        _t("Andrássy út,Váci utca,Rákóczi út,Kossuth Lajos utca,Petőfi utca"),
        _t("Bence,Máté,Dávid,Levente,Ádám,Gergő,Zoltán,László,Péter,Gábor"),
        _t("Anna,Zsófia,Réka,Eszter,Dóra,Katalin,Ildikó,Zsuzsanna,Júlia,Orsolya"),
        _t("Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Németh,Farkas,Balogh,Gál"),
        3,
    ),
    Nationality(
        "AT", "de-AT", "+43", ("aon.at", "gmx.at", "chello.at", "gmail.com"),
        (("Wien", "1010"), ("Graz", "8010"), ("Salzburg", "5020"), ("Innsbruck", "6020")),
        _t("Kärntner Straße,Mariahilfer Straße,Getreidegasse,Herrengasse"),
        _t("Lukas,Paul,Jakob,Maximilian,Sebastian,Andreas,Günther,Wolfgang"),
        _t("Lena,Sarah,Anna,Hannah,Theresa,Brigitte,Gerlinde,Sophie"),
        _t("Gruber,Huber,Bauer,Wagner,Pichler,Steiner,Moser,Mayer,Hofer,Leitner,Größl"),
        3,
    ),
)  # fmt: skip

TITLE_BY_SEX: Final = {"Male": ("Mister",), "Female": ("Miss", "Misses")}

OCCUPATIONS: Final = (
    "Architect", "Engineer", "Teacher", "Journalist", "Physician", "Lawyer", "Consultant",
    "Photographer", "Student", "Retired", "Musician", "Accountant", "Chef", "Pilot",
)  # fmt: skip

NOTES: Final = (
    "Prefers a quiet room away from the lift.",
    "Allergic to nuts — inform the kitchen.",
    "Regular guest, likes a high floor.",
    "Arrives late on Fridays; keep the room.",
    "Requested extra pillows last stay.",
    "Corporate rate agreed with sales.",
    "Travels with a small dog.",
    "Asked for a <b>bold</b> welcome card & a bottle of water.",
    "Needs an invoice with company details.",
)

DIETARY: Final = ("Vegan", "Vegetarian", "Halal", "Kosher", "Gluten free", "Lactose free")

#: Companies that pay for guests; they appear as paymaster profiles in customers/search.
PAYMASTERS: Final = (
    "Acme Events Ltd.",
    "Škoda Congress Group",
    "Müller & Söhne GmbH",
    "Conférence Lumière SARL",
    "Nordic Film Crew AB",
)
