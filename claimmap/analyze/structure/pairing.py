"""A translation and its original on one page are one article in two languages."""

from __future__ import annotations

from claimmap.analyze.structure.fields import Fields
from claimmap.analyze.structure.records import Article, Evidence
from claimmap.analyze.structure.split import Draft

# an original and its translation have about as many paragraphs
PAIR_RATIO = 2.0
SHARED = ("author", "outlet", "published")


def pair_translations(arts: list[Article], drafts: list[Draft], fields: list[Fields]) -> None:
    """Mark each translation's original on the page (``translation_of``) and share the
    byline between the two, since they are one article."""
    # an "Original article (X)" heading but no translation cue: its neighbour translates it
    if not any(a.role == "translation" for a in arts):
        for oi, f in enumerate(fields):
            near = [k for k in (oi - 1, oi + 1) if 0 <= k < len(arts) and f.original]
            near = [k for k in near if arts[k].language not in (None, arts[oi].language)]
            if near:
                arts[near[0]].role = "translation"
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


def _merge(t: Article, o: Article) -> None:
    if o.role == "main":  # it took the page's metadata, but it is the translated article
        o.evidence = [e for e in o.evidence if e.rule != "page-metadata"]
        cued = {e.field for e in o.evidence}
        for name in SHARED:
            if name not in cued:
                setattr(o, name, None)
        if "published" not in cued:
            o.granularity = None
        if "author" not in cued:
            o.authors = ()
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
