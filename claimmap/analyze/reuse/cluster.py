"""Reuse clusters: connected components of passages whose spans overlap, and their earliest
known appearance. Dates are compared as intervals at the precision given ("2020-05" is the whole
month), so an undecidable order is reported as a tie instead of being guessed."""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta

from claimmap.model import Span

from .records import Earliest, Passage, ReuseCluster, ReuseDoc


def date_interval(published: str | None) -> tuple[datetime, datetime] | None:
    """``[first, last]`` instant a possibly partial ISO 8601 date can denote; None if unusable."""
    if not published:
        return None
    s = published.strip()
    try:
        if len(s) == 4:
            y = int(s)
            return datetime(y, 1, 1), datetime(y, 12, 31, 23, 59, 59)
        if len(s) == 7:
            y, m = int(s[:4]), int(s[5:7])
            last = calendar.monthrange(y, m)[1]
            return datetime(y, m, 1), datetime(y, m, last, 23, 59, 59)
        if len(s) == 10:
            d = datetime.fromisoformat(s)
            return d, d + timedelta(hours=23, minutes=59, seconds=59)
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    if d.tzinfo is not None:
        d = d.astimezone(UTC).replace(tzinfo=None)
    return d, d


def earliest(docs: Iterable[str], published: Mapping[str, str | None]) -> Earliest:
    """Earliest appearance among ``docs``: a doc only if its date interval ends before every
    other dated doc's starts; otherwise the docs that could be first, as a tie."""
    dated, undated = [], []
    for doc in sorted(set(docs)):
        iv = date_interval(published.get(doc))
        (dated if iv else undated).append((doc, iv))
    undated_ids = [doc for doc, _ in undated]
    if not dated:
        return Earliest(doc=None, basis="unknown", undated=undated_ids)
    first_end = min(iv[1] for _, iv in dated)
    could = [doc for doc, iv in dated if iv[0] <= first_end]
    if len(could) == 1:
        return Earliest(
            doc=could[0], basis="date", published=published.get(could[0]), undated=undated_ids
        )
    return Earliest(doc=None, basis="tie", tied=could, undated=undated_ids)


class _DSU:
    def __init__(self, n: int) -> None:
        self.up = list(range(n))

    def find(self, x: int) -> int:
        while self.up[x] != x:
            self.up[x] = self.up[self.up[x]]
            x = self.up[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.up[max(rx, ry)] = min(rx, ry)


def cluster_passages(
    passages: Sequence[Passage], docs: Iterable[ReuseDoc] | Mapping[str, str | None]
) -> list[ReuseCluster]:
    """Group passages into clusters: spans overlapping in one document are the same text, and a
    passage joins its two spans. Boilerplate passages cluster only with boilerplate passages, so
    shared furniture never glues unrelated stories together.

    ``docs`` gives publication dates: ReuseDoc records or a ``{doc_id: published}`` mapping.
    """
    if isinstance(docs, Mapping):
        published: Mapping[str, str | None] = docs
    else:
        published = {d.doc_id: d.published for d in docs}
    # nodes 2i and 2i+1 are passage i's spans
    spans = [s for p in passages for s in (p.a, p.b)]
    dsu = _DSU(len(spans))
    for i in range(len(passages)):
        dsu.union(2 * i, 2 * i + 1)
    by_doc: dict[tuple[str, bool], list[int]] = defaultdict(list)
    for j, s in enumerate(spans):
        by_doc[(s.doc, passages[j // 2].boilerplate)].append(j)
    for nodes in by_doc.values():
        nodes.sort(key=lambda j: (spans[j].start, spans[j].end))
        reach, last = -1, -1
        for j in nodes:
            if spans[j].start < reach:
                dsu.union(last, j)
            if spans[j].end > reach:
                reach, last = spans[j].end, j

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(passages)):
        groups[dsu.find(2 * i)].append(i)
    clusters = []
    for members in sorted(groups.values(), key=lambda g: g[0]):
        ivs: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i in members:
            for s in (passages[i].a, passages[i].b):
                ivs[s.doc].append((s.start, s.end))
        merged: list[Span] = []
        for doc in sorted(ivs):
            cur: list[int] | None = None
            for lo, hi in sorted(ivs[doc]):
                if cur and lo < cur[1]:
                    cur[1] = max(cur[1], hi)
                else:
                    if cur:
                        merged.append(Span(doc, cur[0], cur[1]))
                    cur = [lo, hi]
            assert cur is not None
            merged.append(Span(doc, cur[0], cur[1]))
        doc_ids = sorted(ivs)
        clusters.append(
            ReuseCluster(
                id=len(clusters),
                members=merged,
                docs=doc_ids,
                earliest=earliest(doc_ids, published),
                boilerplate=passages[members[0]].boilerplate,
                passages=members,
            )
        )
    return clusters
