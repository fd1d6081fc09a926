"""What an export contains: named top-level lists, each produced by one function.

Later stages register their own section (``reuse``, ``entities``, ``claims`` …) here, so
the exporter never needs to know about them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from claimmap.store.base import Store

Section = Callable[[Store], Iterator[dict[str, Any]]]
SECTIONS: dict[str, Section] = {}
# the record type each section's lines carry in jsonl exports
RECORD_TYPE: dict[str, str] = {}


def section(name: str, record_type: str) -> Callable[[Section], Section]:
    def deco(fn: Section) -> Section:
        SECTIONS[name] = fn
        RECORD_TYPE[name] = record_type
        return fn

    return deco


@section("documents", "document")
def documents(store: Store) -> Iterator[dict[str, Any]]:
    sources_of = getattr(store, "sources_of", None)
    for doc in store.iter_documents(with_segments=True):
        yield {
            "id": doc.id,
            "source": doc.source,
            "sources": sources_of(doc.id) if sources_of else [doc.source],
            "external_id": doc.external_id,
            "title": doc.title,
            "outlet": doc.outlet,
            "author": doc.author,
            "published": doc.published,
            "published_granularity": doc.published_granularity,
            "language": doc.language,
            "format": doc.fmt,
            "meta": doc.meta,
            "text": doc.text,
            "segments": [
                {
                    "kind": s.kind,
                    "start": s.start,
                    "end": s.end,
                    "lang": s.lang,
                    **({"paragraph": s.parent} if s.parent is not None else {}),
                }
                for s in doc.segments
            ],
        }


@section("articles", "article")
def articles(store: Store) -> Iterator[dict[str, Any]]:
    """Embedded articles: whose text each stretch of a page is."""
    for doc_id, data in store.structures():
        for i, a in enumerate(data["articles"]):
            yield {
                "doc": doc_id,
                "index": i,
                "start": a["start"],
                "end": a["end"],
                "role": a["role"],
                "title": a.get("title"),
                "author": a.get("author"),
                "outlet": a.get("outlet"),
                "published": a.get("published"),
                "language": a.get("language"),
                "reposted_by": a.get("reposted_by"),
                "translation_of": a.get("translation_of"),
                "translated_by": a.get("translated_by"),
            }


@section("furniture", "furniture")
def furniture(store: Store) -> Iterator[dict[str, Any]]:
    for doc_id, data in store.structures():
        for f in data["furniture"]:
            yield {"doc": doc_id, "start": f["start"], "end": f["end"], "kind": f["kind"]}


@section("reuse", "reuse")
def reuse(store: Store) -> Iterator[dict[str, Any]]:
    for r in store.reuse():
        yield {
            "id": r.id,
            "kind": r.kind,
            "a": r.a.to_dict(),
            "b": r.b.to_dict(),
            "score": round(r.score, 4),
            "boilerplate": r.boilerplate,
            "cluster": r.cluster,
            "stage": r.stage,
        }


@section("reuse_clusters", "reuse_cluster")
def reuse_clusters(store: Store) -> Iterator[dict[str, Any]]:
    yield from store.reuse_clusters()


@section("entities", "entity")
def entities(store: Store) -> Iterator[dict[str, Any]]:
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for m in store.mentions():
        if m["entity_id"]:
            by_entity.setdefault(m["entity_id"], []).append(
                {"doc": m["doc"], "start": m["start"], "end": m["end"], "text": m["text"]}
            )
    for e in store.entities():
        yield {
            "id": e["id"],
            "name": e["name"],
            "type": e["type"],
            "aliases": e["aliases"],
            "mentions": by_entity.get(e["id"], []),
        }


@section("labels", "label")
def labels(store: Store) -> Iterator[dict[str, Any]]:
    yield from store.labels()


@section("claims", "claim")
def claims(store: Store) -> Iterator[dict[str, Any]]:
    yield from store.records("claim")


@section("clusters", "cluster")
def clusters(store: Store) -> Iterator[dict[str, Any]]:
    keys = ("id", "about", "kind", "status", "claims", "independent_sources", "groups")
    for c in store.records("cluster"):
        yield {k: c.get(k) for k in (*keys, "values", "series")}


@section("events", "event")
def events(store: Store) -> Iterator[dict[str, Any]]:
    yield from store.records("event")
