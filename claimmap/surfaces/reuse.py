"""Reuse as a reader sees it: clusters with outlets and earliest appearance, and one
document's passages with their twins."""

from __future__ import annotations

from typing import Any

from claimmap.store.base import Store


def _outlets(store: Store) -> dict[str, str | None]:
    return {r.id: r.outlet for r in store.list_documents()}


def earliest_label(earliest: dict[str, Any], outlets: dict[str, str | None]) -> str:
    basis = earliest["basis"]
    undated = f" (+{len(earliest['undated'])} undated)" if earliest.get("undated") else ""
    if basis == "date":
        doc = earliest["doc"]
        return f"{outlets.get(doc) or doc} {earliest['published']}{undated}"
    if basis == "tie":
        names = sorted({outlets.get(d) or d for d in earliest["tied"]})
        return f"tie: {', '.join(names)}{undated}"
    return "unknown (no dates)"


def cluster_rows(store: Store, boilerplate: bool = False) -> list[dict[str, Any]]:
    outlets = _outlets(store)
    kinds: dict[int, set[str]] = {}
    for r in store.reuse():
        if r.cluster is not None:
            kinds.setdefault(r.cluster, set()).add(r.kind)
    rows = []
    for c in store.reuse_clusters():
        if c["boilerplate"] and not boilerplate:
            continue
        first = c["members"][0]
        doc = store.get_document(first["doc"], with_segments=False)
        sample = doc.text[first["start"] : first["end"]] if doc else ""
        rows.append(
            {
                **c,
                "outlets": sorted({outlets.get(d) or "?" for d in c["docs"]}),
                "kinds": sorted(kinds.get(c["id"], ())),
                "earliest_label": earliest_label(c["earliest"], outlets),
                "sample": " ".join(sample.split()),
            }
        )
    rows.sort(key=lambda r: (-len(r["docs"]), -len(r["members"]), r["id"]))
    return rows


def doc_passages(store: Store, doc_id: str, boilerplate: bool = False) -> list[dict[str, Any]]:
    outlets = _outlets(store)
    doc = store.get_document(doc_id, with_segments=False)
    assert doc is not None
    rows = []
    for r in store.reuse(doc_id):
        if r.boilerplate and not boilerplate:
            continue
        # a passage inside one document appears twice: once from each side
        sides = [(r.a, r.b), (r.b, r.a)] if r.a.doc == r.b.doc else [
            (r.a, r.b) if r.a.doc == doc_id else (r.b, r.a)
        ]  # fmt: skip
        for here, twin in sides:
            rows.append(
                {
                    "kind": r.kind,
                    "here": here.to_dict(),
                    "twin": twin.to_dict(),
                    "twin_outlet": outlets.get(twin.doc),
                    "score": r.score,
                    "boilerplate": r.boilerplate,
                    "cluster": r.cluster,
                    "text": " ".join(doc.text[here.start : here.end].split()),
                }
            )
    rows.sort(key=lambda x: x["here"]["start"])
    return rows
