"""Sources a text credits: "according to X", "X reported", "(X, March 14)", "secondo X",
"selon X", "as illustrated by the X report", "the broadcaster also quoted …".

Each citation gives the cited name and its kind: ``outlet`` (a known outlet of the corpus,
a name with an outlet word such as "Daily" or "Radio", or an outlet noun such as "the
broadcaster" resolved to the last outlet named before it), ``person`` or ``party``
("police", "the National Migration Office"). Self-mentions of the document's own outlet
are not citations. Only outlet citations merge sources in the independence count.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from claimmap.analyze.claims.dates import _MONTH_ALT
from claimmap.analyze.claims.lexicon import CITE_AFTER, CITE_BEFORE, OUTLET_NOUNS, OUTLET_WORDS
from claimmap.analyze.claims.people import People, find_names


@dataclass
class CitationHit:
    start: int
    end: int
    cited: str
    kind: str  # "outlet", "person", "party"
    cue: str
    scope: tuple[int, int]  # the sentence whose claims it credits


def fold(s: str) -> str:
    return " ".join(
        "".join(
            c for c in unicodedata.normalize("NFKD", s.lower()) if c.isalnum() or c.isspace()
        ).split()
    )


_ARTICLE = re.compile(r"^(?:the|a|an|l['’]|la|le|les|il|lo|gli|i|un|une|una|uno)\s*", re.I)


def classify_source(name: str, outlets: set[str] | frozenset[str] | tuple = ()) -> tuple[str, str]:
    """(kind, canonical name) of a cited name."""
    f = fold(_ARTICLE.sub("", name.strip()))
    for o in outlets:
        fo = fold(o)
        fo_bare = fold(_ARTICLE.sub("", o))
        # the outlet's name, or a phrase that starts with it ("the Sarna Gazette and …");
        # a shorter name is not the outlet ("Valley Watch" is not "Valley Watch Bulletin")
        if f and (f in (fo, fo_bare) or f.startswith(fo_bare + " ") or f.endswith(" " + fo_bare)):
            return "outlet", o
    words = f.split()
    bare = _ARTICLE.sub("", name.strip())
    title_case = all(
        w[:1].isupper() or w.lower() in ("of", "de", "di", "the", "la", "le", "del", "du", "des")
        for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", bare)
    )
    if (
        any(w in OUTLET_WORDS for w in words)
        and title_case
        or (re.search(r"\.(?:al|com|net|org|it|fr|info|tv|news)\b", name, re.I))
    ):
        return "outlet", _ARTICLE.sub("", name.strip())
    hits = find_names(name, 0, len(name))
    if (
        hits
        and len(hits[0].name.split()) >= 2
        and hits[0].end - hits[0].start
        >= len(_ARTICLE.sub("", name.strip())) - 1 - (len(name) - len(name.lstrip()))
    ):
        return "person", hits[0].name
    return "party", name.strip()


_STOP_IT_FR = frozenset(
    "nel nella nei negli in che hanno ha è sono erano era dans qui que ont a est sont était "
    "étaient selon secondo vivono vive ci si non sur".split()
)
_STOP_EN = frozenset(
    "who which that has have had is are was were will would on at during last this in for "
    "since shows showed says said told found finds claims notes noted reported puts put "
    "estimates estimated counted".split()
)


def _np_after(text: str, pos: int, ceil: int, lang: str) -> tuple[int, int] | None:
    m = re.match(r"[\s\u00a0]*", text[pos:ceil])
    i = pos + (m.end() if m else 0)
    toks = list(re.finditer(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*['’]?s?|[’']", text[i:ceil]))
    if not toks:
        return None
    end = i
    count = 0
    for t in toks:
        gap = text[end : i + t.start()] if count else ""
        if count and re.search(r"[,;:.!?()\"“”«»]", gap):
            break
        w = t.group(0)
        lw = w.lower()
        if count and lw in (_STOP_IT_FR if lang in ("it", "fr") else _STOP_EN):
            break
        end = i + t.end()
        count += 1  # noqa: SIM113 - counts kept tokens, not all tokens
        if count >= 8:
            break
    if end <= i:
        return None
    return i, end


def _np_before(text: str, floor: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase before "reported": a capitalised name, an appositive skipped."""
    region = text[floor:pos]
    region = re.sub(r"(?:\s+(?:also|further|later|first|has|had|have|then|previously|both))+\s*$",
                    "", region, flags=re.I)  # fmt: skip
    # "The Veloria Herald, a state-aligned daily," -> drop the appositive
    ap = re.search(r",\s*(?:a|an|the|il|la|le|un|une)\s[^,]{2,60},\s*$", region, re.I)
    if ap:
        region = region[: ap.start()]
    # "…, which the Ardavia Times described", "while Belmar Today reported": the clause start
    rel = list(re.finditer(r"(?<![\w])(?:which|that|who|while|whereas|and|as|but|che|qui|que|"
                           r"mentre|tandis que)\s+", region, re.I))  # fmt: skip
    if rel:
        floor += rel[-1].end()
        region = region[rel[-1].end() :]
    m = re.search(
        r"((?:the\s+|The\s+|l['’]|la\s+|le\s+|La\s+|Le\s+|il\s+|Il\s+)?"
        r"(?:[^\W\d_][\w'’.\-]*\s+){0,4}?[^\W\d_][\w'’.\-]*)\s*$",
        region,
    )
    if not m:
        return None
    s = floor + m.start(1)
    return s, floor + m.end(1)


_SCOPE_BREAK = re.compile(r";|,\s+(?:but|ma|mais|while|whereas|mentre|tandis que)\s+", re.I)


def _scope(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence ``[s, e)`` that a citation at ``pos`` credits."""
    a, b = s, e
    for m in _SCOPE_BREAK.finditer(text, s, e):
        if m.end() <= pos:
            a = m.end()
        elif m.start() >= pos:
            b = m.start()
            break
    return a, b


_RELATIVE_END = re.compile(
    r"(?<![\w]),\s*(?:which|that|who|che|qui|que)\s+(?:the\s+|il\s+|le\s+|la\s+)?$", re.I
)
_PAREN = re.compile(
    rf"\((?P<name>[^(),;\d][^(),;]{{1,60}}?),\s*(?P<date>(?:{_MONTH_ALT})\.?\s+\d{{1,2}}"
    rf"(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:{_MONTH_ALT})(?:\s+\d{{4}})?|\d{{4}}(?:-\d\d){{0,2}})\)",
    re.I,
)
_SOURCE_PAREN = re.compile(r"\((?:source|fonte|source\s?:|burimi)\s*:?\s*(?P<name>[^()]{2,60})\)",
                           re.I)  # fmt: skip
_AFTER_RE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(re.escape(c) for c in sorted(CITE_AFTER, key=len, reverse=True))
    + r")(?![\w])",
    re.I,
)
_BEFORE_RE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(re.escape(c) for c in sorted(CITE_BEFORE, key=len, reverse=True))
    + r")(?![\w])",
    re.I,
)


def find_citations(
    text: str,
    sentences: list[tuple[int, int, str | None]],
    people: People | None = None,
    outlets: set[str] | frozenset[str] | tuple = (),
    own_outlet: str | None = None,
) -> list[CitationHit]:
    """Every citation in the document's readable sentences."""
    outlets = set(outlets)
    own = fold(_ARTICLE.sub("", own_outlet)) if own_outlet else None
    hits: list[CitationHit] = []
    last_outlet: str | None = None
    for s, e, lang in sentences:
        lang = (lang or "en").split("-")[0]
        found: list[CitationHit] = []
        for m in _PAREN.finditer(text, s, e):
            name = m.group("name").strip()
            kind, canon = classify_source(name, outlets)
            if kind == "party" and not name[:1].isupper():
                continue
            if kind == "party":
                kind = "outlet"  # "(Shekulli, March 12, 2016)": a dated credit is a publication
                canon = name
            found.append(
                CitationHit(
                    m.start(), m.end(), canon, kind, "(name, date)", _scope(text, s, e, m.start())
                )
            )
        for m in _SOURCE_PAREN.finditer(text, s, e):
            name = m.group("name").strip()
            kind, canon = classify_source(name, outlets)
            found.append(
                CitationHit(
                    m.start(), m.end(), canon, kind, "source:", _scope(text, s, e, m.start())
                )
            )
        for m in _AFTER_RE.finditer(text, s, e):
            cue = m.group(0)
            np = _np_after(text, m.end(), e, lang)
            if np is None:
                continue
            name = text[np[0] : np[1]]
            kind, canon = classify_source(name, outlets)
            if (
                kind != "outlet"
                and name.split()[0].lower() in OUTLET_NOUNS | {"the"}
                and (fold(name).split()[-1] in OUTLET_NOUNS and last_outlet)
            ):
                kind, canon = "outlet", last_outlet
            if cue.lower() in ("riporta", "riferisce", "scrive", "rapporte", "raporton") and (
                kind != "outlet"
            ):
                continue
            if cue.lower() in ("citing", "quoting") and kind == "party":
                continue
            if kind == "person" and people is not None:
                p = people._get(canon, np[0])
                canon = p.name if p else canon
            found.append(
                CitationHit(m.start(), np[1], canon, kind, cue, _scope(text, s, e, m.start()))
            )
        for m in _BEFORE_RE.finditer(text, s, e):
            cue = m.group(0)
            np = _np_before(text, s, m.start())
            if np is None:
                continue
            name = text[np[0] : np[1]]
            kind, canon = classify_source(name, outlets)
            words = fold(name).split()
            if kind != "outlet" and words and words[-1] in OUTLET_NOUNS and last_outlet:
                kind, canon = "outlet", last_outlet
            if kind != "outlet":
                continue  # "X reported" counts as a citation only for outlets
            scope = _scope(text, s, e, np[0])
            rel = _RELATIVE_END.search(text[s : np[0]])
            if rel:
                # "…, which the Ardavia Times described as …, drew …": only the relative clause
                end = text.find(",", m.end(), e)
                scope = (s + rel.start(), end if end != -1 else e)
            found.append(CitationHit(np[0], m.end(), canon, kind, cue, scope))
        for h in sorted(found, key=lambda h: h.start):
            if any(h.start < o.end and o.start < h.end for o in hits):
                continue
            if own and h.kind == "outlet" and fold(_ARTICLE.sub("", h.cited)) == own:
                last_outlet = h.cited
                continue  # a self-mention
            hits.append(h)
            if h.kind == "outlet":
                last_outlet = h.cited
        # outlets named without a cue still set the referent of "the broadcaster"
        for o in outlets:
            if o and re.search(re.escape(o), text[s:e], re.I):
                last_outlet = last_outlet if any(s <= h.start < e for h in hits) else o
    return hits
