"""Cue lines no cue table names, read by their shape: a line that is only a date, a line
that is only a person's name (with a frame word or two, a role, an outlet or a date
around it), a "Label: Outlet" line naming a known outlet or a domain.

Every held-out batch brought new frames around the same three things ("Publié le … à
07h30", "Par X, envoyée spéciale", "Sablona, … - ore 08:40"); these readers recognise the
thing itself and let the frame be anything short. They run only on lines no table claimed
(``classify_line`` falls back to them), so every tabled form keeps its meaning.
"""

from __future__ import annotations

import re

from claimmap.analyze.stopwords import STOPWORDS
from claimmap.analyze.structure import cues as C
from claimmap.analyze.structure.firstnames import FIRST_NAMES
from claimmap.analyze.structure.names import fold, is_generic, is_name
from claimmap.analyze.structure.outlets import OutletTable
from claimmap.analyze.structure.patterns import (
    _DATE,
    Cue,
    _outlet_like,
    _put,
    _put_date,
    read_date,
)
from claimmap.ingest.dates import MONTHS

_FIRST = frozenset(fold(n) for n in FIRST_NAMES)
_FUNCTION = frozenset().union(*STOPWORDS.values())
_WEEKDAYS = frozenset(fold(w) for d in (*C.WEEKDAYS, *C.WEEKDAY_ABBREVIATIONS) for w in d.split())
_DATE_RX = re.compile(_DATE)
# a clock time with what may follow it: "05:12 PM", "07h30", "14.05 GMT", "08:40 Uhr"
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}|Uhr)\b)?", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a date right after one of these belongs to a name ("the raid of 7 May 2024")
_GENITIVE = re.compile(r"\b(?:of|del|della|dello|dei|degli|di|du|des|de|von|vom|der|të)\s*$", re.I)
# the most frame words a date line may carry ("Publié le … mis à jour", "Sablona")
DATE_FRAME_WORDS = 3
# roles after a byline's name ("Jane Roe, Chief reporter"): a description, not an outlet
ROLE_WORDS = frozenset(
    "reporter correspondent editor journalist writer columnist contributor staff analyst "
    "photographer producer researcher fellow chief senior deputy special "
    "giornalista corrispondente inviato inviata redattore redattrice caporedattore "
    "journaliste correspondant correspondante envoyé envoyée rédacteur rédactrice "
    "gazetar gazetare korrespondent korrespondentin redakteur redakteurin autor autorin "
    "periodista corresponsal enviado enviada redactor redactora".split()
)
_ROLE = frozenset(fold(w) for w in ROLE_WORDS)
# a name ending in one of these is an organisation's ("Thomas Cook Group")
ORG_WORDS = frozenset(
    "group bank company corporation foundation institute university college trust fund "
    "council association society centre center agency party partners holdings media "
    "gruppo banca fondazione istituto università società associazione agenzia partito "
    "groupe banque fondation institut université société agence parti "
    "grupi banka fondacioni instituti universiteti shoqata agjencia partia "
    "gruppe stiftung universität gesellschaft verein verband partei "
    "grupo banco fundación instituto universidad sociedad asociación partido".split()
)
_ORG = frozenset(fold(w) for w in ORG_WORDS)


# -- dates ----------------------------------------------------------------------------


def date_line(s: str, base: int) -> Cue | None:
    """A short line that is a date with at most a few frame words around it: "October 20,
    2025 05:12 PM", "Publié le 18 octobre 2025 à 07h30, mis à jour à 09h12", "Sablona, 17
    ottobre 2025 - ore 08:40". Text after the date must be clock times and function words
    ("… 2025, at 3 pm"), or frame words that lead to another time (an update clause), so a
    headline or a sentence ending on a date is not taken."""
    if len(s.split()) > 16 or s.rstrip().endswith(("?", "!")):
        return None
    matches = [m for m in _DATE_RX.finditer(s) if read_date(m.group())]
    if not matches:
        return None
    m = matches[0]
    if _GENITIVE.search(s[: m.start()]):
        return None  # "Attack of 7 October 2023": a date inside a name or headline
    before, after = s[: m.start()], _CLOCK.sub(" ", s[m.end() :])
    for later in matches[1:]:  # "…, mis à jour le 19 octobre 2025": an update's date
        after = after.replace(later.group(), " ")
    after_words = _frame_words(after)
    if after_words and not (_CLOCK.search(s[m.end() :]) or len(matches) > 1):
        return None
    if len(_frame_words(before)) + len(after_words) > DATE_FRAME_WORDS:
        return None
    if s.rstrip().endswith(".") and _frame_words(before):
        return None  # "The vote is set for 3 May 2025.": a sentence
    cue = Cue("date-line", base, base + len(s))
    _put_date(cue, m.group(), s, base)
    head = before.rstrip(" \t,–—-|")
    if before.rstrip().endswith(",") and head and _outlet_like(head):
        cue.fields["head"] = (head, base, base + len(head))  # a place, or an outlet
    return cue


def _frame_words(s: str) -> list[str]:
    """Words that are not function words, weekdays or months: what frames a date."""
    out = []
    for w in _WORD.findall(s):
        k = fold(w)
        if k in _WEEKDAYS or k in MONTHS or w.lower() in _FUNCTION or len(k) <= 2:
            continue
        out.append(w)
    return out


# -- names ----------------------------------------------------------------------------


def is_first_name(word: str) -> bool:
    return fold(word) in _FIRST


def person_name(s: str) -> bool:
    """Two to four capitalised words opening with a known given name ("Camille Roussel",
    "Maria de la Cruz"); the given-name table is what tells it from a two-word headline."""
    toks = s.split()
    if not 2 <= len(toks) <= 4 or not is_name(s, max_tokens=4) or is_generic(s):
        return False
    if any(t.isupper() and len(t) > 1 for t in toks):  # "EU Council", "NATO Summit"
        return False
    last = fold(toks[-1])
    if last in _ORG or last in _FIRST:  # "Thomas Cook Group"; "Paul Simon" stays out too
        return False
    return is_first_name(toks[0]) and toks[-1][:1].isupper()


_LEAD_PUNCT = re.compile(r"^[\s—–\-•·*|]+")
_SEPARATORS = re.compile(r"\s*(?:,|\s[|/–—·]\s|\s-\s)\s*")
# at most this many words before the name ("Par", "Written by", "Text:")
NAME_FRAME_WORDS = 2


def name_line(s: str, base: int) -> Cue | None:
    """A short line built around a person's name: "Jane Roe", "— Jane Roe, Outlet, date",
    "Par Jane Roe, envoyée spéciale à X", "Text: Jane Roe | 3 May 2024", "Jane Roe / Outlet",
    "Jane Roe, Chief reporter". A frame of up to two words before the name (any language's
    "by"); after it, comma/bar/slash fields that are each a date, an outlet-like name or a
    lowercase or role description; anything else (a sentence) and it is no byline."""
    if len(s.split()) > 16 or s.rstrip().endswith(("?", "!", ":")):
        return None
    lead = _LEAD_PUNCT.match(s)
    off = lead.end() if lead else 0
    fields = [f for f in _SEPARATORS.split(s[off:]) if f]
    if not fields or len(fields) > 4:
        return None
    head = fields[0]
    toks = head.split()
    name = None
    for k in range(min(NAME_FRAME_WORDS, len(toks) - 2) + 1):
        frame, cand = toks[:k], " ".join(toks[k:])
        if all(_frame_word(w) for w in frame) and person_name(cand.rstrip(".")):
            name = cand.rstrip(".")
            break
    if name is None:
        return None
    outlet = date = None
    for f in fields[1:]:
        f = f.strip().rstrip(".")
        if read_date(f) and len(f.split()) <= 6:
            date = date or f
        elif outlet is None and (_domain(f) or _outlet_like(f) and not _role(f)):
            if person_name(f):
                return None  # two names: a list of people or a headline, not one byline
            outlet = f
        elif _role(f) or f[:1].islower():
            continue  # a description of the author
        else:
            return None
    cue = Cue("name-line", base, base + len(s))
    _put(cue, "author", name, s, base, off)
    if outlet:
        _put(cue, "outlet", outlet, s, base, cue.fields["author"][2] - base)
    _put_date(cue, date, s, base)
    return cue


def _frame_word(w: str) -> bool:
    """A word that may stand before a byline's name: short, no digits, not itself a name."""
    w = w.rstrip(":")
    return bool(w) and w.isalpha() and len(w) <= 10 and not is_first_name(w)


def _role(f: str) -> bool:
    return any(fold(w) in _ROLE for w in f.split()[:3])


def _domain(f: str) -> bool:
    return bool(re.fullmatch(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?", f, re.I))


# -- outlets --------------------------------------------------------------------------

_LABEL = re.compile(
    r"^\(?\s*(?P<label>[^\W\d_][\w'’ ]{1,20}?)\s*[:：]\s*(?P<value>[^()\n]{2,80}?)\s*\)?\.?$"
)


def label_outlet(s: str, base: int, table: OutletTable | None) -> Cue | None:
    """ "Label: Outlet" where the value is a domain or an outlet the table knows, whatever
    the label's language ("Izvor: X", "Kilde: x.example"): a source line."""
    m = _LABEL.match(s.strip())
    if not m or len(m.group("label").split()) > 2:
        return None
    value = m.group("value").strip()
    known = table is not None and table.resolve(value) is not None
    if not (known or _domain(value)):
        return None
    cue = Cue("source", base, base + len(s))
    outlet = re.sub(r"^(?:https?://)?(?:www\.)?", "", value).rstrip("/")
    _put(cue, "outlet", outlet, s, base, m.start("value"))
    return cue
