"""Translated organisation names: the words such names are built from, glossed across
languages, so that "Tarvesh Freedom Movement", "Movimento per la Libertà del Tarvesh",
"Lëvizja për Lirinë e Tarveshit" and "Tarwescher Freiheitsbewegung" get one key: the bag
of concepts ({freedom, movement}) and the distinctive proper stems ("tarvesh").

The table is data: a concept, then its stems in en/it/fr/sq/de/es (folded: lowercase, no
accents). A stem matches a word that starts with it and adds at most a short inflection
("levizj" -> Lëvizja / Lëvizjes); German compounds are read as runs of stems
("freiheitsbewegung" = freiheit + s + bewegung).
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimmap.analyze.entities.fold import fold, translit_key

GLOSS_TABLE = """
movement    movement movimento mouvement levizj bewegung movimiento dvizhen
front       front fronte fronti frontit frente
party       party parti partito partia partei partido
council     council consiglio conseil keshill rat consejo
alliance    alliance alleanza alianc allianz alianza aleanc
union       union unione bashkim
organisation organisation organization organizzazion organizat organisation organizacion
army        army armee esercit ushtri ejercito armata
league      league lega ligue lidhj liga
committee   committee comitat comite komitet komitee
coalition   coalition coalizion koalicion koalition coalicion
resistance  resistance resistenz rezistenc widerstand resistencia
liberation  liberation liberazion liberacion clirimtar clirim befreiung
freedom     freedom liberty libert liri freiheit svobod
democratic  democrat demokrat
popular     people popular popolar populair popullor volk pueblo narodn
national    national nazional kombetar
republic    republic repubblic republiq republik
revolution  revolution rivoluzion revolucion
islamic     islamic islamik islamiq islamisch
socialist   socialist socialist socialiste socialisht sozialist
workers     workers lavorator travailleur punetor arbeiter trabajador
united      united unit uni bashkuar vereinigt
federation  federation federazion federat bund
association associa asociaci shoqat verein
assembly    assembl asamble kuvend versammlung
congress    congres kongres
brotherhood brotherhood fratellanz fraternit vellazeri bruderschaft hermandad
forces      force forz forca kraft krafte fuerza
guard       guard garde garda wache
justice     justic giustizi drejtesi gerechtigkeit
solidarity  solidari
independence independ indipendenz pavaresi unabhangigkeit
rights      right diritt droit drejta recht derecho
human       human uman humain njerezor mensch
patriotic   patriot
christian   christian cristian chretien krishter christlich
liberal     liberal
social      social sozial
progress    progres fortschritt
defence     defence defens difes mbrojtj verteidigung
salvation   salvation salvezz shpetim rettung salvacion
"""
# words that join a name's parts and carry no meaning of their own
FUNCTION_WORDS = frozenset(
    "the of for and per pour par del della dello dei degli delle di du des de la le les "
    "l il lo i e te dhe fur der die das den dem und et y el los las al "
    # "Mouvement pour une Céphalore libre", "Movimiento por una Cefalora Libre"
    "un une una uno por".split()
)
# a stem plus this many letters is still the stem inflected ("levizjes", "liberta")
_MAX_INFLECTION = 3
# German compounds join their parts with a linking s/es/n ("Freiheitsbewegung")
_LINKS = ("", "s", "es", "n")
# spellings a name takes across Latin scripts, applied before the transliteration key:
# German "sch" is "sh" (Tarwescher / Tarvesh)
_SPELLING = ((re.compile(r"tsch"), "ch"), (re.compile(r"sch"), "sh"), (re.compile(r"w"), "v"))
# German adjectives of place names: "Sorvanischen" is Sorvan's
_ADJECTIVE = re.compile(r"isch(?:e[nrsm]?)?$")
# shortest proper stem worth comparing, and the shortest shared start of two stems
_MIN_STEM = 4


def _table() -> list[tuple[str, str]]:
    out = []
    for line in GLOSS_TABLE.strip().splitlines():
        concept, *stems = line.split()
        out.extend((s, concept) for s in stems)
    # longest stems first: "organizzazion" before "organ…"-like prefixes of other words
    return sorted(set(out), key=lambda x: -len(x[0]))


_STEMS = _table()


def _inflection(stem: str, rest: str) -> bool:
    """``rest`` is an ending on ``stem``; short stems take only short vowel-bearing ones
    ("rat" is no "Ratko", "lega" no "legal")."""
    if len(stem) <= 3:
        return not rest
    if len(stem) == 4:
        return rest in ("", "s") or (len(rest) <= 2 and bool(re.search("[aeiou]", rest)))
    # long stems take adjective endings too: "democrat-ique", "demokrat-ischen"
    return len(rest) <= (_MAX_INFLECTION + 3 if len(stem) >= 7 else _MAX_INFLECTION)


@lru_cache(maxsize=16384)
def gloss_word(w: str) -> tuple[str, ...] | None:
    """The concepts a folded word is made of, or None when it is no gloss word."""
    for stem, concept in _STEMS:
        if w.startswith(stem):
            rest = w[len(stem) :]
            # a compound first ("befreiungs-front" is no inflected "befreiung"): the
            # stem, a linking letter, then more stems
            for link in _LINKS:
                if rest.startswith(link) and len(rest) > len(link):
                    tail = gloss_word(rest[len(link) :])
                    if tail:
                        return (concept, *tail)
            if _inflection(stem, rest):
                return (concept,)
    return None


def proper_stem(w: str) -> str:
    w = _ADJECTIVE.sub("", w) if len(w) > 8 else w
    for rx, rep in _SPELLING:
        w = rx.sub(rep, w)
    return w


def _same_stem(x: str, y: str) -> bool:
    """Equal, or one the start of the other (an inflection or adjective ending: "tarvesh" /
    "tarveshit" / "tarvesher"), letter for letter or in transliteration."""
    short, long_ = sorted((x, y), key=len)
    if len(short) < _MIN_STEM:
        return False
    head = long_[: len(short)]
    return head == short or translit_key(head) == translit_key(short)


@lru_cache(maxsize=16384)
def gloss_key(name: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """(concepts, proper stems) of a multi-part organisation name, or None when the name
    has no gloss word or no proper stem (a generic "Freedom Movement" matches nothing)."""
    concepts: set[str] = set()
    stems: list[str] = []
    for w in fold(name).split():
        if w in FUNCTION_WORDS:
            continue
        g = gloss_word(w)
        if g:
            concepts.update(g)
        else:
            stems.append(proper_stem(w))
    if not concepts or not stems or any(len(s) < _MIN_STEM for s in stems):
        return None
    return frozenset(concepts), tuple(sorted(stems))


def stems_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Each proper stem of one name has a partner in the other."""
    if len(a) != len(b):
        return False
    rest = list(b)
    for x in a:
        for y in rest:
            if _same_stem(x, y):
                rest.remove(y)
                break
        else:
            return False
    return True


def same_translated_name(a: str, b: str) -> bool:
    ka, kb = gloss_key(a), gloss_key(b)
    return bool(ka and kb and ka[0] == kb[0] and stems_match(ka[1], kb[1]))


# concepts that make a phrase an organisation's name ("Movimento per la Libertà del …");
# attributes alone ("democratic", "freedom") do not
BODY_CONCEPTS = frozenset(
    "movement front party council alliance union organisation army league committee "
    "coalition resistance".split()
)
_TOKEN = re.compile(r"[^\W\d_][\w-]*")
_MAX_NAME_WORDS = 8


# words a name may run across: not "and" ("Partito Democratico e Forza Italia" is two
# names); Albanian "e"/"i"/"të" join a genitive ("Lëvizja për Lirinë e Tarveshit")
_COORDINATORS = frozenset("and et und y dhe".split())
_ALBANIAN_LINKS = frozenset("e i te".split())


def gloss_names(text: str, start: int, end: int, lang: str = "") -> list[tuple[int, int]]:
    """Organisation names in a sentence of a language without NER, read through the gloss
    table: a capitalised body word with what hangs on it ("Movimento per la Libertà del
    Tarvesh", "Mouvement pour la liberté du Tarvesh", "Lëvizjes për Lirinë e Tarveshit"),
    or capitalised words before a capitalised body word ("Tarwescher Freiheitsbewegung").
    Only spans with a proper stem count: "the Movement" names no one."""
    toks = list(_TOKEN.finditer(text, start, end))
    links = FUNCTION_WORDS - _COORDINATORS
    if lang and lang != "sq":
        links = links - _ALBANIAN_LINKS
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        t = toks[i].group()
        g = gloss_word(fold(t))
        if not (t[:1].isupper() and g and BODY_CONCEPTS & set(g)):
            i += 1
            continue

        def joined(a: int, b: int) -> bool:  # only spaces between two tokens
            return not text[toks[a].end() : toks[b].start()].strip()

        last = i
        j = i + 1
        while j < len(toks) and j - i < _MAX_NAME_WORDS and joined(j - 1, j):
            w = toks[j].group()
            fw = fold(w)
            if w[:1].islower() and fw in links:
                j += 1
                continue
            if w[:1].isupper() or gloss_word(fw):
                last = j
                j += 1
                continue
            break
        first = i
        if last == i:  # head-last: capitalised words before the body word
            while first > 0 and joined(first - 1, first):
                w = toks[first - 1].group()
                if not w[:1].isupper() or fold(w) in FUNCTION_WORDS or w.isupper():
                    break
                first -= 1
        s, e = toks[first].start(), toks[last].end()
        if last > first and gloss_key(text[s:e]):
            out.append((s, e))
        i = last + 1
    return out
