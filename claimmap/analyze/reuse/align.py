"""Reduce step 2: align one candidate pair into passages.

Anchors (shared n-grams) are collapsed into runs on one diagonal, runs are chained by dynamic
programming into colinear regions with bounded gaps, and each region plus some flanking context
is aligned word by word (rapidfuzz Levenshtein on token hashes). The alignment, not the anchors,
decides where a passage starts and ends: X-drop cuts it where the texts stop agreeing, so edited
edges are recovered and passages always start and end on whole words.
"""

from __future__ import annotations

import numpy as np
from rapidfuzz.distance import Levenshtein

from claimmap.model import Span

from .config import DEFAULT, ReuseConfig
from .records import Candidate, Passage, Prepared

# Punctuation glued to a passage's first or last word belongs to it ("“We", "said.”").
_OPENERS = set("\"'“‘«‹([{¿¡„‚")


def _runs(pa: np.ndarray, pb: np.ndarray, n: int) -> tuple[np.ndarray, ...]:
    """Collapse anchors on one diagonal at consecutive positions into runs (a0, b0, length)."""
    diag = pb - pa
    o = np.lexsort((pa, diag))
    pa, pb, diag = pa[o], pb[o], diag[o]
    brk = np.ones(len(pa), dtype=bool)
    brk[1:] = (diag[1:] != diag[:-1]) | (pa[1:] != pa[:-1] + 1)
    starts = np.flatnonzero(brk)
    ends = np.append(starts[1:], len(pa))
    return pa[starts], pb[starts], pa[ends - 1] - pa[starts] + n, ends - starts


def _chains(a0: np.ndarray, b0: np.ndarray, w: np.ndarray, cfg: ReuseConfig) -> list[list[int]]:
    """Best colinear chains of runs (DP over runs sorted by position in a), best first."""
    o = np.lexsort((b0, a0))
    A, B, W = a0[o].tolist(), b0[o].tolist(), w[o].tolist()
    k = len(A)
    score = [float(x) for x in W]
    pred = [-1] * k
    reach = cfg.max_gap + max(W)
    lap = cfg.ngram - 1  # runs on nearby diagonals may share a few words (repeated words)
    for t in range(k):
        at, bt = A[t], B[t]
        best, arg = score[t], -1
        for s in range(t - 1, -1, -1):
            if A[s] < at - reach:
                break
            if A[s] >= at or B[s] >= bt:
                continue
            ga, gb = at - A[s] - W[s], bt - B[s] - W[s]
            if not (-lap <= ga <= cfg.max_gap and -lap <= gb <= cfg.max_gap):
                continue
            drift = abs(ga - gb)
            if drift > cfg.max_drift:
                continue
            cand = score[s] + W[t] - 0.5 * drift + min(ga, gb, 0)
            if cand > best:
                best, arg = cand, s
        score[t], pred[t] = best, arg
    used = [False] * k
    chains = []
    for t in sorted(range(k), key=lambda i: -score[i]):
        chain = []
        while t >= 0 and not used[t]:
            used[t] = True
            chain.append(int(o[t]))
            t = pred[t]
        if chain:
            chains.append(chain)
    return chains


def _pieces(
    a0: np.ndarray, b0: np.ndarray, w: np.ndarray, limit: int
) -> list[tuple[int, int, int, int]]:
    """A chain's extent ``(A0, A1, B0, B1)`` in tokens, cut into pieces of at most ``limit``
    tokens a side: alignment memory grows with the product of the two lengths."""
    out: list[tuple[int, int, int, int]] = []
    cur: tuple[int, int, int, int] | None = None
    for i in np.argsort(a0, kind="stable").tolist():
        ra, rb, rw = int(a0[i]), int(b0[i]), int(w[i])
        for off in range(0, rw, limit):
            n = min(limit, rw - off)
            seg = (ra + off, ra + off + n, rb + off, rb + off + n)
            if cur is not None:
                grown = (cur[0], max(cur[1], seg[1]), min(cur[2], seg[2]), max(cur[3], seg[3]))
                if grown[1] - grown[0] <= limit and grown[3] - grown[2] <= limit:
                    cur = grown
                    continue
                out.append(cur)
            cur = seg
    if cur is not None:
        out.append(cur)
    return out


def _merge(found: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Join alignments that overlap or touch on both sides, in order (pieces of one long copy,
    or one passage found from two chains)."""
    out: list[tuple[int, int, int, int]] = []
    for f in sorted(found):
        if out:
            g = out[-1]
            if g[2] <= f[2] and f[0] <= g[1] and f[2] <= g[3]:
                out[-1] = (g[0], max(g[1], f[1]), g[2], max(g[3], f[3]))
                continue
        out.append(f)
    return out


def _cost(tag: str, i1: int, i2: int, j1: int, j2: int, cfg: ReuseConfig) -> float:
    la, lb = i2 - i1, j2 - j1
    if tag == "equal":
        return cfg.match * la
    if tag == "replace":
        return -cfg.mismatch * min(la, lb) - cfg.gap * abs(la - lb)
    return -cfg.gap * (la + lb)


def local_alignments(
    sa: list[int], sb: list[int], cfg: ReuseConfig = DEFAULT
) -> list[tuple[int, int, int, int]]:
    """Well-matching stretches ``(a0, a1, b0, b1)`` of the word alignment of two token lists.

    Walks the global alignment's blocks and keeps each stretch from an equal block to the equal
    block where its score peaked, ending it when the score falls ``xdrop`` below the peak or to
    zero (X-drop, as in BLAST): unrelated flanks fall off, edited words inside are kept.
    """
    blocks = Levenshtein.opcodes(sa, sb).as_list()
    costs = [_cost(*blk, cfg) for blk in blocks]
    out = []
    i, nb = 0, len(blocks)
    while i < nb:
        if blocks[i][0] != "equal":
            i += 1
            continue
        cur = best = 0.0
        peak = j = i
        while j < nb:
            cur += costs[j]
            if cur > best:
                best, peak = cur, j
            elif cur <= 0 or best - cur > cfg.xdrop:
                break
            j += 1
        out.append((blocks[i][1], blocks[peak][2], blocks[i][3], blocks[peak][4]))
        i = peak + 1
    return out


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in punctuation glued to the first/last word (an opening quote, a final period)."""
    s = start
    while s > 0 and start - s < 3 and text[s - 1] in _OPENERS:
        s -= 1
    e = end
    while e < len(text) and e - end < 3:
        c = text[e]
        if c.isalnum() or c.isspace() or c in _OPENERS:
            break
        e += 1
    return s, e


def _seq(h: np.ndarray, lo: int, hi: int, mask: np.ndarray | None, salt: int) -> list[int]:
    """Token hashes of ``[lo, hi)`` as ints, masked tokens replaced by values matching nothing."""
    seq = h[lo:hi].tolist()
    if mask is not None:
        for i in np.flatnonzero(mask[lo:hi]).tolist():
            seq[i] = -1 - i - salt  # hashes are >= 0; salts keep the two sides apart
    return seq


def align_pair(
    a: Prepared, b: Prepared, anchors: Candidate | np.ndarray, cfg: ReuseConfig = DEFAULT
) -> list[Passage]:
    """Passages shared by ``a`` and ``b`` (or repeated inside ``a`` when both are the same doc).

    ``anchors`` is a :class:`Candidate` for this pair, or just a (k, 2) array of token indexes of
    shared n-grams (a's, b's), then with no word statistics or boilerplate known.

    Text that is furniture of a document's outlet is aligned separately from the rest, so a
    story never absorbs an adjacent sign-up blurb and the blurb is reported flagged.
    """
    if isinstance(anchors, Candidate):
        arr, ma, mb = anchors.anchors, anchors.boiler_a, anchors.boiler_b
        bits = (anchors.bits_a, anchors.bits_b)
    else:
        arr, ma, mb, bits = anchors, None, None, (None, None)
    same = a.doc_id == b.doc_id
    pa = arr[:, 0].astype(np.int64)
    pb = arr[:, 1].astype(np.int64)
    if same:  # a repeat inside one document: the first copy on side a, the later on side b
        lo, hi = np.minimum(pa, pb), np.maximum(pa, pb)
        pa, pb = lo[lo < hi], hi[lo < hi]
    if len(pa) == 0:
        return []
    a0, b0, w, cnt = _runs(pa, pb, cfg.ngram)
    na, nb = len(a.tok_hash), len(b.tok_hash)
    regions = []
    for chain in _chains(a0, b0, w, cfg):
        if int(cnt[chain].sum()) < cfg.min_anchors:
            continue
        for A0, A1, B0, B1 in _pieces(a0[chain], b0[chain], w[chain], cfg.max_region):
            # Flanks of equal length on both sides: the alignment is global, and a lopsided
            # region (one copy near its document's start) costs more indels than it gains.
            left = min(cfg.flank, A0, B0)
            right = min(cfg.flank, na - A1, nb - B1)
            if same:  # the two copies may not overlap: the first ends before the second starts
                A1 = max(min(A1, B0), A0 + 1)
                left = min(left, B0 - A1)
                right = min(right, B0 - A1)
            regions.append((A0 - left, A1 + right, B0 - left, B1 + right))

    out: list[Passage] = []
    for boiler in (False, True):
        found: list[tuple[int, int, int, int]] = []
        for lo_a, hi_a, lo_b, hi_b in regions:
            if boiler:
                # furniture only: keep a side's flagged tokens (all of it if it has none)
                has_a = ma is not None and ma[lo_a:hi_a].any()
                has_b = mb is not None and mb[lo_b:hi_b].any()
                if not (has_a or has_b):
                    continue
                sa = _seq(a.tok_hash, lo_a, hi_a, ~ma if has_a else None, 0)
                sb = _seq(b.tok_hash, lo_b, hi_b, ~mb if has_b else None, 1 << 40)
            else:
                sa = _seq(a.tok_hash, lo_a, hi_a, ma, 0)
                sb = _seq(b.tok_hash, lo_b, hi_b, mb, 1 << 40)
            for x0, x1, y0, y1 in local_alignments(sa, sb, cfg):
                found.append((lo_a + x0, lo_a + x1, lo_b + y0, lo_b + y1))
        out.extend(_passages(a, b, _merge(found), bits, boiler, same, cfg))
    out.sort(key=lambda p: (p.a.start, p.b.start, p.boilerplate))
    return out


def _shared_bits(
    bits: tuple[np.ndarray | None, np.ndarray | None],
    ta: np.ndarray,
    tb: np.ndarray,
    x0: int,
    x1: int,
    y0: int,
    y1: int,
) -> float:
    """Information content of the words a passage's two sides share (inf if unknown)."""
    if bits[1] is not None:
        return float(bits[1][y0:y1][np.isin(tb, ta)].sum())
    if bits[0] is not None:
        return float(bits[0][x0:x1][np.isin(ta, tb)].sum())
    return float("inf")


def _passages(
    a: Prepared,
    b: Prepared,
    found: list[tuple[int, int, int, int]],
    bits: tuple[np.ndarray | None, np.ndarray | None],
    boiler: bool,
    same: bool,
    cfg: ReuseConfig,
) -> list[Passage]:
    # Overlapping chains find the same passage more than once: keep the longest.
    found.sort(key=lambda f: (-(f[1] - f[0] + f[3] - f[2]), f))
    kept: list[tuple[int, int, int, int]] = []
    out = []
    for x0, x1, y0, y1 in found:
        if same and x1 > y0:
            x1 = y0
        words = min(x1 - x0, y1 - y0)
        if words < cfg.min_words:
            continue
        if any(x0 < k1 and k0 < x1 and y0 < l1 and l0 < y1 for k0, k1, l0, l1 in kept):
            continue
        ta, tb = a.tok_hash[x0:x1], b.tok_hash[y0:y1]
        # Information in the shared words, preferably on side b (the newer document, whose word
        # statistics are complete).
        if not boiler and _shared_bits(bits, ta, tb, x0, x1, y0, y1) < cfg.min_bits:
            continue
        copy = len(ta) == len(tb) and bool((ta == tb).all())
        score = 1.0 if copy else Levenshtein.normalized_similarity(ta.tolist(), tb.tolist())
        if score < cfg.min_score:
            continue
        kept.append((x0, x1, y0, y1))
        sa0, sa1 = _snap(a.text, int(a.tok_start[x0]), int(a.tok_end[x1 - 1]))
        sb0, sb1 = _snap(b.text, int(b.tok_start[y0]), int(b.tok_end[y1 - 1]))
        out.append(
            Passage(
                kind="copy" if copy else "near-copy",
                a=Span(a.doc_id, sa0, sa1),
                b=Span(b.doc_id, sb0, sb1),
                score=round(float(score), 4),
                boilerplate=boiler,
            )
        )
    return out
