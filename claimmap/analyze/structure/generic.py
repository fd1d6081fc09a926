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
from typing import Any

from claimmap.analyze.stopwords import STOPWORDS
from claimmap.analyze.structure import cues as C
from claimmap.analyze.structure.firstnames import FIRST_NAMES
from claimmap.analyze.structure.names import fold, is_generic, is_name
from claimmap.analyze.structure.outlets import OutletTable
from claimmap.analyze.structure.patterns import (
    ROLES,
    Cue,
    _outlet_like,
    _put,
    _put_date,
    read_date,
)
from claimmap.ingest.dates import DMY, ISO, MDY, MONTHS, NUMERIC_DMY

_FIRST = frozenset(fold(n) for n in FIRST_NAMES)
_FUNCTION = frozenset().union(*STOPWORDS.values())
_WEEKDAYS = frozenset(fold(w) for d in (*C.WEEKDAYS, *C.WEEKDAY_ABBREVIATIONS) for w in d.split())
# every full date the shared parser reads (and Spanish "3 de mayo de 2024"), built from its
# own patterns so that a form it learns is a date line here too
_MONTH_RX = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_RX = re.compile(
    rf"(?i:\b\d{{1,2}}\s+de\s+(?:{_MONTH_RX})\s+(?:de|del)\s+\d{{4}}\b|"
    rf"{DMY.pattern}|{MDY.pattern}|{ISO.pattern}|{NUMERIC_DMY.pattern})"
)
# a clock time with what may follow it: "05:12 PM", "07h30", "14.05 GMT", "08:40 Uhr"
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}|Uhr)\b)?", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a date right after one of these belongs to a name ("the raid of 7 May 2024")
_GENITIVE = re.compile(r"\b(?:of|del|della|dello|dei|degli|di|du|des|de|von|vom|der|të)\s*$", re.I)
# the most frame words a date line may carry ("Publié le … mis à jour", "Sablona")
DATE_FRAME_WORDS = 3
# a name ending in one of these is an organisation's ("Thomas Cook Group")
ORG_WORDS = frozenset(
    "group bank company corporation foundation institute university college trust fund "
    "council association society centre center agency party partners holdings media "
    "gruppo banca fondazione istituto università società associazione agenzia partito "
    "groupe banque fondation institut université société agence parti "
    "grupi banka fondacioni instituti universiteti shoqata agjencia partia "
    "gruppe stiftung universität gesellschaft verein verband partei "
    "grupo banco fundación instituto universidad sociedad asociación partido "
    # news outlets' name words, which the NER reads as surnames ("Ostrel Courier")
    "gazette times post news herald review journal tribune observer chronicle ledger "
    "voice watch monitor bulletin courier daily express mirror telegraph press report "
    "gazzetta corriere giornale osservatorio gazeta lajme zeitung rundschau bote kurier "
    "diario periódico noticias crónica heraldo".split()
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
    # "Posted by editor on …": the site's own account dates its posting, not the article
    kind = "published" if any(is_generic(w) for w in _frame_words(before)) else "date-line"
    cue = Cue(kind, base, base + len(s))
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


# -- a second opinion on names the given-name table lacks: spaCy's English NER -----------
# Over the bench's gold authors the table knows 23 of 36 names and the NER 29 (33 either);
# on 36 other name-shaped lines the table took none, the NER only "Tradotto da X". So the
# NER is asked only about a name the table does not know, once per string, in one batch
# per page; without spaCy or its pipeline the table alone decides.
_NER_KEEP = {"tok2vec", "ner"}
_ner_cache: dict[str, bool] = {}
_ner_state: list[Any] = []  # [pipeline] once loaded, [None] once loading failed


def _pipeline() -> Any:
    if not _ner_state:
        try:
            from claimmap.analyze.entities.nlp import load_pipeline

            _ner_state.append(load_pipeline())  # the entity stage's instance: one load
        except (RuntimeError, ImportError, OSError):
            _ner_state.append(None)
    return _ner_state[0]


def ner_prefetch(candidates: list[str]) -> None:
    """Run the NER over the strings it may be asked about, in one batch."""
    todo = list(dict.fromkeys(c for c in candidates if c not in _ner_cache))
    if not todo or (nlp := _pipeline()) is None:
        return
    off = [name for name in nlp.pipe_names if name not in _NER_KEEP]
    for text, doc in zip(todo, nlp.pipe(todo, disable=off), strict=True):
        _ner_cache[text] = any(e.label_ == "PERSON" and e.text == text for e in doc.ents)
    if len(_ner_cache) > 50_000:  # a long run over many pages: keep memory bounded
        _ner_cache.clear()


def ner_person(s: str) -> bool:
    if s not in _ner_cache:
        ner_prefetch([s])
    return _ner_cache.get(s, False)


def name_candidates(line: str) -> list[str]:
    """The strings ``name_line`` may ask the NER about for ``line`` (to batch them)."""
    s = _LEAD_PUNCT.sub("", line.strip())
    fields = [f for f in _SEPARATORS.split(s) if f]
    if not fields or len(s.split()) > 16:
        return []
    toks = fields[0].split()
    out = []
    for k in range(min(NAME_FRAME_WORDS, len(toks) - 2) + 1):
        cand = " ".join(toks[k:]).rstrip(".")
        if _name_shape(cand) and not is_first_name(cand.split()[0]):
            out.append(cand)
    return out


def person_name(s: str) -> bool:
    """Two to four capitalised words opening with a known given name ("Camille Roussel",
    "Maria de la Cruz"), or that the NER reads as one person's name as a whole; that is what
    tells a name from a two-word headline."""
    if not _name_shape(s):
        return False
    if is_first_name(s.split()[0]):
        return True
    # the NER alone: no particles or link words ("La Vigie de Morlanne"), 2-3 words
    toks = s.split()
    plain = all(
        t[:1].isupper() and t.lower() not in _FUNCTION and fold(t) not in _ORG for t in toks
    )
    return plain and len(toks) <= 3 and ner_person(s)


def _name_shape(s: str) -> bool:
    toks = s.split()
    if not 2 <= len(toks) <= 4 or not is_name(s, max_tokens=4) or is_generic(s):
        return False
    # "EU Council", "NATO Summit"; a surname in capitals after a given name is a name
    # ("Anna KELLER")
    if any(
        t.isupper() and len(t) > 1 and not (i and is_first_name(toks[0]))
        for i, t in enumerate(toks)
    ):
        return False
    last = fold(toks[-1])
    # "Thomas Cook Group"; "Paul Simon" stays out too (a given name last: a list or a title)
    return last not in _ORG and last not in _FIRST and toks[-1][:1].isupper()


_LEAD_PUNCT = re.compile(r"^[\s—–\-•·*|]+")
_SEPARATORS = re.compile(r"\s*(?:,|\s[|/–—·]\s|\s-\s)\s*")
# at most this many words before the name ("Par", "Written by", "Text:")
NAME_FRAME_WORDS = 2


def name_line(s: str, base: int, table: OutletTable | None = None) -> Cue | None:
    """A short line built around a person's name: "Jane Roe", "— Jane Roe, Outlet, date",
    "Par Jane Roe, envoyée spéciale à X", "Text: Jane Roe | 3 May 2024", "Jane Roe / Outlet",
    "Jane Roe, Chief reporter", "By Jane Roe on 3 May 2024", "Jane Roe (Outlet)", "Jane Roe
    for the Outlet", "3 May 2024 | Jane Roe". A frame of up to two words before the name
    (any language's "by"); every other field a date, an outlet-like name or domain, or a
    lowercase or role description; anything else (a sentence) and it is no byline."""
    if len(s.split()) > 16 or s.rstrip().endswith(("?", "!", ":")):
        return None
    lead = _LEAD_PUNCT.match(s)
    off = lead.end() if lead else 0
    fields = _fields(s[off:])
    if not fields or len(fields) > 4:
        return None
    found = next(((i, n) for i, f in enumerate(fields) if (n := _framed_name(f))), None)
    # "Name, Outlet[, date]" with the outlet in the table, nothing else on the line
    plain = [f for f in fields if not read_date(f.strip())]
    vouched = table is not None and len(plain) == 2 and table.resolve(plain[1].strip()) is not None
    head = fields[0].strip()
    if (
        found is None
        and vouched
        and table is not None
        and all(_name_shape(p) for p in _AND.split(head))
        and not table.resolve(head)
    ):
        # "Nell Fairweather, The Velida Chronicle": an outlet the table knows beside a
        # name-shaped field vouches for a name neither the given-name table nor the NER knows
        found = (0, (head, False))
    if found is None and (rf := _REPORTING_FROM.search(s)) and len(rf.group().split()) > 1:
        # "[Outlet · date · ]X reporting from Port Y": the phrase says X is a reporter
        j = next((k for k, f in enumerate(fields) if f.startswith(rf.group().lower())), 0)
        cand = fields[j - 1].strip() if j else ""
        if _name_shape(cand) and not (table and table.resolve(cand)):
            found = (j - 1, (cand, True))
    if found is None:
        return None
    at, (name, framed) = found
    if table is not None and table.resolve(name):
        return None  # an outlet's name, not a person's
    # the NER alone reads many two-word headlines as names ("Harbour Strike"): a name only it
    # vouches for needs a frame word before it or a date or role beside it
    ner_only = not is_first_name(name.split()[0])
    outlet = date = None
    described = False
    for f in fields[:at] + fields[at + 1 :]:
        f = f.strip().rstrip(".")
        if read_date(f) and len(f.split()) <= 6:
            date = date or f
        elif outlet is None and (_domain(f) or _outlet_like(f) and not _role(f)):
            if person_name(f):
                return None  # two names: a list of people or a headline, not one byline
            outlet = f
        elif _role(f) or f[:1].islower():
            described = True  # a description of the author
        else:
            return None
    if ner_only and not (framed or date or described or vouched):
        return None
    cue = Cue("name-line", base, base + len(s))
    _put(cue, "author", name, s, base, off)
    if outlet:
        _put(cue, "outlet", outlet, s, base, off)
    _put_date(cue, date, s, base)
    return cue


# "Jane Roe for the Harbour Ledger": the outlet a byline's author writes for
FOR_WORDS = ("for", "per", "pour", "für", "para", "për")
_FOR_OUTLET = rf"(?:{'|'.join(FOR_WORDS)})\s+(?:the\s+|il\s+|le\s+|la\s+|el\s+)?(?=[A-ZÀ-Þ])"
_FOR = re.compile(rf"\s+{_FOR_OUTLET}")
_FOR_LEAD = re.compile(rf"^\s*{_FOR_OUTLET}")  # a field opening with it: ", for Ballot Watch"
_DAYS = frozenset([*C.WEEKDAYS, *C.WEEKDAY_ABBREVIATIONS])
_REPORTING_FROM = re.compile(
    rf"\s(?:{'|'.join(re.escape(w) for w in C.REPORTING_FROM)})\s+(?=[A-ZÀ-Þ])", re.I
)
_AND = re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in sorted(C.AND_WORDS))})\s+")


def _fields(s: str) -> list[str]:
    """A byline's fields: split at commas, bars, slashes and dashes; "(Outlet)" at the end,
    a date glued after the name ("… on 3 May 2024") and "for the Outlet" are fields too."""
    s = re.sub(r"\s+:", ":", s)  # "Texte : Jane Roe"
    s = re.sub(r"\s*\(([^()]{2,60})\)\s*$", r", \1", s)
    out: list[str] = []
    for f in _SEPARATORS.split(s):
        if not f:
            continue
        m = _DATE_RX.search(f)
        if m and m.start() > 0 and read_date(m.group()):
            pre = f[: m.start()].split()
            while pre and (pre[-1].lower() in _FUNCTION or pre[-1].strip(".,") in _DAYS):
                # "on", "le", "am", "Sat": words of the date's frame
                pre.pop()
            out += [" ".join(pre), f[m.start() :]]
            continue
        # "Jane Roe reporting from Port X": where the author files from, a description
        if (rf := _REPORTING_FROM.search(f)) and rf.start() > 0:
            out += [f[: rf.start()], f[rf.start() :].lower()]
            continue
        out += _FOR.split(f, maxsplit=1)
    # ", for Ballot Watch": the field is the outlet after its "for"
    return [_FOR_LEAD.sub("", f) for f in out if f.strip()]


def _framed_name(field: str) -> tuple[str, bool] | None:
    """The person's name a field holds after at most two frame words, and whether a frame
    stood before it; "Anna Keller and Marco Berti" is one field of two names."""
    toks = field.split()
    ks = range(min(NAME_FRAME_WORDS, max(len(toks) - 2, 0)) + 1)
    # a known given name first ("Av Martina Holm": not "Av" as the given name); then the
    # NER, shortest name first, frames of short or lowercase words ("Von Greta Holm")
    for k, ner in [*((k, False) for k in ks), *((k, True) for k in reversed(ks))]:
        frame, cand = toks[:k], " ".join(toks[k:]).rstrip(".")
        if not cand or not _frame(frame):
            continue
        if ner and any(w[:1].isupper() and len(w) > 4 and w[-1] != ":" for w in frame):
            continue
        parts = _AND.split(cand)
        ok = (lambda p: person_name(p)) if ner else (lambda p: lexicon_name(p))
        # "Massoud and Anne Khodabandeh": a lone given name borrows the last surname
        if all(ok(p) or (len(parts) > 1 and is_first_name(p)) for p in parts) and ok(parts[-1]):
            return cand, bool(frame)
    return None


def lexicon_name(s: str) -> bool:
    """A person's name by the given-name table alone (no NER): "Anna Keller"."""
    return _name_shape(s) and is_first_name(s.split()[0])


def name_after_frame(value: str) -> str | None:
    """The person's name in "By Tobias Wren" / "di Lucia Benassi" when a cue kept its frame
    word in the value; None when ``value`` is no framed name."""
    toks = value.split()
    for k in range(1, min(NAME_FRAME_WORDS, len(toks) - 2) + 1):
        frame, cand = toks[:k], " ".join(toks[k:])
        if _frame(frame) and is_first_name(toks[k]) and _name_shape(cand):
            return cand
    return None


def _frame_word(w: str) -> bool:
    """A word that may stand before a byline's name: short, no digits, not itself a name."""
    w = w.rstrip(":")
    if w.lower() in C.AND_WORDS:
        return False  # "Massoud and Anne Khodabandeh": two names, not a frame before one
    return bool(w) and w.isalpha() and len(w) <= 10 and not is_first_name(w)


def _frame(words: list[str]) -> bool:
    """Words that may stand before a byline's name: "Par", "di", "Door", "Written by",
    "Author:". The last is short or a label, so "Remembering John Roe" is no byline."""
    if not words:
        return True
    last = words[-1]
    return all(_frame_word(w) for w in words) and (len(last) <= 4 or last.endswith(":"))


def _role(f: str) -> bool:
    return any(fold(w) in ROLES for w in f.split()[:3])


def _domain(f: str) -> bool:
    return bool(re.fullmatch(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?", f, re.I))


# -- outlets --------------------------------------------------------------------------

_LABEL = re.compile(
    r"^\(?\s*(?P<label>[^\W\d_][\w'’ ]{1,20}?)\s*[:：]\s*(?P<value>[^()\n]{2,80}?)\s*\)?\.?$"
)


def label_outlet(s: str, base: int, table: OutletTable | None) -> Cue | None:
    """ "Label: Outlet" where the value is a domain or an outlet the table knows, whatever
    the label's language ("Izvor: X", "Kilde: x.example"): a source line. Any other value
    leaves the line alone ("Analysis: Port Strike Ends" stays a headline)."""
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
