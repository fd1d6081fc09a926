"""Cutting a page into article drafts: runs of body paragraphs with the cues around them.

One pass over the paragraphs. "(End)", "***", "Also read:", "Related posts" and an
"Original article (Italian)" heading end the article in progress; a byline under a new
headline, a translation note, or a run of paragraphs in another language start a new one.
Cues seen before an article's first body paragraph open it; bylines right after its body
close it. Which article a teaser names is decided later, by its text, not its position.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from claimmap.analyze.stopwords import STOPWORDS
from claimmap.analyze.structure.blocks import BYLINE_CUES, Para, reads_as_title
from claimmap.analyze.structure.names import fold, is_person
from claimmap.analyze.structure.patterns import BY_INSIDE, Cue

BREAKS = {"end", "also-read", "related", "original-heading"}
# cues that only ever open an article: after body text they mean a new one begins
OPENING_ONLY = {"translated", "original-link", "by-header", "publication", "excerpt", "quoted-head"}
# credits that stand under an article's last line: text after them is not its body
FINAL_CREDITS = {"translated", "source", "credits"}
_FUNCTION_WORDS = frozenset().union(*STOPWORDS.values())
# two paragraphs in a row in another language, after two in this one: a new article
LANGUAGE_RUN = 2


@dataclass(slots=True)
class Draft:
    content: list[int] = field(default_factory=list)  # body paragraph indexes
    heads: dict[int, list[int]] = field(default_factory=dict)  # headline paras before each
    opening: list[Cue] = field(default_factory=list)
    closing: list[Cue] = field(default_factory=list)
    closed: bool = False
    reason: str = "page-start"  # what started it
    reason_span: tuple[int, int] = (0, 0)

    def cues(self) -> list[Cue]:
        return self.opening + self.closing


def _language(paras: list[Para], idx: list[int]) -> str | None:
    langs = Counter(paras[i].lang for i in idx if paras[i].lang)
    return langs.most_common(1)[0][0] if langs else None


def _switches_language(paras: list[Para], cur: Draft, i: int) -> bool:
    lang = paras[i].lang
    own = _language(paras, cur.content)
    if not lang or not own or lang == own:
        return False
    if sum(paras[j].lang == own for j in cur.content) < LANGUAGE_RUN:
        return False
    ahead = (q for q in islice(paras, i + 1, None) if q.content)
    nxt = [q for q, _ in zip(ahead, range(LANGUAGE_RUN - 1), strict=False)]
    return len(nxt) == LANGUAGE_RUN - 1 and all(q.lang == lang for q in nxt)


def split(paras: list[Para]) -> list[Draft]:
    drafts: list[Draft] = []
    cur: Draft | None = None
    prelude: list[Cue] = []
    pending: list[int] = []  # headline-like paragraphs since the last body paragraph
    fresh = False  # one of them is not a repetition of a headline seen in this section
    seen: set[str] = set()
    reason: tuple[str, tuple[int, int]] = ("page-start", (0, 0))

    # is there body text later in this section? An opening byline must open something.
    ahead = [False] * len(paras)
    seen_body = False
    for q in reversed(paras):
        ahead[q.i] = seen_body
        if q.kinds() & BREAKS:
            seen_body = False
        seen_body = seen_body or q.content

    def close(trailing: bool = False) -> None:
        nonlocal cur
        if cur is not None and cur.content:
            if trailing and pending:
                _bare_name_signature(paras, cur, pending[0])
            drafts.append(cur)
        cur = None

    for p in paras:
        if p.comment and not p.kinds() & BREAKS:
            if cur is not None and cur.content:
                cur.closed = True  # readers' comments follow an article's text
            pending, fresh = [], False  # and a line above them heads nothing below them
            continue  # a reader's name over a comment signs no article
        kinds = p.kinds()
        bylines = [c for c in p.cues if c.kind in BYLINE_CUES and c.kind != "excerpt"]
        if brk := next((c for c in p.cues if c.kind in BREAKS), None):
            close(trailing=True)
            prelude, pending, fresh, seen = list(bylines), [], False, set()
            reason = (brk.kind, (brk.start, brk.end))
            continue
        has_body = cur is not None and bool(cur.content)
        if p.teaser:
            # a teaser before a new headline and body means the article in progress ended
            if has_body and fresh:
                close()
                reason = ("teaser", (p.start, p.end))
            continue
        if p.content:
            excerpt = p.cue("excerpt")
            new = cur is None or cur.closed
            new = new or (excerpt is not None and has_body)  # a repost given as an excerpt
            if (dl := p.cue("dateline")) is not None and has_body:  # a wire story begins
                new, reason = True, ("dateline", (dl.start, dl.end))
            if not new and cur is not None and _switches_language(paras, cur, p.i):
                new, reason = True, ("language", (p.start, p.end))
            if new:
                close()
                cur = Draft(opening=prelude, reason=reason[0], reason_span=reason[1])
                prelude, reason = [], ("after-article", (p.start, p.start))
            assert cur is not None
            if excerpt is not None:
                cur.opening.append(excerpt)
            standfirst = len(cur.content) == 1
            if byline := _bare_name_byline(paras, pending, after_standfirst=standfirst):
                cur.opening.append(byline)
                pending = pending[:-1]
            cur.heads[p.i] = pending
            pending, fresh = [], False
            cur.content.append(p.i)
            (cur.closing if len(cur.content) > 1 else cur.opening).extend(bylines)
            continue
        if p.title_like and has_body and _lead_in(paras, p):
            assert cur is not None
            cur.closed = True  # "And this is what the X wrote on Monday:" ends the text above
            continue
        if p.title_like:
            pending.append(p.i)
            fresh = fresh or fold(p.body) not in seen
            seen.add(fold(p.body))
            continue
        if bylines:
            # a byline under a new headline opens an article; under a repeated one it does not
            on_top = _headline_on_top(p)
            opening = (fresh or bool(kinds & OPENING_ONLY) or on_top) and ahead[p.i]
            # a credit between a body of some length and the next headline closes the
            # body ("English version (Translated by X)" under a stray line still opens)
            if opening and not fresh and not pending and _headline_next(paras, p.i):
                opening = cur is None or len(cur.content) < 2
            # under the page's one-paragraph introduction and over the next headline, a
            # source credit names what follows ("Article published in X. Our translation.")
            elif (
                kinds & FINAL_CREDITS
                and not drafts
                and cur is not None
                and len(cur.content) == 1
                and ahead[p.i]
                and _headline_next(paras, p.i)
            ):
                opening = True
            if has_body and opening:
                close()
                kind = HEADLINE_BYLINE if on_top and not fresh else bylines[0].kind
                reason = (kind, (bylines[0].start, bylines[0].end))
                prelude = list(bylines)
                if kind == HEADLINE_BYLINE:
                    pending = [p.i]  # the article starts at its headline, in this paragraph
            elif has_body and not pending and ahead[p.i] and _sentence_headline(paras, cur, kinds):
                # "Section / A headline that reads as a sentence. / By X / text": the
                # sentence under the section head is the headline of a new article
                assert cur is not None
                last = cur.content.pop()
                cur.heads.pop(last, None)  # the section head over it is no headline
                close()
                cur = Draft(content=[last], heads={last: []}, opening=list(bylines))
                cur.reason, cur.reason_span = SENTENCE_HEADLINE, (paras[last].start, p.end)
            elif has_body:
                assert cur is not None
                if pending:  # "Jane Roe" then "Source: …" under the last paragraph
                    _bare_name_signature(paras, cur, pending[0])
                cur.closing.extend(bylines)
                # a source or translator credit under a body is its last line (under a
                # lone line that reads as a sentence it is a note above the body)
                cur.closed = cur.closed or (_long_body(paras, cur) and bool(kinds & FINAL_CREDITS))
            else:
                prelude.extend(bylines)
        if kinds & {"source-link", "share", "comments"}:
            if cur is not None and cur.content:
                cur.closing.extend(c for c in p.cues if c.kind == "source-link")
                cur.closed = True
            else:
                prelude.extend(c for c in p.cues if c.kind == "source-link")
    close(trailing=True)
    return drafts


# a body this long, in two paragraphs or more, is an article's text, not a standfirst
# with a notice above it
LONG_BODY_WORDS = 80


def _long_body(paras: list[Para], cur: Draft) -> bool:
    words = sum(len(paras[i].body.split()) for i in cur.content)
    return len(cur.content) > 1 and words >= LONG_BODY_WORDS


_BY_IN_LINE = re.compile(BY_INSIDE.pattern, re.I)


def _headline_on_top(p: Para) -> bool:
    """ "Headline / di Jane Roe" in one paragraph: the byline has its own headline above it
    (a pasted article), so it opens a new article like a byline under a fresh headline."""
    first = p.text.strip().split("\n", 1)[0].strip()
    return (
        bool(p.body)
        and p.cues[0].kind in ("by", "name-line", "date-line")
        and not _BY_IN_LINE.search(first)  # "Propos recueillis par X" is a byline's frame
        and p.body.startswith(first)
        and len(first.split()) >= 4
        and reads_as_title(first)
        and p.cues[0].start > p.start + len(first)
    )


def _headline_next(paras: list[Para], i: int) -> bool:
    """Does a headline (or a section break) come next after paragraph ``i``, before any body
    text? Bylines open an article from under its headline, so a credit line followed by
    the next headline ("Translated from the German by X", then a new title) ends the
    article above it."""
    for q in islice(paras, i + 1, None):
        if q.content:
            return False
        if q.title_like or q.kinds() & BREAKS:
            return True
    return False


# why a draft began: a sentence-like headline under a section head, over a byline; a
# byline with its headline on top in one paragraph
SENTENCE_HEADLINE = "sentence-headline"
HEADLINE_BYLINE = "headline-byline"
# drafts that take no standfirst from the text above them: what opened them says the
# text above is another's (a section head, a pasted headline, a source credit, a dateline)
NO_STANDFIRST = {SENTENCE_HEADLINE, HEADLINE_BYLINE, "source", "dateline"}
# a headline that reads as a sentence runs to a line or two
SENTENCE_HEADLINE_MAX_WORDS = 40


def _sentence_headline(paras: list[Para], cur: Draft, kinds: set[str]) -> bool:
    """An author's byline right under a short paragraph that sits under a heading of its
    own, after earlier text: that paragraph is the next article's headline."""
    if len(cur.content) < 2 or not kinds & {"by", "name-line"}:
        return False
    last = cur.content[-1]
    return (
        bool(cur.heads.get(last))
        and len(paras[last].body.split()) <= SENTENCE_HEADLINE_MAX_WORDS
        and not paras[last].body.rstrip().endswith(":")  # a lead-in, not a headline
    )


def _lead_in(paras: list[Para], p: Para) -> bool:
    """A one-line note ending in a colon, under a body and over a new headline that its own
    text follows: it introduces the next article ("Here is what the X wrote:")."""
    if "\n" in p.text.strip() or not p.body.rstrip().endswith(":"):
        return False
    nxt = [q for q in islice(paras, p.i + 1, p.i + 3)]
    return (
        len(nxt) == 2
        and nxt[0].title_like
        and nxt[0].body[:1].isalnum()
        and (nxt[1].content or bool(nxt[1].kinds() & BYLINE_CUES))
    )


def _bare_name(s: str) -> bool:
    """Two or three capitalised words, none an acronym or a function word ("In", "The")."""
    toks = s.split()
    if not 2 <= len(toks) <= 3 or not is_person(s):
        return False
    return not any(
        (t.isupper() and len(t) > 1) or t.lower() in _FUNCTION_WORDS for t in toks if t[0].isupper()
    )


# cues that date an article; a bare name next to one under a headline is its byline
DATE_CUES = {"date-line", "published", "updated"}


def _bare_name_byline(
    paras: list[Para], pending: list[int], *, after_standfirst: bool = False
) -> Cue | None:
    """ "Headline / Jane Roe / 3 April 2024 / text…": a lone name right under the headline,
    with a date line beside it, is the author's byline (a name alone could be a headline).
    Under a one-paragraph standfirst the headline is above it: the name alone is enough."""
    if len(pending) < (1 if after_standfirst else 2):
        return None
    i = pending[-1]
    p = paras[i]
    if not _bare_name(p.body) or any(q is not p and fold(q.body) == fold(p.body) for q in paras):
        return None
    if not any(paras[j].kinds() & DATE_CUES for j in (i - 1, i + 1) if 0 <= j < len(paras)):
        return None
    cue = Cue("by", p.start, p.end, {"author": (p.body, p.start, p.start + len(p.body))})
    p.cues, p.title_like = [cue], False
    return cue


def _bare_name_signature(paras: list[Para], cur: Draft, i: int) -> None:
    """A lone "Jane Roe" line right under an article's last paragraph, with nothing but
    furniture after it, signs the article."""
    p = paras[i]
    if i != cur.content[-1] + 1 or not _bare_name(p.body):
        return
    if any(q is not p and fold(q.body) == fold(p.body) for q in paras):
        return  # a repeated headline, not a name
    cue = Cue("by", p.start, p.end, {"author": (p.body, p.start, p.start + len(p.body))})
    p.cues, p.title_like = [cue], False
    cur.closing.append(cue)
