"""Sentence pairs -> passages, the way translators work: in order, with small gaps.

Pairs between the same two documents merge into one passage while both sides
advance by at most ``max_gap + 1`` sentences. A sentence may pair with two
adjacent sentences on the other side (1-2 and 2-1 merges: a translator joins
or splits sentences); otherwise each sentence keeps only its best partner per
document pair.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimmap.analyze.xling.records import XKind, XPair, XPassage, XSentence
from claimmap.model import Span


def ordinals(sents: Sequence[XSentence]) -> list[int]:
    """Position of each sentence within its document (by start offset)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sents):
        by_doc[s.doc].append(i)
    ords = [0] * len(sents)
    for idxs in by_doc.values():
        for o, i in enumerate(sorted(idxs, key=lambda i: (sents[i].start, sents[i].end))):
            ords[i] = o
    return ords


def _oriented(p: XPair, sents: Sequence[XSentence], ords: list[int]) -> tuple[int, int]:
    a, b = p.i, p.j
    if (sents[b].doc, ords[b]) < (sents[a].doc, ords[a]):
        a, b = b, a
    return a, b


def compete(pairs: Sequence[XPair], sents: Sequence[XSentence], ords: list[int]) -> list[XPair]:
    """Keep each sentence's best partner per document pair, plus an adjacent second one."""
    partners: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    kept = []
    for p in sorted(pairs, key=lambda p: (-p.score, p.i, p.j)):
        a, b = _oriented(p, sents, ords)
        da, db = sents[a].doc, sents[b].doc
        ka, kb = (da, db, a), (db, da, b)

        def fits(key: tuple[str, str, int], other: int) -> bool:
            have = partners[key]
            return not have or (len(have) == 1 and abs(ords[have[0]] - ords[other]) == 1)

        if fits(ka, b) and fits(kb, a):
            partners[ka].append(b)
            partners[kb].append(a)
            kept.append(p)
    return kept


@dataclass(slots=True)
class _Run:
    a_lo: int
    a_hi: int
    b_lo: int
    b_hi: int
    pairs: list[XPair] = field(default_factory=list)


def chain(pairs: Sequence[XPair], sents: Sequence[XSentence], max_gap: int = 1) -> list[XPassage]:
    """Merge accepted sentence pairs into passages (after :func:`compete`)."""
    ords = ordinals(sents)
    groups: dict[tuple[str, str], list[tuple[int, int, XPair]]] = defaultdict(list)
    for p in compete(pairs, sents, ords):
        a, b = _oriented(p, sents, ords)
        groups[(sents[a].doc, sents[b].doc)].append((a, b, p))
    at: dict[str, dict[int, int]] = defaultdict(dict)  # doc -> ordinal -> sentence
    for i, s in enumerate(sents):
        at[s.doc][ords[i]] = i
    out: list[XPassage] = []
    for (da, db), items in sorted(groups.items()):
        items.sort(key=lambda t: (ords[t[0]], ords[t[1]]))
        runs: list[_Run] = []
        for a, b, p in items:
            oa, ob = ords[a], ords[b]
            best, best_d = None, None
            for r in runs:
                dx, dy = oa - r.a_hi, ob - r.b_hi
                if not (0 <= dx <= max_gap + 1 and 0 <= dy <= max_gap + 1) or dx + dy == 0:
                    continue
                if da == db and max(oa, r.a_hi) >= min(ob, r.b_lo):
                    continue  # the two sides of one page must not overlap
                if best_d is None or dx + dy < best_d:
                    best, best_d = r, dx + dy
            if best is None:
                runs.append(_Run(oa, oa, ob, ob, [p]))
            else:
                best.a_hi, best.b_hi = max(best.a_hi, oa), max(best.b_hi, ob)
                best.pairs.append(p)
        out.extend(_passage(r, at[da], at[db], sents) for r in runs)
    return out


def _passage(r: _Run, doc_a: dict[int, int], doc_b: dict[int, int], sents) -> XPassage:
    sa, ea = sents[doc_a[r.a_lo]], sents[doc_a[r.a_hi]]
    sb, eb = sents[doc_b[r.b_lo]], sents[doc_b[r.b_hi]]
    kind: XKind = Counter(p.kind for p in r.pairs).most_common(1)[0][0]
    score = sum(p.score for p in r.pairs) / len(r.pairs)
    return XPassage(kind, Span(sa.doc, sa.start, ea.end), Span(sb.doc, sb.start, eb.end), score)
