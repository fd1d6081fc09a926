"""How many independent sources stand behind a claim (EXPECTED.md §1 counting rules).

Each assertion is credited to exactly one outlet, then assertions are grouped by that
outlet; ``independent_sources`` is the number of groups:

1. an assertion whose sentence cites an outlet counts for the cited outlet ("According to
   the Veloria Herald", "(Mavrik Daily, March 14)");
2. otherwise, text that depends on a source (a repost, a translation, a copy, near-copy
   or paraphrase passage covering the claim) counts for whatever the source counts for —
   the source's own assertion in the cluster when there is one (so a repost of a text
   that cites a third outlet counts for that third outlet), else the source's outlet;
3. otherwise it counts for its own outlet, and all of one outlet's assertions count once.

Crediting is per assertion, never a union of documents: a republisher that reposts
outlet A on one page and writes its own text on another does not merge A with itself
(no transitive merging through a republisher). Naming a non-outlet party ("police") does
not merge anything; such parties are reported as ``primary_originators``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from claimmap.analyze.claims.citations import classify_source, fold
from claimmap.compare.records import Assertion, Dependency, Independence, Member, SourceGroup

_REUSE_ORDER = {"repost": 0, "translation": 1, "copy": 2, "near-copy": 3, "paraphrase": 4}


def _key(outlet: str | None) -> str:
    return fold(outlet) if outlet else ""


def count_independent(
    assertions: Iterable[Assertion],
    dependencies: Iterable[Dependency] = (),
    *,
    outlets: Iterable[str] = (),
    is_outlet: Callable[[str], str | None] | None = None,
    doc_outlets: dict[str, str | None] | None = None,
) -> Independence:
    """Group ``assertions`` into independent sources.

    ``outlets``: outlet names known to the corpus (citations of them merge); ``is_outlet``
    maps a cited name to a canonical outlet name or None (default: the known outlets, then
    outlet-looking names); ``doc_outlets`` gives the outlet of a source document that has
    no assertion in the cluster.
    """
    items = list(assertions)
    deps = list(dependencies)
    known = {o for o in outlets if o} | {a.outlet for a in items if a.outlet}
    doc_outlets = dict(doc_outlets or {})
    for a in items:
        doc_outlets.setdefault(a.doc, a.outlet)

    def outlet_of(name: str) -> str | None:
        if is_outlet is not None:
            return is_outlet(name)
        kind, canon = classify_source(name, known)
        return canon if kind == "outlet" else None

    by_doc: dict[str, list[Assertion]] = {}
    for a in items:
        by_doc.setdefault(a.doc, []).append(a)

    memo: dict[str, tuple[str, str]] = {}

    def credit(a: Assertion, seen: frozenset[str]) -> tuple[str, str]:
        """(credited outlet, reason) of one assertion."""
        if a.claim in memo:
            return memo[a.claim]
        own = a.outlet or f"doc:{a.doc}"
        # 1. an outlet cited for the claim
        for name in a.cites:
            o = outlet_of(name)
            if o and _key(o) != _key(a.outlet):
                return _done(a, o, f"cites {o}")
        for d in deps:
            if (
                d.kind == "citation"
                and d.source_outlet
                and d.covers(a.doc, a.start, a.end)
                and _key(d.source_outlet) != _key(a.outlet)
            ):
                return _done(a, d.source_outlet, f"cites {d.source_outlet}")
        # 2. reused text: counts for its source
        applicable = [
            d
            for d in deps
            if d.kind in _REUSE_ORDER
            and d.covers(a.doc, a.start, a.end)
            and (d.source_doc is None or d.source_doc != a.doc or d.source_start is not None)
        ]
        # a passage aligned with another document's text says where these words came
        # from more precisely than the article's byline does (a translated article that
        # copies a third outlet's sentence counts for that outlet)
        applicable.sort(
            key=lambda d: (not (d.source_doc and d.source_doc != a.doc), _REUSE_ORDER[d.kind])
        )
        # first a source passage that makes the same claim (one text is often aligned
        # with several copies of its source: a teaser, the article, a reposted excerpt)
        for d in applicable:
            if d.source_doc and d.source_doc not in seen:
                src = _source_assertion(d, by_doc.get(d.source_doc, []), a)
                if src is not None and src.claim != a.claim:
                    o, why = credit(src, seen | {a.doc})
                    if why == "own" and d.source_outlet:
                        # an original reproduced on the republisher's own page
                        o, why = d.source_outlet, d.source_outlet
                    return _done(a, o, f"{d.kind} of {d.source_doc} ({why})")
        for d in applicable:
            if d.source_doc and d.source_doc not in seen:
                o = d.source_outlet or doc_outlets.get(d.source_doc)
                if o:
                    return _done(a, o, f"{d.kind} of {d.source_doc} ({o})")
            elif d.source_outlet:
                return _done(a, d.source_outlet, f"{d.kind} of {d.source_outlet}")
        return _done(a, own, "own")

    def _done(a: Assertion, o: str, why: str) -> tuple[str, str]:
        memo[a.claim] = (o, why)
        return o, why

    groups: dict[str, SourceGroup] = {}
    order: list[str] = []
    first_of: dict[str, str] = {}
    for a in sorted(items, key=lambda a: (a.published or "9999", a.doc, a.start)):
        o, why = credit(a, frozenset())
        k = _key(o) or o
        if k not in groups:
            groups[k] = SourceGroup(o)
            order.append(k)
        if why == "own" and k in first_of and first_of[k] != a.doc:
            why = f"same outlet as {first_of[k]}"
        elif why == "own" and k in first_of:
            why = "same outlet, same document"
        first_of.setdefault(k, a.doc)
        groups[k].members.append(Member(a.claim, a.doc, a.outlet, o, why))
    originators = sorted({a.attributed_to for a in items if a.attributed_to})
    return Independence(len(groups), [groups[k] for k in order], originators)


def _source_assertion(d: Dependency, cands: list[Assertion], a: Assertion) -> Assertion | None:
    """The source document's assertion the dependent text copies."""
    if not cands:
        return None
    if d.source_start is not None and d.source_end is not None:
        best = None
        for c in cands:
            ov = min(c.end, d.source_end) - max(c.start, d.source_start)
            if ov > 0 and (best is None or ov > best[0]):
                best = (ov, c)
        if best:
            return best[1]
        return None
    if d.start is not None and d.end is not None and d.source_start is None:
        # no source span: the assertion at the same relative place, else the first
        return min(cands, key=lambda c: abs((c.start - 0) - (a.start - d.start)))
    return cands[0]
