"""Ingest: paths in, documents stored, one transaction per document.

A re-run is cheap and safe: files whose bytes (and sidecar) were ingested before are
skipped without parsing, documents already stored are left alone, and a run killed
midway resumes where it stopped because each document was committed on its own.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimmap.analyze.segment import segment
from claimmap.config import Settings
from claimmap.ingest.dates import granularity_of, parse_date
from claimmap.ingest.errors import IngestError
from claimmap.ingest.readers import ParsedDoc, parse_item
from claimmap.ingest.sources import Failed, RawItem, expand_paths, read_file
from claimmap.ingest.textmeta import infer_meta
from claimmap.model import Document
from claimmap.store.base import Store

META_FIELDS = ("title", "outlet", "author", "published", "language", "url")


@dataclass
class IngestSummary:
    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    skipped: int = 0

    @property
    def ok(self) -> bool:
        """Non-zero exit only when nothing could be ingested."""
        return bool(self.stored or self.unchanged) or not self.failed


class MetaTable:
    """``--meta FILE.csv``: rows matched to items by path, file name or external id."""

    def __init__(self, path: str | None) -> None:
        self.rows: dict[str, dict[str, str]] = {}
        if not path:
            return
        with open(path, newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                key = row.get("path") or row.get("file") or row.get("source") or row.get("id")
                if key:
                    self.rows[key] = {k: v for k, v in row.items() if v}

    def lookup(self, source: str, external_id: str | None) -> dict[str, str]:
        base = source.split("#", 1)[0]
        for key in (source, base, Path(base.split("!")[-1]).name, external_id):
            if key and key in self.rows:
                return self.rows[key]
        return {}


def build_document(
    parsed: ParsedDoc, sidecar: dict[str, Any], extra: dict[str, str], settings: Settings
) -> Document:
    """Merge metadata (sidecar > --meta CSV > the format's own > what the text states)
    and segment the text."""
    inferred = infer_meta(parsed.text) if parsed.fmt in ("txt", "md", "pdf", "jsonl") else None
    fields: dict[str, Any] = {}
    for name in META_FIELDS:
        for source in (sidecar, extra):
            if source.get(name):
                fields[name] = str(source[name])
                break
        else:
            own = getattr(parsed, name, None)
            if own:
                fields[name] = own
            elif inferred is not None and name != "url":
                guess = getattr(inferred, name, None)
                if guess:
                    fields[name] = guess
    published, gran = None, None
    if fields.get("published"):
        raw = fields["published"]
        parsed_date = parse_date(raw)
        if parsed_date:
            published, gran = parsed_date
            if len(raw) >= 10 and raw[:10] == published and "T" in raw:
                published = raw  # keep a full ISO timestamp as given
        if gran is None and published:
            gran = granularity_of(published)
    meta = dict(parsed.meta)
    for k, v in {**extra, **sidecar}.items():
        if k not in META_FIELDS and k not in ("path", "file", "source", "id"):
            meta[k] = v
    if fields.get("url"):
        meta["url"] = fields["url"]
    doc = Document(
        text=parsed.text,
        source=parsed.source,
        external_id=parsed.external_id,
        title=fields.get("title"),
        outlet=fields.get("outlet"),
        author=fields.get("author"),
        published=published,
        published_granularity=gran,
        fmt=parsed.fmt,
        meta=meta,
    )
    doc.segments, main = segment(doc.id, doc.text, settings.languages)
    doc.language = fields.get("language") or main
    return doc


def _item_key(item: RawItem, extra: dict[str, str], settings: Settings) -> str:
    h = hashlib.sha256(item.data)
    h.update(json.dumps([item.sidecar, extra], sort_keys=True, default=str).encode())
    h.update(settings.fingerprint("languages", "encoding").encode())
    return h.hexdigest()


def ingest_items(
    items: Iterable[RawItem | Failed],
    store: Store,
    settings: Settings,
    meta_table: MetaTable,
    summary: IngestSummary,
    report: Callable[[Failed], None],
) -> None:
    for item in items:
        if isinstance(item, Failed):
            _fail(store, summary, report, item)
            continue
        extra = meta_table.lookup(item.source, None)
        key = _item_key(item, extra, settings)
        known = store.seen_file(key)
        if known is not None and all(store.has_document(d) for d in known):
            if len(known) == 1:  # the same bytes under another name: remember that name too
                with store.transaction():
                    store.add_source(known[0], item.source)
            summary.unchanged.extend(known)
            continue
        try:
            parsed = parse_item(item, settings)
        except IngestError as e:
            _fail(store, summary, report, Failed(item.source, str(e)))
            continue
        except Exception as e:  # a reader bug must not stop the run: report it and go on
            _fail(store, summary, report, Failed(item.source, f"internal error: {_brief(e)}"))
            continue
        ids: list[str] = []
        for p in parsed:
            if isinstance(p, Failed):
                _fail(store, summary, report, p)
                continue
            row_extra = meta_table.lookup(p.source, p.external_id) or extra
            try:
                doc = build_document(p, item.sidecar, row_extra, settings)
            except IngestError as e:
                _fail(store, summary, report, Failed(p.source, str(e)))
                continue
            except Exception as e:
                _fail(store, summary, report, Failed(p.source, f"internal error: {_brief(e)}"))
                continue
            with store.transaction():
                new = store.put_document(doc)
                store.clear_failure(p.source)
            (summary.stored if new else summary.unchanged).append(doc.id)
            ids.append(doc.id)
        if ids and not any(isinstance(p, Failed) for p in parsed):
            with store.transaction():
                store.mark_file(key, item.source, ids)
                store.clear_failure(item.source)


def _brief(e: BaseException) -> str:
    first = str(e).splitlines()[0] if str(e) else ""
    return f"{type(e).__name__}: {first}"[:300]


def _fail(
    store: Store, summary: IngestSummary, report: Callable[[Failed], None], f: Failed
) -> None:
    summary.failed.append(f)
    with store.transaction():
        store.record_failure(f.source, f.reason)
    report(f)


def ingest_paths(
    paths: list[str],
    store: Store,
    settings: Settings,
    *,
    meta_csv: str | None = None,
    report: Callable[[Failed], None] = lambda f: None,
    progress: Callable[[Path, int], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders and globs; returns what was stored, unchanged and failed."""
    summary = IngestSummary()
    files, failed, summary.skipped = expand_paths(paths)
    for f in failed:
        _fail(store, summary, report, f)
    meta_table = MetaTable(meta_csv)
    for path in files:
        try:
            items = list(read_file(path, settings))
        except IngestError as e:
            _fail(store, summary, report, Failed(str(path), str(e)))
        except OSError as e:
            _fail(store, summary, report, Failed(str(path), f"cannot read ({e.strerror or e})"))
        else:
            ingest_items(items, store, settings, meta_table, summary, report)
        if progress:
            progress(path, path.stat().st_size if path.exists() else 0)
    return summary
