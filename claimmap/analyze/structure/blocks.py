"""Paragraphs of a page, each with its cue lines and whether it reads as body text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from claimmap.analyze.structure.generic import (
    date_line,
    label_outlet,
    name_candidates,
    name_line,
    ner_prefetch,
)
from claimmap.analyze.structure.outlets import OutletTable
from claimmap.analyze.structure.patterns import (
    COMMENT_HEAD,
    LIST_HEAD,
    REFERENCES_HEAD,
    RELATED,
    Cue,
    classify_line,
    link_row,
    name_after_header,
    wire_dateline,
)
from claimmap.model import normalize_for_matching

_SENTENCE_END = re.compile(r"(?:[.!?…]|\.\.\.)[\"'”’»)\]]*$")
_INNER_BREAK = re.compile(r"[.!?]\s+[\"'“‘«(]?[A-ZÀ-Þ]")

# kinds of cue that are furniture whatever else the paragraph holds
FURNITURE_CUES = {
    "url": "link",
    "end": "end-mark",
    "junk": "junk",
    "source-link": "source-link",
    "original-link": "source-link",
    "also-read": "related",
    "related-link": "related",
    "related": "related",
    "share": "share",
    "caption": "caption",
    "footer": "footer",
    "comments": "comment",
}
# cues that describe an article (furniture too, but read for its fields)
BYLINE_CUES = {"by", "by-header", "published", "publication", "translated", "source",
               "signature", "date-line", "original-heading", "original-link",
               "excerpt", "credits", "bio", "updated", "dateline", "name-line",
               "quoted-head"}  # fmt: skip


@dataclass(slots=True)
class Para:
    i: int
    start: int
    end: int
    text: str
    lang: str | None
    cues: list[Cue] = field(default_factory=list)
    body: str = ""  # the text of the lines that carry no cue
    content: bool = False  # body text: sentences, not a headline
    title_like: bool = False  # a short line that could head an article
    teaser: bool = False  # an excerpt byline whose excerpt reappears further down
    comment: bool = False  # a reader's comment (after a "3 comments" header)

    def kinds(self) -> set[str]:
        return {c.kind for c in self.cues}

    def cue(self, *kinds: str) -> Cue | None:
        return next((c for c in self.cues if c.kind in kinds), None)


def _by_shape(line: str, base: int, outlets: OutletTable | None = None) -> Cue | None:
    """A line no cue table claims, read by its shape: a name (with its fields), a date,
    "Label: domain" or "Label: an outlet the table knows"."""
    s = line.strip()
    if not s or reads_as_content(s):
        return None
    base += line.find(s)
    return (
        name_line(s, base, outlets)
        or date_line(s, base)
        or label_outlet(s, base, outlets)
        or _link_row(s, base)
    )


def _link_row(s: str, base: int) -> Cue | None:
    """A row of short links no other reader claimed (menu, tags, share bar, footer)."""
    return Cue("share", base, base + len(s)) if len(s.split()) <= 40 and link_row(s) else None


_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|\[\d{1,2}\]|[-–•*·])\s+\S")


def reference_list(text: str) -> bool:
    """A "Sources" / "Références" head over numbered or bulleted items (a fact-check's
    sources): the items name outlets and dates the article cites, not its own."""
    lines = [x for x in text.strip().split("\n") if x.strip()]
    return (
        len(lines) >= 2
        and bool(REFERENCES_HEAD.match(lines[0].strip()))
        and all(_LIST_ITEM.match(x) for x in lines[1:])
    )


# a list head's items are link titles, maybe with a name and a date
LIST_ITEM_MAX_WORDS = 25


def list_block(text: str) -> bool:
    """ "More from Opinion / Title · Editorial · date / Title · Name · date": a list head
    ("Most read", "More from …", "Related") over its items, all in one paragraph."""
    lines = [x.strip() for x in text.strip().split("\n") if x.strip()]
    return (
        len(lines) >= 3
        and len(lines[0].split()) <= 5
        and bool(LIST_HEAD.match(lines[0]) or RELATED.match(lines[0]))
        and all(len(x.split()) <= LIST_ITEM_MAX_WORDS for x in lines[1:])
    )


def reads_as_content(s: str) -> bool:
    """Sentences rather than a headline or a label."""
    n = len(s.split())
    if n >= 30:
        return True
    if n >= 6 and _SENTENCE_END.search(s):
        return True
    if n >= 10 and s.rstrip().endswith(":"):
        return True
    return n >= 15 and bool(_INNER_BREAK.search(s))


def reads_as_title(s: str) -> bool:
    return "\n" not in s.strip() and 1 <= len(s.split()) <= 30 and not reads_as_content(s)


def build_paras(
    text: str,
    spans: list[tuple[int, int]],
    langs: list[str | None],
    outlets: OutletTable | None = None,
) -> list[Para]:
    # short lines the name reader may ask the NER about, in one batch
    ner_prefetch(
        [c for s, e in spans for line in text[s:e].split("\n") for c in name_candidates(line)]
    )
    paras = []
    for i, ((s, e), lang) in enumerate(zip(spans, langs, strict=True)):
        p = Para(i, s, e, text[s:e], lang)
        # "Sources / 1. …": what the text cites, not its credits; "More from X / items"
        if reference_list(p.text) or list_block(p.text):
            p.cues.append(Cue("related", s, e))
            paras.append(p)
            continue
        body_lines = []
        first_body: tuple[str, int] | None = None
        pos = s
        header = False
        for line in text[s:e].split("\n"):
            cue = name_after_header(line, pos) if header else None
            header = False
            cue = cue or classify_line(line, pos) or _by_shape(line, pos, outlets)
            if cue is None and (parts := _cue_sentences(line, pos)):
                p.cues.extend(parts)  # "Fuente: X (12/06/2026). Traducción: Y."
            elif cue is None:
                body_lines.append(line.strip())
                if first_body is None and line.strip():
                    first_body = (line.lstrip(), pos + len(line) - len(line.lstrip()))
            else:
                p.cues.append(cue)
                header = cue.kind == "by-header"
            pos += len(line) + 1
        p.body = " ".join(x for x in body_lines if x)
        p.content = bool(p.body) and reads_as_content(p.body)
        p.title_like = bool(p.body) and not p.cues and reads_as_title(p.body)
        if p.content and first_body and (dateline := wire_dateline(*first_body)):
            p.cues.append(dateline)  # "CITY, April 2 (Agency) –": the text stays body
        paras.append(p)
    _inner_credits_are_text(paras)
    # "Written by" closing one paragraph, the name opening the next
    for a, b in zip(paras, paras[1:], strict=False):
        header = a.cues and a.cues[-1].kind == "by-header" and not b.cues and b.title_like
        if header and (cue := name_after_header(b.text, b.start)):
            b.cues, b.body, b.title_like = [cue], "", False
    _mark_teasers(paras)
    _mark_comments(paras)
    _mark_cards(paras)
    return paras


# a link card's headline and snippet run to a few lines
CARD_MAX_WORDS = 80
_CARD_DATE_CUES = {"date-line", "name-line", "by", "published"}


def _mark_cards(paras: list[Para]) -> None:
    """ "Headline / snippet … / Name · 5 October 2027" in one paragraph, after the text and
    followed only by more of the same or furniture: a card linking to another article
    (under "More on this story"), not an article of its own."""
    after_text = [False] * len(paras)
    seen = False
    for p in paras:
        after_text[p.i] = seen
        seen = seen or p.content
    nxt_ok = True  # what follows the paragraph: nothing, a card or furniture
    for p in reversed(paras):
        lines = [x for x in p.text.split("\n") if x.strip()]
        card = (
            after_text[p.i]
            and nxt_ok
            and len(lines) >= 2
            and bool(p.cues)
            and p.cues[-1].kind in _CARD_DATE_CUES
            and p.cues[-1].end >= p.start + len(p.text.rstrip())
            and len(p.body.split()) <= CARD_MAX_WORDS
            and reads_as_title(lines[0].strip())
            and p.body.startswith(lines[0].strip())
        )
        if card:
            p.cues = [Cue("related", p.start, p.end)]
            p.body, p.content, p.title_like = "", False, False
        nxt_ok = card or (bool(p.cues) and not p.kinds() & BYLINE_CUES and not p.content)


# not after a day's number: "22. Oktober 2027" is one date
_SENTENCE_BREAK = re.compile(r"(?<=[.)])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[A-ZÀ-Þ(])")
# a line this long is text even when its sentences read as cues
CUE_SENTENCES_MAX_WORDS = 30


def _cue_sentences(line: str, base: int) -> list[Cue]:
    """Cues of a short line made of two or more cue sentences (a source line with a
    translation credit after it); [] unless every sentence is one."""
    if len(line.split()) > CUE_SENTENCES_MAX_WORDS:
        return []
    cues, at = [], 0
    parts = _SENTENCE_BREAK.split(line)
    if len(parts) < 2:
        return []
    for part in parts:
        at = line.find(part, at)
        cue = classify_line(part, base + at)
        if cue is None or cue.kind in ("junk", "footer"):
            return []
        cues.append(cue)
        at += len(part)
    return cues


def _inner_credits_are_text(paras: list[Para]) -> None:
    """A credit written as a sentence ("The report was first published in X") between two
    body paragraphs is part of the text: credits stand at an article's edge."""
    for k in range(1, len(paras) - 1):
        p = paras[k]
        if p.body or not p.cues or not all(c.sentence for c in p.cues):
            continue
        if p.text.strip().startswith("(") and p.text.strip().endswith(")"):
            continue  # "(tratto da X del 10/11/2026)": a bracketed credit is no sentence
        if paras[k - 1].content and paras[k + 1].content:
            p.cues = []
            p.body = " ".join(x.strip() for x in p.text.split("\n") if x.strip())
            p.content = reads_as_content(p.body)
            p.title_like = not p.content and reads_as_title(p.body)


def _mark_comments(paras: list[Para]) -> None:
    """What follows "3 comments" is readers' text, up to the next "Also read:". Comments
    follow an article: a "Comment" label above all body text is a section kicker."""
    inside = False
    after_text = False
    for p in paras:
        kinds = p.kinds()
        if kinds & {"also-read", "original-heading"}:
            inside = False
        elif "comments" in kinds and after_text:
            inside = True  # "Comments / Log in to comment": the header's own lines too
            p.content = p.title_like = False
        elif inside or (after_text and _comment_by_shape(p)):
            p.comment, p.content, p.title_like = True, False, False
        after_text = after_text or p.content


def _comment_by_shape(p: Para) -> bool:
    """ "u/name · 4 days ago" over a reader's text: a forum or social comment, with or
    without a "N comments" header above it."""
    lines = [x.strip() for x in p.text.split("\n") if x.strip()]
    return len(lines) >= 2 and bool(COMMENT_HEAD.match(lines[0]))


def shingles(s: str, n: int = 4) -> set[tuple[str, ...]]:
    toks = normalize_for_matching(s).split()
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


# share of an excerpt's word 4-grams found elsewhere that makes it a teaser
TEASER_OVERLAP = 0.5


def _mark_teasers(paras: list[Para]) -> None:
    """An excerpt byline whose excerpt reappears elsewhere on the page is a teaser: its
    byline names an article, its text is a duplicate. One whose excerpt appears nowhere
    else is the only copy of that text, so it stays content."""
    bodies = [shingles(q.body) for q in paras]
    where: Counter[tuple[str, ...]] = Counter()  # how many paragraphs hold each 4-gram
    for b in bodies:
        where.update(b)
    for p, own in zip(paras, bodies, strict=True):
        ex = p.cue("excerpt")
        if ex is None or len(ex.excerpt.split()) < 4:
            continue
        sh = shingles(ex.excerpt)
        elsewhere = sum(where[g] - (g in own) > 0 for g in sh)
        if sh and elsewhere / len(sh) >= TEASER_OVERLAP:
            p.teaser = True
        else:
            p.content = True
