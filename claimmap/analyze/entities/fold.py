"""Name keys: two spellings of one name should share a key, two names should not.

``fold`` is strict (case, accents, punctuation, articles, possessive): equal folds are the
same name. ``translit_key`` is looser: it also evens out transliteration choices
(Mojahedin/Mujahideen, Khalq/Khalgh, Djamel/Jamel) and is used only with guards.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

# leading articles dropped from keys ("the Resistance" = "Resistance", "Il Fronte" = "Fronte")
ARTICLES = frozenset("the il lo la l gli le les el los las der die das al".split())
# short connectors inside transliterated names: "Mojahedin-e Khalq", "Mujahedeen El-Khalq"
TRANSLIT_CONNECTORS = frozenset("e el al ul ye i".split())
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})
_APOS = "'’‘ʼ`´"
_POSSESSIVE = re.compile(r"[" + _APOS + r"]s?$")

# transliteration variants, applied in order to a folded lowercase ASCII word
TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    (r"(.)\1+", r"\1"),  # doubled letters: Mujaheddin, Durrës/Dures
    (r"kh", "k"),
    (r"gh", "g"),
    (r"q", "g"),  # Persian qaf: Khalq / Khalgh
    (r"dzh|dj|zh", "j"),
    (r"ph", "f"),
    (r"t?s?ch$", "c"),  # a Slavic -ić written in French or German: Voukitch, Wukitsch
    (r"c(?=[aou]|$)", "k"),
    (r"ck", "k"),
    (r"w", "v"),
    (r"(?<=[aeiou])z(?=[bdgklmnrv])", "s"),  # voiced s before a consonant: Ruzgan / Rusgan
    (r"y", "i"),
    (r"ou", "u"),
)
_TRANSLIT = tuple((re.compile(a), b) for a, b in TRANSLIT_RULES)
_VOWELS = re.compile(r"[aeiou]+")


def strip_accents(s: str) -> str:
    s = s.translate(_SPECIAL)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def words(s: str) -> list[str]:
    """Lowercase accent-free words of ``s``; a possessive "'s" is dropped, other
    punctuation (hyphens, apostrophes inside names) separates words."""
    s = strip_accents(s).lower()
    out = []
    for raw in s.split():
        raw = _POSSESSIVE.sub("", raw.strip('.,;:!?()[]{}"“”«»'))
        out.extend(w for w in re.split(r"[^0-9a-z]+", raw) if w)
    return out


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Strict key: "The People’s Azure Front" and "people's azure front" both give
    "people azure front" (a possessive 's is dropped word by word)."""
    ws = words(name)
    while len(ws) > 1 and ws[0] in ARTICLES:
        ws = ws[1:]
    return " ".join(ws)


def _translit_word(w: str) -> str:
    for rx, rep in _TRANSLIT:
        w = rx.sub(rep, w)
    # vowels carry most of the transliteration noise; the first letter keeps its vowel
    # so "Elena" and "Alina" stay apart
    return w[:1] + _VOWELS.sub("a", w[1:])


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    ws = [w for w in fold(name).split() if w not in TRANSLIT_CONNECTORS]
    return " ".join(_translit_word(w) for w in ws)


# every language writes the sibilants and affricates of a Slavic or Albanian name its own
# way (Lišnica / Lishnitsa / Lichnitsa / Lischniza; Želovo / Jelovo / Schelowo), so they
# are one class here
SOUND_RULES: tuple[tuple[str, str], ...] = (
    (r"(.)\1+", r"\1"),
    (r"ph", "f"),
    (r"kh", "k"),
    (r"gh", "g"),
    (r"w", "v"),
    (r"y", "i"),
    (r"ou", "u"),
    (r"ck|qu", "k"),
    (r"tsch|tch|tsh|sch|dzh|dsh|dj|ch|sh|zh|ts|tz|cz|sz|dz|[cszjx]", "S"),
    (r"h", ""),
    (r"S+", "S"),
)
_SOUND = tuple((re.compile(a), b) for a, b in SOUND_RULES)
SOUND_MIN = 5  # shorter sound keys ("Sen", "Sang") collide across real names


def sound_word(w: str) -> str:
    """One folded word's sound key (no length floor)."""
    w = strip_accents(w.lower())
    for rx, rep in _SOUND:
        w = rx.sub(rep, w)
    return w[:1] + _VOWELS.sub("a", w[1:])


@lru_cache(maxsize=65536)
def sound_key(name: str) -> str | None:
    """A coarse key for one name transliterated by different languages ("Dušan Brezar",
    "Douchan Brezar", "Duschan Brezar"): much looser than ``translit_key``, so None when the
    name is too short for a match to mean anything."""
    ws = [w for w in fold(name).split() if w not in TRANSLIT_CONNECTORS]
    key = " ".join(sound_word(w) for w in ws)
    return key if max((len(w) for w in key.split()), default=0) >= SOUND_MIN else None


def initials(name: str) -> list[str]:
    """Word initials, hyphenated parts counted as words: "Mojahedin-e Khalq" -> m e k."""
    out = []
    for raw in strip_accents(name).split():
        for part in re.split(r"[-–]", raw):
            part = part.strip(".,;:()\"'’")
            if part and part[0].isalpha():
                out.append(part[0].lower())
    return out


ACRONYM_SKIPPABLE = frozenset(
    "of the and for in on de del della dei degli di du des la le et y e el al per pour te i "
    "se".split()
)


def is_acronym_of(acronym: str, name: str, reorder: bool = True) -> bool:
    """Does ``acronym`` spell ``name``'s initials, allowing skipped function words, or the
    same initials reordered (a translated acronym: PAFV / FPAV)?"""
    acr = [c.lower() for c in strip_accents(acronym) if c.isalpha()]
    if len(acr) < 2:
        return False
    words_ = []
    for raw in strip_accents(name).split():
        for part in re.split(r"[-–]", raw):
            part = part.strip(".,;:()\"'’")
            if part:
                words_.append(part.lower())
    if not words_:
        return False

    # subsequence match: each acronym letter takes the next word; only function words may
    # be skipped, and a word may give two letters when it is a compound ("Interpol")
    @cache
    def match(i: int, j: int) -> bool:
        if i == len(acr):
            return all(w in ACRONYM_SKIPPABLE for w in words_[j:])
        if j == len(words_):
            return False
        w = words_[j]
        if w[0] == acr[i] and match(i + 1, j + 1):
            return True
        return w in ACRONYM_SKIPPABLE and match(i, j + 1)

    if match(0, 0):
        return True
    if _letters_inside(acr, strip_accents(name)):
        return True
    content = [w[0] for w in words_ if w not in ACRONYM_SKIPPABLE]
    return reorder and len(content) == len(acr) and sorted(content) == sorted(acr)


# articles and prepositions other languages put inside a name and leave out of its acronym
_INSIDE_SKIPPABLE = ACRONYM_SKIPPABLE | frozenset(
    "las los lo gli der die das den dem zur zum fur von und da do dos das në ne së se të dhe "
    "per pro a an at to en para por sur zu auf mit nga me l d".split()
)


def _letters_inside(acr: list[str], name: str) -> bool:
    """The looser reading of abbreviation finders (Schwartz & Hearst): the letters occur in
    order, each word of the name gives its initial and may give more letters from inside
    it ("Hochland-Verteidigungseinheiten (HVE)", "Court of Human Rights (ECtHR)", "Njësive
    të Mbrojtjes (NjMM)", "UN Human Rights Council (UNHRC)"). Stricter than theirs in one
    way: every content word must give its initial, so the name cannot run on to the left
    over words the acronym does not mention; function words may give their initial or
    nothing."""
    ws = [w.lower() for w in re.findall(r"[^\W\d_]+(?:[-–][^\W\d_]+)*", name)]
    if not ws or len(ws) > 2 * len(acr) + 2:
        return False

    @cache
    def match(i: int, j: int) -> bool:
        if j == len(ws):
            return i == len(acr)
        w = ws[j].replace("–", "-")
        skippable = w in _INSIDE_SKIPPABLE
        if skippable and match(i, j + 1):
            return True
        if i == len(acr) or w[0] != acr[i]:
            return False
        # the initial, then any further letters of this word in order (compound parts)
        k, pos = i + 1, 1
        if match(k, j + 1):
            return True
        while k < len(acr):
            pos = w.find(acr[k], pos)
            if pos < 0:
                return False
            k, pos = k + 1, pos + 1
            if match(k, j + 1):
                return True
        return False

    return match(0, 0)


def surname(name: str) -> str:
    ws = fold(name).split()
    return ws[-1] if ws else ""


def given(name: str) -> list[str]:
    return fold(name).split()[:-1]
