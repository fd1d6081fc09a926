"""A translation and its original on one page are one article in two languages."""

from __future__ import annotations

from claimmap.analyze.structure.fields import Fields, Found
from claimmap.analyze.structure.names import is_generic, split_authors
from claimmap.analyze.structure.outlets import OutletTable
from claimmap.analyze.structure.records import Article, Evidence
from claimmap.analyze.structure.split import Draft

# an original and its translation have about as many paragraphs
PAIR_RATIO = 2.0
SHARED = ("author", "outlet", "published")


def pair_translations(
    arts: list[Article], drafts: list[Draft], fields: list[Fields], table: OutletTable
) -> None:
    """Mark each translation's original on the page (``translation_of``) and share the
    byline between the two, since they are one article."""
    # an "Original article (X)" heading but no translation cue: its neighbour translates it
    if not any(a.role == "translation" for a in arts):
        for oi, f in enumerate(fields):
            near = [k for k in (oi - 1, oi + 1) if 0 <= k < len(arts) and f.original]
            near = [k for k in near if arts[k].language not in (None, arts[oi].language)]
            if near:
                arts[near[0]].role = "translation"
                # it is not the page's own article
                _drop_page_metadata(arts[near[0]], fields[near[0]], table)
                break
    used: set[int] = set()
    for ti, t in enumerate(arts):
        if t.role != "translation" or fields[ti].original:
            continue
        oi = _original_of(ti, arts, drafts, fields, used)
        if oi is None:
            continue
        used.add(oi)
        t.translation_of = oi
        if arts[oi].role == "main":  # it took the page's metadata, but it is translated
            _drop_page_metadata(arts[oi], fields[oi], table)
        _merge(t, arts[oi])


def _original_of(
    ti: int, arts: list[Article], drafts: list[Draft], fields: list[Fields], used: set[int]
) -> int | None:
    """The article in another language with a similar paragraph count; one under an
    "Original article" heading first, then one in the language the cue names, then the
    nearest."""
    t = arts[ti]
    best: tuple[tuple[int, int, int], int] | None = None
    for oi, o in enumerate(arts):
        if oi == ti or oi in used or o.role == "translation":
            continue
        if not o.language or o.language == t.language:
            continue
        n_t, n_o = len(drafts[ti].content), len(drafts[oi].content)
        if max(n_t, n_o) > PAIR_RATIO * min(n_t, n_o):
            continue
        key = (
            0 if fields[oi].original else 1,
            0 if t.original_language in (None, o.language) else 1,
            abs(oi - ti),
        )
        if best is None or key < best[0]:
            best = (key, oi)
    return best[1] if best else None


def _drop_page_metadata(a: Article, f: Fields, table: OutletTable) -> None:
    """What an article took from the page's metadata as the page's own article gives way to
    what its own cues say (a date line under the original), or to nothing."""
    a.evidence = [e for e in a.evidence if e.rule != "page-metadata"]
    cued = {e.field for e in a.evidence}
    # a "Published on … by admin" line dates the page, not an article it carries
    date = f.date if f.date and f.date.rule != "published" else None
    own: dict[str, Found | None] = {"author": f.author, "outlet": f.outlet, "published": date}
    for name in SHARED:
        if name in cued:
            continue
        found = own[name]
        value = found.value if found else None
        if name == "outlet" and value:
            value = table.resolve(value) or value
        if not value or (name == "author" and is_generic(value)) or value.startswith("--"):
            value = None
        setattr(a, name, value)
        if found and value:
            a.evidence.append(Evidence(name, found.start, found.end, found.rule))
            if name == "published":
                a.granularity = found.extra
    if a.published is None:
        a.granularity = None
    a.authors = split_authors(a.author) if a.author else ()


def _merge(t: Article, o: Article) -> None:
    o.role = "original"
    o.evidence.append(Evidence("role", o.start, o.start, "paired-translation"))
    for src, dst in ((t, o), (o, t)):  # each fills the other's gaps
        for name in SHARED:
            if getattr(dst, name) is None and getattr(src, name) is not None:
                setattr(dst, name, getattr(src, name))
                dst.evidence += [e for e in src.evidence if e.field == name]
        if dst.published == src.published:
            dst.granularity = src.granularity
        if dst.author == src.author:
            dst.authors = src.authors
    if o.reposted_by is None and t.reposted_by and o.outlet != t.reposted_by:
        o.reposted_by = t.reposted_by
