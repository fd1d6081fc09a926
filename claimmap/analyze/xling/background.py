"""A fixed background for the margin denominators: generated same-region news sentences.

Ratio margins depend on how dense the pool is: in a small corpus a sentence's
neighbours are few and far, the denominators low and every margin high, so
precision falls; in a big one the reverse. Adding the same background sentences
to every k-NN index (for the denominators only: they are never partners) puts
a floor under the denominators, so a corpus of ten articles is judged about as
a corpus of thousands would be. On 12-group subsamples of the bench sets
paraphrase precision rose from 0.83-0.87 to 0.95-0.97 (bench/xling.md).

The sentences come from templates written for this project (no third-party
text), in en/it/fr/sq with each language's own places and subjects, so they never
translate one another. Their vectors are cached like any sentence's.
"""

from __future__ import annotations

import base64
import random
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

# Templates and slot words written for this project. Each language has its own
# places and subjects, so generated sentences never translate one another; within a
# language they differ in a number, a place or a subject, as news sentences do.
_GEN = {
    "en": (
        [
            "The mayor of {city} said the new {facility} would open in {month} {year}.",
            "Residents of {city} complained that the {service} had been cut for {n} days.",
            "Police in {city} arrested {n} people suspected of {crime}.",
            "The {inst} announced {n} million lek for {purpose} in {city}.",
            "About {n} {people} protested in front of the town hall in {city}.",
            "Inflation in {country} reached {pct} percent last {period}, the central bank said.",
            "Many {people} in {area} say {complaint}.",
            "Officials promised that the old {facility} in {area} would be repaired by {season}.",
            "Critics said the plan for a {facility} in {area} was badly prepared by the {inst}.",
            "The {inst} has not said when the {service} in {area} will be restored.",
        ],
        {
            "city": "Berat Korçë Fier Lezhë Kukës Pogradec Sarandë Gjirokastër Përmet Tepelenë",
            "facility": "school|hospital|bridge|sports hall|bus station|library|market|stadium",
            "service": "water supply|electricity|bus service|rubbish collection|internet",
            "crime": "smuggling cigarettes|stealing fuel|selling fake medicines|illegal logging",
            "inst": "health ministry|regional council|water company|tax office|energy regulator",
            "purpose": "new roads|school repairs|clean water|youth sport|street lighting",
            "people": "teachers|nurses|farmers|students|pensioners|shop owners|taxi drivers",
            "complaint": "they worry about rising rents|they worry about food prices"
            "|buses are always late|there are not enough doctors|the roads are full of holes"
            "|young people are leaving|they worry about electricity bills|schools are too full",
            "area": "the north|the south|the villages|the suburbs|coastal towns|mountain areas",
            "season": "the winter|the summer|the end of the year|the spring",
            "country": "Greece Montenegro Serbia Bulgaria Romania Croatia",
            "period": "month|year|quarter",
        },
    ),
    "it": (
        [
            "Il sindaco di {city} ha annunciato che il nuovo {facility} aprirà a {month}.",
            "A {city} la polizia ha sequestrato {n} chili di {goods} in un magazzino.",
            "Secondo la regione, nel {year} i turisti a {city} sono stati {n} mila.",
            "Gli {people} di {city} sciopereranno per {n} giorni contro i tagli.",
            "Molti {people} {where} lamentano che {complaint}.",
            "Il consiglio non ha ancora approvato il bilancio del {facility} {where} {when}.",
            "I lavori sul {facility} {where} sono fermi da mesi per {reason}.",
        ],
        {
            "city": "Lecce Taranto Foggia Matera Salerno Pescara Latina Perugia Cosenza Trapani",
            "facility": "porto|teatro|palazzetto|mercato coperto|parcheggio|museo civico",
            "goods": "sigarette|hashish|pesce avariato|farmaci contraffatti|rame",
            "people": "autisti|insegnanti|operai|infermieri|portuali|commercianti",
            "where": "del sud|dei paesi interni|delle periferie|della costa|di montagna",
            "complaint": "gli stipendi non bastano più|gli affitti sono troppo alti"
            "|i treni arrivano sempre in ritardo|mancano medici di base"
            "|le strade sono piene di buche|i giovani se ne vanno",
            "when": "per quest'anno|per il prossimo anno|per l'estate|dopo le proteste",
            "reason": "mancanza di fondi|un ricorso amministrativo|problemi con la ditta"
            "|il maltempo|un'inchiesta della procura",
        },
    ),
    "fr": (
        [
            "Le maire de {city} a promis {n} nouveaux logements d'ici {year}.",
            "À {city}, {n} {people} ont manifesté contre la fermeture de la {facility}.",
            "La préfecture de {city} a interdit la baignade pendant {n} jours.",
            "Selon l'institut, le chômage a atteint {pct} % dans la région de {city}.",
            "Beaucoup de {people} {where} estiment que {opinion}.",
            "La {facility} {where} sera rénovée grâce à {funding}.",
            "Les syndicats réclament davantage de {means} pour la {facility} {where}.",
        ],
        {
            "city": "Nantes Rennes Dijon Limoges Toulon Amiens Metz Brest Nîmes Poitiers",
            "facility": "maternité|gare|piscine|bibliothèque|caserne|médiathèque",
            "people": "habitants|enseignants|agriculteurs|pêcheurs|retraités|commerçants",
            "where": "du quartier|de la vallée|du littoral|des villages|de la banlieue",
            "opinion": "la réforme arrive trop tard|les loyers sont trop élevés"
            "|les bus ne passent plus assez souvent|il manque des médecins"
            "|les routes sont mal entretenues|les jeunes partent ailleurs",
            "funding": "un prêt de la banque régionale|des fonds européens"
            "|une hausse des impôts locaux|un partenariat privé",
            "means": "moyens|personnel|matériel|sécurité",
        },
    ),
    "sq": (
        [
            "Kryetari i bashkisë së {city} njoftoi se {fem} e re do të hapet në {month}.",
            "Në {city_nom} policia arrestoi {n} persona për {crime}.",
            "Banorët e {city} protestuan sepse {service} mungon prej {n} ditësh.",
            "Sipas INSTAT, {people} në qarkun e {city} janë shtuar me {pct} për qind.",
            "Shumë {people} {where} thonë se {complaint}.",
            "Punimet për {fem_acc} e re {where} kanë ngecur për shkak të {reason}.",
            "Këshilli bashkiak ende nuk ka vendosur për fatin e {fem_gen} së vjetër {where}.",
        ],
        {
            "city": "Shkodrës Vlorës Elbasanit Korçës Beratit Fierit Lushnjës Kavajës Lezhës",
            "city_nom": "Shkodër Vlorë Elbasan Korçë Berat Fier Lushnjë Kavajë Lezhë",
            "fem": "shkolla|ura|biblioteka|palestra|rruga|qendra shëndetësore",
            "fem_acc": "shkollën|urën|bibliotekën|palestrën|rrugën|qendrën shëndetësore",
            "fem_gen": "shkollës|urës|bibliotekës|palestrës|rrugës|qendrës shëndetësore",
            "crime": "kontrabandë karburanti|kultivim kanabisi|vjedhje bagëtish|prerje pyjesh",
            "service": "uji|energjia|transporti publik|interneti",
            "people": "mësuesit|emigrantët|fermerët|studentët|pensionistët|tregtarët",
            "where": "në fshatra|në periferi|në bregdet|në zonat malore|në veri|në jug",
            "complaint": "nuk ia dalin dot me pagat e sotme|qiratë janë shumë të larta"
            "|autobusët vonohen gjithmonë|mungojnë mjekët|rrugët janë plot gropa"
            "|të rinjtë po largohen",
            "reason": "motit|mungesës së fondeve|një ankese në gjykatë|problemeve me firmën",
        },
    ),
}
_GEN_SHARE = {"en": 0.4, "it": 0.2, "fr": 0.2, "sq": 0.2}


def generated_sentences(n: int, seed: int = 11) -> list[tuple[str, str]]:
    """``n`` distinct (lang, text) sentences from the templates above."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for lang, share in _GEN_SHARE.items():
        templates, slots = _GEN[lang]
        words = {k: (v.split("|") if "|" in v else v.split()) for k, v in slots.items()}
        seen: set[str] = set()
        want = round(n * share)
        for _ in range(50 * want):
            if len(seen) == want:
                break
            fill = {k: rng.choice(v) for k, v in words.items()}
            fill.update(n=rng.randint(2, 950), pct=rng.randint(2, 40), year=rng.randint(2015, 2027))
            fill["month"] = rng.choice(_MONTH_NAMES[lang])
            t = rng.choice(templates).format(**fill)
            if t not in seen:
                seen.add(t)
                out.append((lang, t))
    rng.shuffle(out)
    return out


_MONTH_NAMES = {
    "en": "January February March April May June July August September October November".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio settembre ottobre novembre".split(),
    "fr": "janvier février mars avril mai juin juillet septembre octobre novembre".split(),
    "sq": "janar shkurt mars prill maj qershor korrik shtator tetor nëntor".split(),
}


@lru_cache(maxsize=4)
def background(n: int, seed: int = 2027) -> tuple[tuple[str, str], ...]:
    """The ``n`` background (lang, text) sentences (a different draw from the bench's)."""
    return tuple(generated_sentences(n, seed))


def shipped_vectors(model: str, kind: str, n: int) -> np.ndarray | None:
    """Precomputed vectors of ``background(n)`` for ``model`` when shipped beside this
    module (``background.<model>.txt``: int8, base64), else None.

    Saves every new store embedding the background (~15 s on 2 cores); int8
    moves a cosine by < 0.002, far below what a margin threshold resolves.
    """
    path = Path(__file__).with_name(f"background.{model}.txt")
    if not path.is_file():
        return None
    head, _, body = path.read_text(encoding="ascii").partition("\n")
    m = _HEAD.match(head)
    if not m or m["model"] != model or m["kind"] != kind or int(m["n"]) != n:
        return None
    q = np.frombuffer(base64.b64decode("".join(body.split())), dtype=np.int8)
    v = q.reshape(n, int(m["dim"])).astype(np.float32) * float(m["scale"])
    return v / np.linalg.norm(v, axis=1, keepdims=True)


_HEAD = re.compile(
    r"# background\((?P<n>\d+)\) vectors of (?P<model>\S+), kind (?P<kind>\w+),"
    r" int8 x (?P<scale>[\d.e-]+), shape \d+ (?P<dim>\d+)$"
)
