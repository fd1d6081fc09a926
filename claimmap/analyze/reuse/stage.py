"""The ``reuse`` analysis stage: run the engine over the store, incrementally.

Old documents are indexed without pairing them again; only candidate pairs that involve a
new document are aligned. Clusters are rebuilt over every stored passage (lexical ones and
those of other stages such as ``xling``), which is cheap next to alignment.
"""

from __future__ import annotations

from claimmap.analyze.registry import Progress, Stage, register
from claimmap.config import Settings, section
from claimmap.store.base import ReuseRecord, Store

from .align import align_pair
from .cluster import cluster_passages
from .config import ReuseConfig
from .index import ReuseIndex
from .records import Passage, ReuseDoc

STAGE = "reuse"


def reuse_config(settings: Settings) -> ReuseConfig:
    """``[reuse]`` in claimmap.toml overrides the engine's defaults, field by field."""
    return section(settings, "reuse", ReuseConfig)


def _reuse_doc(store: Store, doc_id: str) -> ReuseDoc:
    doc = store.get_document(doc_id, with_segments=False)
    assert doc is not None
    return ReuseDoc(doc.id, doc.text, doc.outlet, doc.published)


def run_reuse(store: Store, settings: Settings, doc_ids: list[str], advance: Progress) -> None:
    cfg = reuse_config(settings)
    new = set(doc_ids)
    old_ids = [d for d in store.doc_ids() if d not in new]
    index = ReuseIndex(cfg)
    index.add((_reuse_doc(store, d) for d in old_ids), pairs=False)
    cands = index.add([_reuse_doc(store, d) for d in doc_ids])
    advance(0, len(cands) or 1)
    passages: list[Passage] = []
    for c in cands:
        passages.extend(align_pair(index.get(c.a), index.get(c.b), c, cfg))
        advance(1)
    with store.transaction():
        store.delete_reuse(STAGE, None if not old_ids else doc_ids)
        store.put_reuse(
            STAGE,
            [ReuseRecord(p.kind, p.a, p.b, p.score, p.boilerplate) for p in passages],
        )
        recluster(store)


def recluster(store: Store) -> None:
    """Rebuild reuse clusters over all stored passages, whichever stage found them."""
    records = store.reuse()
    passages = [Passage(r.kind, r.a, r.b, r.score, r.boilerplate) for r in records]  # type: ignore[arg-type]
    published = {row.id: row.published for row in store.list_documents()}
    clusters = cluster_passages(passages, published)
    assignment = {}
    for c in clusters:
        for i in c.passages:
            rid = records[i].id
            assert rid is not None
            assignment[rid] = c.id
    store.put_reuse_clusters(
        [
            {
                "id": c.id,
                "boilerplate": c.boilerplate,
                "docs": c.docs,
                "members": [m.to_dict() for m in c.members],
                "earliest": c.earliest.to_dict(),
            }
            for c in clusters
        ],
        assignment,
    )


REUSE = register(
    Stage(
        STAGE,
        "1",
        ("extra",),
        run_reuse,
        "copied and near-copied passages across and within documents",
    )
)
