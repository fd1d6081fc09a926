"""Write exports as one JSON object or as JSON lines, streaming record by record."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import IO

from claimmap import __version__
from claimmap.export.sections import RECORD_TYPE, SECTIONS
from claimmap.store.base import Store

EXPORT_SCHEMA_VERSION = "1"


def header() -> dict[str, str]:
    return {
        "claimmap_version": __version__,
        "export_schema": EXPORT_SCHEMA_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def write_json(store: Store, out: IO[str]) -> dict[str, int]:
    """One object: the header's fields, then one list per registered section."""
    counts: dict[str, int] = {}
    head = json.dumps(header(), ensure_ascii=False)
    out.write(head[:-1])
    for name, produce in SECTIONS.items():
        out.write(f', "{name}": [')
        n = 0
        for rec in produce(store):
            out.write(("," if n else "") + "\n" + json.dumps(rec, ensure_ascii=False))
            n += 1
        out.write("\n]")
        counts[name] = n
    out.write("}\n")
    return counts


def write_jsonl(store: Store, out: IO[str]) -> dict[str, int]:
    """One record a line, each with ``type`` naming its section (``document``, ``claim`` …)."""
    counts: dict[str, int] = {}
    out.write(json.dumps({"type": "header", **header()}, ensure_ascii=False) + "\n")
    for name, produce in SECTIONS.items():
        kind = RECORD_TYPE[name]
        n = 0
        for rec in produce(store):
            out.write(json.dumps({"type": kind, **rec}, ensure_ascii=False) + "\n")
            n += 1
        counts[name] = n
    return counts
