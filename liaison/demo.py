"""Realistic, deterministic demo data: Rotterdam initiatives, their partners and a contact log.

``generate(db, size=N)`` fills a database with N people and, around them,
about N/10 civic initiatives (at least 25), partners of every kind, support
commitments from 2020 to 2027 and about five contact-log entries per person.
Everything is drawn from one seeded random generator and placed relative to
``today``, so the same seed and day give the same database (UUIDs included),
and the data always looks current: some renewal decisions fall in the coming
weeks, some are overdue, some initiatives lean on one partner or on one-off
help, some have not spoken to the municipality for over a year, some are dormant.

Speed (``--size 100000`` writes about 2.5 million rows): one transaction;
rows are built as tuples/dicts and written in bulk — on SQLite straight to
the driver after each column type's own bind processor (a test proves the
bytes equal SQLAlchemy Core's), elsewhere with Core ``insert()``; the
contact log is built in a helper thread one chunk ahead of SQLite; then the
search index is rebuilt once and SQLite gets sampled planner statistics.

Audit: per-record audit entries would double that work, so the demo is
audited as ONE batch instead: an :class:`ImportBatch` ("demo data") that every
generated record points to (``import_batch_id``), plus one ``create`` audit
entry for that batch. Records still carry created/updated by and at, and
version 1. (The neighbourhood list, when loaded here, goes through
``records.create`` and is audited per record.)
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import queue
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from liaison.errors import LiaisonError
from liaison.services.neighbourhoods import ensure_default_neighbourhoods
from liaison.storage import contact_summary, search_index
from liaison.storage.db import Database, follow_explicit_ids
from liaison.storage.models import (
    Affiliation,
    AuditEntry,
    Commitment,
    ImportBatch,
    Interaction,
    Neighbourhood,
    Officer,
    Organisation,
    Person,
    Tag,
    interaction_organisation,
    interaction_person,
    organisation_tag,
    utcnow,
)
from liaison.text import fold, name_key, person_sort_key

ProgressFn = Callable[[int, int, str], None]
T = TypeVar("T")
CHUNK = 20_000
#: SQLite: hand rows to the driver directly (tests switch it off to compare with Core).
DRIVER_INSERTS = True
CACHE_KIB = 262_144  # SQLite page cache while bulk inserting (256 MiB; default is 2 MiB)
LOCKDOWN = dt.date(2020, 3, 16)


class DemoRefused(LiaisonError):
    """The database already holds records; demo data would mix with them."""


class DemoCancelled(LiaisonError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class DemoSummary:
    size: int
    seed: int
    today: dt.date
    officers: int
    neighbourhoods: int
    initiatives: int
    partners: int
    people: int
    affiliations: int
    commitments: int
    interactions: int
    tags: int
    batch_id: int

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["today"] = self.today.isoformat()
        return data


# --- the vocabulary ------------------------------------------------------------

OFFICERS = [
    ("Anouk van der Linden", "a.vanderlinden@rotterdam.nl"),
    ("Mohamed Bouzid", "m.bouzid@rotterdam.nl"),
    ("Sevda Yıldız", "s.yildiz@rotterdam.nl"),
    ("Jeroen de Groot", "j.degroot@rotterdam.nl"),
    ("Priya Ramsaran", "p.ramsaran@rotterdam.nl"),
    ("Kim Tavares", "k.tavares@rotterdam.nl"),
    ("Marloes Visser", "m.visser@rotterdam.nl"),
    ("Dennis Pinas", "d.pinas@rotterdam.nl"),
]

# (origin weight, given names, [(infix, family name)])
NAMES: dict[str, tuple[float, list[str], list[tuple[str, str]]]] = {
    "dutch": (
        0.42,
        ["Jan", "Pieter", "Kees", "Gerrit", "Willem", "Henk", "Joost", "Bas", "Sander", "Thijs", "Daan", "Lars", "Ruud", "Ton", "Cor", "Anna", "Els", "Marieke", "Ingrid", "Annemiek", "Sanne", "Lotte", "Femke", "Marijke", "Wilma", "Ria", "Joke", "Esther", "Linda", "Mirjam", "Hanneke", "Noor", "Emma", "Sophie", "Julia", "Tess", "Fleur", "Bram", "Niels", "Rik"],
        [
            ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"),
            ("", "Bakker"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"),
            ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"),
            ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"),
            ("de", "Wit"), ("", "Dijkstra"), ("de", "Graaf"), ("van der", "Meer"),
            ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"),
            ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"),
            ("van den", "Broek"), ("de", "Bruijn"), ("de", "Jong"), ("van der", "Heijden"),
            ("", "Schouten"), ("van", "Beek"), ("van", "Vliet"), ("van de", "Ven"),
            ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"), ("van", "Dam"),
            ("van der", "Wal"), ("", "Prins"), ("", "Blom"), ("", "Huisman"), ("'t", "Hart"),
            ("van 't", "Hof"), ("ter", "Horst"), ("in 't", "Veld"),
        ],
    ),
    "moroccan": (
        0.2,
        ["Mohamed", "Ahmed", "Youssef", "Karim", "Said", "Rachid", "Mustafa", "Hassan", "Bilal", "Ilias", "Soufiane", "Ayoub", "Redouan", "Fatima", "Khadija", "Naima", "Samira", "Malika", "Hanan", "Nadia", "Latifa", "Yasmina", "Zineb", "Hafsa", "Imane", "Nora", "Anouar", "Othman"],
        [
            ("el", "Idrissi"), ("el", "Amrani"), ("", "Bouzid"), ("", "Ouali"),
            ("el", "Haddaoui"), ("", "Azzouzi"), ("", "Benali"), ("", "Chaouch"),
            ("el", "Khattabi"), ("", "Boukhari"), ("", "Tahiri"), ("", "Ziani"),
            ("el", "Ouardi"), ("", "Belhaj"), ("", "Essafi"), ("", "Aarab"), ("", "Achahbar"),
            ("", "Bakkali"), ("", "Mourabit"), ("el", "Yaakoubi"), ("", "Ait Taleb"),
        ],
    ),
    "turkish": (
        0.16,
        ["Mehmet", "Ayşe", "Emine", "Hatice", "Fatma", "Zeynep", "Elif", "Ahmet", "Hüseyin", "İbrahim", "Murat", "Emre", "Burak", "Özlem", "Gülsen", "Şükrü", "Selin", "Kübra", "Yusuf", "Ömer", "Derya", "Serkan", "Hakan", "Sevda", "Cem"],
        [
            ("", "Yılmaz"), ("", "Kaya"), ("", "Demir"), ("", "Şahin"), ("", "Çelik"),
            ("", "Yıldız"), ("", "Öztürk"), ("", "Aydın"), ("", "Özdemir"), ("", "Arslan"),
            ("", "Doğan"), ("", "Kılıç"), ("", "Aslan"), ("", "Çetin"), ("", "Kara"),
            ("", "Koç"), ("", "Kurt"), ("", "Özkan"), ("", "Şimşek"), ("", "Polat"),
            ("", "Güneş"), ("", "Aktaş"), ("", "Bulut"),
        ],
    ),
    "surinamese": (
        0.13,
        ["Ramon", "Marciano", "Glenn", "Clarence", "Roy", "Ricardo", "Sharon", "Priscilla", "Jennifer", "Natasha", "Rajesh", "Anand", "Sunita", "Kavita", "Shanti", "Romano", "Dewi", "Lucretia", "Jerrel", "Gracia", "Rishi", "Anjali"],
        [
            ("", "Doelwijt"), ("", "Pinas"), ("", "Wijngaarde"), ("", "Biharie"),
            ("", "Ramdin"), ("", "Ramsaran"), ("", "Sewnath"), ("", "Kartosen"),
            ("", "Soekhlal"), ("", "Sitaldin"), ("", "Ritfeld"), ("", "Kromodimedjo"),
            ("", "Jap-A-Joe"), ("", "Fung-A-Loi"), ("", "Brunings"), ("", "Sedney"),
            ("", "Landveld"), ("", "Emanuels"), ("", "Balesar"), ("", "Mahabier"),
            ("", "Jagroep"), ("", "Bhagwandin"), ("", "Chin-A-Foeng"),
        ],
    ),
    "capeverdean": (
        0.09,
        ["João", "Manuel", "António", "José", "Carlos", "Domingos", "Maria", "Ana", "Fátima", "Isabel", "Conceição", "Nelson", "Edson", "Djamila", "Ivanilda", "Elisângela", "Jailson", "Nilton", "Adilson", "Rosa"],
        [
            ("da", "Silva"), ("dos", "Santos"), ("", "Lopes"), ("", "Fortes"), ("", "Tavares"),
            ("", "Monteiro"), ("", "Gomes"), ("da", "Costa"), ("", "Semedo"),
            ("", "Rodrigues"), ("", "Fernandes"), ("", "Varela"), ("", "Moreira"),
            ("", "Pereira"), ("", "Delgado"), ("da", "Luz"), ("", "Évora"), ("", "Brito"),
        ],
    ),
}  # fmt: skip

MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl"]
DATA_SOURCES = [
    ("consent", "aanmeldformulier initiatief"),
    ("consent", "intakegesprek"),
    ("consent", "inschrijflijst buurtbijeenkomst"),
    ("legitimate_interest", "visitekaartje"),
    ("legitimate_interest", "Excel-lijst wijkteam 2021"),
    ("public_task", "subsidieaanvraag"),
    ("consent", "telefonisch doorgegeven"),
    ("unknown", "oude adreslijst gebiedskantoor"),
]

# Initiative types: (name stem, tags, description)
INITIATIVE_TYPES: list[tuple[str, tuple[str, ...], str]] = [
    ("Voedselbank", ("voedsel", "armoede"), "Voedselpakketten voor gezinnen in de wijk."),
    ("Maaltijden aan huis", ("voedsel", "ouderen"), "Warme maaltijden voor ouderen en zieken."),
    ("Digitale Maatjes", ("digitaal", "ouderen", "eenzaamheid"), "Vrijwilligers helpen ouderen met tablet en videobellen."),
    ("Buurtkeuken", ("voedsel", "eenzaamheid"), "Samen koken en eten met buurtbewoners."),
    ("Coronaproof Buurtactiviteiten", ("corona", "eenzaamheid"), "Balkonconcerten, bingo via de telefoon en wandelingen op afstand."),
    ("Laptops voor Leerlingen", ("digitaal", "jongeren", "onderwijs"), "Uitgifte van laptops en tablets aan scholieren zonder apparaat."),
    ("Huiswerkbegeleiding", ("jongeren", "onderwijs"), "Huiswerkklas voor kinderen uit groep 6 tot de brugklas."),
    ("Moestuin", ("groen", "voedsel"), "Buurtmoestuin waar bewoners samen groente kweken."),
    ("Taalcafé", ("taal", "eenzaamheid"), "Nederlands oefenen in een ontspannen sfeer."),
    ("Buurtmoeders", ("jongeren", "gezondheid"), "Moeders die andere moeders in de wijk ondersteunen."),
    ("Repair Café", ("duurzaamheid",), "Samen kapotte spullen repareren."),
    ("Kledingbank", ("armoede",), "Gratis kleding voor wie het nodig heeft."),
    ("Wandelgroep", ("gezondheid", "ouderen", "eenzaamheid"), "Wekelijkse wandeling door de wijk."),
    ("Boodschappendienst", ("ouderen", "corona"), "Vrijwilligers doen boodschappen voor wie niet de deur uit kan."),
    ("Mantelzorgcafé", ("ouderen", "gezondheid"), "Ontmoeting en steun voor mantelzorgers."),
    ("Jongerenpodium", ("jongeren", "cultuur"), "Podium voor jong talent uit de wijk."),
    ("Naaiatelier", ("armoede", "taal"), "Naailes en mondmaskers maken voor de buurt."),
    ("Sport in de Buurt", ("sport", "jongeren"), "Gratis sportlessen op het pleintje."),
    ("Telefooncirkel", ("ouderen", "eenzaamheid", "corona"), "Ouderen bellen elkaar dagelijks."),
    ("Schuldhulpmaatjes", ("armoede",), "Maatjes helpen bij geldzaken en schulden."),
]  # fmt: skip
TAGS = sorted({t for _, tags, _ in INITIATIVE_TYPES for t in tags} | {"statushouders"})

STREETS: dict[str, tuple[str, list[str]]] = {
    "Centrum": ("301", ["Witte de Withstraat", "Nieuwe Binnenweg", "Meent", "Hoogstraat", "Karel Doormanstraat"]),
    "Delfshaven": ("302", ["Schiedamseweg", "Mathenesserlaan", "Bilderdijkstraat", "Spanjaardstraat", "Grote Visserijstraat"]),
    "Overschie": ("304", ["Overschiese Dorpsstraat", "Burgemeester Baumannlaan", "Kleinpolderplein"]),
    "Noord": ("303", ["Zwart Janstraat", "Bergweg", "Noordplein", "Gordelweg", "Stadhoudersweg"]),
    "Hillegersberg-Schiebroek": ("305", ["Straatweg", "Kleiweg", "Peppelweg", "Hillegondastraat"]),
    "Kralingen-Crooswijk": ("306", ["Oostzeedijk", "Kralingse Plaslaan", "Crooswijksestraat", "Boezemweg"]),
    "Prins Alexander": ("306", ["Hesseplaats", "Ommoordseweg", "Prins Alexanderlaan", "Zevenkampse Ring"]),
    "Feijenoord": ("307", ["Putselaan", "Pretorialaan", "Beijerlandselaan", "Hillevliet", "Brede Hilledijk"]),
    "IJsselmonde": ("307", ["Spinozaweg", "Keizerswaard", "Kreekhuizenlaan", "Adriaan Volkerlaan"]),
    "Charlois": ("308", ["Dorpsweg", "Wolphaertsbocht", "Slinge", "Mijnsherenlaan", "Pleinweg"]),
    "Hoogvliet": ("319", ["Binnenban", "Middenbaan", "Ruwaard van Puttenweg"]),
    "Pernis": ("319", ["Pastoriedijk", "Burgemeester van Esstraat"]),
    "Rozenburg": ("318", ["Raadhuisplein", "Molenweg"]),
    "Hoek van Holland": ("315", ["Prins Hendrikstraat", "Strandweg"]),
}  # fmt: skip
GENERIC_STREETS = ("300", ["Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg"])
#: Districts where most lockdown initiatives sprang up weigh more.
DISTRICT_WEIGHT = {"Feijenoord": 3.0, "Charlois": 3.0, "Delfshaven": 2.5, "IJsselmonde": 2.0,
                   "Noord": 1.5, "Kralingen-Crooswijk": 1.5, "Pernis": 0.4, "Rozenburg": 0.5,
                   "Hoek van Holland": 0.5}  # fmt: skip

# City-wide partners: (kind, name)
CITY_PARTNERS = [
    ("fund", "Oranje Fonds"), ("fund", "VSBfonds"), ("fund", "Kansfonds"), ("fund", "Stichting Doen"),
    ("fund", "Stichting Bevordering van Volkskracht"), ("fund", "Fonds Sluyterman van Loo"),
    ("fund", "Nationaal Fonds Kinderhulp"), ("fund", "Jeugdfonds Sport & Cultuur Rotterdam"),
    ("fund", "Rabobank Rotterdam Fonds"), ("fund", "Stichting Ouderenfonds"),
    ("company", "Rabobank Rotterdam"), ("company", "Coolblue"), ("company", "Eneco"),
    ("company", "Van Oord"), ("company", "Havenbedrijf Rotterdam"),
    ("welfare", "SMR"), ("welfare", "Dock"), ("welfare", "Humanitas Rotterdam"),
    ("welfare", "Wmo Radar"), ("welfare", "Leger des Heils Rotterdam"),
    ("welfare", "Stichting Sociaal Raadslieden"), ("welfare", "Voedselbank Rotterdam"),
    ("housing", "Woonstad Rotterdam"), ("housing", "Havensteder"), ("housing", "Vestia"),
    ("housing", "Woonbron"), ("housing", "Com·wonen"),
    ("municipality", "Gemeente Rotterdam – cluster Maatschappelijke Ontwikkeling"),
    ("municipality", "Gemeente Rotterdam – Opzoomeren"),
    ("education", "Hogeschool Rotterdam"), ("education", "Erasmus Universiteit Rotterdam"),
    ("education", "Zadkine"), ("education", "Albeda"), ("education", "Codarts"),
    ("faith", "Pauluskerk"), ("faith", "Laurenskerk"), ("faith", "Mevlana Moskee"),
    ("faith", "Essalam Moskee"),
    ("other", "Opzoomer Mee"), ("other", "Bibliotheek Rotterdam"), ("other", "Feyenoord Foundation"),
    ("other", "RTV Rijnmond"), ("other", "Vers Beton"), ("other", "De Havenloods"),
]  # fmt: skip
# Local partners per district/neighbourhood: kind → name patterns ({nb}, {district}, {family})
LOCAL_PATTERNS: dict[str, list[str]] = {
    "company": ["Bakkerij {family}", "Slagerij {family}", "Albert Heijn {nb}", "Jumbo {nb}",
                "Toko {family}", "Fietsenmaker {family}", "Drukkerij {nb}", "Kapsalon {family}",
                "Bouwbedrijf {family}", "Apotheek {nb}"],
    "welfare": ["Buurtwerk {nb}", "Huis van de Wijk {nb}", "Stichting Welzijn {district}"],
    "municipality": ["Gemeente Rotterdam – wijkteam {nb}", "Gemeente Rotterdam – Vraagwijzer {district}"],
    "education": ["Basisschool De {school}", "OBS {nb}", "Montessorischool {nb}", "CBS De {school}"],
    "faith": ["Moskee {mosque}", "Protestantse Gemeente {nb}", "Parochie {saint}", "Hindoe Mandir {nb}",
              "Evangeliegemeente {nb}"],
    "housing": ["Bewonerscommissie {nb}"],
    "other": ["Buurthuis {nb}", "Sportclub {nb}", "Speeltuin {nb}", "Wijkkrant {nb}", "Bewonersvereniging {nb}"],
    "fund": ["Wijkfonds {nb}", "Bewonersbudget {nb}"],
}  # fmt: skip
LOCAL_KIND_WEIGHTS = {"company": 5, "welfare": 2, "municipality": 1, "education": 2, "faith": 2,
                      "housing": 1, "other": 3, "fund": 1}  # fmt: skip
NICKNAMES = ["Samen Sterk", "Hand in Hand", "De Brug", "Het Anker", "De Verbinding", "Buurtkracht",
             "Oog voor Elkaar", "De Parel", "Samen Eten", "Nieuwe Buren", "Thuis in de Wijk",
             "Vrienden van", "Zorg om de Hoek", "Buurtkamer"]  # fmt: skip
SCHOOLS = ["Globe", "Regenboog", "Kameleon", "Wilgenhof", "Horizon", "Kompas", "Bron", "Toermalijn"]
MOSQUES = ["Al Fath", "Ar Rahman", "Ennour", "Ayasofya", "Mimar Sinan", "Süleymaniye", "Al Ihsan"]
SAINTS = [
    "Sint-Antonius",
    "Sint-Lambertus",
    "Heilige Familie",
    "Sint-Ignatius",
    "Johannes de Doper",
]

# Which partner kinds give which support kind (and the support kind's weight).
SUPPORT: dict[str, tuple[float, tuple[str, ...]]] = {
    "financial": (5.0, ("fund", "fund", "fund", "municipality", "company", "housing")),
    "in_kind": (2.0, ("company", "company", "faith", "other")),
    "space": (1.5, ("housing", "faith", "education", "welfare", "other")),
    "brokering": (1.2, ("welfare", "municipality", "municipality")),
    "volunteers": (1.0, ("faith", "education", "company")),
    "expertise": (1.0, ("welfare", "education", "municipality")),
    "media": (0.5, ("other",)),
    "other": (0.3, ("other", "welfare")),
}
AMOUNTS = [Decimal(a) for a in ("250", "500", "750", "750", "1000", "1500", "1500", "2000",
                                "2250.50", "2500", "3000", "5000", "7500", "10000", "15000", "25000")]  # fmt: skip
IN_KIND_AMOUNTS = [Decimal(a) for a in ("150", "300", "450.75", "800")]

SUMMARIES: dict[str, list[str]] = {
    "call": [
        "Gebeld met {person} over de voortgang van {initiative}.",
        "Telefonisch nagevraagd hoe het gaat met de vrijwilligers van {initiative}.",
        "{person} belde: tekort aan vrijwilligers voor de bezorging.",
        "Gebeld over de verantwoording van de bijdrage van {partner}.",
        "Telefonisch overleg met {partner} over verlenging van de steun aan {initiative}.",
    ],
    "visit": [
        "Werkbezoek bij {initiative}: veel bezoekers, behoefte aan extra opslagruimte.",
        "Langsgegaan bij {initiative}; sfeer goed, initiatiefnemer wel overbelast.",
        "Bezoek aan {initiative} samen met {partner}.",
        "Op bezoek bij {person} om de plannen voor volgend jaar te bespreken.",
    ],
    "meeting": [
        "Overleg met {partner} over structurele steun voor {initiative}.",
        "Netwerkoverleg in de wijk: {initiative} stelde zich voor.",
        "Evaluatie met {person}: wil structureel doorgaan na de lockdown.",
        "Koppeling gelegd tussen {initiative} en {partner} voor ruimte in de wijk.",
        "Aanvraag bij {partner} voorbereid met {person}.",
    ],
    "email": [
        "Mail gestuurd met informatie over het Opzoomer Mee-budget.",
        "Begroting van {initiative} ontvangen per mail.",
        "Mail aan {partner}: verzoek om besluit over verlenging.",
        "Verslag van het laatste overleg gemaild naar {person}.",
    ],
    "message": [
        "WhatsApp van {person}: laptops zijn uitgedeeld.",
        "Appje van {person}: vraag over VOG's voor vrijwilligers.",
        "Bericht van {person}: er is weer ruimte voor nieuwe deelnemers.",
    ],
    "event": [
        "Ontmoeting op de wijkmarkt met {person}.",
        "Bijeenkomst initiatieven in de wijk; {initiative} was aanwezig.",
        "Feestelijke afsluiting van het seizoen bij {initiative}.",
    ],
}
INTERACTION_KEYS = (
    "id",
    "occurred_at",
    "channel",
    "officer_id",
    "summary",
    "notes",
    "follow_up_on",
    "follow_up_done",
    "uuid",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "version",
    "import_batch_id",
)
ORG_LINK = ("interaction_id", "organisation_id")
PERSON_LINK = ("interaction_id", "person_id")
CHANNEL_WEIGHTS = {"call": 5, "visit": 3, "meeting": 3, "email": 4, "message": 3, "event": 1}


# --- helpers --------------------------------------------------------------------


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    last = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return dt.date(year, month, min(day.day, last))


def _ascii(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


class _Gen:
    """Holds the random generator, today, and the rows built so far."""

    def __init__(
        self, seed: int, today: dt.date, now: dt.datetime, officer: str | None, existing: int = 0
    ) -> None:
        self.rng = random.Random(seed)
        # UUIDs come from their own stream, which also depends on what the database
        # already holds: a forced second demo with the same seed gets new UUIDs.
        self.uuid_rng = random.Random(f"{seed}/{existing}")
        self.seed = seed
        self.today = today
        self.now = now
        self.officer = officer
        self.batch_id = 0

    def uuid(self) -> str:
        """A version-4 UUID from the seeded generator (str(uuid.UUID(...)), twice as fast)."""
        h = f"{self.uuid_rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def stamp(self, row: dict[str, Any]) -> dict[str, Any]:
        row.update(
            uuid=self.uuid(),
            created_at=self.now,
            created_by=self.officer,
            updated_at=self.now,
            updated_by=self.officer,
            version=1,
            deleted_at=None,
            deleted_by=None,
            import_batch_id=self.batch_id,
        )
        return row

    def day_between(self, start: dt.date, end: dt.date) -> dt.date:
        span = (end - start).days
        return start + dt.timedelta(days=self.rng.randint(0, max(span, 0)))


def _next_id(session: Session, table: Table) -> int:
    return int(session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


def _has_records(session: Session) -> int:
    total = 0
    for cls in (Organisation, Person, Commitment, Interaction):
        total += int(session.execute(select(func.count(cls.id))).scalar_one())
    return total


def _chunks(
    rows: Sequence[dict[str, Any]], size: int = CHUNK
) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


# --- the generator ---------------------------------------------------------------


def generate(
    db: Database,
    *,
    size: int = 1000,
    seed: int = 2020,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    force: bool = False,
) -> DemoSummary:
    """Fill ``db`` with demo data for ``size`` people (see the module docstring).

    Refuses (:class:`DemoRefused`) a database that already holds organisations,
    people, commitments or contacts unless ``force``: then the demo is added
    beside them (officers, tags and neighbourhoods are reused by name). One
    transaction: on any error or a cancel nothing is written.
    """
    if size < 1:
        raise LiaisonError("The demo size must be at least 1 person.")
    today = today or dt.date.today()
    report = _Reporter(progress)
    with db.session_scope() as session:
        existing = _has_records(session)
        if existing and not force:
            raise DemoRefused(
                f"This database already holds {existing} records; "
                "use --force to add demo data beside them."
            )
        gen = _Gen(seed, today, utcnow(), db.officer, existing)
        if session.get_bind().dialect.name == "sqlite":
            session.connection().exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
        summary = _fill(session, gen, size, report)
        follow_explicit_ids(session)  # the rows carry the demo's own ids
        report(70, "Building the search index")
        search_index.rebuild(session)
        if session.get_bind().dialect.name == "sqlite":
            # Statistics for the query planner (sampled: a fifth of a second at 500,000
            # entries): an organisation's contact log then reads 70 rows, not 500,000.
            conn = session.connection()
            conn.exec_driver_sql("PRAGMA analysis_limit = 400")
            conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("PRAGMA cache_size = -2000")  # back to SQLite's default
        report(97, "Saving")
    # Committed: a cancel now comes too late, and "nothing was written" would be wrong.
    report(100, "Done", can_cancel=False)
    return summary


class _Reporter:
    """Progress in per cent; honours a ``cancelled()`` method on the callback (ui.worker)."""

    TOTAL = 100

    def __init__(self, progress: ProgressFn | None) -> None:
        self.progress = progress

    def __call__(self, percent: int, message: str, *, can_cancel: bool = True) -> None:
        if self.progress is None:
            return
        cancelled = getattr(self.progress, "cancelled", None)
        if can_cancel and callable(cancelled) and cancelled():
            raise DemoCancelled("Making demo data was cancelled; nothing was written.")
        self.progress(min(percent, self.TOTAL), self.TOTAL, message)


def _fill(session: Session, gen: _Gen, size: int, report: _Reporter) -> DemoSummary:
    today = gen.today
    report(0, "Neighbourhoods and officers")
    ensure_default_neighbourhoods(session)
    hoods = session.execute(
        select(Neighbourhood.id, Neighbourhood.name, Neighbourhood.district)
        .where(Neighbourhood.deleted_at.is_(None))
        .order_by(Neighbourhood.id)
    ).all()
    batch = ImportBatch(
        uuid=gen.uuid(),
        file_name="demo data",
        sheet=None,
        imported_at=gen.now,
        imported_by=gen.officer,
        summary=None,
    )
    session.add(batch)
    session.flush()
    gen.batch_id = batch.id

    officer_ids = _officers(session, gen)
    tag_ids = _tags(session, gen)
    districts = sorted({h.district for h in hoods})
    # Each officer looks after one or two districts.
    district_officer = {d: officer_ids[i % len(officer_ids)] for i, d in enumerate(districts)}

    report(2, "Organisations")
    n_initiatives = max(25, size // 10)
    org_id = _next_id(session, Organisation.__table__)  # type: ignore[arg-type]
    partners, org_id = _partners(gen, hoods, district_officer, size, org_id)
    initiatives, org_id = _initiatives(gen, hoods, district_officer, n_initiatives, org_id)
    org_rows = [p["row"] for p in partners] + [i["row"] for i in initiatives]
    _insert(session, Organisation.__table__, org_rows)  # type: ignore[arg-type]
    tag_rows = [
        {"organisation_id": i["row"]["id"], "tag_id": tag_ids[t]}
        for i in initiatives
        for t in i["tags"]
    ]
    _insert(session, organisation_tag, tag_rows)

    report(4, "People")
    person_id = _next_id(session, Person.__table__)  # type: ignore[arg-type]
    people = _people(gen, hoods, initiatives, size, person_id)
    _insert(session, Person.__table__, people)  # type: ignore[arg-type]

    report(10, "Roles")
    affiliations, members = _affiliations(session, gen, people, initiatives, partners)
    _insert(session, Affiliation.__table__, affiliations)  # type: ignore[arg-type]

    report(14, "Support commitments")
    commitments = _commitments(session, gen, initiatives, partners, officer_ids)
    _insert(session, Commitment.__table__, commitments)  # type: ignore[arg-type]

    report(18, "Contact log")
    # The contact summary's triggers, run for each of 730,000 links, cost 20 s of a
    # 100,000-person demo; one recount after the load takes 3 s.
    with contact_summary.suspended(session):
        n_interactions = _interactions(
            session, gen, size, initiatives, partners, members, officer_ids, people, report
        )

    summary = DemoSummary(
        size=size,
        seed=gen.seed,
        today=today,
        officers=len(officer_ids),
        neighbourhoods=len(hoods),
        initiatives=len(initiatives),
        partners=len(partners),
        people=len(people),
        affiliations=len(affiliations),
        commitments=len(commitments),
        interactions=n_interactions,
        tags=len(tag_ids),
        batch_id=batch.id,
    )
    batch.summary = json.dumps(summary.as_dict())
    session.add(
        AuditEntry(
            at=gen.now,
            officer=gen.officer,
            entity="import_batch",
            record_id=batch.id,
            record_uuid=batch.uuid,
            action="create",
            field=None,
            old=None,
            new=f"demo data: {batch.summary}",
            import_batch_id=batch.id,
        )
    )
    session.flush()
    return summary


def _insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk insert plain dicts that all have the same keys (see :func:`_insert_tuples`)."""
    if not rows:
        return
    keys = tuple(rows[0])
    _insert_tuples(session, table, keys, [tuple(row[k] for k in keys) for row in rows])


def _insert_tuples(
    session: Session, table: Table, keys: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Bulk insert rows given as value tuples in ``keys`` order, one executemany per chunk.

    On SQLite the values go through each column type's own bind processor
    (dates, money…) and then straight to the driver: the same stored values as
    a Core insert at a fraction of the cost. Other backends take Core inserts.
    """
    if not rows:
        return
    bind = session.get_bind()
    if bind.dialect.name != "sqlite" or not DRIVER_INSERTS:
        for chunk in _chunks(rows):
            session.execute(insert(table), [dict(zip(keys, row, strict=True)) for row in chunk])
        return
    dialect = bind.dialect
    cooked = []
    for i, key in enumerate(keys):
        # The dialect's own implementation (e.g. SQLite's DATETIME string format), as Core uses.
        proc = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if proc is not None:
            cooked.append((i, proc, {}))  # created/updated stamps and dates repeat: memo
    columns = ", ".join(f'"{k}"' for k in keys)
    sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(keys))})'
    conn = session.connection()
    for chunk in _chunks(rows):
        if not cooked:
            conn.exec_driver_sql(sql, list(chunk))
            continue
        params = []
        for row in chunk:
            values = list(row)
            for i, proc, memo in cooked:
                v = values[i]
                if v is not None:
                    done = memo.get(v)
                    if done is None:
                        if len(memo) > 100_000:
                            memo.clear()
                        done = memo[v] = proc(v)
                    values[i] = done
            params.append(tuple(values))
        conn.exec_driver_sql(sql, params)


def _prefetch(items: Iterator[T], depth: int = 2) -> Iterator[T]:
    """Run a generator in a helper thread, ``depth`` items ahead of the consumer.

    The contact log is built in pure Python while SQLite writes the previous
    chunk (the driver releases the GIL while it steps), so the two cores share
    the work. Only the helper thread touches the generator (and so the seeded
    random generator): the order, and the data, stay deterministic. If the
    consumer stops early (an error, a cancel), the helper is told to stop.
    """
    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        box.put(("item", item), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            box.put(("end", None))
        except BaseException as exc:  # handed to the consumer, raised there
            box.put(("error", exc))

    worker = threading.Thread(target=produce, name="demo-contact-log", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        worker.join(timeout=5)


def _insert_pairs(
    session: Session, table: Table, keys: tuple[str, str], pairs: list[tuple[int, int]]
) -> None:
    """Bulk insert rows of two integer columns (link tables) without building dicts."""
    if not pairs:
        return
    if session.get_bind().dialect.name != "sqlite" or not DRIVER_INSERTS:
        _insert(session, table, [dict(zip(keys, pair, strict=True)) for pair in pairs])
        return
    sql = f'INSERT INTO "{table.name}" ("{keys[0]}", "{keys[1]}") VALUES (?, ?)'
    session.connection().exec_driver_sql(sql, pairs)


def _officers(session: Session, gen: _Gen) -> list[int]:
    """The demo team, reusing officers that already exist by name."""
    existing = {row.name: row.id for row in session.execute(select(Officer.name, Officer.id))}
    next_id = _next_id(session, Officer.__table__)  # type: ignore[arg-type]
    rows = []
    ids = []
    for name, email in OFFICERS:
        if name in existing:
            ids.append(existing[name])
            continue
        rows.append(gen.stamp({"id": next_id, "name": name, "email": email, "active": True}))
        ids.append(next_id)
        next_id += 1
    _insert(session, Officer.__table__, rows)  # type: ignore[arg-type]
    return ids


def _tags(session: Session, gen: _Gen) -> dict[str, int]:
    existing = {row.name.casefold(): row.id for row in session.execute(select(Tag.name, Tag.id))}
    next_id = _next_id(session, Tag.__table__)  # type: ignore[arg-type]
    rows = []
    ids: dict[str, int] = {}
    for name in TAGS:
        if name.casefold() in existing:
            ids[name] = existing[name.casefold()]
            continue
        rows.append(gen.stamp({"id": next_id, "name": name}))
        ids[name] = next_id
        next_id += 1
    _insert(session, Tag.__table__, rows)  # type: ignore[arg-type]
    return ids


def _address(gen: _Gen, district: str) -> str:
    prefix, streets = STREETS.get(district, GENERIC_STREETS)
    rng = gen.rng
    postcode = f"{prefix}{rng.randint(0, 9)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    return f"{rng.choice(streets)} {rng.randint(1, 240)}, {postcode} Rotterdam"


def _org_row(
    gen: _Gen,
    org_id: int,
    name: str,
    kind: str,
    hood: Any | None,
    owner: int | None,
    status: str,
    description: str | None,
) -> dict[str, Any]:
    rng = gen.rng
    slug = _ascii(name)[:30] or "org"
    district = hood.district if hood is not None else "Centrum"
    return gen.stamp(
        {
            "id": org_id,
            "name": name,
            "name_key": name_key(name),
            "kind": kind,
            "neighbourhood_id": hood.id if hood is not None else None,
            "address": _address(gen, district) if rng.random() < 0.8 else None,
            "email": f"info@{slug}.nl" if rng.random() < 0.75 else None,
            "phone": f"010-{rng.randint(2000000, 4999999)}" if rng.random() < 0.6 else None,
            "website": f"https://www.{slug}.nl" if rng.random() < 0.5 else None,
            "description": description,
            "status": status,
            "owner_id": owner,
        }
    )


def _unique(name: str, seen: set[str], suffix: str) -> str:
    key = name_key(name)
    if key not in seen:
        seen.add(key)
        return name
    candidate = f"{name} ({suffix})"
    n = 2
    while name_key(candidate) in seen:
        candidate = f"{name} ({suffix} {n})"
        n += 1
    seen.add(name_key(candidate))
    return candidate


def _partners(
    gen: _Gen, hoods: Sequence[Any], district_officer: dict[str, int], size: int, org_id: int
) -> tuple[list[dict[str, Any]], int]:
    """City-wide partners, one gebiedscommissie per district, and local partners."""
    rng = gen.rng
    partners: list[dict[str, Any]] = []
    seen: set[str] = set()

    def add(kind: str, name: str, hood: Any | None, district: str | None) -> None:
        nonlocal org_id
        name = _unique(name, seen, hood.name if hood is not None else "Rotterdam")
        owner = district_officer.get(district or "") if rng.random() < 0.6 else None
        status = "active" if rng.random() < 0.95 else "ended"
        row = _org_row(gen, org_id, name, kind, hood, owner, status, None)
        partners.append({"row": row, "kind": kind, "district": district})
        org_id += 1

    for kind, name in CITY_PARTNERS:
        add(kind, name, None, None)
    by_district: dict[str, list[Any]] = {}
    for hood in hoods:
        by_district.setdefault(hood.district, []).append(hood)
    for district, members in sorted(by_district.items()):
        add(
            "municipality",
            f"Gemeente Rotterdam – gebiedscommissie {district}",
            members[0],
            district,
        )
    n_local = max(2 * len(hoods), size // 40)
    kinds = list(LOCAL_KIND_WEIGHTS)
    weights = [LOCAL_KIND_WEIGHTS[k] for k in kinds]
    families = [f for _, (_, _, fams) in NAMES.items() for _, f in fams]
    # Every neighbourhood gets at least a shop and a school or faith community.
    plan = [("company", h) for h in hoods] + [
        (rng.choice(("education", "faith", "welfare", "municipality")), h) for h in hoods
    ]
    plan += [
        (rng.choices(kinds, weights)[0], rng.choice(hoods)) for _ in range(n_local - len(plan))
    ]
    for kind, hood in plan:
        pattern = rng.choice(LOCAL_PATTERNS[kind])
        name = pattern.format(
            nb=hood.name,
            district=hood.district,
            family=rng.choice(families),
            school=rng.choice(SCHOOLS),
            mosque=rng.choice(MOSQUES),
            saint=rng.choice(SAINTS),
        )
        add(kind, name, hood, hood.district)
    return partners, org_id


def _initiatives(
    gen: _Gen, hoods: Sequence[Any], district_officer: dict[str, int], n: int, org_id: int
) -> tuple[list[dict[str, Any]], int]:
    """Initiatives with a profile that decides how their support and contacts look."""
    rng = gen.rng
    today = gen.today
    weights = [DISTRICT_WEIGHT.get(h.district, 1.0) for h in hoods]
    seen: set[str] = set()
    out = []
    for i in range(n):
        # Every type appears once before types repeat at random.
        kind_of = INITIATIVE_TYPES[i] if i < len(INITIATIVE_TYPES) else rng.choice(INITIATIVE_TYPES)
        stem, tags, description = kind_of
        hood = rng.choices(hoods, weights)[0]
        # A few tries at a fresh name before numbering one (a big demo has many
        # food banks in Feijenoord).
        for _attempt in range(8):
            place = hood.name
            if rng.random() < 0.3:
                place = rng.choice(STREETS.get(hood.district, GENERIC_STREETS)[1])
            form = rng.random()
            if form < 0.12:
                name = f"Stichting {stem} {place}"
            elif form < 0.2:
                name = f"{stem} {place} e.o."
            elif form < 0.3:
                name = f"{rng.choice(NICKNAMES)} {place}"
            elif form < 0.35:
                name = f"Stichting {rng.choice(NICKNAMES)} {place}"
            else:
                name = f"{stem} {place}"
            if name_key(name) not in seen:
                break
        name = _unique(name, seen, hood.name)
        # Most started in the 2020 lockdowns; a steady trickle since.
        if rng.random() < 0.6:
            founded = gen.day_between(LOCKDOWN, dt.date(2021, 6, 30))
        else:
            founded = gen.day_between(LOCKDOWN, today - dt.timedelta(days=90))
        founded = min(founded, today - dt.timedelta(days=60))
        # The first few initiatives take each profile in turn, so even a tiny demo shows them all.
        profiles = ("single", "oneoff", "coalition", "mixed")
        profile = profiles[i % 4] if i < 12 else rng.choices(profiles, (0.2, 0.2, 0.3, 0.3))[0]
        dormant = (i % 12 == 5) if i < 12 else rng.random() < 0.1
        if dormant and founded > today - dt.timedelta(days=400):
            founded = gen.day_between(LOCKDOWN, today - dt.timedelta(days=400))
        municipal = (i % 12 not in (3, 7)) if i < 12 else rng.random() < 0.78
        status = "dormant" if dormant and rng.random() < 0.5 else "active"
        if not dormant and rng.random() < 0.03:
            status = "ended"
        owner = district_officer[hood.district] if rng.random() < 0.9 else None
        row = _org_row(gen, org_id, name, "initiative", hood, owner, status, description)
        out.append(
            {
                "row": row,
                "district": hood.district,
                "hood": hood,
                "tags": list(tags),
                "founded": founded,
                "profile": profile,
                "dormant": dormant,
                "municipal": municipal,
                "activity": rng.lognormvariate(0, 0.6),
            }
        )
        org_id += 1
    return out, org_id


def _people(
    gen: _Gen,
    hoods: Sequence[Any],
    initiatives: Sequence[dict[str, Any]],
    size: int,
    person_id: int,
) -> list[dict[str, Any]]:
    rng = gen.rng
    origins = list(NAMES)
    cum = list(itertools.accumulate(NAMES[o][0] for o in origins))
    rows = []
    sort_key = functools.cache(person_sort_key)  # names repeat: fold each once
    ascii_of = functools.cache(_ascii)
    for k in range(size):
        origin = rng.choices(origins, cum_weights=cum)[0]
        given_origin = origin if rng.random() < 0.9 else rng.choice(origins)
        given = rng.choice(NAMES[given_origin][1])
        infix, family = rng.choice(NAMES[origin][2])
        hood = rng.choice(initiatives)["hood"] if rng.random() < 0.8 else rng.choice(hoods)
        email = None
        if rng.random() < 0.8:
            local = ".".join(p for p in (ascii_of(given), ascii_of(infix + family)) if p)
            email = f"{local}{rng.randint(1, 99) if rng.random() < 0.4 else ''}@{rng.choice(MAIL_DOMAINS)}"
        phone = None
        if rng.random() < 0.7:
            phone = (
                f"06-{rng.randint(10000000, 99999999)}"
                if rng.random() < 0.85
                else f"010-{rng.randint(2000000, 4999999)}"
            )
        basis, source = rng.choice(DATA_SOURCES)
        rows.append(
            gen.stamp(
                {
                    "id": person_id + k,
                    "given_name": given,
                    "infix": infix,
                    "family_name": family,
                    "sort_key": sort_key(given, infix, family),
                    "email": email,
                    "phone": phone,
                    "neighbourhood_id": hood.id,
                    "notes": None,
                    "legal_basis": basis,
                    "data_source": source,
                }
            )
        )
    return rows


def _affiliations(
    session: Session,
    gen: _Gen,
    people: Sequence[dict[str, Any]],
    initiatives: Sequence[dict[str, Any]],
    partners: Sequence[dict[str, Any]],
) -> tuple[list[dict[str, Any]], dict[int, list[int]]]:
    """Initiators, contacts and volunteers; staff and liaisons at partners.

    Returns the rows and, per organisation id, its people (for the contact log).
    """
    rng = gen.rng
    today = gen.today
    next_id = _next_id(session, Affiliation.__table__)  # type: ignore[arg-type]
    members: dict[int, list[int]] = {}
    rows: list[dict[str, Any]] = []

    def add(person: dict[str, Any], org: dict[str, Any], role: str, start: dt.date) -> None:
        nonlocal next_id
        end = None
        if rng.random() < 0.08:
            end = gen.day_between(start, today)
        rows.append(
            gen.stamp(
                {
                    "id": next_id,
                    "person_id": person["id"],
                    "organisation_id": org["id"],
                    "role": role,
                    "start": start,
                    "end": end,
                }
            )
        )
        crew = members.setdefault(org["id"], [])
        if person["id"] not in crew:  # one link per person, whatever their roles
            crew.append(person["id"])
        next_id += 1

    order = list(range(len(people)))
    rng.shuffle(order)
    # Every initiative first gets an initiator and a contact, then people spread out.
    cursor = 0
    for ini in initiatives:
        for role in ("initiator", "contact"):
            add(people[order[cursor % len(order)]], ini["row"], role, ini["founded"])
            cursor += 1
    init_cum = list(itertools.accumulate(i["activity"] for i in initiatives))
    for k in order[cursor:]:
        person = people[k]
        if rng.random() < 0.78:
            ini = rng.choices(initiatives, cum_weights=init_cum)[0]
            role = rng.choices(("volunteer", "board", "contact"), (8, 1, 1))[0]
            add(person, ini["row"], role, gen.day_between(ini["founded"], today))
        else:
            partner = rng.choice(partners)
            role = rng.choices(("staff", "contact", "liaison"), (4, 3, 2))[0]
            add(person, partner["row"], role, gen.day_between(LOCKDOWN, today))
        if rng.random() < 0.12:
            # Some also volunteer elsewhere (never a second role at the same place).
            other = rng.choices(initiatives, cum_weights=init_cum)[0]
            if rows[-1]["organisation_id"] != other["row"]["id"]:
                add(person, other["row"], "volunteer", gen.day_between(other["founded"], today))
    return rows, members


def _pick_partner(
    gen: _Gen,
    ini: dict[str, Any],
    by_kind: dict[Any, list[dict[str, Any]]],
    local: dict[tuple[str, str], list[dict[str, Any]]],
    structural: bool,
) -> tuple[str, dict[str, Any]]:
    rng = gen.rng
    kinds = list(SUPPORT)
    support = rng.choices(kinds, [SUPPORT[k][0] for k in kinds])[0]
    allowed = [k for k in SUPPORT[support][1] if ini["municipal"] or k != "municipality"]
    if structural:
        allowed = [
            k for k in allowed if k in ("fund", "housing", "municipality", "welfare")
        ] or allowed
    if not allowed:
        support, allowed = "financial", ["fund"]
    kind = rng.choice(allowed)
    nearby = local.get((kind, ini["district"]))
    citywide = by_kind.get((kind, None))
    if nearby and (not citywide or rng.random() < 0.55):
        return support, rng.choice(nearby)
    return support, rng.choice(citywide or by_kind[kind])


def _commitments(
    session: Session,
    gen: _Gen,
    initiatives: Sequence[dict[str, Any]],
    partners: Sequence[dict[str, Any]],
    officer_ids: Sequence[int],
) -> list[dict[str, Any]]:
    """Support 2020–2027: chains of yearly renewals for coalitions, one-offs for the fragile."""
    rng = gen.rng
    today = gen.today
    next_id = _next_id(session, Commitment.__table__)  # type: ignore[arg-type]
    by_kind: dict[Any, list[dict[str, Any]]] = {}
    local: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for p in partners:
        by_kind.setdefault(p["kind"], []).append(p)
        if not p["district"]:
            by_kind.setdefault((p["kind"], None), []).append(p)
        else:
            local.setdefault((p["kind"], p["district"]), []).append(p)
    for kind in SUPPORT.values():
        for k in kind[1]:
            by_kind.setdefault(k, by_kind["other"])
    rows: list[dict[str, Any]] = []

    def add(
        ini: dict[str, Any],
        support: str,
        partner: dict[str, Any],
        start: dt.date,
        months: int,
        structural: bool,
        status: str | None = None,
        renew_by: dt.date | None = None,
    ) -> dict[str, Any]:
        nonlocal next_id
        end = _add_months(start, months) - dt.timedelta(days=1)
        if renew_by is None and (structural or rng.random() < 0.4):
            renew_by = end - dt.timedelta(days=rng.choice((28, 42, 56, 70, 90)))
        if status is None:
            if start > today:
                status = "proposed" if rng.random() < 0.8 else "declined"
            elif end < today:
                status = "ended"
            else:
                status = "active"
        amount = None
        if support == "financial":
            amount = rng.choice(AMOUNTS[:10] if not structural else AMOUNTS[4:])
        elif support == "in_kind" and rng.random() < 0.5:
            amount = rng.choice(IN_KIND_AMOUNTS)
        row = gen.stamp(
            {
                "id": next_id,
                "partner_id": partner["row"]["id"],
                "initiative_id": ini["row"]["id"],
                "kind": support,
                "amount": amount,
                "start": start,
                "end": end,
                "renew_by": renew_by,
                "status": status,
                "structural": structural,
                "officer_id": ini["row"]["owner_id"] or rng.choice(officer_ids),
                "notes": rng.choice(NOTES) if rng.random() < 0.15 else None,
            }
        )
        rows.append(row)
        next_id += 1
        return row

    for index, ini in enumerate(initiatives):
        founded: dt.date = ini["founded"]
        profile = ini["profile"]
        if ini["dormant"]:
            # Support dried up: everything ended a while ago.
            for _ in range(rng.randint(1, 2)):
                support, partner = _pick_partner(gen, ini, by_kind, local, False)
                start = gen.day_between(founded, today - dt.timedelta(days=420))
                add(ini, support, partner, start, rng.choice((3, 6, 12)), False)
            continue
        if profile == "single":
            support, partner = _pick_partner(gen, ini, by_kind, local, rng.random() < 0.4)
            start = gen.day_between(max(founded, today - dt.timedelta(days=300)), today)
            add(ini, support, partner, start, rng.choice((6, 12, 12, 24)), rng.random() < 0.4)
        elif profile == "oneoff":
            for _ in range(rng.randint(2, 3)):
                support, partner = _pick_partner(gen, ini, by_kind, local, False)
                start = gen.day_between(max(founded, today - dt.timedelta(days=330)), today)
                add(ini, support, partner, start, rng.choice((3, 6, 12)), False)
        else:
            n_structural = rng.randint(1, 2) if profile == "coalition" else 1
            n_oneoff = rng.randint(2, 4) if profile == "coalition" else rng.randint(1, 3)
            for _ in range(n_structural):
                support, partner = _pick_partner(gen, ini, by_kind, local, True)
                _chain(gen, add, ini, support, partner, founded)
            for _ in range(n_oneoff):
                support, partner = _pick_partner(gen, ini, by_kind, local, False)
                start = gen.day_between(founded, today + dt.timedelta(days=120))
                add(ini, support, partner, start, rng.choice((1, 3, 6, 12)), False)
        # A few decisions are due in the coming weeks, a few are overdue (every size).
        if index % 7 == 0:
            support, partner = _pick_partner(gen, ini, by_kind, local, True)
            start = today - dt.timedelta(days=rng.randint(200, 330))
            renew = today + dt.timedelta(days=rng.randint(3, 50))
            add(ini, support, partner, start, 12, True, renew_by=renew)
        elif index % 11 == 0:
            support, partner = _pick_partner(gen, ini, by_kind, local, True)
            start = today - dt.timedelta(days=rng.randint(250, 340))
            renew = today - dt.timedelta(days=rng.randint(5, 40))
            add(ini, support, partner, start, 14, True, renew_by=renew)
    return rows


def _chain(
    gen: _Gen,
    add: Callable[..., dict[str, Any]],
    ini: dict[str, Any],
    support: str,
    partner: dict[str, Any],
    founded: dt.date,
) -> None:
    """A structural commitment renewed year after year; the current term is 'renewed'."""
    rng = gen.rng
    today = gen.today
    # Coalitions mostly formed in the initiative's first months.
    start = gen.day_between(
        founded, max(founded, min(founded + dt.timedelta(days=120), today - dt.timedelta(days=200)))
    )
    first = True
    while True:
        months = 12 if rng.random() < 0.8 else 24
        end = _add_months(start, months) - dt.timedelta(days=1)
        if end < today and rng.random() < 0.9:
            add(ini, support, partner, start, months, True, status="ended")
        else:
            status = "active" if first else "renewed"
            if end < today:
                status = "ended"
            add(ini, support, partner, start, months, True, status=status)
            return
        first = False
        start = end + dt.timedelta(days=1)


NOTES = [
    "Bijdrage onder voorwaarde van een jaarverslag.",
    "Afspraak: evaluatie halverwege de looptijd.",
    "Partner wil graag zichtbaarheid op de flyers.",
    "Mondeling toegezegd, bevestiging per mail volgt.",
    "Sleutel van de ruimte ligt bij de beheerder.",
]


def _interactions(
    session: Session,
    gen: _Gen,
    size: int,
    initiatives: Sequence[dict[str, Any]],
    partners: Sequence[dict[str, Any]],
    members: dict[int, list[int]],
    officer_ids: Sequence[int],
    people: Sequence[dict[str, Any]],
    report: _Reporter,
) -> int:
    """About five contact-log entries per person, recent ones weighing more.

    Entries are planned first (which initiative, which day), sorted by day so
    that ids follow time as in a real log, then built and written a chunk at a
    time: memory stays flat and progress moves.
    """
    rng = gen.rng
    today = gen.today
    next_id = _next_id(session, Interaction.__table__)  # type: ignore[arg-type]
    municipal: dict[str, list[dict[str, Any]]] = {}
    for p in partners:
        if p["kind"] == "municipality" and p["district"]:
            municipal.setdefault(p["district"], []).append(p)
    city_municipal = [p for p in partners if p["kind"] == "municipality" and not p["district"]]
    non_municipal = [p for p in partners if p["kind"] != "municipality"]
    first_name = {p["id"]: p["given_name"] for p in people}  # for summaries
    channels = list(CHANNEL_WEIGHTS)
    channel_cum = list(itertools.accumulate(CHANNEL_WEIGHTS.values()))
    total = max(5 * size, 4 * len(initiatives))
    cum = list(itertools.accumulate(i["activity"] for i in initiatives))
    chosen = rng.choices(range(len(initiatives)), cum_weights=cum, k=total)
    # Every initiative has at least a few entries (dormant ones long ago).
    chosen[: len(initiatives) * 3] = [k for k in range(len(initiatives)) for _ in range(3)]
    plan: list[tuple[dt.date, int]] = []
    for k in chosen:
        ini = initiatives[k]
        founded: dt.date = ini["founded"]
        if ini["dormant"]:
            day = gen.day_between(founded, today - dt.timedelta(days=200))
        else:
            span = max((today - founded).days, 1)
            day = today - dt.timedelta(days=int(span * rng.random() ** 1.8))
            if day >= today and rng.random() < 0.5:
                day = today - dt.timedelta(days=rng.randint(1, 30))
        plan.append((max(day, founded), k))
    plan.sort()
    stamp = (gen.now, gen.officer, gen.now, gen.officer, 1, gen.batch_id)
    Chunk = tuple[list[tuple[Any, ...]], list[tuple[int, int]], list[tuple[int, int]], int]

    def build() -> Iterator[Chunk]:
        """The entries, a chunk at a time (runs in a helper thread, see _prefetch)."""
        nonlocal next_id
        chunk_rows: list[tuple[Any, ...]] = []
        link_orgs: list[tuple[int, int]] = []
        link_people: list[tuple[int, int]] = []
        for done, (day, k) in enumerate(plan):
            ini = initiatives[k]
            ini_row = ini["row"]
            channel = rng.choices(channels, cum_weights=channel_cum)[0]
            partner = None
            if ini["municipal"] and rng.random() < 0.3:
                partner = rng.choice(municipal.get(ini["district"]) or city_municipal)
            elif rng.random() < 0.3:
                partner = rng.choice(non_municipal)
            crew = members.get(ini_row["id"], ())
            involved = rng.sample(crew, min(len(crew), rng.choice((0, 1, 1, 1, 2)))) if crew else []
            summary = rng.choice(SUMMARIES[channel]).format(
                initiative=ini_row["name"],
                partner=partner["row"]["name"] if partner else "de gemeente",
                person=first_name.get(involved[0], "") if involved else "de initiatiefnemer",
            )
            follow_up_on = None
            follow_up_done = False
            if rng.random() < 0.35:
                follow_up_on = day + dt.timedelta(days=rng.choice((3, 7, 7, 14, 14, 21, 30, 42)))
                # Old follow-ups were nearly all dealt with; the recent ones pile up.
                age = (today - follow_up_on).days
                if age > 90:
                    follow_up_done = rng.random() < 0.997
                elif age > 21:
                    follow_up_done = rng.random() < 0.85
                elif age > 0:
                    follow_up_done = rng.random() < 0.5
            owner = ini_row["owner_id"]
            officer = owner if owner and rng.random() < 0.75 else rng.choice(officer_ids)
            chunk_rows.append(
                (
                    next_id,
                    dt.datetime(
                        day.year, day.month, day.day, rng.randint(8, 17), rng.randrange(0, 60, 5)
                    ),
                    channel,
                    officer,
                    summary,
                    rng.choice(NOTES) if rng.random() < 0.05 else None,
                    follow_up_on,
                    follow_up_done,
                    gen.uuid(),
                    *stamp,
                )
            )
            link_orgs.append((next_id, ini_row["id"]))
            if partner is not None:
                link_orgs.append((next_id, partner["row"]["id"]))
            for person in sorted(involved):
                link_people.append((next_id, person))
            next_id += 1
            if len(chunk_rows) >= CHUNK or done == len(plan) - 1:
                yield chunk_rows, link_orgs, link_people, done + 1
                chunk_rows, link_orgs, link_people = [], [], []

    for chunk_rows, link_orgs, link_people, done in _prefetch(build()):
        _insert_tuples(session, Interaction.__table__, INTERACTION_KEYS, chunk_rows)  # type: ignore[arg-type]
        _insert_pairs(session, interaction_organisation, ORG_LINK, link_orgs)
        _insert_pairs(session, interaction_person, PERSON_LINK, link_people)
        report(18 + 52 * done // len(plan), "Contact log")
    return len(plan)
