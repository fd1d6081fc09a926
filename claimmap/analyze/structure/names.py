"""Telling a person's name from running text, and cutting a glued headline off a byline."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from claimmap.analyze.structure.cues import (
    AND_WORDS,
    GENERIC_AUTHORS,
    NAME_LINKS,
    NAME_PARTICLES,
    WEEKDAYS,
)
from claimmap.ingest.dates import MONTHS

_WEEKDAYS = frozenset(w.lower() for day in WEEKDAYS for w in day.split())
_TOKEN = re.compile(r"\S+")


@lru_cache(maxsize=8192)
def fold(s: str) -> str:
    """Lowercase letters and digits only: the key two spellings of one string share."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if ch.isalnum():
            out.append(ch.lower())
    return "".join(out)


def is_generic(name: str) -> bool:
    return fold(name) in GENERIC_AUTHORS


def _capitalised(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return bool(letters) and letters[0].isupper()


def is_name(s: str, *, max_tokens: int = 7) -> bool:
    """Does ``s`` look like one or more people's names ("Jane Roe", "Paolo de Donno",
    "Massoud and Anne Khodabandeh")? Sentences, dates and lowercase words do not."""
    s = s.strip()
    if not s or len(s) > 80 or any(c.isdigit() for c in s) or s[-1] in ".!?:;":
        return False
    # a dash or bullet before a signature's name is punctuation, not a word of the name
    toks = s.lstrip("—–-•·* ").replace(",", " , ").split()
    if not toks or len(toks) > max_tokens:
        return False
    caps = 0
    for t in toks:
        low = t.lower().strip(".")
        if t == "," or low in AND_WORDS or low in NAME_PARTICLES:
            continue
        if not _capitalised(t) or low in _WEEKDAYS or low in MONTHS:
            return False
        caps += 1
    return caps >= 1


def is_person(s: str) -> bool:
    """A name of two or more words, or a generic page signer ("admin")."""
    return is_generic(s) or (is_name(s) and len(s.split()) >= 2)


def leading_name(s: str) -> str:
    """The capitalised run that opens ``s``: "Ostrel Courier under a licence" → "Ostrel Courier"."""
    out: list[str] = []
    for tok in s.split():
        if out and tok.startswith("("):
            break  # "Outlet (City)": the bracket says where, it is no part of the name
        word = tok.strip(".,;:()")
        if _capitalised(word) or (out and word.lower() in NAME_PARTICLES | NAME_LINKS):
            out.append(word)
            if word != tok:  # punctuation ends the name
                break
        else:
            break
    while out and not _capitalised(out[-1]):
        out.pop()
    return " ".join(out)


_JOINERS = re.compile(
    r"\s*(?:,|;|&|" + "|".join(rf"\b{w}\b" for w in sorted(AND_WORDS - {"&"})) + r")\s*"
)


def split_authors(s: str) -> tuple[str, ...]:
    """``"Massoud and Anne Khodabandeh"`` → both full names; ``"A, B and C"`` → three."""
    parts = [p.strip() for p in _JOINERS.split(s) if p.strip()]
    if not parts:
        return ()
    last = parts[-1].split()
    # a lone first name borrows the surname of the name that closes the list
    return tuple(f"{p} {last[-1]}" if len(p.split()) == 1 and len(last) > 1 else p for p in parts)


def name_tail(field: str) -> tuple[int, str]:
    """The person's name at the end of ``field`` ("…Headline Jane Roe" → "Jane Roe") and where
    it starts. Used when no known headline could be cut off the front."""
    field = field.rstrip()
    if is_name(field, max_tokens=4):
        return len(field) - len(field.lstrip()), field.strip()
    # a headline glued without a space: "…public health riskMassoud Khodabandeh"
    for m in reversed(list(re.finditer(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])", field))):
        cand = field[m.start() :]
        if is_name(cand, max_tokens=4) and len(field[: m.start()].split()) >= 2:
            return m.start(), cand
    toks = list(_TOKEN.finditer(field))
    caps, start = 0, len(field)
    for t in reversed(toks):
        low = t.group().lower()
        if low in NAME_PARTICLES and caps:
            start = t.start()
            continue
        if not _capitalised(t.group()) or caps == 2:
            break
        caps += 1
        start = t.start()
    return start, field[start:]


def strip_title(head: str, titles: list[str]) -> int:
    """Where the byline starts in ``head`` once a headline glued before it is cut off.

    Headlines are compared on letters and digits only (quotes, spaces and case differ
    between copies). A known headline, or a run of its first words that ends at a word
    boundary in both, is cut; 0 when none matches.
    """
    # position in ``head`` after each alphanumeric character
    pos = [i + 1 for i, c in enumerate(head) if c.isalnum()]
    hk = fold(head)
    if len(hk) != len(pos):  # folding changed the length (ligatures): be safe
        return 0
    best = 0
    for t in titles:
        tk = fold(t)
        if len(tk) < 8:
            continue
        n = 0
        while n < min(len(tk), len(hk)) and tk[n] == hk[n]:
            n += 1
        if n == len(tk) and n < len(hk):
            best = max(best, pos[n - 1])
            continue
        # a shortened headline: the shared run must end at a word end in both strings
        if n >= 10 and n < len(hk):
            cut = pos[n - 1]
            t_words = {len(fold(t[: m.end()])) for m in re.finditer(r"\w+", t)}
            if n in t_words and (cut >= len(head) or not head[cut].isalnum()):
                best = max(best, cut)
    return best
