"""Entities and labels as a reader sees them: who is who, and who calls whom what."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from claimmap.store.base import Store


def find_entity(store: Store, name: str) -> dict[str, Any] | None:
    """An entity by id, name or any alias (case- and accent-insensitive)."""
    from claimmap.analyze.entities.fold import fold

    ents = store.entities()
    for e in ents:
        if e["id"] == name:
            return e
    key = fold(name)
    for e in ents:
        if fold(e["name"]) == key:
            return e
    for e in ents:
        if any(fold(a) == key for a in e["aliases"]):
            return e
    return None


def label_matrix(store: Store, entity_id: str | None = None) -> list[dict[str, Any]]:
    """Per outlet (and entity): its own labels and the labels it attributes to others,
    each with how often and where."""
    names = {e["id"]: e["name"] for e in store.entities()}
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    for lb in store.labels(entity_id):
        key = (lb["outlet"] or "?", lb["entity"])
        cell = cells.setdefault(
            key,
            {"outlet": key[0], "entity": names.get(lb["entity"], lb["entity"]),
             "entity_id": lb["entity"], "own": defaultdict(list),
             "attributed": defaultdict(list)},
        )  # fmt: skip
        where = {"doc": lb["doc"], "start": lb["start"], "end": lb["end"]}
        label = ("not " if lb["negated"] else "") + lb["label"].lower()
        if lb["voice"] == "own":
            cell["own"][label].append(where)
        else:
            who = lb["attributed_to"] or "unnamed"
            cell["attributed"][f"{label} (per {who})"].append(where)
    out = []
    for cell in cells.values():
        cell["own"] = dict(cell["own"])
        cell["attributed"] = dict(cell["attributed"])
        out.append(cell)
    out.sort(key=lambda c: (c["entity"], c["outlet"]))
    return out
