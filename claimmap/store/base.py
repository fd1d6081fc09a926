"""The store interface: the only place with state.

Stages never talk SQL; they call these methods. SQLite implements it today,
PostgreSQL later on the same interface.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from claimmap.model import Document, Segment, Span


@dataclass(slots=True)
class DocRow:
    """A document's metadata without its text: what listings need."""

    id: str
    source: str
    external_id: str | None
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    published_granularity: str | None
    language: str | None
    fmt: str
    words: int
    ingested_at: str


@dataclass(slots=True)
class Failure:
    source: str
    reason: str
    at: str


@dataclass(slots=True)
class ReuseRecord:
    """Two spans carrying the same passage: copied, edited, reworded or translated."""

    kind: str  # copy | near-copy | paraphrase | translation
    a: Span
    b: Span
    score: float
    boilerplate: bool = False
    stage: str = ""
    cluster: int | None = None
    id: int | None = None


class Store(Protocol):
    path: str

    def transaction(self) -> AbstractContextManager[None]: ...
    def close(self) -> None: ...

    # documents
    def has_document(self, doc_id: str) -> bool: ...
    def put_document(self, doc: Document) -> bool: ...
    def add_source(self, doc_id: str, source: str) -> None: ...
    def get_document(self, doc_id: str, with_segments: bool = True) -> Document | None: ...
    def resolve_doc(self, ref: str) -> list[str]: ...
    def list_documents(self) -> list[DocRow]: ...
    def iter_documents(self, with_segments: bool = True) -> Iterator[Document]: ...
    def doc_ids(self) -> list[str]: ...
    def count_documents(self) -> int: ...
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...

    # segments (rewritten whole per document)
    def put_segments(self, doc_id: str, segments: list[Segment]) -> None: ...

    # file cache: raw bytes already ingested, so a resumed run skips parsing
    def seen_file(self, sha: str) -> list[str] | None: ...
    def mark_file(self, sha: str, source: str, doc_ids: list[str]) -> None: ...

    # failures
    def record_failure(self, source: str, reason: str) -> None: ...
    def clear_failure(self, source: str) -> None: ...
    def failures(self) -> list[Failure]: ...

    # stage bookkeeping for incremental analysis
    def stage_done(self, stage: str, key: str) -> set[str]: ...
    def mark_stage(self, stage: str, key: str, doc_ids: list[str]) -> None: ...
    def reset_stage(self, stage: str) -> None: ...

    # reuse passages and clusters
    def put_reuse(self, stage: str, records: list[ReuseRecord]) -> None: ...
    def delete_reuse(self, stage: str, doc_ids: list[str] | None = None) -> None: ...
    def reuse(self, doc_id: str | None = None) -> list[ReuseRecord]: ...
    def put_reuse_clusters(
        self, clusters: list[dict[str, Any]], assignment: dict[int, int]
    ) -> None: ...
    def reuse_clusters(self) -> list[dict[str, Any]]: ...

    # cached vectors, keyed by model and text hash
    def get_vectors(self, keys: list[str]) -> dict[str, bytes]: ...
    def put_vectors(self, model: str, items: dict[str, bytes]) -> None: ...

    # key/value settings
    def get_meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...
