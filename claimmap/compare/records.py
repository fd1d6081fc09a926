"""Records of cross-document comparison: clusters of claims, their values, who stands
behind them (independence), user decisions, and the timeline of events.

Every record has ``to_dict()``; :class:`Cluster` and :class:`TimelineEvent` match the
export shape (``id, about, kind, status, claims, independent_sources, groups`` and the
events list), with the finer detail behind ``to_dict(detail=True)``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["agree", "conflict", "series", "single"]
DependencyKind = Literal[
    "copy", "near-copy", "paraphrase", "translation", "repost", "citation", "same-outlet"
]


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What comparison needs to know about a document."""

    doc: str
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 prefix
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """A user's verdict on two claims: the ``same`` thing or ``different`` things.

    Claims are named by id; ``a_span``/``b_span`` (``(doc, start, end)``) let a decision
    find its claim again when re-analysis moved a span a little (the id changes with the
    span): the claim of the same document with the largest overlap is taken.
    """

    kind: Literal["same", "different"]
    a: str
    b: str
    a_span: tuple[str, int, int] | None = None
    b_span: tuple[str, int, int] | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Assertion:
    """One article asserting a cluster's claim: input of the independence count.

    ``outlet`` is the outlet the text appears in; ``article`` names an article inside a
    page where a page carries several (an aggregator's reposts). ``cites`` are the names
    the sentence credits (only outlets among them merge sources); ``attributed_to`` is the
    non-outlet party the figure is attributed to (a speaker, "police"), kept to report
    primary originators.
    """

    claim: str
    doc: str
    start: int
    end: int
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    article: str | None = None
    cites: tuple[str, ...] = ()
    attributed_to: str | None = None
    # what is asserted (a number, a range, a date), when known: copied text whose figure
    # was changed asserts something else and does not collapse into its source
    value: Any = None


@dataclass(frozen=True, slots=True)
class Dependency:
    """Text of ``doc`` (all of it, or ``[start, end)``) that depends on a source.

    ``kind``: a reuse passage (``copy``, ``near-copy``, ``paraphrase``, ``translation``)
    or a ``repost`` (then ``source_doc`` and/or ``source_outlet`` say whose it is), or a
    ``citation`` of ``source_outlet`` for the claim at that span. Directed: ``doc``
    depends on the source, not the other way round. ``same-outlet`` needs no edge (it is
    implied by :class:`Assertion.outlet`) but is accepted.
    """

    kind: DependencyKind
    doc: str
    start: int | None = None
    end: int | None = None
    source_doc: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    source_outlet: str | None = None

    def covers(self, doc: str, start: int, end: int) -> bool:
        if doc != self.doc:
            return False
        if self.start is None or self.end is None:
            return True
        overlap = min(end, self.end) - max(start, self.start)
        return overlap > 0 and overlap >= 0.5 * max(1, end - start)


@dataclass(slots=True)
class Member:
    """An assertion in a source group, with why it counts for that source."""

    claim: str
    doc: str
    outlet: str | None
    credited_to: str
    reason: str  # "own", "same outlet as …", "repost of …", "cites …", …

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class SourceGroup:
    """One independent source: the outlet every member is credited to."""

    source: str
    members: list[Member] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "members": [m.to_dict() for m in self.members]}


@dataclass(slots=True)
class Independence:
    independent_sources: int
    groups: list[SourceGroup]
    primary_originators: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "independent_sources": self.independent_sources,
            "groups": [g.to_dict() for g in self.groups],
            "primary_originators": list(self.primary_originators),
        }


@dataclass(slots=True)
class ValueGroup:
    """Claims of a cluster that state one value (``value`` + ``qualifier``)."""

    value: Any
    qualifier: str | None
    unit: str | None
    claims: list[str]
    period: str | None = None  # as-of year, for series
    independent_sources: int = 0
    sources: list[str] = field(default_factory=list)
    side: int = 0  # values on one side agree with each other

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Cluster:
    """Claims about the same thing across documents, compared."""

    id: str
    about: str
    kind: str
    status: Status
    claims: list[str]
    independent_sources: int
    groups: list[SourceGroup]
    values: list[ValueGroup] = field(default_factory=list)
    series: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # claim id pairs
    tolerance: dict[str, float] = field(default_factory=dict)
    primary_originators: list[str] = field(default_factory=list)
    decided: bool = False  # a user decision shaped this cluster

    def to_dict(self, detail: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "about": self.about,
            "kind": self.kind,
            "status": self.status,
            "claims": list(self.claims),
            "independent_sources": self.independent_sources,
            "groups": [g.to_dict() for g in self.groups],
        }
        if detail:
            d["values"] = [v.to_dict() for v in self.values]
            d["series"] = list(self.series)
            d["conflicts"] = [list(p) for p in self.conflicts]
            d["tolerance"] = dict(self.tolerance)
            d["primary_originators"] = list(self.primary_originators)
            d["decided"] = self.decided
        return d


@dataclass(slots=True)
class TimelineEvent:
    """A happening on the timeline, with the dates sources give it."""

    id: str
    cluster: str
    about: str
    date: str | None
    granularity: str | None
    claims: list[str]
    dates: list[dict[str, Any]]  # {"date", "granularity", "claims", "sources"}
    conflict: bool = False  # sources give incompatible dates

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
