"""Numbers, dates and names: the facts a rewording must keep.

Translators reformat numbers (2,745 / 2.745 / 2 745) and spell small ones
out (two / due / deux / dy), so both are mapped to one canonical token. Names
are compared by folded prefix, because Albanian and Italian decline them
(Durrës -> Durrësit, Gjadër -> Gjadrin).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# a group separator followed by exactly three digits is a thousands separator
# in en, it, fr and sq alike ("2,745", "2.745", "2 745"); otherwise a decimal
_NUM = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
)

_WORDS = {
    2: "two due deux dy",
    3: "three tre trois",
    4: "four quattro quatre katër",
    5: "five cinque cinq pesë",
    6: "six sei gjashtë",
    7: "seven sette sept shtatë",
    8: "eight otto huit tetë",
    9: "nine nove neuf nëntë",
    10: "ten dieci dix dhjetë",
    11: "eleven undici onze njëmbëdhjetë",
    12: "twelve dodici douze dymbëdhjetë",
    13: "thirteen tredici treize trembëdhjetë",
    14: "fourteen quattordici quatorze katërmbëdhjetë",
    15: "fifteen quindici quinze pesëmbëdhjetë",
    16: "sixteen sedici seize gjashtëmbëdhjetë",
    17: "seventeen diciassette dix-sept shtatëmbëdhjetë",
    18: "eighteen diciotto dix-huit tetëmbëdhjetë",
    19: "nineteen diciannove dix-neuf nëntëmbëdhjetë",
    20: "twenty venti vingt njëzet",
}
# "sei" (you are), "otto" (a name) and "neuf" (new) are ambiguous but rare in news
NUMBER_WORDS = {w: str(n) for n, ws in _WORDS.items() for w in ws.split()}

_MONTHS = [
    "january gennaio janvier janar",
    "february febbraio février shkurt",
    "march marzo mars",
    "april aprile avril prill",
    "may maggio mai maj",
    "june giugno juin qershor",
    "july luglio juillet korrik",
    "august agosto août gusht",
    "september settembre septembre shtator",
    "october ottobre octobre tetor",
    "november novembre nëntor",
    "december dicembre décembre dhjetor",
]
MONTH_WORDS = {w: f"month:{i + 1}" for i, ws in enumerate(_MONTHS) for w in ws.split()}
_DAYS = [
    "monday lunedì lundi hënë",
    "tuesday martedì mardi martë",
    "wednesday mercoledì mercredi mërkurë",
    "thursday giovedì jeudi enjte",
    "friday venerdì vendredi premte",
    "saturday sabato samedi shtunë",
    "sunday domenica dimanche diel",
]
# weekdays are date facts too ("on Saturday" vs "on Monday")
MONTH_WORDS.update({w: f"day:{i + 1}" for i, ws in enumerate(_DAYS) for w in ws.split()})
# English months that are also common words count only when capitalised
_CASED_MONTHS = {"may", "march"}

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# a number followed by a unit of time is a duration: "two weeks" and "two hours"
# share the number, not the fact ("for 14 months" / "per 14 mesi" / "për 14 muaj")
_UNITS = {
    "hour": "hour hours ora ore heure heures orë orët",
    "day": "day days giorno giorni jour jours journée journées ditë ditët",
    "week": "week weeks settimana settimane semaine semaines javë javët",
    "month": "month months mese mesi mois muaj muajt muajve",
    "year": "year years anno anni ans année années vit vjet vite vitet vjetësh",
}
UNIT_WORDS = {w: u for u, ws in _UNITS.items() for w in ws.split()}
_DURATION = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?|[^\W\d_]+(?:-[^\W\d_]+)?)"
    r"(?=\s+(?:more\s+)?([^\W\d_]+))"
)


def fold(text: str) -> str:
    """Lower-case, accents stripped (ë -> e, ç -> c)."""
    nfkd = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def _canon_number(tok: str) -> str:
    t = re.sub(r"[\u00a0\u202f ]", "", tok)
    # thousands groups: separator followed by exactly 3 digits
    t = re.sub(r"[.,](?=\d{3}(?:\D|$))", "", t)
    t = t.replace(",", ".")
    try:
        v = float(t)
    except ValueError:
        return tok
    return str(int(v)) if v.is_integer() else repr(round(v, 6))


@lru_cache(maxsize=65536)
def numbers(text: str) -> frozenset[str]:
    """Canonical numbers, years, spelled-out small numbers and months in ``text``."""
    out = {_canon_number(m.group(1)) for m in _NUM.finditer(text)}
    for m in _WORD.finditer(text):
        w = m.group(0)
        lw = w.lower()
        if lw in NUMBER_WORDS:
            out.add(NUMBER_WORDS[lw])
        elif lw in MONTH_WORDS and (lw not in _CASED_MONTHS or w[0].isupper()):
            out.add(MONTH_WORDS[lw])
        else:  # Albanian declines dates: prillit, qershorit, të shtunën
            for suf in ("it", "in", "ën", "n"):
                if lw.endswith(suf) and lw[: -len(suf)] in MONTH_WORDS:
                    out.add(MONTH_WORDS[lw[: -len(suf)]])
                    break
    for m in _DURATION.finditer(text):
        unit = UNIT_WORDS.get(m.group(2).lower())
        if unit is None:
            continue
        n = m.group(1).lower()
        n = NUMBER_WORDS.get(n) or (_canon_number(n) if n[0].isdigit() else None)
        if n is not None:
            out.add(f"{n}:{unit}")
    return frozenset(out)


# a tiny exonym table for the region claimmap was started on; extend as needed
_EXONYMS = [
    "durres durazzo",
    "shkoder shkodra scutari",
    "vlore vlora valona",
    # capitals stand for their country in news prose ("Tirana says", "Rome pays")
    "albania albanie shqiperi shqiperia tirana tirane",
    "italy italia italie itali rome roma",
    "iran tehran teheran",
    "united washington",
    "europe europa evrope",
    "kosovo kosova",
    "greece grecia grece greqi",
]
_EXO = {w[:4]: ws.split()[0][:4] for ws in _EXONYMS for w in ws.split()}

# capitalised words that are not names (sentence openers, titles, weekdays...)
_NOT_NAMES = set(
    fold(
        "The A An In On At By For From To Of And But Or If As It Its This That These Those "
        "He She They We I You His Her Their Our Some Only Each Every No Not Since After Before "
        "During According Between Around About Under While When Where Who Which What "
        "Il Lo La Le Gli I Un Una Uno Nel Nella Nei Secondo Durante Ad Al Alla Dal Della Del "
        "Les Des Du De Une En Au Aux Selon Lors Dans Sur Pour Par Avec Quelque Seuls "
        "Në Më Një Ai Ajo Ata Sipas Gjatë Pas Për Nga Me Se Dhe Rreth "
        "Mr Mrs Ms Dr Prime Minister"
    ).split()
)


def _key(word: str) -> str:
    k = fold(word)[:4]
    return _EXO.get(k, k)


@lru_cache(maxsize=65536)
def names(text: str) -> frozenset[str]:
    """Folded 4-letter keys of capitalised words that are not sentence openers.

    Sentence-initial words are skipped: in English they are mostly ordinary
    words, and the cross-lingual comparison cannot tell them apart from names.
    """
    out = set()
    prev_end = None
    for m in _WORD.finditer(text):
        w = m.group(0)
        at_start = prev_end is None or re.search(r"[.!?:]\s*$", text[prev_end : m.start()])
        prev_end = m.end()
        # Albanian suffixes after a hyphen: MEK-un, Microsoft-it, BE-së
        head, _, tail = w.partition("-")
        if tail and tail[0].islower():
            w = head
        lw = w.lower()
        if at_start or not w[0].isupper() or len(w) < 2 or fold(w) in _NOT_NAMES:
            continue
        if lw in MONTH_WORDS or lw in NUMBER_WORDS:
            continue
        if w.isupper() and len(w) <= 5:
            # acronyms: two-letter ones differ across languages (EU/UE/BE), skip them
            if len(w) >= 3:
                out.add("acr:" + w)
            continue
        out.add(_key(w))
    return frozenset(out)


@lru_cache(maxsize=65536)
def word_keys(text: str) -> frozenset[str]:
    """Folded 4-letter prefixes of all words: where a name may hide lower-cased or declined."""
    return frozenset(_key(m.group(0)) for m in _WORD.finditer(text))


# explicit negation, one cue per negated clause. Per language, because the cues
# collide across languages (Italian "ne" is a pronoun, French "mai" is May,
# Albanian "as" is English "as"); French "pas"/"aucun"/"jamais" come with "ne".
_NEGATORS = {
    "en": set(
        ["not", "no", "never", "none", "nothing", "nobody", "without", "cannot", "neither", "nor"]
    ),
    "it": set(["non", "nessuno", "nessuna", "nessun", "mai", "senza", "né", "niente", "nulla"]),
    "fr": set(["ne", "sans", "ni", "non"]),
    "sq": set(["nuk", "mos", "asnjë", "kurrë"]),
}
# "refused to pay" / "paid": a verb that negates the clause it governs
_IMPLICIT = {
    "en": "refused refuses refuse failed fails",
    "it": "rifiutato rifiutata rifiutati rifiuta",
    "fr": "refusé refuse refusent",
    "sq": "refuzoi refuzuan refuzon",
}
for _lang, _words in _IMPLICIT.items():
    _NEGATORS[_lang].update(_words.split())
# cues that mean nothing else in any of the languages above, for unknown languages
_SAFE = set(
    [
        "not",
        "never",
        "nobody",
        "cannot",
        "non",
        "nessuno",
        "nessun",
        "senza",
        "niente",
        "sans",
        "nuk",
        "asnjë",
        "kurrë",
    ]
)
_NEG_TOKEN = re.compile(r"[^\W\d_]+")
# didn't / n'avoir / s'ka: an elided negator glued to the next word
_ELIDED = {
    "en": re.compile(r"\wn['’]t\b", re.IGNORECASE),
    "fr": re.compile(r"(?<!\w)n['’]\w", re.IGNORECASE),
    "sq": re.compile(r"(?<!\w)s['’]\w", re.IGNORECASE),
}


@lru_cache(maxsize=65536)
def negated(text: str, lang: str | None = None) -> bool:
    """Whether ``text`` carries an explicit negation cue (in ``lang`` if known)."""
    cues = _NEGATORS.get(lang or "", _SAFE)
    elided = [_ELIDED[lang]] if lang in _ELIDED else ([] if lang else [_ELIDED["en"]])
    if any(rx.search(text) for rx in elided):
        return True
    return any(t.lower() in cues for t in _NEG_TOKEN.findall(text))


# negative concord: Italian "non ... nessun", Albanian "nuk ... asnjë" are one
# negation; these words count only in a clause with no primary cue
_CONCORD = {
    "it": {"nessuno", "nessuna", "nessun", "mai", "né", "niente", "nulla"},
    "fr": {"ni"},
    "sq": {"asnjë", "kurrë"},
}


@lru_cache(maxsize=65536)
def negations(text: str, lang: str | None = None) -> int:
    """How many negations ``text`` carries, negative concord counted once."""
    cues = _NEGATORS.get(lang or "", _SAFE)
    concord = _CONCORD.get(lang or "", set())
    elided = [_ELIDED[lang]] if lang in _ELIDED else ([] if lang else [_ELIDED["en"]])
    primary = sum(len(rx.findall(text)) for rx in elided)
    extra = 0
    for t in _NEG_TOKEN.findall(text):
        t = t.lower()
        if t in concord:
            extra += 1
        elif t in cues:
            primary += 1
    return primary if primary else extra


def lowercase_keys(texts) -> frozenset[str]:
    """Keys of words seen in lower case anywhere in ``texts``: capitalised words with
    such a key are institutions or titles (Court, Kushtetuese), not names."""
    return frozenset(_key(w) for t in texts for w in _WORD.findall(t) if w.islower())
