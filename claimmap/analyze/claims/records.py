"""Records of claim extraction: what goes in (one document) and what comes out (claims).

Everything is anchored to ``(doc, start, end)`` character offsets into the document's
canonical text. Ids are derived from ``(doc, kind, start, end)``, so re-running the
extraction on an unchanged document gives the same ids (user decisions keyed by them
survive re-analysis).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

ClaimKind = Literal["quantity", "event", "quote", "citation"]
Qualifier = Literal[
    "exact", "about", "at least", "up to", "over", "nearly", "some", "more than", "fewer than"
]
# value of a quantity: a number or a closed range
Value = float | int | dict[str, float | int]

# the keys of Claim.to_dict(), in export order
CLAIM_KEYS = (
    "id", "doc", "start", "end", "text", "kind", "subject", "property", "value",
    "qualifier", "unit", "date", "granularity", "speaker", "cites", "cluster",
)  # fmt: skip


def claim_id(doc: str, kind: str, start: int, end: int) -> str:
    """Deterministic id of a claim: 16 hex digits of a hash of its anchor."""
    return hashlib.sha256(f"{doc}\x00{kind}\x00{start}\x00{end}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class SentenceIn:
    """A sentence of the input document: ``[start, end)`` and its language."""

    start: int
    end: int
    lang: str | None = None


@dataclass(slots=True)
class DocInput:
    """Everything the extractor needs about one document.

    ``published`` is ISO 8601 as precise as known ("2022-03-13", "2022-03", "2022") and is
    the anchor of relative dates. ``day_first`` decides numeric dates like 06/01/2018; None
    lets the extractor decide from the text's own style and the language (see
    :func:`claimmap.analyze.claims.dates.infer_day_first`; the caller can run that over all
    documents of an outlet and pass the result). ``skip`` lists furniture ranges: sentences
    overlapping them are not read. ``known_outlets`` are outlet names known to the corpus;
    citations of them are typed ``outlet``. ``outlet`` is the document's own outlet (a
    citation of it is a self-mention, not a citation). ``entities`` are the entity stage's
    resolved mentions, which give claims their subject entity.
    """

    doc_id: str
    text: str
    language: str | None = None
    published: str | None = None
    granularity: str | None = None
    sentences: list[SentenceIn] = field(default_factory=list)
    skip: list[tuple[int, int]] = field(default_factory=list)
    outlet: str | None = None
    day_first: bool | None = None
    known_outlets: tuple[str, ...] = ()
    # resolved entity mentions (claimmap.analyze.claims.subjects.EntityMention), when the
    # entities stage has run: claims then name their actor by its canonical entity
    entities: list[Any] = field(default_factory=list)
    # (start, end, published) of embedded articles with their own date: a sentence inside
    # one resolves "last year" against it rather than the page's date
    article_dates: list[tuple[int, int, str | None]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in text: ``[start, end)`` covers qualifier, number(s), scale and unit.

    ``value`` is a number, or ``{"low", "high"}`` for a range or a vague plural
    ("hundreds"). ``num_start``/``num_end`` cover the figure itself. ``unit`` is the
    canonical unit or counted noun ("members", "$", "hectares"), ``unit_surface`` the words
    as written, ``concept`` the language-independent key used for grouping ("members" for
    "membri", "membres", "residents", …). ``written`` marks numbers written in words.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    value: Value
    qualifier: str = "exact"
    unit: str | None = None
    unit_surface: str | None = None
    concept: str | None = None
    unit_kind: str | None = None  # "count", "area", "length", "money", "time", "percent", …
    container: str | None = None  # "unit" in "a unit of about 300 members"
    written: bool = False
    alternative: float | None = None  # the other reading of an ambiguous figure
    part_of: tuple[int, int] | None = None  # "11 of the 14 suspects": the whole's figure


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: ``[start, end)``, normalised to ``iso`` at ``granularity``.

    ``iso`` follows ISO 8601 ("2022-03-12", "2022-03", "2022", an interval "2019/2022")
    with two EDTF extensions where ISO has none: seasons "2016-22" (21 spring, 22 summer,
    23 autumn, 24 winter) and decades "197X". ``relative`` is the expression when the date
    was resolved against ``anchor`` (the article's date); ``modifier`` keeps "early",
    "late", "mid" for decades and years. ``iso`` is None when a relative date could not be
    resolved (no or too coarse an anchor).
    """

    start: int
    end: int
    iso: str | None
    granularity: str | None
    relative: str | None = None
    anchor: str | None = None
    modifier: str | None = None
    explicit_year: bool = True  # False when the year was taken from the anchor

    def resolution(self) -> dict[str, Any]:
        d: dict[str, Any] = {"date": self.iso, "granularity": self.granularity}
        if self.relative:
            d["relative"] = self.relative
            d["anchor"] = self.anchor
        if self.modifier:
            d["modifier"] = self.modifier
        return d


@dataclass(slots=True)
class Claim:
    """One claim, span-anchored. Which fields are set depends on ``kind``:

    * ``quantity``: ``value`` (number or ``{"low", "high"}``), ``qualifier``, ``unit``,
      ``property`` (what is counted, with its predicate: "members live"), ``subject``;
      ``date``/``granularity`` give the as-of time when the sentence states one.
    * ``event``: ``date``/``granularity`` (``value`` holds the resolution of a relative
      date: ``{"date", "granularity", "relative", "anchor"}``), ``property`` the happening
      ("founded", "arrived", "raided").
    * ``quote``: ``speaker``, ``property`` the cue verb ("said"), ``text`` the content.
    * ``citation``: ``cites`` the cited name, ``property`` the cue ("according to").

    ``cites`` on the other kinds lists the sources the sentence credits; ``cluster`` is set
    by grouping (:mod:`claimmap.compare`). ``detail`` holds kind-specific extras (the
    sentence span, the date expression's span, the counted noun's concept, the speaker
    as written, …); it is left out of :meth:`to_dict` unless asked for.
    """

    doc: str
    start: int
    end: int
    text: str
    kind: ClaimKind
    subject: str | None = None
    property: str | None = None
    value: Any = None
    qualifier: str | None = None
    unit: str | None = None
    date: str | None = None
    granularity: str | None = None
    speaker: str | None = None
    cites: list[str] = field(default_factory=list)
    cluster: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = claim_id(self.doc, self.kind, self.start, self.end)

    def to_dict(self, detail: bool = False) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in CLAIM_KEYS}
        d["cites"] = list(self.cites)
        if detail:
            d["detail"] = dict(self.detail)
        return d
