"""People named in a document, their roles and genders, and simple coreference.

Only what the text allows: "the minister" resolves to the nearest named minister before
it, "he"/"she" to the most recent named person of that gender, a bare surname ("Kirin
said") to the person introduced with it (the one who spoke before wins a tie, then the
first introduced). Genders come from the text first (titles, "his sister, Mira Kirin",
the pronoun right after a sole mention) and only then from a short first-name list.
Entity resolution across documents is another module's job: this returns strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimmap.analyze.claims.lexicon import (
    FEMALE_TITLES,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    MALE_TITLES,
    NON_PERSON_WORDS,
    PRONOUNS_F,
    PRONOUNS_M,
    ROLES,
    TITLE_WORDS,
)

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
_PARTICLES = frozenset("de di da del della van von der den al el bin ibn le la du dos das".split())
# capitalised words that start sentences or clauses but are not names
_CAP_STOP = frozenset(
    "The A An In On At By For From With According As After Before When While Since Until "
    "But And Or If So Yet Its His Her Their Our This That These Those There Here It He She "
    "They We I You Not No Nobody Every Last Next Also Meanwhile However Yet Still Even "
    "Il Lo La Le Les Gli Un Una Une Des Du Dei Della Secondo Selon Per Pour Dans Nel Nella "
    "Son Sa Ses Suo Sua Lui Lei Elle Ils Nous Non Ne Mais Ma Et E Ou O Photo Share Related "
    "Also Read Link Published Posted Written By Sign Two Three Four Five Six Seven Eight "
    "Nine Ten Twelve Hundreds Thousands Dozens Deux Trois Quatre Cinq Tre Quattro Cinque "
    "Dozen What Who Which Where How Why Former Mayor Chief Interior Foreign Police Critics "
    "Residents Families Officers Letters Part For Town Velorian Serentian Radio À Au Aux "
    "Pour Sur Par Avec Chez Da Dal Del Della Nel Con Per Su Tra Fra Do Can".split()
)
_PLACE_PREP = re.compile(r"(?:\b(?:in|at|near|outside|inside|from|into|across|towards?|a|à|"
                         r"nel|nella|en|dans|di|of)\s+)$", re.I)  # fmt: skip


@dataclass
class Person:
    name: str
    first: int  # offset of the first mention
    gender: str | None = None
    gender_source: str | None = None  # "title", "role", "pronoun", "first-name"
    roles: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    spoke_at: list[int] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def given(self) -> str:
        return self.name.split()[0]


@dataclass
class NameHit:
    start: int
    end: int
    name: str
    title: str | None
    role: str | None
    gender: str | None
    gender_source: str | None


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _strip_title(tokens: list[tuple[int, int, str]]) -> tuple[list, list[str]]:
    title: list[str] = []
    while tokens and (tokens[0][2] in TITLE_WORDS or tokens[0][2].rstrip(".") in TITLE_WORDS):
        title.append(tokens[0][2])
        tokens = tokens[1:]
    return tokens, title


def capitalised_runs(text: str, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens (particles allowed inside) in ``text[start:end]``."""
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    last_end = None
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group(0)
        s, e = m.start(), m.end()
        if tok.endswith(".") and len(tok) > 2 and tok[:-1] not in TITLE_WORDS:
            tok, e = tok[:-1], e - 1
        gap = text[last_end:s] if last_end is not None else ""
        contiguous = last_end is not None and gap in (" ", "\u00a0")
        if _is_cap(tok) or (cur and tok.lower() in _PARTICLES and contiguous):
            if cur and not contiguous:
                runs.append(cur)
                cur = []
            cur.append((s, e, tok))
        else:
            if cur:
                runs.append(cur)
            cur = []
        last_end = e
    if cur:
        runs.append(cur)
    # trailing particles are not part of a name
    out = []
    for r in runs:
        while r and r[-1][2].lower() in _PARTICLES:
            r = r[:-1]
        if r:
            out.append(r)
    return out


def _role_near(text: str, s: int, e: int, floor: int, ceil: int) -> tuple[str | None, str | None]:
    """A role noun right before the name ("spokesman Kiril Andrev", "la ministra
    dell'Interno Ana Petrel", "His sister, Mira Kirin") or in an appositive after it
    ("Miro Daskal, the group's spokesman")."""
    before = text[max(floor, s - 60) : s]
    # "ROLE-NP, NAME" or "role NAME"
    seg = re.split(r"[.;:!?\"“”«»]", before)[-1]
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", seg.lower())
    for w in reversed(words[-5:]):
        if w in ROLES:
            return ROLES[w]
    after = text[e : min(ceil, e + 80)]
    m = re.match(r"\s*,\s*([^,;.]{2,70})", after)
    if m:
        for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", m.group(1).lower())[:6]:
            if w in ROLES:
                return ROLES[w]
    return None, None


def find_names(
    text: str, start: int, end: int, known: dict[str, Person] | None = None
) -> list[NameHit]:
    """Person names in a sentence: two or more capitalised words that are not an
    organisation or a place, titles ("Interior Minister") stripped off."""
    hits: list[NameHit] = []
    for run in capitalised_runs(text, start, end):
        toks, title = _strip_title(run)
        # drop sentence-initial function words ("The", "According")
        while toks and toks[0][2] in _CAP_STOP:
            toks = toks[1:]
            toks, more = _strip_title(toks)
            title += more
        if not toks:
            continue
        low = [t[2].lower().strip("'’") for t in toks]
        if any(w in NON_PERSON_WORDS or w.endswith(("'s", "’s")) for w in low):
            # "Radio Sentinel correspondent Elena Varga": keep what follows the org words
            idx = max(i for i, w in enumerate(low) if w in NON_PERSON_WORDS
                      or w.endswith(("'s", "’s")))  # fmt: skip
            toks = toks[idx + 1 :]
            low = low[idx + 1 :]
            if not toks:
                continue
        s, e = toks[0][0], toks[-1][1]
        name = text[s:e]
        if len(toks) == 1:
            # a lone capitalised word is a person only if it names one we know
            if not known:
                continue
            if not any(name in (p.surname, p.given) for p in known.values()):
                continue
        elif len(toks) > 4:
            continue
        if (
            len(toks) >= 2
            and _PLACE_PREP.search(text[max(start, s - 12) : s])
            and not (low[0] in FIRST_NAMES_F or low[0] in FIRST_NAMES_M)
        ):
            continue  # "in Port Aldis"
        gender = None
        gsrc = None
        for t in title:
            if t in FEMALE_TITLES:
                gender, gsrc = "f", "title"
            elif t in MALE_TITLES:
                gender, gsrc = "m", "title"
        role, rg = _role_near(text, s, e, start, end)
        if title and role is None:
            for t in reversed(title):
                if t.lower() in ROLES:
                    role, rg = ROLES[t.lower()]
                    break
        if gender is None and rg:
            gender, gsrc = rg, "role"
        hits.append(NameHit(s, e, name, " ".join(title) or None, role, gender, gsrc))
    return hits


class People:
    """The persons of one document, built in a first pass over its sentences."""

    def __init__(
        self, text: str, sentences: list[tuple[int, int]], outlets: Iterable[str] = ()
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.persons: dict[str, Person] = {}
        self._outlets = {_fold(o) for o in outlets} | {
            _fold(re.sub(r"^(?:the|le|la|il|l['’])\s*", "", o, flags=re.I)) for o in outlets
        }
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        text = self.text
        for i, (s, e) in enumerate(self.sentences):
            for h in find_names(text, s, e, self.persons):
                if _fold(h.name) in self._outlets:
                    continue
                p = self._get(h.name, h.start)
                if p is None:
                    p = Person(h.name, h.start)
                    self.persons[h.name] = p
                p.mentions.append((h.start, h.end))
                if h.role:
                    p.roles.add(h.role)
                if h.gender and p.gender_source in (None, "first-name", "pronoun"):
                    p.gender, p.gender_source = h.gender, h.gender_source
            self._pronoun_evidence(i)
        for p in self.persons.values():
            if p.gender is None:
                g = p.given.lower()
                if g in FIRST_NAMES_F:
                    p.gender, p.gender_source = "f", "first-name"
                elif g in FIRST_NAMES_M:
                    p.gender, p.gender_source = "m", "first-name"

    def _get(self, name: str, pos: int) -> Person | None:
        if name in self.persons:
            return self.persons[name]
        if " " not in name:
            return self.by_single(name, pos)
        # "Tomás Varga" vs "Tomas Varga": same letters without accents
        key = _fold(name)
        for p in self.persons.values():
            if _fold(p.name) == key:
                return p
        return None

    def _pronoun_evidence(self, i: int) -> None:
        """A pronoun in the sentence after one naming a single new person tells that
        person's gender ("… said Sava Kirin. His sister, …" makes Sava Kirin male)."""
        s, e = self.sentences[i]
        named = [p for p in self.persons.values() if any(s <= ms < e for ms, _ in p.mentions)]
        if len(named) != 1 or named[0].gender_source in ("title", "role"):
            return
        p = named[0]
        if p.gender is not None:
            return
        # pronouns after the name in this sentence, else in the next sentence
        last = max(me for ms, me in p.mentions if s <= ms < e)
        spans = [(last, e)]
        if i + 1 < len(self.sentences):
            spans.append(self.sentences[i + 1])
        for a, b in spans:
            for w in re.findall(r"[^\W\d_]+", self.text[a:b]):
                lw = w.lower()
                if lw in ("he", "his", "him", "himself"):
                    p.gender, p.gender_source = "m", "pronoun"
                    return
                if lw in ("she", "her", "hers", "herself"):
                    p.gender, p.gender_source = "f", "pronoun"
                    return

    # ------------------------------------------------------------------ queries
    def by_single(self, token: str, pos: int) -> Person | None:
        """A bare surname or given name: the person introduced with it before ``pos``."""
        cands = [
            p
            for p in self.persons.values()
            if " " in p.name and token in (p.surname, p.given) and p.first < pos
        ]
        if not cands:
            return None
        return min(cands, key=lambda p: (not any(x < pos for x in p.spoke_at), p.first))

    def mentioned_before(self, pos: int) -> list[tuple[int, Person]]:
        out = []
        for p in self.persons.values():
            before = [ms for ms, _ in p.mentions if ms < pos] + [x for x in p.spoke_at if x < pos]
            if before:
                out.append((max(before), p))
        out.sort(key=lambda t: -t[0])
        return out

    def by_pronoun(self, pronoun: str, pos: int) -> Person | None:
        low = pronoun.lower()
        gender = "m" if low in PRONOUNS_M else ("f" if low in PRONOUNS_F else None)
        recent = self.mentioned_before(pos)
        if gender:
            for _, p in recent:
                if p.gender == gender:
                    return p
            for _, p in recent:
                if p.gender is None:
                    return p
            return None
        return recent[0][1] if recent else None

    def by_role(self, role: str, pos: int) -> Person | None:
        for _, p in self.mentioned_before(pos):
            if role in p.roles:
                return p
        return None

    def last_speaker(self, pos: int) -> Person | None:
        """Who spoke last before ``pos`` (for "«…», ha aggiunto.")."""
        best = None
        for p in self.persons.values():
            before = [x for x in p.spoke_at if x < pos]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), p)
        if best is None:
            recent = self.mentioned_before(pos)
            return recent[0][1] if recent else None
        return best[1]

    def has_person_evidence(self, name: str) -> bool:
        """A title, role, gendered pronoun or known first name says this is a person."""
        p = self.persons.get(name)
        if p is None:
            return False
        return bool(p.roles) or p.gender is not None

    def previous_subject(self, pos: int) -> str | None:
        """The capitalised subject that opens the sentence before ``pos`` ("SeaBridge, the
        charity …, was founded in 2015. It says …")."""
        prev = [(s, e) for s, e in self.sentences if e <= pos]
        if not prev:
            return None
        s, e = prev[-1]
        m = re.match(r"\s*((?:[A-ZÀ-Ý][\w'’\-]*\s?){1,4})", self.text[s:e])
        if not m:
            return None
        cand = m.group(1).strip()
        if cand.split()[0] in _CAP_STOP:
            return None
        return cand

    def name_at(self, s: int, e: int) -> Person | None:
        for p in self.persons.values():
            if any(ms < e and s < me for ms, me in p.mentions):
                return p
        return None


def _fold(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if c.isalnum() or c == " ")


_ADVERBIAL = frozenset(
    "in on at after before during since following despite according for with as when while "
    "two three four five six seven eight nine ten last yesterday today earlier later "
    "nel dopo prima durante secondo en après avant depuis pendant selon pour lors dans".split()
)
_PRON_RE = re.compile(r"\b(he|she|lui|lei|elle|il|egli|ella)\b", re.I)


def resolve_np(np_text: str, np_start: int, people: People) -> tuple[str | None, str]:
    """Who a subject noun phrase names: (speaker string, how). Person names first, then
    pronouns, then role nouns; otherwise the noun phrase itself ("police", "the sources")."""
    text = people.text
    np_end = np_start + len(np_text)
    hits = find_names(text, np_start, np_end, people.persons)
    if hits:
        h = hits[0]
        p = people._get(h.name, h.start) or people.by_single(h.name, h.start)
        return (p.name if p else h.name), "name"
    stripped = np_text.strip(" ,")
    words = re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", stripped)
    if not words:
        return None, "none"
    lw = [w.lower() for w in words]
    if len(lw) == 1 and lw[0] in ("it", "esso", "essa"):
        prev = people.previous_subject(np_start)
        return (prev, "pronoun") if prev else (None, "none")
    if len(lw) <= 2 and lw[-1] in {"he", "she", "lui", "lei", "elle", "il", "egli", "ella"}:
        p = people.by_pronoun(lw[-1], np_start)
        return (p.name if p else words[-1]), "pronoun"
    for w in lw:
        if w in ROLES:
            p = people.by_role(ROLES[w][0], np_start)
            if p:
                return p.name, "role"
            break
    np_clean = re.sub(r"^(?:and|but|et|e|ma|mais)\s+", "", stripped, flags=re.I)
    if "," in np_clean:
        chunks = [c.strip() for c in np_clean.split(",") if c.strip()]
        first = chunks[0].split()[0].lower() if chunks else ""
        if first in _ADVERBIAL or re.search(r"\d", chunks[0] if chunks else ""):
            # "Two weeks after the shipwreck off Varo, survivors": the last chunk
            np_clean = chunks[-1]
        elif chunks:
            # "Valley Watch, a group run by former residents,": the head before the apposition
            np_clean = chunks[0]
    if len(np_clean.split()) > 8:
        return None, "none"
    return np_clean, "noun-phrase"
