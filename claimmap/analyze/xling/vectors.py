"""Sentence vectors with a caller-owned cache, so each text is embedded once per model.

The store persists the cache (key = sha256 of model name, e5 prefix and text);
this module only reads and fills a mapping, which keeps it shardable.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

import numpy as np

from claimmap.models.base import Embedder, EmbedKind, Progress, embed_batched, vector_key


def embed_with_cache(
    texts: Sequence[str],
    embedder: Embedder,
    cache: MutableMapping[str, np.ndarray] | None = None,
    *,
    kind: EmbedKind = "query",
    batch_size: int = 64,
    progress: Progress | None = None,
) -> np.ndarray:
    """Vectors for ``texts`` (rows in order); only texts missing from ``cache`` are embedded.

    New vectors are written into ``cache``. Duplicate texts are embedded once.
    """
    cache = {} if cache is None else cache
    keys = [vector_key(t, embedder.name, kind) for t in texts]
    missing: dict[str, str] = {}
    for k, t in zip(keys, texts, strict=True):
        if k not in cache and k not in missing:
            missing[k] = t
    if missing:
        new = embed_batched(embedder, list(missing.values()), kind, batch_size, progress)
        for k, v in zip(missing, new, strict=True):
            cache[k] = v
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for row, k in enumerate(keys):
        out[row] = cache[k]
    return out
