"""Names in languages without a bundled NER, and names learned through translations.

A capitalised run that does not open a sentence with a function word is a candidate name;
the gazetteer (names known from English text and the alias table) decides which entity it
is. Aligned translated passages teach names the gazetteer does not know yet: the name at
the same place on the other side ("Mavrico" where the English has "Mavrik").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from claimmap.analyze.entities.aliases import NAME_RX
from claimmap.analyze.entities.cues import (
    NAME_CONNECTORS,
    ORG_KINDS,
    ORG_WORDS,
    PERSON_TITLES,
    SENTENCE_STARTERS,
)
from claimmap.analyze.entities.fold import fold, translit_key, words
from claimmap.analyze.entities.givennames import opens_with_given_name
from claimmap.analyze.stopwords import STOPWORDS

_ALL_STOP = frozenset().union(*STOPWORDS.values()) | SENTENCE_STARTERS
_ELIDED_START = re.compile(r"(?:dell|dall|nell|all|sull|l|d|qu)['’](?=\w)", re.I)
_OF_PLACE = re.compile(
    r"(\w+)\s+(?:e|i|të|di|del|della|de|du|des|der|von|del)\s+(?=[^\W\d_]\w+$)", re.I
)
_PREV_WORD = re.compile(r"([\w'’.-]+)\s*$")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    type: str  # PERSON / ORG / PLACE, a guess
    sentence_initial: bool


def _guess_type(text: str, before: str) -> str:
    ws = words(text)
    prev = _PREV_WORD.search(before)
    if prev and prev.group(1).lower().strip(".") in PERSON_TITLES:
        return "PERSON"
    if any(w in ORG_WORDS for w in ws):
        return "ORG"
    if len(ws) >= 4:
        return "ORG"
    return "PLACE" if len(ws) == 1 else "PERSON"


def capitalised_spans(text: str, start: int, end: int) -> list[Candidate]:
    """Capitalised runs in ``text[start:end]`` (one sentence). A sentence-initial word is
    kept only when it is not a function word; leading articles are cut ("Il Fronte")."""
    out = []
    first = start
    while first < end and not text[first].isalnum():
        first += 1
    for m in NAME_RX.finditer(text, start, end):
        s, e = m.start(), m.end()
        toks = list(re.finditer(r"\S+", text[s:e]))
        # drop leading function words ("Il", "Secondo", "Selon", "L'")
        while toks and toks[0].group().lower().strip("'’") in _ALL_STOP:
            toks = toks[1:]
        if not toks:
            continue
        s2 = s + toks[0].start()
        # an elided article glued on: "l'Europa", "dell'Interno" (not "d'Azur" inside a name)
        el = _ELIDED_START.match(text, s2, e)
        if el:
            s2 = el.end()
        name = text[s2:e]
        # "Policia e Gjirokastrës", "Qeveria e Tarveshit": a place's police or government,
        # capitalised because it opens the sentence; the name is the place's
        of_place = _OF_PLACE.match(name)
        if of_place and ORG_KINDS.get(fold(of_place.group(1))) in ("police", "government"):
            s2 += of_place.end()
            name = text[s2:e]
            out.append(Candidate(s2, e, name, "PLACE", False))
            continue
        # "Innenminister Zoran Lukatsch", "Bruder der Stiftungsleiterin Ilinka Tomaschek":
        # German capitalises the title before a name; the person starts at the given name
        ntoks = list(re.finditer(r"\S+", name))
        whole = opens_with_given_name(fold(name))  # "Maria Stuart Schule" is named after her
        for i in range(1, len(ntoks) - 1) if not whole else ():
            if len(ntoks) - i <= 3 and opens_with_given_name(fold(name[ntoks[i].start() :])):
                s2 += ntoks[i].start()
                name = text[s2:e]
                break
        if len(name) < 2 or not any(c.isalpha() for c in name):
            continue
        if name.lower() in _ALL_STOP:
            continue
        out.append(
            Candidate(s2, e, name, _guess_type(name, text[max(start, s2 - 30) : s2]), s2 == first)
        )
    return out


def _content_words(name: str) -> int:
    return sum(w not in NAME_CONNECTORS and w not in _ALL_STOP for w in words(name))


def _similar(a: str, b: str) -> float:
    return Indel.normalized_similarity(translit_key(a), translit_key(b))


def learn_from_pair(
    en_names: list[tuple[int, int, str]],
    en_span: tuple[int, int],
    other: list[Candidate],
    other_span: tuple[int, int],
    types: dict[str, str] | None = None,
    known: frozenset[str] = frozenset(),
) -> list[tuple[str, str, float]]:
    """Names on the other side of one aligned pair: (english, other, confidence).

    Names spelled alike on both sides anchor the alignment and teach nothing. The rest are
    paired in order when both sides have the same number of them (translators keep the
    order of names far more often than not), else only where the spelling is close."""
    en_len = max(1, en_span[1] - en_span[0])
    ot_len = max(1, other_span[1] - other_span[0])
    en_left = list(en_names)
    ot_left = [c for c in other if not c.sentence_initial or len(c.text.split()) > 1]
    # identical names: remove from both sides
    for n in list(en_left):
        for c in list(ot_left):
            fc, fn = f" {fold(c.text)} ", f" {fold(n[2])} "
            if fn in fc or fc in fn or translit_key(c.text) == translit_key(n[2]):
                en_left.remove(n)
                ot_left.remove(c)
                break
    out: list[tuple[str, str, float]] = []
    if not en_left or not ot_left:
        return out

    def rel(pos: int, base: int, length: int) -> float:
        return (pos - base) / length

    # close spellings first: "Serentia" / "Serenzia", "Mavrik" / "Mavrico"; not where the
    # other name is spelled closer still to another name the corpus knows ("Israele" is
    # Israel's, not "Islam"'s): ``known`` holds English names seen anywhere
    def closer_elsewhere(n: str, c: str) -> bool:
        sim = _similar(n, c)
        return any(
            _similar(k, c) > max(sim, 0.85) and _similar(k, n) < 0.85  # not n's own variant
            for k in known
            if k[:1] == c[:1]
        )

    for n in list(en_left):
        best = max(ot_left, key=lambda c: _similar(n[2], c.text), default=None)
        if best is not None and closer_elsewhere(n[2], best.text):
            ot_left.remove(best)  # someone else's name: not to be paired by order either
            continue
        if best is not None and _similar(n[2], best.text) >= 0.7:
            out.append((n[2], best.text, _similar(n[2], best.text)))
            en_left.remove(n)
            ot_left.remove(best)
    if not en_left or not ot_left:
        return out
    if len(en_left) == len(ot_left) and len(en_left) <= 3:
        for n, c in zip(en_left, ot_left, strict=True):
            d = abs(rel(n[0], en_span[0], en_len) - rel(c.start, other_span[0], ot_len))
            if types and types.get(n[2]) and {types[n[2]], c.type} == {"PERSON", "ORG"}:
                continue  # a person is not translated into an organisation
            if (_content_words(n[2]) == 1) != (_content_words(c.text) == 1):
                continue  # "European Union" is not "Ayatollah": loose alignments pair by order
            if d <= 0.35 or _similar(n[2], c.text) >= 0.6:
                out.append((n[2], c.text, 1.0 - d))
        return out
    for n in en_left:
        best = max(ot_left, key=lambda c: _similar(n[2], c.text))
        d = abs(rel(n[0], en_span[0], en_len) - rel(best.start, other_span[0], ot_len))
        if _similar(n[2], best.text) >= 0.6 and d <= 0.3:
            out.append((n[2], best.text, 0.5))
    return out
