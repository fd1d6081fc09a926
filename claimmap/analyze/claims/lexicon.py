"""Word lists behind claim extraction, per language (en, it, fr; some sq, es, de).

Data only. To support a language, add its words to each table. Everything is matched
case-insensitively on whole words unless noted.
"""

from __future__ import annotations


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# ---------------------------------------------------------------- qualifiers (before a number)
# phrase -> canonical qualifier; the longest phrase wins
QUALIFIERS: dict[str, str] = {
    # en
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "circa": "about", "c.": "about", "ca.": "about",
    "an estimated": "about", "estimated": "about", "some": "some", "nearly": "nearly",
    "almost": "nearly", "close to": "nearly", "just under": "nearly", "just short of": "nearly",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "not less than": "at least", "a minimum of": "at least", "more than": "more than",
    "in excess of": "more than", "over": "over", "upwards of": "over", "just over": "over",
    "well over": "over", "above": "over", "fewer than": "fewer than", "less than": "fewer than",
    "under": "fewer than", "below": "fewer than", "up to": "up to", "as many as": "up to",
    "at most": "up to", "no more than": "up to", "a maximum of": "up to",
    "some of the": "some", "closer to": "about", "close on": "about", "could top": "more than",
    "may top": "more than", "to top": "more than",
    # it
    "intorno a": "about", "intorno ai": "about", "intorno alle": "about", "attorno a": "about",
    "attorno ai": "about", "all'incirca": "about", "approssimativamente": "about",
    "quasi": "nearly", "poco meno di": "nearly", "oltre": "over", "più di": "more than",
    "piu di": "more than", "poco più di": "over", "almeno": "at least", "fino a": "up to",
    "meno di": "fewer than", "non meno di": "at least", "non più di": "up to",
    "una stima di": "about",
    # fr
    "environ": "about", "autour de": "about", "approximativement": "about",
    "près de": "nearly", "presque": "nearly", "quelque": "some", "quelques": "some",
    "plus de": "more than", "un peu plus de": "over", "au moins": "at least",
    "jusqu'à": "up to", "jusqu’à": "up to", "moins de": "fewer than",
    "pas moins de": "at least", "au plus": "up to",
    # sq
    "rreth": "about", "afro": "nearly", "gati": "nearly", "mbi": "over",
    "më shumë se": "more than", "të paktën": "at least", "deri në": "up to",
    "më pak se": "fewer than",
    # es / de
    "alrededor de": "about", "unos": "about", "unas": "about", "casi": "nearly",
    "más de": "more than", "al menos": "at least", "hasta": "up to", "menos de": "fewer than",
    "etwa": "about", "rund": "about", "ungefähr": "about", "fast": "nearly",
    "mehr als": "more than", "mindestens": "at least", "bis zu": "up to",
    "weniger als": "fewer than",
}  # fmt: skip

# ---------------------------------------------------------------- scale words (after a number)
SCALES: dict[str, float] = {
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
    "billions": 1e9, "trillion": 1e12, "mln": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3,
    "mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9,
    "miliardi": 1e9, "mld": 1e9, "millier": 1e3, "milliers": 1e3, "milliard": 1e9,
    "milliards": 1e9, "mijë": 1e3, "milion": 1e6, "milionë": 1e6, "miliard": 1e9,
    "miliardë": 1e9, "mil": 1e3, "millón": 1e6, "millones": 1e6, "tausend": 1e3,
    "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mio": 1e6, "mrd": 1e9,
}  # fmt: skip
# "m" as a scale only right after a currency ("$10m")
CURRENCY_SCALES: dict[str, float] = {"m": 1e6, "b": 1e9, "bn": 1e9, "k": 1e3}

# ---------------------------------------------------------------- numbers written out
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1000000,
        "billion": 1000000000, "dozen": 12, "a dozen": 12, "half a dozen": 6,
        "a hundred": 100, "a thousand": 1000, "one hundred": 100, "one thousand": 1000,
        "a million": 1000000, "one million": 1000000, "a couple of": 2, "two dozen": 24,
        "three dozen": 36,
    },
    "it": {
        "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
        "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
        "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
        "venti": 20, "vent'": 20, "vent’": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50,
        "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90, "cento": 100,
        "mille": 1000, "duemila": 2000, "tremila": 3000, "quattromila": 4000,
        "cinquemila": 5000, "diecimila": 10000, "una dozzina": 12, "dozzina": 12,
        "un centinaio": 100, "un migliaio": 1000, "una ventina": 20, "una trentina": 30,
        "una quarantina": 40, "una cinquantina": 50, "un paio di": 2,
    },
    "fr": {
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
        "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "cent": 100, "mille": 1000, "deux mille": 2000, "trois mille": 3000,
        "une douzaine": 12, "douzaine": 12, "une vingtaine": 20, "une trentaine": 30,
        "une quarantaine": 40, "une cinquantaine": 50, "une centaine": 100,
        "un millier": 1000, "deux cents": 200, "trois cents": 300,
    },
    "sq": {
        "dy": 2, "tre": 3, "katër": 4, "pesë": 5, "gjashtë": 6, "shtatë": 7, "tetë": 8,
        "nëntë": 9, "dhjetë": 10, "njëzet": 20, "tridhjetë": 30, "dyzet": 40, "pesëdhjetë": 50,
        "njëqind": 100, "qind": 100, "një mijë": 1000, "mijë": 1000, "një duzinë": 12,
    },
    "es": {
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
        "nueve": 9, "diez": 10, "veinte": 20, "cien": 100, "mil": 1000, "una docena": 12,
    },
    "de": {
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "zwölf": 12, "zwanzig": 20, "hundert": 100, "tausend": 1000,
        "ein dutzend": 12,
    },
}  # fmt: skip
# words that are numbers only when a plural noun follows (otherwise ordinary words)
AMBIGUOUS_NUMBER_WORDS = _words("sei neuf dix sept cent mille tre due")
# en compounds "twenty-five", "four hundred", "two thousand": tens/multipliers
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90}  # fmt: skip
EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9}  # fmt: skip
MULTIPLIERS = {
    "hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000,
    "mila": 1000, "mille": 1000, "milioni": 1000000, "milione": 1000000,
    "cents": 100, "cent": 100, "millions": 1000000, "million_fr": 1000000,
}  # fmt: skip
# vague plurals -> (low, high)
VAGUE: dict[str, tuple[int, int]] = {
    "dozens": (24, 99), "dozens of": (24, 99), "scores of": (40, 199), "hundreds": (200, 999),
    "hundreds of": (200, 999), "thousands": (2000, 9999), "thousands of": (2000, 9999),
    "tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999),
    "millions": (2000000, 9999999), "millions of": (2000000, 9999999),
    "decine": (20, 99), "decine di": (20, 99), "centinaia": (200, 999),
    "centinaia di": (200, 999), "migliaia": (2000, 9999), "migliaia di": (2000, 9999),
    "decine di migliaia": (20000, 99999), "milioni di": (2000000, 9999999),
    "des dizaines": (20, 99), "des dizaines de": (20, 99), "des centaines": (200, 999),
    "des centaines de": (200, 999), "des milliers": (2000, 9999),
    "des milliers de": (2000, 9999), "des dizaines de milliers de": (20000, 99999),
    "dizaines": (20, 99), "centaines": (200, 999), "milliers": (2000, 9999),
    "several hundred": (200, 999), "a few hundred": (200, 999), "plusieurs centaines": (200, 999),
    "plusieurs centaines de": (200, 999), "quelques centaines": (200, 999),
    "quelques centaines de": (200, 999), "diverse centinaia": (200, 999),
    "diverse centinaia di": (200, 999), "several thousand": (2000, 9999),
    "a few thousand": (2000, 9999), "plusieurs milliers": (2000, 9999),
    "plusieurs milliers de": (2000, 9999), "qindra": (200, 999), "mijëra": (2000, 9999),
    "dhjetëra": (20, 99),
}  # fmt: skip

# ---------------------------------------------------------------- units and counted nouns
# surface (lowercase) -> (canonical unit, kind)
UNITS: dict[str, tuple[str, str]] = {
    # area
    "hectares": ("hectares", "area"), "hectare": ("hectares", "area"), "ha": ("hectares", "area"),
    "ettari": ("hectares", "area"), "ettaro": ("hectares", "area"),
    "hectares_fr": ("hectares", "area"), "hektarë": ("hectares", "area"),
    "square meters": ("square meters", "area"), "square metres": ("square meters", "area"),
    "square meter": ("square meters", "area"), "square metre": ("square meters", "area"),
    "sq m": ("square meters", "area"), "sqm": ("square meters", "area"),
    "m2": ("square meters", "area"), "m²": ("square meters", "area"),
    "metri quadrati": ("square meters", "area"), "metri quadri": ("square meters", "area"),
    "mq": ("square meters", "area"), "mètres carrés": ("square meters", "area"),
    "metres carres": ("square meters", "area"), "metra katrorë": ("square meters", "area"),
    "square kilometres": ("square kilometers", "area"),
    "square kilometers": ("square kilometers", "area"), "km2": ("square kilometers", "area"),
    "km²": ("square kilometers", "area"), "sq km": ("square kilometers", "area"),
    "chilometri quadrati": ("square kilometers", "area"),
    "kilomètres carrés": ("square kilometers", "area"), "acres": ("acres", "area"),
    "acre": ("acres", "area"),
    # length
    "kilometres": ("kilometers", "length"), "kilometers": ("kilometers", "length"),
    "kilometre": ("kilometers", "length"), "kilometer": ("kilometers", "length"),
    "km": ("kilometers", "length"), "chilometri": ("kilometers", "length"),
    "chilometro": ("kilometers", "length"), "kilomètres": ("kilometers", "length"),
    "kilomètre": ("kilometers", "length"), "kilometra": ("kilometers", "length"),
    "metres": ("meters", "length"), "meters": ("meters", "length"),
    "metre": ("meters", "length"), "meter": ("meters", "length"), "metri": ("meters", "length"),
    "metro": ("meters", "length"), "mètres": ("meters", "length"), "mètre": ("meters", "length"),
    "miles": ("miles", "length"), "mile": ("miles", "length"),
    # mass
    "tonnes": ("tonnes", "mass"), "tons": ("tonnes", "mass"), "tonne": ("tonnes", "mass"),
    "ton": ("tonnes", "mass"), "tonnellate": ("tonnes", "mass"), "kg": ("kilograms", "mass"),
    "kilograms": ("kilograms", "mass"), "kilos": ("kilograms", "mass"),
    "chili": ("kilograms", "mass"), "chilogrammi": ("kilograms", "mass"),
    # time
    "years": ("years", "time"), "year": ("years", "time"), "anni": ("years", "time"),
    "anno": ("years", "time"), "ans": ("years", "time"), "années": ("years", "time"),
    "vjet": ("years", "time"), "vite": ("years", "time"), "months": ("months", "time"),
    "month": ("months", "time"), "mesi": ("months", "time"), "mese": ("months", "time"),
    "mois": ("months", "time"), "muaj": ("months", "time"), "weeks": ("weeks", "time"),
    "week": ("weeks", "time"), "settimane": ("weeks", "time"), "semaines": ("weeks", "time"),
    "days": ("days", "time"), "day": ("days", "time"), "giorni": ("days", "time"),
    "jours": ("days", "time"), "ditë": ("days", "time"), "hours": ("hours", "time"),
    "hour": ("hours", "time"), "ore": ("hours", "time"), "heures": ("hours", "time"),
    "orë": ("hours", "time"), "decades": ("decades", "time"), "decenni": ("decades", "time"),
    "décennies": ("decades", "time"), "minutes": ("minutes", "time"),
    "minuti": ("minutes", "time"),
    # percent
    "%": ("%", "percent"), "per cent": ("%", "percent"), "percent": ("%", "percent"),
    "per cento": ("%", "percent"), "pour cent": ("%", "percent"),
    "percentage points": ("percentage points", "percent"), "përqind": ("%", "percent"),
    # money (after the number)
    "dollars": ("$", "money"), "dollar": ("$", "money"), "dollari": ("$", "money"),
    "usd": ("$", "money"), "euros": ("€", "money"), "euro": ("€", "money"),
    "eur": ("€", "money"), "pounds": ("£", "money"), "sterling": ("£", "money"),
    "lek": ("lek", "money"), "leke": ("lek", "money"), "lekë": ("lek", "money"),
    "francs": ("CHF", "money"), "dinars": ("dinars", "money"),
    # repetitions
    "times": ("times", "count"), "volte": ("times", "count"), "fois": ("times", "count"),
}  # fmt: skip
UNITS.pop("hectares_fr")
# currency signs/codes before the number
CURRENCY_PREFIX: dict[str, str] = {
    "$": "$", "us$": "$", "usd": "$", "€": "€", "eur": "€", "£": "£", "gbp": "£",
    "chf": "CHF", "lek": "lek", "all": "lek",
}  # fmt: skip

# counted noun (lowercase surface) -> concept key used for grouping; unknown nouns get
# their own surface (lightly singularised) as concept
CONCEPTS: dict[str, str] = {}
_CONCEPT_GROUPS = {
    # head counts of a group of people (members, residents, population of a camp …)
    "members": "members member membership adherents membri membro iscritti militanti "
    "membres membre adhérents anëtarë anëtarët anëtarë miembros mitglieder residents "
    "resident residenti résidents population popolazione people persons persone "
    "personnes individuals individui individus njerëz persona banorë men women uomini "
    "donne hommes femmes displaced sfollati sfollate déplacés evacuees evacuati évacués "
    "others altri autres",
    "inhabitants": "inhabitants abitanti habitants citizens cittadini",
    "followers": "followers supporters sympathisers sympathizers sostenitori seguaci "
    "partisans sympathisants",
    "fighters": "fighters militants combatants combattenti combattants guerrillas "
    "luftëtarë rebels ribelli rebelles",
    "computers": "computers computer pc pcs laptops laptop ordinateurs ordinateur "
    "kompjutera kompjuterë",
    "servers": "servers server serveurs serveur serverë",
    "hard drives": "drives hard-drives disks disques dischi",
    "phones": "phones telephones smartphones telefoni téléphones",
    "officers": "officers officer policemen policewomen agents agenti poliziotti "
    "policiers gendarmes carabinieri police troopers",
    "soldiers": "soldiers troops soldati soldats militari militaires",
    "refugees": "refugees rifugiati réfugiés asylum-seekers migrants profughi exiles esuli exilés",
    "families": "families famiglie familles",
    "children": "children minors bambini minori enfants mineurs kids",
    "deaths": "deaths dead killed morti morts fatalities",
    "victims": "victims vittime victimes",
    "suspects": "suspects sospetti indagati suspected",
    "nurses": "nurses infermiere infermieri infirmières infirmiers",
    "strikers": "strikers scioperanti grévistes",
    "arrivals": "arrivals arrivi arrivées sbarchi landings",
    "missing": "missing dispersi disperse disparus disparues",
    "hospitals": "hospitals ospedali hôpitaux",
    "protesters": "protesters demonstrators manifestanti dimostranti manifestants marchers",
    "operations": "operations surgeries operazioni interventi opérations",
    "injured": "injured wounded feriti blessés",
    "workers": "workers employees staff lavoratori dipendenti travailleurs salariés "
    "ouvriers miners minatori mineurs_workers",
    "journalists": "journalists reporters giornalisti journalistes",
    "students": "students studenti étudiants",
    "votes": "votes voti voix ballots",
    "seats": "seats seggi sièges",
    "accounts": "accounts account comptes profiles profili",
    "houses": "houses homes dwellings buildings case abitazioni edifici maisons "
    "logements bâtiments",
    "vehicles": "vehicles cars trucks lorries buses veicoli auto camion véhicules voitures",
    "boats": "boats vessels ships barche imbarcazioni navi bateaux navires",
    "weapons": "weapons guns rifles armi fucili armes",
    "arrests": "arrests arresti arrestations interpellations",
    "detainees": "detainees prisoners detenuti prigionieri détenus prisonniers",
    "visitors": "visitors visitatori visiteurs tourists turisti touristes",
    "villages": "villages villaggi",
    "complaints": "complaints denunce plaintes",
    "documents": "documents documenti files",
    "cases": "cases casi",
}
for _concept, _surfaces in _CONCEPT_GROUPS.items():
    for _s in _surfaces.split():
        CONCEPTS.setdefault(_s, _concept)
# nouns that say "a group of N" (the count is the group's size, not the whole)
CONTAINERS = _words(
    "unit units group groups contingent contingents team teams cell cells delegation "
    "delegations convoy convoys batch batches wave waves busload busloads planeload "
    "squad squads battalion brigade company platoon gruppo gruppi unità contingente "
    "squadra cellula delegazione convoglio ondata groupe groupes unité contingent équipe "
    "cellule délégation convoi vague"
)
# words that may sit between a number and its noun ("140 new computers", "3,000 of its")
NOUN_PREMODIFIERS = _words(
    "new old more other further additional former current registered official known "
    "armed unarmed young elderly foreign local iranian police fake active planned "
    "scheduled postponed cancelled canceled pending "
    "nuovi nuove altri altre ex vecchi nouveaux nouvelles autres anciens"
)

# ---------------------------------------------------------------- predicates -> classes
# Classes that name a happening or a state; two claims whose classes differ (both not
# neutral) are about different things. Matched on lowercase word prefixes ("seiz" matches
# "seized", "seizure", "seizing").
PREDICATE_CLASSES: dict[str, tuple[str, ...]] = {  # fmt: skip  # fmt: skip  # fmt: skip
    "cancel": (
        "cancel",
        "postpon",
        "called off",
        "annul",
        "rinviat",
        "rimandat",
        "déprogramm",
        "reporté",
        "reportées",
        "reportés",
    ),  # fmt: skip
    "protest": (
        "protest",
        "rally",
        "rallied",
        "demonstrat",
        "gathered",
        "marched",
        "drew",
        "manifest",
        "rassembl",
        "radunat",
    ),  # fmt: skip
    "rescue": (
        "rescu",
        "pulled from the water",
        "pulled",
        "saved",
        "salvat",
        "soccors",
        "tratto in salvo",
        "tratte in salvo",
        "secour",
        "sauvé",
        "repêch",
    ),
    "missing": (
        "missing",
        "dispers",
        "disparu",
        "manca",
        "mancano all",
        "manquent à l",
        "unaccounted",
        "feared lost",
    ),
    "displace": (
        "displac",
        "resettl",
        "forced out",
        "lost their homes",
        "moved out",
        "sfollat",
        "déplac",
        "trasferit",
    ),
    "evacuate": ("evacuat", "évacu"),
    "employ": ("employ", "workforce", "impiega", "emploie", "salarié"),
    "strike": (
        "on strike",
        "strike",
        "walked out on",
        "have walked out",
        "walkout",
        "sciopero",
        "scioper",
        "grève",
        "grévist",
        "taken part in the strike",
    ),
    "seize": (
        "seiz",
        "confiscat",
        "carried off",
        "carry off",
        "took away",
        "taken away",
        "impounded",
        "sequestr",
        "saisi",
        "saisie",
        "confisqu",
        "requisit",
        "sekuestr",
        "carted",
        "hauled",
        "carting off",
        "carted off",
        "hauled away",
    ),
    "detain": (
        "detain",
        "arrest",
        "held for",
        "were held",
        "was held",
        "jailed",
        "imprison",
        "released",
        "freed",
        "let go",
        "questioned",
        "custody",
        "fermat",
        "arrestat",
        "trattenut",
        "rilasciat",
        "liberat",
        "détenu",
        "interpell",
        "relâch",
        "libéré",
        "arrêté",
        "arrêtés",
        "arrestations",
        "arresti",
        "detention",
        "arrests",
    ),
    "arrive": (
        "arriv",
        "airlift",
        "flown in",
        "relocat",
        "transferred",
        "landed",
        "brought to",
        "came to",
        "moved to",
        "giunt",
        "sbarcat",
        "transféré",
        "débarqu",
        "mbërrit",
        "influx",
    ),  # fmt: skip
    "leave": (
        "left the",
        "defect",
        "fled",
        "escap",
        "departed",
        "departure",
        "fuggit",
        "lasciato",
        "quitté",
        "fui",
        "partis",
    ),  # fmt: skip
    "capture": (
        "captur",
        "disarm",
        "cattur",
        "disarmat",
        "désarm",
        "captivity",
        "taken prisoner",
        "prigionia",
        "prigionieri",
        "captivité",
    ),  # fmt: skip
    "kill": (
        "kill",
        "died",
        "dead",
        "death",
        "uccis",
        "mort",
        "tués",
        "tué",
        "péri",
        "perished",
    ),  # fmt: skip
    "injure": ("injur", "wounded", "ferit", "blessé", "hurt"),
    "deploy": (
        "took part",
        "take part",
        "taking part",
        "deployed",
        "mobilis",
        "mobiliz",
        "participat",
        "involved in",
        "preso parte",
        "impiegat",
        "schierat",
        "déploy",
        "mobilisé",
        "ont participé",
    ),
    "live": (
        "live",
        "lives",
        "living",
        "lived",
        "reside",
        "housed",
        "hosts",
        "hosted",
        "population",
        "vivono",
        "vive",
        "abitano",
        "ospit",
        "vivent",
        "vit ",
        "habitent",
        "hébergé",
        "jetojnë",
        "registered",
        "registers",
        "membership",
        "has about",
        "counts",
        "numbers",
        "strong",
        "contare",
        "compte",
        "sostiene di contare",
        "revendique",
    ),
    "cost": (
        "spent",
        "invest",
        "budget",
        "costat",
        "speso",
        "coûté",
        "dépens",
        "cost ",
        "costs",
        "costing",
        "costato",
        "costerà",
    ),
    "give": (
        "donat",
        "gave",
        "given",
        "deliver",
        "distribut",
        "provided",
        "donné",
        "distribué",
        "consegnat",
        "donat",
    ),
    "build": ("built", "construct", "costruit", "construit", "erected"),
    "run": ("ran ", "run by", "operated", "managed", "gestit", "géré"),
    "defraud": (
        "cheat",
        "fleece",
        "scam",
        "defraud",
        "swindl",
        "targeted",
        "truffat",
        "escroqu",
        "arnaqu",
        "raggirat",
    ),
    "lose": (
        "losses",
        "loss",
        "lost",
        "damage",
        "danno",
        "danni",
        "préjudice",
        "perdite",
        "perte",
        "savings",
    ),
    "pay": (
        "paid",
        "indennizz",
        "indemnis",
        "payé",
        "pagat",
        "totaled",
        "totalled",
        "paying",
        "pays",
    ),
    "demand": (
        "demand",
        "calling for",
        "call for",
        "calls for",
        "chied",
        "réclam",
        "exig",
        "rivendic",
        "revendiqu",
    ),  # fmt: skip
    "offer": ("offer", "offert", "propos", "accept", "agreed to", "granted", "concess"),
}
# predicates that say nothing about what is counted
NEUTRAL_PREDICATES = _words(
    "is are was were be been being has have had remain remains remained say says said put "
    "puts estimate estimates estimated counted count report reported according"
)

# ---------------------------------------------------------------- events
# event type -> word prefixes (lowercase); the first match nearest the date wins
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "operating": (
        "operating since",
        "active since",
        "in operation since",
        "attivo dal",
        "attiva dal",
        "opère depuis",
        "actif depuis",
        "active depuis",
        "gestisce",
        "gère",
        "has run",
        "runs the",
        "run the",
        "operates",
    ),  # fmt: skip
    "completed": (
        "completed",
        "complet",
        "finished",
        "achev",
        "ultimat",
        "terminat",
        "terminé",
        "built",
    ),  # fmt: skip
    "trial": ("trial", "hearing", "processo", "procès", "udienza", "audience"),
    "founded": (
        "established",
        "created",
        "set up",
        "formed",
        "fondat",
        "fondé",
        "fondée",
        "créé",
        "nato nel",
        "nata nel",
        "nasceva nel",
        "nacque nel",
        "è nato",
        "è nata",
        "born",
        "themeluar",
        "launched",
        "founded",
        "founding",
        "founder",
    ),
    "arrived": (
        "arriv",
        "moved to",
        "were moved",
        "was moved",
        "relocat",
        "settled",
        "installé",
        "installée",
        "stabilit",
        "insediat",
        "trasferit",
        "transféré",
        "came to",
        "been in",
        "lived in",
        "living in",
        "has lived",
        "have lived",
        "vive",
        "vivono",
        "vit depuis",
        "vivent depuis",
        "lives in",
        "live in",
        "mbërrit",
        "took them in",
        "take them in",
        "taken in",
        "resettled",
        # being somewhere since a date dates the arrival ("present in Albania since 2013")
        "present in",
        "presence in",
        "sheltered in",
        "given refuge",
        "granted asylum",
    ),
    # a raid and what was seized in it are one happening
    "raided": (
        "raid",
        "storm",
        "stormed",
        "entered",
        "searched",
        "search of",
        "irruzione",
        "perquisizion",
        "perquisition",
        "blitz",
        "operation",
        "operazione",
        "opération",
        "descente",
        "seiz",
        "confiscat",
        "sequestr",
        "saisi",
        "carried off",
        "swoop",
        "busted",
        "crackdown",
        "detain",
        "arrest",
        "fermat",
        "arrestat",
        "interpell",
        "détenu",
    ),  # fmt: skip
    "rescued": (
        "rescu",
        "pulled",
        "soccors",
        "salvat",
        "tratto in salvo",
        "secour",
        "sauvé",
        "naufrag",
        "shipwreck",
        "capsiz",
    ),  # fmt: skip
    "strike": (
        "strike",
        "walked out on",
        "have walked out",
        "walkout",
        "sciopero",
        "sciopera",
        "grève",
    ),  # fmt: skip
    "released": ("released", "freed", "let go", "rilasciat", "liberat", "relâch", "libéré"),
    "ruled": (
        "rule",
        "ruling",
        "upheld",
        "uphold",
        "rejected",
        "verdict",
        "sentenc",
        "se prononcer",
        "pronunc",
        "sentenza",
        "decide",
        "décid",
        "statuer",
        "judgment",
        "judgement",
        "acquitted",
        "convicted",
        "condannat",
        "condamn",
    ),
    "investigation opened": (
        "investigat",
        "inquiry",
        "looking into",
        "probe",
        "indagin",
        "inchiesta",
        "enquête",
        "hetim",
    ),
    "appealed": ("appeal", "appello", "ricorso", "recours", "appel"),
    "charged": ("charged", "indicted", "accusat", "inculp", "mis en examen"),
    "killed": ("kill", "died", "murder", "assassin", "uccis", "morto", "morta", "tué", "mort"),
    "collapsed": (
        "collaps", "caved in", "cave-in", "crollat", "crollo", "crollò", "franat", "frana",
        "effondr", "éboul", "shemb",
    ),  # fmt: skip
    "attacked": ("attack", "bomb", "attacc", "attentat", "attaqu"),
    "elected": ("elect", "elett", "élu"),
    "appointed": ("appoint", "nominat", "nommé"),
    "signed": ("signed", "agreement", "firmat", "signé", "accordo", "accord "),
    "visited": ("visit", "visitat", "visité"),
    "left": ("left", "fled", "walked out", "defected", "lasciat", "quitté", "fuggit"),
    "published": ("publish", "published", "pubblicat", "publié", "released a"),
    "met": ("met ", "meeting", "incontr", "rencontr"),
    "began": ("began", "started", "begin", "start", "iniziat", "commencé", "launched"),  # fmt: skip
    "ended": ("ended", "end of", "concluded", "conclus"),  # fmt: skip
    "closed": ("closed", "shut", "chius", "fermé"),
    "opened": ("opened", "inaugurat", "ouvert", "apert", "inaugur"),
    "protested": ("protest", "demonstrat", "rally", "manifest", "gathered", "rassembl", "radunat"),
    "expelled": ("expel", "deport", "espuls", "expuls"),
}
# words that turn a past reading of a bare month/weekday into a future one
FUTURE_MARKERS = _words(
    "will would shall due expected scheduled plans plan next upcoming tomorrow "
    "dovrà dovrebbe prossimo prossima sarà domani doit devrait prochain prochaine sera "
    "demain va"
)

# ---------------------------------------------------------------- quotes and reported speech
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "en": (
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "claimed",
        "claims",
        "explained",
        "explains",
        "argued",
        "argues",
        "insisted",
        "insists",
        "stated",
        "states",
        "announced",
        "announces",
        "warned",
        "warns",
        "denied",
        "denies",
        "confirmed",
        "confirms",
        "acknowledged",
        "noted",
        "notes",
        "maintained",
        "maintains",
        "alleged",
        "alleges",
        "asserted",
        "wrote",
        "writes",
        "declared",
        "declares",
        "stressed",
        "recalled",
        "admitted",
        "complained",
        "replied",
        "responded",
        "answered",
        "estimated",
        "believes",
        "believed",
        "called",
        "calls",
        "described",
        "describes",
        "made clear",
        "pointed out",
        "revealed",
        "reported",
        "reports",
        "testified",
        "promised",
        "vowed",
        "threatened",
        "urged",
        "accused",
        "accuses",
        "contended",
        "contends",
        "observed",
        "remarked",
        "suggested",
        "predicted",
        "conceded",
        "estimates",
    ),
    "it": (
        "ha detto",
        "ha dichiarato",
        "ha affermato",
        "ha spiegato",
        "ha aggiunto",
        "ha sottolineato",
        "ha ribadito",
        "ha sostenuto",
        "ha denunciato",
        "ha annunciato",
        "ha precisato",
        "ha confermato",
        "ha ammesso",
        "ha scritto",
        "ha definito",
        "ha detto che",
        "dice",
        "dichiara",
        "afferma",
        "spiega",
        "aggiunge",
        "sostiene",
        "denuncia",
        "annuncia",
        "sottolinea",
        "ribadisce",
        "precisa",
        "conferma",
        "scrive",
        "definisce",
        "racconta",
        "ha raccontato",
        "ricorda",
        "avverte",
        "ha avvertito",
        "ha riferito",
        "riferisce",
        "ha chiarito",
        "parla",
    ),
    "fr": (
        "a déclaré",
        "a dit",
        "a affirmé",
        "a expliqué",
        "a ajouté",
        "a souligné",
        "a indiqué",
        "a assuré",
        "a annoncé",
        "a précisé",
        "a confirmé",
        "a reconnu",
        "a dénoncé",
        "a écrit",
        "a estimé",
        "a averti",
        "a qualifié",
        "a raconté",
        "déclare",
        "dit",
        "affirme",
        "explique",
        "ajoute",
        "souligne",
        "indique",
        "assure",
        "annonce",
        "précise",
        "confirme",
        "reconnaît",
        "dénonce",
        "écrit",
        "estime",
        "avertit",
        "qualifie",
        "raconte",
        "rappelle",
        "soutient",
        "insiste",
        "parle",
    ),
    "sq": ("tha", "deklaroi", "shtoi", "pohoi", "tha se", "thotë", "deklaron"),
}
# cue verbs that take a label in quotes, not a statement ("called the raid 'a gift'")
LABEL_VERBS = _words(
    "called calls described describes branded labelled labeled termed "
    "dubbed definisce definito qualifie qualifié"
)
COMPLEMENTISERS = _words("that che que se")

# role nouns (lowercase) -> role key; gendered forms give the gender
ROLES: dict[str, tuple[str, str | None]] = {
    "spokesman": ("spokesperson", "m"), "spokeswoman": ("spokesperson", "f"),
    "spokesperson": ("spokesperson", None), "porte-parole": ("spokesperson", None),
    "portavoce": ("spokesperson", None), "zëdhënës": ("spokesperson", None),
    "zëdhënëse": ("spokesperson", "f"), "minister": ("minister", None),
    "ministra": ("minister", "f"), "ministro": ("minister", "m"), "ministre": ("minister", None),
    "ministri": ("minister", None), "mayor": ("mayor", None), "sindaco": ("mayor", None),
    "sindaca": ("mayor", "f"), "maire": ("mayor", None), "kryetari": ("mayor", "m"),
    "president": ("president", None), "presidente": ("president", None),
    "président": ("president", "m"), "présidente": ("president", "f"),
    "leader": ("leader", None), "dirigeant": ("leader", "m"), "dirigeante": ("leader", "f"),
    "chief": ("chief", None), "inspector": ("inspector", None), "director": ("director", None),
    "directrice": ("director", "f"), "directeur": ("director", "m"),
    "direttore": ("director", "m"), "direttrice": ("director", "f"),
    "researcher": ("researcher", None), "ricercatrice": ("researcher", "f"),
    "ricercatore": ("researcher", "m"), "chercheuse": ("researcher", "f"),
    "chercheur": ("researcher", "m"), "professor": ("professor", None),
    "ambassador": ("ambassador", None), "ambassadeur": ("ambassador", "m"),
    "ambasciatore": ("ambassador", "m"), "prosecutor": ("prosecutor", None),
    "procuratore": ("prosecutor", "m"), "procureur": ("prosecutor", "m"),
    "judge": ("judge", None), "giudice": ("judge", None), "juge": ("judge", None),
    "lawyer": ("lawyer", None), "avvocato": ("lawyer", "m"), "avocat": ("lawyer", "m"),
    "avocate": ("lawyer", "f"), "official": ("official", None), "commander": ("commander", None),
    "governor": ("governor", None), "prefect": ("prefect", None), "prefetto": ("prefect", "m"),
    "préfet": ("prefect", "m"), "chairman": ("chair", "m"), "chairwoman": ("chair", "f"),
    "correspondent": ("journalist", None), "journalist": ("journalist", None),
    "reporter": ("journalist", None), "analyst": ("analyst", None), "activist": ("activist", None),
    "founder": ("founder", None), "defector": ("defector", None), "witness": ("witness", None),
    "secretary": ("secretary", None), "senator": ("senator", None), "mp": ("mp", None),
    "deputy": ("deputy", None), "colonel": ("colonel", None), "general": ("general", None),
    "sister": ("relative", "f"), "brother": ("relative", "m"), "mother": ("relative", "f"),
    "father": ("relative", "m"), "wife": ("relative", "f"), "husband": ("relative", "m"),
    "daughter": ("relative", "f"), "son": ("relative", "m"), "widow": ("relative", "f"),
    "sorella": ("relative", "f"), "fratello": ("relative", "m"), "madre": ("relative", "f"),
    "padre": ("relative", "m"), "moglie": ("relative", "f"), "marito": ("relative", "m"),
    "figlia": ("relative", "f"), "figlio": ("relative", "m"), "sœur": ("relative", "f"),
    "frère": ("relative", "m"), "mère": ("relative", "f"), "père": ("relative", "m"),
    "femme": ("relative", "f"), "mari": ("relative", "m"), "fille": ("relative", "f"),
    "fils": ("relative", "m"),
}  # fmt: skip
# title words before a name (capitalised in running text), dropped from the speaker name
TITLE_WORDS = _words(
    "Interior Foreign Defence Defense Justice Finance Prime Deputy Minister Ministry "
    "Mayor Chief Inspector Superintendent President Vice Director General Colonel Major "
    "Captain Lieutenant Sergeant Judge Prosecutor Senator Ambassador Governor Prefect "
    "Commissioner Commander Secretary Spokesman Spokeswoman Spokesperson Professor Prof "
    "Prof. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss Sir Lady Lord Father Sheikh Imam Bishop "
    "Pope King Queen Prince Princess Chairman Chairwoman MP Rep. Sen. Gen. Col. Lt. "
    "Ministra Ministro Sindaco Sindaca Presidente Signor Signora Sig. Sig.ra Dott. Avv. "
    "On. Onorevole Ministre Maire Président Présidente Monsieur Madame M. Mme Mlle Maître "
    "Me Juge Procureur Z. Znj. Zonja Zoti Kryeministri Ministri State Police Provincial "
    "Regional National Federal Senior Former Acting Police Army Navy"
)
FEMALE_TITLES = _words(
    "Mrs Mrs. Ms Ms. Miss Lady Queen Princess Ministra Sindaca Signora "
    "Sig.ra Madame Mme Mlle Présidente Chairwoman Spokeswoman Znj. Zonja"
)
MALE_TITLES = _words(
    "Mr Mr. Sir Lord Father King Prince Ministro Signor Sig. Monsieur M. Chairman Spokesman Zoti Z."
)
# common first names with their gender (only a fallback to what the text says)
FIRST_NAMES_F = _words(
    "ana anna maria elena irena irina mira vera lina lena sara sarah helen hélène marie "
    "sophie julia giulia laura francesca chiara anne claire jane mary elizabeth emma olga "
    "natalia nadia fatima leila amira zahra maryam eva katarina teuta besa arta drita "
    "rita sonia monica paola silvia valentina margaret susan linda karen lisa nina nora "
    "marta rosa sofia ilse aida petra hana claire giulia dana irma laura élise elise"
)
FIRST_NAMES_M = _words(
    "tomas tomás tom thomas miro sava kiril bruno nedim marco mario luca giovanni paolo "
    "pierre jean michel jacques john james robert michael david peter paul george "
    "ahmed mohammed ali hassan reza massoud edi ilir arben besnik andrea nicola "
    "dragan jonah aurel ivan igor sergei alexei omar karim hamid majid nikola luka milan "
    "enzo franco karl teodor ivo owen jack ben tom luc hans otto"
)
PRONOUNS_M = _words("he him his lui egli il")
PRONOUNS_F = _words("she her hers lei ella elle")
# words that make a capitalised sequence a non-person (organisations, places, outlets)
NON_PERSON_WORDS = _words(
    "office ministry court police daily herald radio network front university council "
    "government party agency news times post voice state republic union nations bank "
    "company group army forces camp province city street airport church mosque parliament "
    "assembly commission committee institute foundation association service department "
    "tribunal quotidiano corriere gazette journal press tv television channel broadcasting "
    "monitor review weekly magazine européen europeen observer guardian telegraph tribune "
    "sentinel vigilant international national federal provincial regional interior "
    "foreign affairs security intelligence migration supreme district municipal "
    "european american people's popular movement organisation organization ufficio "
    "ministero tribunale polizia governo consiglio partito fronte ministère tribunal "
    "gouvernement conseil parti police mouvement azure azzurro resistance resistenza "
    "résistance cult sect setta secte sentinel courier courrier bulletin gazzetta notiziario "
    "digest wire review post matin journal voix watch hydro institute istituto"
)

# ---------------------------------------------------------------- citations
# cue -> where the cited name is: "after" the cue ("according to X") or "before" ("X reported")
CITE_AFTER: tuple[str, ...] = (
    "according to",
    "as reported by",
    "as first reported by",
    "as reported in",
    "as illustrated by",
    "as shown by",
    "as revealed by",
    "reported by",
    "a report by",
    "a report from",
    "the report by",
    "the following report by",
    "citing",
    "quoting",
    "as cited by",
    "cited by",
    "as quoted by",
    "quoted by",
    "in a report by",
    "as noted by",
    "sources at",
    "secondo",
    "stando a",
    "come riportato da",
    "come riferisce",
    "come scrive",
    "riporta",
    "riferisce",
    "scrive",
    "citato da",
    "citata da",
    "selon",
    "d'après",
    "d’après",
    "comme l'a rapporté",
    "comme l’a rapporté",
    "comme le rapporte",
    "rapporte",
    "cité par",
    "citée par",
    "sipas",
    "raporton",
    "según",
    "laut",
    "zufolge",
    "report from",
    "following report from",
    "a survey by",
    "a study by",
    "survey by",
    "study by",
    "research by",
    "an article by",
    "article by",
    "articolo di",
    "un articolo di",
    "article de",
    "un article de",
    "an article in",
)
CITE_BEFORE: tuple[str, ...] = (
    "reported",
    "reports",
    "has reported",
    "had reported",
    "further noted",
    "noted",
    "revealed",
    "quoted",
    "wrote",
    "writes",
    "has revealed",
    "reported that",
    "ha riferito",
    "ha rivelato",
    "ha scritto",
    "riporta",
    "a rapporté",
    "a révélé",
    "rapporte",
    "a écrit",
    "raportoi",
    "say",
    "says",
    "said",
    "described",
    "describes",
    "called",
)
# nouns that stand for an outlet when it was named before ("the broadcaster also quoted")
OUTLET_NOUNS = _words(
    "broadcaster newspaper paper daily weekly agency outlet website site channel station "
    "magazine tabloid network portal quotidiano giornale settimanale agenzia testata "
    "emittente journal quotidien hebdomadaire chaîne site gazeta"
)
# words in a name that mark it as a news outlet
OUTLET_WORDS = _words(
    "daily herald radio times post news gazette journal press tribune telegraph guardian "
    "observer monitor review weekly voice network sentinel vigilant quotidiano corriere "
    "repubblica stampa giornale gazzetta monde figaro libération tv television channel "
    "broadcasting agency agenzia agence reuters afp ap ansa bbc cnn euronews "
    "gazeta shekulli tribuna courier express mirror chronicle dispatch bulletin media "
    "magazine"
)
