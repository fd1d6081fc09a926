"""The timeline: events ordered by date, each with its cluster and the dates sources give.

An event cluster whose sources give incompatible dates (1971 vs 1973; a day-level date
outside a month another source states) is flagged ``conflict``; compatible dates of
different precision ("July 2022", "18 July 2022") are not. The event's own date is the
most precise date compatible with the most sources.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.analyze.claims.dates import interval
from claimmap.analyze.claims.records import Claim
from claimmap.compare.records import Cluster, TimelineEvent
from claimmap.compare.values import dates_agree

_PRECISION = {"day": 0, "month": 1, "season": 2, "year": 3, "decade": 4}


def build_timeline(clusters: Sequence[Cluster], claims: Sequence[Claim]) -> list[TimelineEvent]:
    by_id = {c.id: c for c in claims}
    events: list[TimelineEvent] = []
    for cl in clusters:
        if cl.kind != "event":
            continue
        members = [by_id[i] for i in cl.claims if i in by_id and by_id[i].date]
        if not members:
            continue
        dates: dict[tuple, dict] = {}
        for c in members:
            key = (c.date, c.granularity, c.detail.get("modifier"))
            d = dates.setdefault(
                key, {"date": c.date, "granularity": c.granularity, "claims": [], "sources": []}
            )
            d["claims"].append(c.id)
        for g in cl.groups:
            for m in g.members:
                for d in dates.values():
                    if m.claim in d["claims"] and g.source not in d["sources"]:
                        d["sources"].append(g.source)
        keys = list(dates)
        conflict = any(
            not dates_agree(a[0], a[1], b[0], b[1], a[2], b[2])
            for i, a in enumerate(keys)
            for b in keys[i + 1 :]
        )

        best = max(keys, key=lambda k, dates=dates, keys=keys: _support(k, dates, keys))
        events.append(
            TimelineEvent(
                id=f"ev_{cl.id}",
                cluster=cl.id,
                about=cl.about,
                date=best[0],
                granularity=best[1],
                claims=list(cl.claims),
                dates=sorted(dates.values(), key=lambda d: _sort_key(d["date"], d["granularity"])),
                conflict=conflict,
            )
        )
    events.sort(key=lambda e: _sort_key(e.date, e.granularity))
    return events


def _support(k: tuple, dates: dict, keys: list) -> tuple[int, int]:
    """How many sources a date is compatible with, then its precision."""
    n = sum(
        len(dates[o]["sources"]) or len(dates[o]["claims"])
        for o in keys
        if dates_agree(k[0], k[1], o[0], o[1], k[2], o[2])
    )
    return n, -_PRECISION.get(k[1] or "decade", 5)


def _sort_key(iso: str | None, gran: str | None) -> tuple[int, int]:
    iv = interval(iso, gran)
    return (iv[0], _PRECISION.get(gran or "decade", 5)) if iv else (10**9, 9)
