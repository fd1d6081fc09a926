"""Page furniture: repeated headlines, teasers, bylines, "Also read", end marks, captions…

Furniture is marked, never removed: every mark is a range of the unchanged text.
"""

from __future__ import annotations

from claimmap.analyze.structure.blocks import BYLINE_CUES, FURNITURE_CUES, Para
from claimmap.analyze.structure.names import fold
from claimmap.analyze.structure.records import Article, Furniture, FurnitureKind


def mark_furniture(paras: list[Para], arts: list[Article], headlines: set[int]) -> list[Furniture]:
    """``headlines``: paragraphs chosen as an article's headline (never "repeated")."""
    out: list[Furniture] = []
    seen: set[str] = set()
    for p in paras:
        if p.comment:
            out.append(Furniture(p.start, p.end, "comment"))
            continue
        for c in p.cues:
            kind: FurnitureKind | None = FURNITURE_CUES.get(c.kind)  # type: ignore[assignment]
            if c.kind == "excerpt" and p.teaser:
                kind = "teaser"
            elif kind is None and c.kind in BYLINE_CUES:
                kind = "byline"
            if kind == "teaser":
                out.append(Furniture(p.start, p.end, kind))
            elif c.kind == "excerpt":  # an excerpt that is the article: only its byline
                out.append(Furniture(c.start, c.fields["date"][2], "byline"))
            elif kind:
                out.append(Furniture(c.start, c.end, kind))
        if not p.title_like:
            continue
        key = fold(p.body)
        repeat = key in seen
        seen.add(key)
        inside = any(a.start <= p.start < a.end for a in arts)
        if repeat and p.i not in headlines:
            out.append(Furniture(p.start, p.end, "headline"))
        elif not inside and not repeat and p.i > 0:
            # a headline outside every article, below the page's own: a link to another post
            out.append(Furniture(p.start, p.end, "related"))
    out.sort(key=lambda f: (f.start, f.end))
    teasers = [f for f in out if f.kind == "teaser"]
    # a teaser covers its own byline: keep the paragraph-wide mark only
    return [
        f
        for f in out
        if f.kind == "teaser" or not any(t.start <= f.start and f.end <= t.end for t in teasers)
    ]
