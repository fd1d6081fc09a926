"""The records every stage produces.

One canonical text per document; everything found later is anchored to a
:class:`Span` — ``(doc_id, start, end)`` character offsets into that text.
The canonical text keeps the original characters: matching-oriented
normalisation happens on the side (see :func:`normalize_for_matching`) so
offsets never move.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Granularity = Literal["day", "month", "year", "season", "decade"]
SegmentKind = Literal["paragraph", "sentence"]


def doc_id_for(text: str) -> str:
    """Content address of a document: the hash of its canonical text.

    16 hex digits (64 bits) keep ids short enough to type on the command line;
    collisions are negligible at newsroom corpus sizes.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """A character range ``[start, end)`` in a document's canonical text."""

    doc: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}:{self.end} in {self.doc}")

    def text(self, canonical: str) -> str:
        return canonical[self.start : self.end]

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Segment:
    """A paragraph or sentence of a document, with its detected language."""

    doc: str
    kind: SegmentKind
    start: int
    end: int
    lang: str | None = None
    # index of the paragraph a sentence belongs to (None for paragraphs)
    parent: int | None = None

    @property
    def span(self) -> Span:
        return Span(self.doc, self.start, self.end)


@dataclass(slots=True)
class Document:
    """An ingested document. ``id`` is derived from ``text``; never set it by hand."""

    text: str
    source: str
    external_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601, only as precise as known
    published_granularity: Granularity | None = None
    language: str | None = None
    fmt: str = "txt"
    meta: dict[str, Any] = field(default_factory=dict)
    segments: list[Segment] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = doc_id_for(self.text)

    def paragraphs(self) -> list[Segment]:
        return [s for s in self.segments if s.kind == "paragraph"]

    def sentences(self) -> list[Segment]:
        return [s for s in self.segments if s.kind == "sentence"]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["segments"] = [asdict(s) for s in self.segments]
        return d


def normalize_for_matching(text: str) -> str:
    """Case-, accent- and punctuation-folded text for matching, NOT for storage.

    Length is preserved character by character (each input character maps to
    exactly one output character) so offsets found in the folded text are
    valid in the canonical text.
    """
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)
        c = base[0] if base else ch
        if c.isalnum():
            out.append(c.lower()[0])
        else:
            out.append(" ")
    return "".join(out)
