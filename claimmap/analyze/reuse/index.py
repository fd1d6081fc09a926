"""Reduce step 1: an inverted index over n-gram hashes that yields candidate document pairs.

Everything is sorted numpy arrays (hash, doc, position): memory is linear in the number of
tokens. Pairs come only from n-grams shared by few documents (all pairs) or by many (a star on
the group's oldest document); n-grams of ordinary language (more than ``max_df`` documents) never
seed anything. On Spark the same logic is a shuffle by hash, then a shuffle by document pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from .config import DEFAULT, ReuseConfig
from .records import Candidate, Prepared, ReuseDoc
from .tokens import prepare


def _postings(docs: Sequence[Prepared], first: int) -> tuple[np.ndarray, ...]:
    pos = [np.flatnonzero(p.gram_ok).astype(np.int32) for p in docs]
    h = [p.gram_hash[p.gram_ok] for p in docs]
    d = [np.full(len(x), first + i, dtype=np.int32) for i, x in enumerate(pos)]
    if not docs:
        return np.zeros(0, np.uint64), np.zeros(0, np.int32), np.zeros(0, np.int32)
    return np.concatenate(h), np.concatenate(d), np.concatenate(pos)


def _ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Concatenation of ``arange(lo[i], hi[i])`` for all i, without a Python loop."""
    cnt = hi - lo
    return np.repeat(lo - np.cumsum(cnt) + cnt, cnt) + np.arange(int(cnt.sum()))


def _count_sorted(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct values of a sorted array and how often each occurs (np.unique without its
    hash-table path, which is slow on large integer arrays)."""
    first = np.ones(len(x), dtype=bool)
    first[1:] = x[1:] != x[:-1]
    starts = np.flatnonzero(first)
    return x[starts], np.diff(np.append(starts, len(x)))


def _merge(old: tuple[np.ndarray, ...], new: tuple[np.ndarray, ...]) -> tuple[np.ndarray, ...]:
    """Merge two posting lists sorted by (hash, doc, pos), all of ``new``'s docs after ``old``'s:
    an insert, linear time, instead of a re-sort of everything."""
    if not len(old[0]):
        return new
    at = np.searchsorted(old[0], new[0], "right")
    return tuple(np.insert(o, at, n) for o, n in zip(old, new, strict=True))


class ReuseIndex:
    """Incremental index: :meth:`add` returns only candidate pairs involving a new document."""

    def __init__(self, cfg: ReuseConfig = DEFAULT) -> None:
        self.cfg = cfg
        self.docs: list[Prepared] = []
        self._pos: dict[str, int] = {}
        self._outlets: dict[str, int] = {}
        self._outlet_of = np.zeros(0, dtype=np.int32)
        # postings of all indexed documents, sorted by (hash, doc, position)
        self._h = np.zeros(0, dtype=np.uint64)
        self._d = np.zeros(0, dtype=np.int32)
        self._p = np.zeros(0, dtype=np.int32)
        # document frequency of each distinct token hash (sorted), for word information content
        self._tok_keys = np.zeros(0, dtype=np.uint64)
        self._tok_df = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.docs)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._pos

    def get(self, doc_id: str) -> Prepared:
        return self.docs[self._pos[doc_id]]

    def add(self, docs: Iterable[ReuseDoc | Prepared], pairs: bool = True) -> list[Candidate]:
        """Index ``docs``; return candidate pairs that involve at least one of them.

        Documents already indexed (same ``doc_id``) are skipped. With ``pairs=False`` only index
        (to load a corpus whose pairs were computed before).
        """
        new: list[Prepared] = []
        for doc in docs:
            if doc.doc_id in self._pos:
                continue
            p = doc if isinstance(doc, Prepared) else prepare(doc, self.cfg)
            self._pos[p.doc_id] = len(self.docs) + len(new)
            new.append(p)
        n_old = len(self.docs)
        self.docs.extend(new)
        outlet_ids = [
            -1 if p.outlet is None else self._outlets.setdefault(p.outlet, len(self._outlets))
            for p in new
        ]
        self._outlet_of = np.concatenate((self._outlet_of, np.array(outlet_ids, dtype=np.int32)))
        self._count_tokens(new)
        nh, nd, np_ = _postings(new, n_old)
        # built in (doc, pos) order, so a stable sort by hash gives (hash, doc, pos) order
        o = np.argsort(nh, kind="stable")
        fresh = (nh[o], nd[o], np_[o])
        out: list[Candidate] = []
        if pairs and len(nh):
            # the old postings that share a hash with a new document complete their groups
            sub = fresh
            if len(self._h):
                keys, _ = _count_sorted(fresh[0])
                lo = np.searchsorted(self._h, keys, "left")
                hi = np.searchsorted(self._h, keys, "right")
                take = _ranges(lo, hi)
                sub = _merge((self._h[take], self._d[take], self._p[take]), fresh)
            out = list(self._pairs(*sub, n_old))
        self._h, self._d, self._p = _merge((self._h, self._d, self._p), fresh)
        return out

    def _count_tokens(self, new: list[Prepared]) -> None:
        """Add the new documents to the per-word document frequencies."""
        if not new:
            return
        h = np.concatenate([p.tok_hash for p in new])
        d = np.repeat(np.arange(len(new)), [len(p.tok_hash) for p in new])
        o = np.argsort(h, kind="stable")
        h, d = h[o], d[o]
        first = np.ones(len(h), dtype=bool)
        first[1:] = h[1:] != h[:-1]
        distinct = first.copy()
        distinct[1:] |= d[1:] != d[:-1]
        starts = np.flatnonzero(first)
        keys = np.concatenate((self._tok_keys, h[starts]))
        df = np.concatenate((self._tok_df, np.add.reduceat(distinct.astype(np.int64), starts)))
        o = np.argsort(keys, kind="stable")
        keys, df = keys[o], df[o]
        first = np.ones(len(keys), dtype=bool)
        first[1:] = keys[1:] != keys[:-1]
        starts = np.flatnonzero(first)
        self._tok_keys, self._tok_df = keys[starts], np.add.reduceat(df, starts)

    def _pairs(
        self, h: np.ndarray, d: np.ndarray, p: np.ndarray, n_old: int
    ) -> Iterator[Candidate]:
        """Candidates from postings sorted by (hash, doc, pos) holding every posting of each
        hash they contain; pairs of two old documents (index < n_old) are left out."""
        cfg = self.cfg
        n = len(h)
        first = np.ones(n, dtype=bool)
        first[1:] = h[1:] != h[:-1]
        gstart = np.flatnonzero(first)
        gsize = np.diff(np.append(gstart, n))
        gid = np.cumsum(first) - 1
        # a posting opening a new document inside its hash group
        newdoc = first.copy()
        newdoc[1:] |= d[1:] != d[:-1]
        df = np.add.reduceat(newdoc.astype(np.int32), gstart)
        live = (gsize >= 2) & (d[gstart + gsize - 1] >= n_old)
        keep = (live & (df <= cfg.max_df))[gid]
        boiler = self._boilerplate(gid, d, newdoc, df, live)
        if not keep.any():
            return

        # Small groups: every posting with every later posting (same doc = repeat inside it).
        # The group size is capped too: one n-gram repeated hundreds of times inside a document
        # (a table of zeros) must not cost a quadratic number of pairs.
        small = keep & ((df <= cfg.clique_df) & (gsize <= 4 * cfg.clique_df))[gid]
        idx = np.flatnonzero(small)
        gend = (gstart + gsize)[gid[idx]]
        ib = _ranges(idx + 1, gend)
        ia = np.repeat(idx, gend - idx - 1)
        # Large groups: every other document's postings with the hub's first posting.
        jb = np.flatnonzero(keep & ~small)
        hub = gstart[gid[jb]]
        sel = d[jb] != d[hub]
        star = np.concatenate((np.zeros(len(ia), bool), np.ones(int(sel.sum()), bool)))
        ia = np.concatenate((ia, hub[sel]))
        ib = np.concatenate((ib, jb[sel]))
        # only pairs involving a new document (d[ib] >= d[ia] by sort order)
        sel = d[ib] >= n_old
        ia, ib, star = ia[sel], ib[sel], star[sel]
        if not len(ia):
            return

        nd = len(self.docs)
        pair = d[ia].astype(np.int64) * nd + d[ib]
        order = np.argsort(pair, kind="stable")
        pair, ia, ib, star = pair[order], ia[order], ib[order], star[order]
        cut = np.flatnonzero(np.diff(pair)) + 1
        starts = np.concatenate(([0], cut))
        ends = np.concatenate((cut, [len(pair)]))
        n_star = np.add.reduceat(star.astype(np.int32), starts)
        # A pair linked only through n-grams many documents share needs more of them: two
        # documents both saying "earlier this month in a statement" is no reason to align them.
        ok = ((ends - starts) >= cfg.min_anchors) & (
            (n_star < ends - starts) | (n_star >= cfg.min_common_anchors)
        )
        anchors = np.stack((p[ia], p[ib]), axis=1)
        bits = _Bits(self.docs, self._tok_keys, self._tok_df, cfg.bits_prior)
        boiler_mask = _Masks(self.docs, d[boiler], p[boiler], cfg.ngram)
        for s, e in zip(starts[ok].tolist(), ends[ok].tolist(), strict=True):
            da, db = divmod(int(pair[s]), nd)
            yield Candidate(
                a=self.docs[da].doc_id,
                b=self.docs[db].doc_id,
                anchors=anchors[s:e],
                bits_a=bits(da),
                bits_b=bits(db),
                boiler_a=boiler_mask(da),
                boiler_b=boiler_mask(db),
            )

    def _boilerplate(
        self, gid: np.ndarray, d: np.ndarray, newdoc: np.ndarray, df: np.ndarray, live: np.ndarray
    ) -> np.ndarray:
        """Postings of n-grams that are furniture of their document's outlet: found in at least
        boilerplate_min_docs documents of the outlet, which hold boilerplate_share of all the
        documents with the n-gram (a common phrase is spread over every outlet)."""
        cfg = self.cfg
        outlet = self._outlet_of[d]
        bp = np.zeros(len(d), dtype=bool)
        nd_idx = np.flatnonzero(newdoc & live[gid] & (outlet >= 0))
        if not len(nd_idx):
            return bp
        n_out = len(self._outlets) + 1
        key = gid[nd_idx].astype(np.int64) * n_out + outlet[nd_idx]
        ukey, cnt = _count_sorted(np.sort(key))
        share = cnt / df[ukey // n_out]
        heavy = ukey[(cnt >= cfg.boilerplate_min_docs) & (share >= cfg.boilerplate_share)]
        if len(heavy):
            allkey = gid.astype(np.int64) * n_out + outlet
            at = np.minimum(np.searchsorted(heavy, allkey), len(heavy) - 1)
            bp = (heavy[at] == allkey) & (outlet >= 0)
        return bp


class _Bits:
    """Per-token information content log2((N + prior) / (df + 1)), built on demand per document."""

    def __init__(self, docs: list[Prepared], keys: np.ndarray, df: np.ndarray, prior: int) -> None:
        self.docs, self.keys, self.df = docs, keys, df
        self.total = float(len(docs) + prior)
        self.cache: dict[int, np.ndarray] = {}

    def __call__(self, doc: int) -> np.ndarray:
        if doc not in self.cache:
            h = self.docs[doc].tok_hash
            i = np.minimum(np.searchsorted(self.keys, h), len(self.keys) - 1)
            df = np.where(self.keys[i] == h, self.df[i], 0)
            self.cache[doc] = np.log2(self.total / (df + 1.0)).astype(np.float32)
        return self.cache[doc]


class _Masks:
    """Per-token masks of the tokens covered by flagged postings, built on demand per document
    (None for a document with none)."""

    def __init__(self, docs: list[Prepared], d: np.ndarray, p: np.ndarray, n: int) -> None:
        o = np.argsort(d, kind="stable")
        self.docs, self.d, self.p, self.n = docs, d[o], p[o], n
        self.cache: dict[int, np.ndarray | None] = {}

    def __call__(self, doc: int) -> np.ndarray | None:
        if doc not in self.cache:
            lo, hi = np.searchsorted(self.d, [doc, doc + 1])
            m = None
            if hi > lo:
                cover = np.zeros(len(self.docs[doc].tok_hash) + self.n + 1, dtype=np.int32)
                np.add.at(cover, self.p[lo:hi], 1)
                np.add.at(cover, self.p[lo:hi] + self.n, -1)
                m = np.cumsum(cover[: len(self.docs[doc].tok_hash)]) > 0
            self.cache[doc] = m
        return self.cache[doc]


def candidates(
    new: Iterable[ReuseDoc | Prepared],
    old: Iterable[ReuseDoc | Prepared] = (),
    cfg: ReuseConfig = DEFAULT,
) -> tuple[ReuseIndex, list[Candidate]]:
    """Candidate pairs among ``new`` and between ``new`` and ``old`` (never old with old).

    Returns the index too: it holds the prepared documents that :func:`align_pair` needs.
    """
    index = ReuseIndex(cfg)
    index.add(old, pairs=False)
    return index, index.add(new)
