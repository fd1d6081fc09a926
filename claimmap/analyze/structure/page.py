"""The page's own metadata: what the caller holds, completed from what the page says."""

from __future__ import annotations

from collections import Counter

from claimmap.analyze.structure.blocks import Para
from claimmap.analyze.structure.fields import Fields, Found
from claimmap.analyze.structure.names import split_authors
from claimmap.analyze.structure.outlets import OutletTable
from claimmap.analyze.structure.records import Article, Evidence
from claimmap.ingest.dates import granularity_of


def page_record(
    text: str,
    title: str | None,
    outlet: str | None,
    author: str | None,
    published: str | None,
    paras: list[Para],
    fields: list[Fields],
    table: OutletTable,
) -> Article:
    page = Article(0, len(text), "main", title=title, author=author)
    ev = page.evidence
    for name, value in (("title", title), ("author", author), ("outlet", outlet)):
        if value:
            ev.append(Evidence(name, 0, 0, "page-metadata"))
    if author:
        page.authors = split_authors(author)
    page.outlet = table.resolve(outlet) or outlet
    if page.outlet is None:  # who publishes the page, as the page itself says
        found = _page_publisher(paras, fields, table)
        if found:
            page.outlet = table.resolve(found.value) or found.value
            ev.append(Evidence("outlet", found.start, found.end, found.rule))
    if published:
        page.published, page.granularity = published, granularity_of(published)
        ev.append(Evidence("published", 0, 0, "page-metadata"))
    else:
        dated = next((f.page_date for f in fields if f.page_date), None)
        dated = dated or next((_page_date(p) for p in paras if _page_date(p)), None)
        if dated:
            page.published, page.granularity = dated.value, dated.extra
            ev.append(Evidence("published", dated.start, dated.end, dated.rule))
    langs = Counter(p.lang for p in paras if p.lang and p.content)
    page.language = langs.most_common(1)[0][0] if langs else None
    return page


def _page_date(p: Para) -> Found | None:
    c = p.cue("published")
    if c and (d := c.fields.get("date")):
        return Found(d[0], d[1], d[2], c.kind, c.fields["granularity"][0])
    return None


def _page_publisher(paras: list[Para], fields: list[Fields], table: OutletTable) -> Found | None:
    """Who publishes the page, as it says itself: "Published … by Azure Voice", a translator
    the outlet table knows, an "Outlet | tagline" footer."""
    for f in fields:
        if f.publisher:
            return f.publisher
    for f in fields:
        if f.translated_by and table.resolve(f.translated_by.value):
            return f.translated_by
    for p in reversed(paras[-4:]):
        c = p.cue("footer")
        if c and (o := c.fields.get("outlet")):
            return Found(o[0], o[1], o[2], "footer")
    return None


def outlet_from_own_byline(page: Article, arts: list[Article]) -> None:
    """A "By Jane Roe, Outlet, Date" line over the page's only own article names the page's
    outlet when the caller had none."""
    own = [a for a in arts if a.role == "main" and a.outlet]
    if page.outlet or len(own) != 1:
        return
    page.outlet = own[0].outlet
    page.evidence += [e for e in own[0].evidence if e.field == "outlet"]
