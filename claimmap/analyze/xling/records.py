"""Plain records in and out of the alignment engine (no store, no model objects)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from claimmap.model import Span

XKind = Literal["translation", "paraphrase"]


@dataclass(frozen=True, slots=True)
class XSentence:
    """One sentence as the caller has it from stored segments.

    ``skip`` marks sentences that must be neither embedded nor aligned
    (boilerplate, captions, sentences already explained by verbatim reuse).
    """

    doc: str
    start: int
    end: int
    text: str
    lang: str | None = None
    skip: bool = False

    @property
    def span(self) -> Span:
        return Span(self.doc, self.start, self.end)


@dataclass(frozen=True, slots=True)
class XPair:
    """An accepted sentence pair; ``i``/``j`` index the caller's sentence list, i < j."""

    i: int
    j: int
    cos: float
    margin: float
    score: float  # margin after restraint; compared with the kind's threshold
    kind: XKind


@dataclass(frozen=True, slots=True)
class XPassage:
    """Aligned passages: ``b`` translates (other language) or paraphrases ``a``."""

    kind: XKind
    a: Span
    b: Span
    score: float

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "score": self.score,
        }


def pair_kind(lang_a: str | None, lang_b: str | None) -> XKind:
    # unknown language counts as "same": we only claim translation when we know
    return "translation" if lang_a and lang_b and lang_a != lang_b else "paraphrase"
