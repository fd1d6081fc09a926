"""Ingest: paths in, documents stored, one transaction per document.

A re-run is cheap and safe: files whose bytes (and sidecar) were ingested before are
skipped without parsing, documents already stored are left alone, and a run killed
midway resumes where it stopped because each document was committed on its own.
"""

from __future__ import annotations

import csv
import hashlib
import json
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimmap.analyze.segment import segment_many
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


def merge_metadata(parsed: ParsedDoc, sidecar: dict[str, Any], extra: dict[str, str]) -> Document:
    """Metadata by precedence: sidecar > --meta CSV > the format's own > what the text states."""
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
    doc.language = fields.get("language")
    return doc


def segment_documents(docs: list[Document], settings: Settings) -> None:
    """Segments and main language for a batch of documents (one language-ID call)."""
    results = segment_many([(d.id, d.text) for d in docs], settings.languages)
    for doc, (segs, main) in zip(docs, results, strict=True):
        doc.segments = segs
        doc.language = doc.language or main


def build_document(
    parsed: ParsedDoc, sidecar: dict[str, Any], extra: dict[str, str], settings: Settings
) -> Document:
    doc = merge_metadata(parsed, sidecar, extra)
    segment_documents([doc], settings)
    return doc


def _item_key(item: RawItem, extra: dict[str, str], settings: Settings) -> str:
    h = hashlib.sha256(item.data)
    h.update(json.dumps([item.sidecar, extra], sort_keys=True, default=str).encode())
    h.update(settings.fingerprint("languages", "encoding").encode())
    return h.hexdigest()


def parse_safely(item: RawItem, settings: Settings) -> list[ParsedDoc | Failed]:
    """Parse one item; every error becomes a Failed (runs in worker processes too)."""
    try:
        return parse_item(item, settings)
    except IngestError as e:
        return [Failed(item.source, str(e))]
    except Exception as e:  # a reader bug must not stop the run: report it and go on
        return [Failed(item.source, f"internal error: {_brief(e)}")]


# below this many items a worker pool costs more to start than it saves
POOL_MIN_ITEMS = 64
BATCH_DOCS = 64


# an item to parse, its cache key and its --meta row
_Todo = tuple[RawItem, str, dict[str, str]]


@dataclass
class _Pending:
    key: str
    source: str
    sidecar: dict[str, Any]
    extra: dict[str, str]
    parsed: list[ParsedDoc | Failed]


class _Ingester:
    """Parses items (in a worker pool when there are many), segments documents in batches,
    and stores each document in its own transaction."""

    def __init__(self, store: Store, settings: Settings, meta_table: MetaTable,
                 summary: IngestSummary, report: Callable[[Failed], None]) -> None:  # fmt: skip
        self.store, self.settings, self.meta = store, settings, meta_table
        self.summary, self.report = summary, report

    def fail(self, f: Failed) -> None:
        _fail(self.store, self.summary, self.report, f)

    def todo(self, item: RawItem | Failed) -> _Todo | None:
        """Items that need parsing; failures and unchanged files are dealt with here."""
        if isinstance(item, Failed):
            self.fail(item)
            return None
        extra = self.meta.lookup(item.source, None)
        key = _item_key(item, extra, self.settings)
        known = self.store.seen_file(key)
        if known is not None and all(self.store.has_document(d) for d in known):
            if len(known) == 1:  # the same bytes under another name: remember that name too
                with self.store.transaction():
                    self.store.add_source(known[0], item.source)
            self.summary.unchanged.extend(known)
            return None
        return item, key, extra

    def store_batch(self, batch: list[_Pending]) -> None:
        docs: list[tuple[_Pending, Document]] = []
        for pend in batch:
            for p in pend.parsed:
                if isinstance(p, Failed):
                    self.fail(p)
                    continue
                row_extra = self.meta.lookup(p.source, p.external_id) or pend.extra
                try:
                    docs.append((pend, merge_metadata(p, pend.sidecar, row_extra)))
                except Exception as e:
                    self.fail(Failed(p.source, f"internal error: {_brief(e)}"))
        segment_documents([d for _, d in docs], self.settings)
        by_item: dict[int, list[Document]] = {}
        for pend, doc in docs:
            by_item.setdefault(id(pend), []).append(doc)
        for pend in batch:
            got = by_item.get(id(pend), [])
            complete = bool(got) and not any(isinstance(p, Failed) for p in pend.parsed)
            for n, doc in enumerate(got):
                # one transaction per document; an item's last document also records the
                # item as done, so a resumed run skips it without parsing
                with self.store.transaction():
                    new = self.store.put_document(doc)
                    if doc.source != pend.source:
                        self.store.clear_failure(doc.source)
                    if complete and n == len(got) - 1:
                        self.store.mark_file(pend.key, pend.source, [d.id for d in got])
                        self.store.clear_failure(pend.source)
                (self.summary.stored if new else self.summary.unchanged).append(doc.id)

    def run(self, items: Iterable[RawItem | Failed], workers: int,
            progress: Callable[[int], None] | None) -> None:  # fmt: skip
        todo = (t for t in map(self.todo, items) if t is not None)
        batch: list[_Pending] = []
        n_docs = 0
        for (item, key, extra), parsed in self._parse(todo, workers):
            batch.append(_Pending(key, item.source, item.sidecar, extra, parsed))
            n_docs += len(parsed)
            if progress:
                progress(len(item.data))
            if n_docs >= BATCH_DOCS:
                self.store_batch(batch)
                batch, n_docs = [], 0
        if batch:
            self.store_batch(batch)

    def _parse(
        self, todo: Iterator[_Todo], workers: int
    ) -> Iterator[tuple[_Todo, list[ParsedDoc | Failed]]]:
        if workers <= 1:
            for t in todo:
                yield t, parse_safely(t[0], self.settings)
            return
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: the language detector's native threads do not survive a fork
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_exit_with_parent, initargs=(os.getpid(),)
        ) as pool:
            window: list[tuple[_Todo, Any]] = []
            for t in todo:
                window.append((t, pool.submit(parse_safely, t[0], self.settings)))
                if len(window) >= workers * 16:  # bounded: never hold the whole corpus
                    head, fut = window.pop(0)
                    yield head, fut.result()
            for head, fut in window:
                yield head, fut.result()


def _exit_with_parent(parent: int) -> None:
    """Worker start-up: leave when the ingesting process dies (a killed run must not leave
    parser processes behind: they hold their own queue's pipe open and would wait forever)."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def ingest_items(
    items: Iterable[RawItem | Failed],
    store: Store,
    settings: Settings,
    meta_table: MetaTable,
    summary: IngestSummary,
    report: Callable[[Failed], None],
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> None:
    _Ingester(store, settings, meta_table, summary, report).run(items, workers, progress)


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
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    on_start: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders and globs; returns what was stored, unchanged and failed.

    ``workers``: parser processes; by default one per core once there are enough files to
    repay starting them. ``on_start(total_bytes)`` is called once the paths are expanded;
    ``progress(n_bytes)`` after each item.
    """
    summary = IngestSummary()
    files, failed, summary.skipped = expand_paths(paths)
    if on_start:  # the total bytes to read, for a progress bar
        on_start(sum(f.stat().st_size for f in files))
    for f in failed:
        _fail(store, summary, report, f)
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(files) >= POOL_MIN_ITEMS else 1

    def items() -> Iterator[RawItem | Failed]:
        for path in files:
            try:
                yield from read_file(path, settings)
            except IngestError as e:
                yield Failed(str(path), str(e))
            except OSError as e:
                yield Failed(str(path), f"cannot read ({e.strerror or e})")

    ingest_items(items(), store, settings, MetaTable(meta_csv), summary, report, workers, progress)
    return summary
