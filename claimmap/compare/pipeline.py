"""Grouping, comparison, independence and timeline in one call."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from claimmap.analyze.claims.records import Claim
from claimmap.compare.grouping import GroupingConfig, cluster_about, group_claims
from claimmap.compare.records import Cluster, Decision, Dependency, DocMeta, TimelineEvent
from claimmap.compare.status import compare_cluster
from claimmap.compare.timeline import build_timeline
from claimmap.compare.values import DEFAULT_TOLERANCE, Tolerance


@dataclass
class Comparison:
    clusters: list[Cluster] = field(default_factory=list)
    events: list[TimelineEvent] = field(default_factory=list)


def cluster_id(member_ids: Iterable[str]) -> str:
    """Deterministic cluster id: its smallest member id (stable while that claim stays)."""
    return "cl_" + min(member_ids)


def compare_claims(
    claims: Sequence[Claim],
    docs: dict[str, DocMeta] | Iterable[DocMeta],
    *,
    dependencies: Sequence[Dependency] = (),
    embedder=None,  # type: ignore[no-untyped-def]
    decisions: Iterable[Decision] = (),
    doc_texts: dict[str, str] | None = None,
    outlets: Sequence[str] = (),
    is_outlet: Callable[[str], str | None] | None = None,
    grouping: GroupingConfig | None = None,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
) -> Comparison:
    """Group the quantity and event claims of a corpus into clusters, compare each
    cluster, count its independent sources and build the timeline. Sets ``cluster`` on
    every quantity and event claim."""
    if not isinstance(docs, dict):
        docs = {d.doc: d for d in docs}
    outlets = list(outlets) or sorted({m.outlet for m in docs.values() if m.outlet})
    decisions = list(decisions)
    items = [c for c in claims if c.kind in ("quantity", "event")]
    groups = group_claims(
        items, embedder=embedder, decisions=decisions, doc_texts=doc_texts, config=grouping
    )
    decided = {d.a for d in decisions} | {d.b for d in decisions}
    clusters: list[Cluster] = []
    for g in groups:
        members = [items[i] for i in g]
        cid = cluster_id(c.id for c in members)
        for c in members:
            c.cluster = cid
        res = compare_cluster(
            members, docs, dependencies, tolerance=tolerance, outlets=outlets,
            is_outlet=is_outlet,
        )  # fmt: skip
        indep = res["independence"]
        clusters.append(
            Cluster(
                id=cid,
                about=cluster_about(members),
                kind=members[0].kind,
                status=res["status"],
                claims=[c.id for c in members],
                independent_sources=indep.independent_sources,
                groups=indep.groups,
                values=res["values"],
                series=res["series"],
                conflicts=res["conflicts"],
                tolerance=res["tolerance"],
                primary_originators=indep.primary_originators,
                decided=any(c.id in decided for c in members),
            )
        )
    clusters.sort(key=lambda c: (-len(c.claims), c.id))
    return Comparison(clusters, build_timeline(clusters, items))
