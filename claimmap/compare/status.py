"""Comparing the claims of one cluster: ``agree``, ``conflict``, ``series`` or ``single``.

* quantities are compared within their qualifiers (:mod:`claimmap.compare.values`);
* where claims carry different reference dates (as-of years: "3,400 in 2016", "2,650 in
  2022", or the article's year for a count of something that persists, like a
  membership), values are compared only within one reference year, and different values
  across years make a ``series``, not a conflict; counts of one-off happenings (computers
  seized in a raid) are compared whatever the article's date;
* ``conflict``: two claims of one reference year that cannot both be true;
* ``single``: no conflict, and only one independent source stands behind the cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations
from typing import Any

from claimmap.analyze.claims.records import Claim
from claimmap.compare.grouping import EVENT_CLASSES
from claimmap.compare.independence import count_independent
from claimmap.compare.records import Assertion, Dependency, DocMeta, ValueGroup
from claimmap.compare.values import DEFAULT_TOLERANCE, Tolerance, dates_agree, quantities_agree


def _period(c: Claim, stock: bool, docs: dict[str, DocMeta]) -> str | None:
    if c.kind != "quantity":
        return None
    if c.date and c.detail.get("as_of_span"):
        return c.date[:4]
    if stock:
        # the date of the article the figure is in (a repost's original), else the page's
        pub = c.detail.get("published") or (docs[c.doc].published if c.doc in docs else None)
        return pub[:4] if pub else None
    return None


def agree(a: Claim, b: Claim, tol: Tolerance = DEFAULT_TOLERANCE) -> bool:
    if a.kind == "event" and b.kind == "event":
        return dates_agree(
            a.date, a.granularity, b.date, b.granularity,
            a.detail.get("modifier"), b.detail.get("modifier"),
        )  # fmt: skip
    return quantities_agree(a.value, a.qualifier, b.value, b.qualifier, tol)


def value_key(c: Claim) -> tuple:
    if c.kind == "event":
        return ("date", c.date, c.granularity, c.detail.get("modifier"))
    v = c.value
    if isinstance(v, dict):
        v = (v.get("low"), v.get("high"))
    return ("q", v, c.qualifier, c.detail.get("concept") or c.unit)


def _asserted(c: Claim) -> Any:
    """The figure or date itself, qualifier aside ("about 4,200" and "circa 4.200" assert
    one thing)."""
    if c.kind == "event":
        return (c.date, c.granularity)
    v = c.value
    return (v.get("low"), v.get("high")) if isinstance(v, dict) else v


def assertions_for(claims: Sequence[Claim], docs: dict[str, DocMeta]) -> list[Assertion]:
    out = []
    for c in claims:
        m = docs.get(c.doc)
        kinds = c.detail.get("cites_kind", {})
        party = next((n for n in c.cites if kinds.get(n) in ("party", "person")), None)
        out.append(
            Assertion(
                claim=c.id,
                doc=c.doc,
                start=c.start,
                end=c.end,
                outlet=m.outlet if m else None,
                author=m.author if m else None,
                published=c.detail.get("published") or (m.published if m else None),
                cites=tuple(n for n in c.cites if kinds.get(n, "outlet") == "outlet"),
                attributed_to=c.speaker or party,
                value=_asserted(c),
            )
        )
    return out


def compare_cluster(
    claims: Sequence[Claim],
    docs: dict[str, DocMeta],
    dependencies: Sequence[Dependency] = (),
    *,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
    outlets: Sequence[str] = (),
    is_outlet: Callable[[str], str | None] | None = None,
) -> dict[str, Any]:
    """Status, value groups, series, conflicting pairs and independence of one cluster."""
    preds = [c.detail.get("predicate") for c in claims if c.detail.get("predicate")]
    stock = not any(p in EVENT_CLASSES for p in preds)
    periods = [_period(c, stock, docs) for c in claims]
    doc_outlets = {d: m.outlet for d, m in docs.items()}
    assertions = assertions_for(claims, docs)
    indep = count_independent(
        assertions, dependencies, outlets=outlets, is_outlet=is_outlet, doc_outlets=doc_outlets
    )
    # compare distinct (value, period) keys, not every pair of claims
    reps: dict[tuple, int] = {}
    for i, c in enumerate(claims):
        reps.setdefault((value_key(c), periods[i]), i)
    conflicts: list[tuple[str, str]] = []
    for (ka, i), (kb, j) in combinations(reps.items(), 2):
        pa, pb = ka[1], kb[1]
        if pa is not None and pb is not None and pa != pb:
            continue
        if not agree(claims[i], claims[j], tolerance):
            conflicts.append((claims[i].id, claims[j].id))
    # values and their sources
    groups: dict[tuple, list[int]] = {}
    for i, c in enumerate(claims):
        groups.setdefault((value_key(c), periods[i]), []).append(i)
    values: list[ValueGroup] = []
    for (_, period), idx in groups.items():
        c0 = claims[idx[0]]
        sub = [assertions[i] for i in idx]
        ind = count_independent(
            sub, dependencies, outlets=outlets, is_outlet=is_outlet, doc_outlets=doc_outlets,
            context=assertions,
        )  # fmt: skip
        values.append(
            ValueGroup(
                value=c0.date if c0.kind == "event" else c0.value,
                qualifier=c0.granularity if c0.kind == "event" else c0.qualifier,
                unit=c0.unit,
                claims=[claims[i].id for i in idx],
                period=period,
                independent_sources=ind.independent_sources,
                sources=[g.source for g in ind.groups],
            )
        )
    _assign_sides(values, {c.id: c for c in claims}, tolerance)
    distinct_periods = sorted({p for p in periods if p is not None})
    series: list[dict[str, Any]] = []
    if len(distinct_periods) > 1:
        for p in distinct_periods:
            vs = [v for v in values if v.period == p]
            series.append(
                {
                    "as_of": p,
                    "values": [
                        {"value": v.value, "qualifier": v.qualifier, "claims": v.claims} for v in vs
                    ],
                }  # fmt: skip
            )
    cross_period_differs = len(distinct_periods) > 1 and any(
        not agree(claims[i], claims[j], tolerance)
        for i, j in combinations(range(len(claims)), 2)
        if periods[i] and periods[j] and periods[i] != periods[j]
    )
    if conflicts:
        status = "conflict"
    elif cross_period_differs:
        status = "series"
    elif indep.independent_sources <= 1:
        status = "single"
    else:
        status = "agree"
    return {
        "status": status,
        "values": values,
        "series": series,
        "conflicts": conflicts,
        "independence": indep,
        "tolerance": tolerance.to_dict(),
    }


def _assign_sides(values: list[ValueGroup], by_id: dict[str, Claim], tol: Tolerance) -> None:
    """Values that agree with each other share a side (for showing a conflict's camps)."""
    sides: list[list[ValueGroup]] = []
    for v in sorted(values, key=lambda v: -len(v.claims)):
        cv = by_id[v.claims[0]]
        for k, side in enumerate(sides):
            if all(
                (w.period is None or v.period is None or w.period == v.period)
                and agree(cv, by_id[w.claims[0]], tol)
                for w in side
            ):
                side.append(v)
                v.side = k
                break
        else:
            v.side = len(sides)
            sides.append([v])
