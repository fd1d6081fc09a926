"""Outlets as a reader sees them: who published which documents, and whose articles other
pages carry."""

from __future__ import annotations

from typing import Any

from claimmap.analyze.structure.outlets import OutletTable
from claimmap.store.base import Store


def outlet_rows(store: Store, table: OutletTable) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}

    def row(name: str) -> dict[str, Any]:
        canon = table.resolve(name) or name
        if canon not in rows:
            aliases = sorted(a for a in table.aliases(canon) if a != canon) if canon else []
            rows[canon] = {
                "outlet": canon,
                "aliases": aliases,
                "documents": [],
                "articles": 0,
                "reposted_by": set(),
            }
        return rows[canon]

    for doc in store.list_documents():
        if doc.outlet:
            row(doc.outlet)["documents"].append(doc.id)
    for _doc_id, data in store.structures():
        for art in data["articles"]:
            if not art.get("outlet"):
                continue
            r = row(art["outlet"])
            r["articles"] += 1
            if art.get("reposted_by"):
                r["reposted_by"].add(art["reposted_by"])
    out = []
    for r in rows.values():
        r["reposted_by"] = sorted(r["reposted_by"])
        out.append(r)
    out.sort(key=lambda r: (-len(r["documents"]) - r["articles"], r["outlet"].casefold()))
    return out
