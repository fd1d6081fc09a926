"""Plain records passed between the engine's steps (all picklable, no shared state)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from claimmap.model import Span

PassageKind = Literal["copy", "near-copy"]
EarliestBasis = Literal["date", "tie", "unknown"]


@dataclass(frozen=True, slots=True)
class ReuseDoc:
    """Input: a document's canonical text and what dating/outlet it has."""

    doc_id: str
    text: str
    outlet: str | None = None
    published: str | None = None  # ISO 8601 prefix: "2020-05-17", "2020-05", "2020" or None
    # character ranges [start, end) never matched (page furniture found by other means)
    ignore: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True, eq=False)
class Prepared:
    """A document after the map step: tokens with char offsets and their hashes."""

    doc_id: str
    text: str
    outlet: str | None
    published: str | None
    tok_start: np.ndarray  # int32, char offset of each token
    tok_end: np.ndarray  # int32
    tok_hash: np.ndarray  # uint64, one per token (ignored tokens get unique values)
    gram_hash: np.ndarray  # uint64, n-gram starting at each token (len = tokens - n + 1)
    gram_ok: np.ndarray  # bool, n-gram usable as anchor (not in an ignored range)


@dataclass(frozen=True, slots=True, eq=False)
class Candidate:
    """A document pair worth aligning. ``a == b`` for reuse inside one document."""

    a: str
    b: str
    # (k, 2) int32: token index of a shared n-gram in a and in b (b's > a's when a == b)
    anchors: np.ndarray
    # per-token information content of a's and b's words, log2((N + prior) / (df + 1)) bits
    # with df the word's document frequency (None: unknown, every word counts as rare)
    bits_a: np.ndarray | None = None
    bits_b: np.ndarray | None = None
    # Per-token bool masks of a and b (None: no such token) of the tokens covered by n-grams that
    # are furniture of the document's outlet. Complete for the newer document of the pair; for an
    # older one, only n-grams also found in documents added with the newer one are known.
    boiler_a: np.ndarray | None = None
    boiler_b: np.ndarray | None = None


@dataclass(frozen=True, slots=True)
class Passage:
    """Text found in two places: ``copy`` if identical after folding, else ``near-copy``."""

    kind: PassageKind
    a: Span
    b: Span
    score: float  # word-level similarity in [0, 1]
    boilerplate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "score": self.score,
            "boilerplate": self.boilerplate,
        }


@dataclass(frozen=True, slots=True)
class Earliest:
    """Earliest known appearance of a cluster, with its uncertainty spelled out.

    ``basis`` is ``date`` when one dated member is strictly earlier than all other dated members,
    ``tie`` when several could be earliest at the precision of their dates (all in ``tied``,
    ``doc`` is then None), ``unknown`` when no member is dated. ``undated`` members could be
    earlier than any of them: they are listed, never ranked.
    """

    doc: str | None
    basis: EarliestBasis
    published: str | None = None
    tied: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "basis": self.basis,
            "published": self.published,
            "tied": list(self.tied),
            "undated": list(self.undated),
        }


@dataclass(frozen=True, slots=True)
class ReuseCluster:
    """Connected spans sharing text across documents (or within one)."""

    id: int
    members: list[Span]  # overlapping spans merged, sorted by doc then start
    docs: list[str]
    earliest: Earliest
    boilerplate: bool
    passages: list[int]  # indexes into the passage list given to cluster_passages

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "members": [m.to_dict() for m in self.members],
            "docs": list(self.docs),
            "earliest": self.earliest.to_dict(),
            "boilerplate": self.boilerplate,
            "passages": list(self.passages),
        }
