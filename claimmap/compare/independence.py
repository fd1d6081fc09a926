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
    context: Iterable[Assertion] = (),
) -> Independence:
    """Group ``assertions`` into independent sources.

    ``outlets``: outlet names known to the corpus (citations of them merge); ``is_outlet``
    maps a cited name to a canonical outlet name or None (default: the known outlets, then
    outlet-looking names); ``doc_outlets`` gives the outlet of a source document that has
    no assertion in the cluster; ``context`` are the cluster's other assertions (another
    value's), read as sources a text may have copied but not counted.
    """
    items = list(assertions)
    pool = items + [c for c in context if c.claim not in {a.claim for a in items}]
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
    for a in pool:
        by_doc.setdefault(a.doc, []).append(a)

    # keyed by what the search may not revisit too: a credit found while following a
    # chain out of document X (X excluded) is not the credit X's own text gets
    memo: dict[tuple[str, frozenset[str]], tuple[str, str]] = {}

    def credit(a: Assertion, seen: frozenset[str]) -> tuple[str, str]:
        """(credited outlet, reason) of one assertion."""
        key = (a.claim, seen)
        if key not in memo:
            memo[key] = _credit(a, seen)
        return memo[key]

    def _credit(a: Assertion, seen: frozenset[str]) -> tuple[str, str]:
        own = a.outlet or f"doc:{a.doc}"
        # 1. an outlet cited for the claim; if that outlet's own text in the cluster
        # credits someone else, so does this (a citation chain: A cites B, B cites C)
        for name in a.cites:
            o = outlet_of(name)
            if o and _key(o) != _key(a.outlet):
                src = _cited_assertion(o, a, seen)
                if src is not None:
                    o2, why = credit(src, seen | {a.doc})
                    if _key(o2) != _key(o):
                        return o2, f"cites {o} ({why})"
                return o, f"cites {o}"
        for d in deps:
            if (
                d.kind == "citation"
                and d.source_outlet
                and d.covers(a.doc, a.start, a.end)
                and _key(d.source_outlet) != _key(a.outlet)
            ):
                return d.source_outlet, f"cites {d.source_outlet}"
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
                if src is not None and src.claim != a.claim and _same_value(src, a):
                    o, why = credit(src, seen | {a.doc})
                    if why == "own" and d.source_outlet:
                        # an original reproduced on the republisher's own page
                        o, why = d.source_outlet, d.source_outlet
                    return o, f"{d.kind} of {d.source_doc} ({why})"
        for d in applicable:
            if d.source_doc and d.source_doc not in seen:
                src = _source_assertion(d, by_doc.get(d.source_doc, []), a)
                if src is not None and not _same_value(src, a):
                    continue  # the aligned source says another figure: not a copy of it
                o = d.source_outlet or doc_outlets.get(d.source_doc)
                if o:
                    return o, f"{d.kind} of {d.source_doc} ({o})"
            elif d.source_outlet:
                return d.source_outlet, f"{d.kind} of {d.source_outlet}"
        return own, "own"

    def _cited_assertion(o: str, a: Assertion, seen: frozenset[str]) -> Assertion | None:
        """The cited outlet's own assertion of the same value, earliest first."""
        cands = [
            b for b in pool
            if _key(b.outlet) == _key(o) and b.doc not in seen and b.doc != a.doc
            and _same_value(b, a)
        ]  # fmt: skip
        return min(cands, key=lambda b: (b.published or "9999", b.doc, b.start), default=None)

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


def _same_value(a: Assertion, b: Assertion) -> bool:
    """Copied text with another figure in it asserts something else ("three members were
    detained" aligned with "a dozen members were detained")."""
    return a.value is None or b.value is None or a.value == b.value


def _source_assertion(d: Dependency, cands: list[Assertion], a: Assertion) -> Assertion | None:
    """The source document's assertion the dependent text copies."""
    if not cands:
        return None
    if d.source_start is not None and d.source_end is not None:
        inside = [c for c in cands if min(c.end, d.source_end) > max(c.start, d.source_start)]
        if not inside:
            return None
        # a passage holds several figures: the one asserting the same value is the one
        # copied, else the one at the same place in the passage
        same = [c for c in inside if _same_value(c, a)] or inside
        rel = (a.start - d.start) if d.start is not None else 0
        return min(same, key=lambda c: abs((c.start - d.source_start) - rel))
    # no source span (a whole repost or translation): the assertion of the same value,
    # at the same relative place where the dependency has a span, else the first
    same = [c for c in cands if _same_value(c, a)] or cands
    if d.start is not None and d.end is not None and d.source_start is None:
        return min(same, key=lambda c: abs((c.start - 0) - (a.start - d.start)))
    return same[0]
