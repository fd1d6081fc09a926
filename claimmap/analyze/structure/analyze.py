"""A page → its embedded articles (who wrote what, for whom, when) and its furniture."""

from __future__ import annotations

from collections import Counter
from datetime import date

from claimmap.analyze.structure.blocks import (
    BYLINE_CUES,
    TEASER_OVERLAP,
    Para,
    build_paras,
    shingles,
)
from claimmap.analyze.structure.cues import NOTE_PHRASES
from claimmap.analyze.structure.fields import Fields, Found, read_cues
from claimmap.analyze.structure.furniture import mark_furniture
from claimmap.analyze.structure.lines import fill_fields, line_scores, propose_starts
from claimmap.analyze.structure.names import fold, is_generic, split_authors
from claimmap.analyze.structure.outlets import OutletTable
from claimmap.analyze.structure.page import outlet_from_own_byline, page_record
from claimmap.analyze.structure.pairing import pair_translations
from claimmap.analyze.structure.patterns import OUTLET_HEAD, PAGE_TRANSLATIONS
from claimmap.analyze.structure.records import Article, Evidence, Structure
from claimmap.analyze.structure.split import BREAKS, NO_STANDFIRST, Draft, split

# bylines that may close an article, under its last paragraph
CLOSING_BYLINES = {"by", "signature", "published", "date-line", "source", "credits", "bio",
                   "updated", "translated", "name-line"}  # fmt: skip


def analyze_structure(
    text: str,
    *,
    title: str | None,
    outlet: str | None,
    author: str | None,
    published: str | None,
    paragraphs: list[tuple[int, int]],
    paragraph_langs: list[str | None],
    outlets: OutletTable,
    learned: bool = True,
) -> Structure:
    """Embedded articles and furniture of one page.

    ``title``/``outlet``/``author``/``published`` are the page's own metadata (what the
    store holds for the document); ``paragraphs`` and ``paragraph_langs`` its paragraph
    spans and their languages. A page with no embedded article yields one "main" article
    with the page's metadata; fields no cue states stay None. With ``learned`` (default)
    an article is split where the learned line reader sees a headline over a byline inside
    it (``lines.propose_starts``), and a field no rule read is filled from the line the
    reader scores best near the article (``lines.fill_fields``) when a value can be read
    off that line.
    """
    paras = build_paras(text, paragraphs, paragraph_langs, outlets)
    drafts = _join_standfirsts(split(paras), paras)
    if not drafts:  # no body text at all (a headline, a list): still the page's one article
        body = [p.i for p in paras if p.body and not p.comment]
        drafts = [Draft(content=body)] if body else []
    # headlines a teaser may have glued before its byline
    titles = list(
        dict.fromkeys(([title] if title else []) + [p.body for p in paras if p.title_like])
    )
    fields = [read_cues(d.cues(), titles, outlets) for d in drafts]
    for d, f in zip(drafts, fields, strict=True):
        if f.outlet is None and (found := outlet_in_headline(paras, d)):
            f.offer("outlet", found)
    _attach_teasers(paras, drafts, fields, titles, outlets)
    page = page_record(text, title, outlet, author, published, paras, fields, outlets)
    arts = [_article(paras, d, f, page, outlets) for d, f in zip(drafts, fields, strict=True)]
    _aggregator_roles(arts, fields, page, outlets)
    # "Le traduzioni sono a cura della redazione" under a press review: its reposts are
    # the site's translations
    if any(len(p.body.split()) <= 25 and PAGE_TRANSLATIONS.match(p.body) for p in paras):
        for a in arts:
            if a.role == "repost":
                a.role = "translation"
    outlet_from_own_byline(page, arts)
    keep = [
        k
        for k, d in enumerate(drafts)
        if not (len(drafts) > 1 and _scrap(d, fields[k], paras))
        and not (k > 0 and _headless_tail(d, fields[k], paras))
    ]
    # an introduction is judged against the articles that stay, not the tails dropped above
    kept = [arts[k] for k in keep]
    keep = [
        k
        for k in keep
        if not _own_voice_only(drafts[k], fields[k], paras, page, kept, first=k == 0)
    ]
    arts = [arts[k] for k in keep]
    drafts = [drafts[k] for k in keep]
    fields = [fields[k] for k in keep]
    pair_translations(arts, drafts, fields, outlets)
    # the page's title belongs to its first text, not to a repost under a dropped intro
    headlines = {
        _span(a, d, paras, page, first=k == 0) for k, a, d in zip(keep, arts, drafts, strict=True)
    }
    if learned:  # the learned line reader: new starts inside an article, fields no rule read
        arts = _learned(text, paragraphs, arts, outlets, author, outlet, published)
    furniture = mark_furniture(paras, arts, {i for i in headlines if i is not None})
    new = []
    for name in [page.outlet, *(a.outlet for a in arts), *(a.reposted_by for a in arts)]:
        if name and outlets.resolve(name) is None and name not in new:
            new.append(name)
    return Structure(page=page, articles=arts, furniture=furniture, new_outlets=new)


def _learned(
    text: str,
    paragraphs: list[tuple[int, int]],
    arts: list[Article],
    outlets: OutletTable,
    author: str | None,
    outlet: str | None,
    published: str | None,
) -> list[Article]:
    """Split where the reader sees a headline and a byline inside an article, then fill
    each empty author/outlet/date from the reader's best line (``lines.py``)."""
    if not arts or (probs := line_scores(text, paragraphs, outlets)) is None:
        return arts
    new = propose_starts(text, paragraphs, arts, outlets, probs=probs)
    if len(new) != len(arts):  # keep translation links pointing at the same articles
        at = {id(a): k for k, a in enumerate(new)}
        for a in new:
            if a.translation_of is not None:
                a.translation_of = at[id(arts[a.translation_of])]
    own = {"author": author, "outlet": outlet, "published": published}
    fill_fields(text, paragraphs, new, outlets, page=own, probs=probs)
    return new


def article_at(structure: Structure, offset: int) -> Article | None:
    """The article a character belongs to: the embedded article covering ``offset``, else the
    page itself; None when ``offset`` is outside the text."""
    if not structure.page.start <= offset < max(structure.page.end, 1):
        return None
    for a in structure.articles:
        if a.start <= offset < a.end:
            return a
    return structure.page


# -- articles -------------------------------------------------------------------------


def _attach_teasers(
    paras: list[Para],
    drafts: list[Draft],
    fields: list[Fields],
    titles: list[str],
    table: OutletTable,
) -> None:
    """A teaser's byline belongs to the article whose text its excerpt repeats."""
    bodies = [set().union(*(shingles(paras[i].body) for i in d.content)) for d in drafts]
    for p in paras:
        ex = p.cue("excerpt")
        if not p.teaser or ex is None:
            continue
        sh = shingles(ex.excerpt)
        scores = [len(sh & b) / len(sh) if sh else 0.0 for b in bodies]
        if not scores or max(scores) < TEASER_OVERLAP:
            continue
        k = scores.index(max(scores))
        found = read_cues([ex], titles, table)
        f = fields[k]
        for name in ("author", "outlet", "date"):
            if v := getattr(found, name):
                f.offer(name, v)
        f.repost = True
        f.outlet_is_repost_form = f.outlet_is_repost_form or (
            f.outlet is not None and f.outlet.rule == "excerpt"
        )


def outlet_in_headline(paras: list[Para], d: Draft) -> Found | None:
    """A press review's item head names the outlet in capitals before the headline:
    "BALKAN LEDGER – «The builder says …»", "LE MONDE: …"."""
    heads = d.heads.get(d.content[0], []) if d.content else []
    for i in heads[-1:]:
        p = paras[i]
        if m := OUTLET_HEAD.match(p.body):
            name = m.group("outlet").strip()
            value = name.title() if len(name.split()) > 1 else name
            return Found(value, p.start + m.start("outlet"), p.start + m.end("outlet"), "head")
    return None


def _article(paras: list[Para], d: Draft, f: Fields, page: Article, table: OutletTable) -> Article:
    a = Article(paras[d.content[0]].start, paras[d.content[-1]].end)
    langs = Counter(paras[i].lang for i in d.content if paras[i].lang)
    a.language = langs.most_common(1)[0][0] if langs else page.language
    outlet = table.resolve(f.outlet.value) or f.outlet.value if f.outlet else None
    foreign = outlet is not None and not table.same(outlet, page.outlet)
    if page.outlet:
        repost = foreign or (f.outlet is None and f.repost)
    else:
        repost = f.outlet_is_repost_form or (f.outlet is None and f.repost)
    a.role = "repost" if repost else "main"
    if f.translated or f.original_language:
        a.role = "translation"
    _fill(a, f, page, outlet)
    return a


def _fill(a: Article, f: Fields, page: Article, outlet: str | None) -> None:
    """Fields from cues; a main article takes the page's metadata first."""
    ev = a.evidence
    main = a.role == "main"

    def cue(name: str, found: Found | None) -> Found | None:
        if found is None or (name == "published" and not main and found.rule == "published"):
            return None
        ev.append(Evidence(name, found.start, found.end, found.rule))
        return found

    def from_page(name: str, value: str | None) -> str | None:
        if value:
            ev.append(Evidence(name, 0, 0, "page-metadata"))
        return value

    if main and page.author and not is_generic(page.author):
        a.author = from_page("author", page.author)
    elif found := cue("author", f.author):
        a.author = found.value
    if main and page.outlet:
        a.outlet = from_page("outlet", page.outlet)
    elif cue("outlet", f.outlet):
        a.outlet = outlet
    if main and page.published:
        a.published, a.granularity = from_page("published", page.published), page.granularity
    elif (
        f.date
        and (value := with_year(f.date.value, page.published))
        and (found := cue("published", f.date))
    ):
        a.published, a.granularity = value, found.extra
    if main and a.author is None and page.author:
        a.author = page.author  # "admin" signs the page; better than nothing for its own text
    a.authors = split_authors(a.author) if a.author else ()
    if found := cue("translated_by", f.translated_by):
        a.translated_by = found.value
    if f.original_language and f.original_language.value:  # "(Albanian)" named
        a.original_language = f.original_language.value
        cue("original_language", f.original_language)
    if not main and page.outlet and not (a.outlet and a.outlet == page.outlet):
        a.reposted_by = page.outlet


def with_year(value: str, page_date: str | None) -> str | None:
    """A wire dateline's "--04-02" takes the year of the page that carries it (the year
    before, when that would date it after the page); None without a page year."""
    if not value.startswith("--"):
        return value
    if not page_date or len(page_date) < 4 or not page_date[:4].isdigit():
        return None
    year = int(page_date[:4])
    for y in (year, year - 1):
        try:
            d = date(y, int(value[2:4]), int(value[5:7]))
        except ValueError:
            continue
        if len(page_date) < 10 or d.isoformat() <= page_date[:10]:
            return d.isoformat()
    return None


def _aggregator_roles(
    arts: list[Article], fields: list[Fields], page: Article, table: OutletTable
) -> None:
    """With no page outlet to compare against, articles naming two or more outlets are
    reposts: one page does not publish as two outlets."""
    if page.outlet:
        return
    named = [(a, f) for a, f in zip(arts, fields, strict=True) if f.outlet and a.role == "main"]
    keys = {fold(table.resolve(f.outlet.value) or f.outlet.value) for _, f in named if f.outlet}
    if len(keys) < 2:
        return
    for a, f in named:
        a.role = "repost"
        a.evidence = [e for e in a.evidence if e.rule != "page-metadata"]
        a.author = a.outlet = a.published = a.granularity = None
        _fill(a, f, page, table.resolve(f.outlet.value) or f.outlet.value if f.outlet else None)


def _own_voice_only(
    d: Draft, f: Fields, paras: list[Para], page: Article, arts: list[Article], first: bool
) -> bool:
    """An aggregator's introduction standing alone between its reposts is the page's own
    voice (``page`` answers for it), not an article of its own."""
    # the page's own "Published on … by X" line signs the note, not an article
    if (f.author and f.author.rule != "published") or f.outlet:
        return False
    if not any(a.role != "main" for a in arts):
        return False
    if all(_is_note(paras[i], page) for i in d.content):
        return True
    # a short opening text above reposts only ("Readers keep sending us the same three
    # pieces…"), signed by nothing but the page's own date line, introduces them
    others = arts[1:]
    words = sum(len(paras[i].body.split()) for i in d.content)
    own_cues = {c.kind for c in d.cues()} <= {"published", "date-line", "updated"}
    return (
        first
        and words < INTRO_MAX_WORDS
        and own_cues
        and bool(others)
        and all(a.role != "main" for a in others)
    )


# an aggregator's introduction above its reposts runs to a paragraph or two
INTRO_MAX_WORDS = 100
# fewer words than this, and no byline: a stray line between articles, not an article
MIN_ARTICLE_WORDS = 25


def _scrap(d: Draft, f: Fields, paras: list[Para]) -> bool:
    words = sum(len(paras[i].body.split()) for i in d.content)
    return words < MIN_ARTICLE_WORDS and not (f.author or f.outlet or f.date)


# a standfirst (chapô, sell) runs to a few sentences: longer, it is an article of its own
STANDFIRST_MAX_WORDS = 60


def _join_standfirsts(drafts: list[Draft], paras: list[Para]) -> list[Draft]:
    """A short run of text with no cue of its own, right above the byline that opens the
    next draft (nothing but cue lines between), is that article's standfirst or a headline
    that reads as a sentence ("Who Carries the Risk?"), not an article of its own."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.cues()
            and d.opening
            # under a section head of its own, or under a credit naming its source
            and d.reason not in NO_STANDFIRST
            and sum(len(paras[i].body.split()) for i in prev.content) < STANDFIRST_MAX_WORDS
            and all(
                not paras[j].content and not paras[j].kinds() & BREAKS
                for j in range(prev.content[-1] + 1, d.content[0])
            )
        ):
            d.content = prev.content + d.content
            d.heads = {**prev.heads, **d.heads}
            d.reason, d.reason_span = prev.reason, prev.reason_span
            out[-1] = d
        else:
            out.append(d)
    return out


def _headless_tail(d: Draft, f: Fields, paras: list[Para]) -> bool:
    """Text after the end of an article (a share bar, "Most read", "(End)") with no headline,
    byline or date of its own: a newsletter pitch, a legal notice, a reader's note — not
    another article. An "Also read:" block may carry a bare repost, so it is not judged."""
    if d.cues() or d.reason in ("teaser", "dateline", "language"):
        return False
    if all("footer" in paras[i].kinds() for i in d.content):
        return True  # "X is a non-profit … © 2027 X": the site's own box, whatever heads it
    if d.reason == "also-read":
        return False
    if f.author or f.outlet or f.date or f.translated:
        return False
    return not any(paras[i].title_like for heads in d.heads.values() for i in heads)


def _is_note(p: Para, page: Article) -> bool:
    """The aggregator's own voice: "X republishes it in full", "Below is our translation"."""
    low = p.text.casefold()
    if any(ph in low for ph in NOTE_PHRASES):
        return True
    return bool(page.outlet) and fold(page.outlet) in fold(p.text)


def _span(a: Article, d: Draft, paras: list[Para], page: Article, *, first: bool) -> int | None:
    """Set the article's span (headline to last body paragraph or closing byline) and title;
    returns the headline paragraph's index."""
    content = list(d.content)
    if a.role != "main":  # the aggregator's own lines at either edge are not the article's
        while len(content) > 1 and _is_note(paras[content[0]], page):
            content.pop(0)
        while len(content) > 1 and _is_note(paras[content[-1]], page):
            content.pop()
    head = d.heads.get(content[0], [])
    start = head[-1] if head else content[0]
    # "« Title » – Name, Outlet, date": the line that opens the article holds its title
    for c in d.opening:
        if c.kind == "quoted-head":
            start = min(start, next(p.i for p in paras if p.start <= c.start < p.end + 1))
    if first and a.role == "main":
        # a page's own article starts at the top unless a teaser or text comes first
        before = paras[:start]
        if not any(p.teaser or p.content for p in before):
            start = next((p.i for p in before if p.title_like or p.kinds() & BYLINE_CUES), start)
    if first and page.title:
        # the page title repeated just above the body (under site names, breadcrumbs or an
        # intro note) is this article's headline; what is above it is the page's
        lo = min([*d.heads.get(d.content[0], []), d.content[0], start])
        reps = [
            i
            for i in range(lo, content[min(2, len(content) - 1)])
            if _same_title(paras[i].body, page.title)
            and (not paras[i].content or fold(paras[i].body) == fold(page.title))
        ]
        # back up to it only over lines that are no headline of their own
        between = range(reps[-1] + 1, start + 1) if reps else range(0)
        if reps and (reps[-1] >= start or not any(paras[j].title_like for j in between)):
            start = reps[-1]
            content = [i for i in content if i > start]
    end = content[-1]
    while end + 1 < len(paras):
        nxt = paras[end + 1]
        if nxt.content or nxt.title_like or not nxt.kinds() & CLOSING_BYLINES:
            break
        end += 1
    a.start, a.end = paras[start].start, paras[end].end
    title_para = next((paras[i] for i in range(start, content[0]) if paras[i].title_like), None)
    a.title = title_para.body if title_para else (page.title if a.role == "main" else None)
    if title_para:
        a.evidence.append(Evidence("title", title_para.start, title_para.end, "headline"))
    a.evidence.append(Evidence("start", *d.reason_span, d.reason))
    return title_para.i if title_para else None


def _same_title(line: str, title: str) -> bool:
    a, b = fold(line), fold(title)
    return bool(a) and (a == b or (len(a) > 20 and (a in b or b in a)))
