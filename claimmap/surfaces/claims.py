"""Claims, disputes and the timeline as a reader sees them, every value with its sources."""

from __future__ import annotations

from typing import Any

from claimmap.store.base import Store


def _outlets(store: Store) -> dict[str, str | None]:
    return {r.id: r.outlet for r in store.list_documents()}


def claim_rows(store: Store, kind: str | None = None, doc: str | None = None) -> list[dict]:
    rows = store.records("claim", doc)
    return [r for r in rows if not kind or r["kind"] == kind]


def fmt_value(v: Any) -> str:
    if isinstance(v, dict) and "low" in v:
        return f"{v['low']:,}–{v['high']:,}" if isinstance(v["low"], int | float) else str(v)
    if isinstance(v, dict) and "date" in v:
        return str(v.get("date"))
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int | float) else str(v)


def dispute_rows(store: Store) -> list[dict[str, Any]]:
    """Clusters with more than one claim: conflicts first, by how many sources take part."""
    rows = [c for c in store.records("cluster") if len(c["claims"]) > 1]
    order = {"conflict": 0, "series": 1, "agree": 2, "single": 3}
    rows.sort(key=lambda c: (order.get(c["status"], 9), -c["independent_sources"], c["id"]))
    return rows


def cluster_detail(store: Store, cluster_id: str) -> dict[str, Any] | None:
    cluster = store.record("cluster", cluster_id)
    if cluster is None:
        matches = [c for c in store.records("cluster") if c["id"].startswith(cluster_id)]
        if len(matches) != 1:
            return None
        cluster = matches[0]
    outlets = _outlets(store)
    claims = {c["id"]: c for c in store.records("claim") if c["id"] in set(cluster["claims"])}
    texts: dict[str, str] = {}
    records = []
    for cid in cluster["claims"]:
        if cid not in claims:
            continue
        r = {**claims[cid], "outlet": outlets.get(claims[cid]["doc"])}
        sent = r.get("sentence")
        if sent:
            if r["doc"] not in texts:
                doc = store.get_document(r["doc"], with_segments=False)
                texts[r["doc"]] = doc.text if doc else ""
            r["sentence_text"] = texts[r["doc"]][sent[0] : sent[1]]
        records.append(r)
    cluster["claim_records"] = records
    return cluster
