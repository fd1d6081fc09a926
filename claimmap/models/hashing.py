"""A deterministic, model-free embedder: hashed character n-grams.

Not multilingual in any semantic sense. It exists for tests and dry runs of the
pipeline where loading a real model is pointless, and as a lexical baseline.
"""

from __future__ import annotations

import zlib

import numpy as np

from claimmap.model import normalize_for_matching
from claimmap.models.base import EmbedKind, l2_normalise


class HashingEmbedder:
    def __init__(self, dim: int = 256, n: int = 3) -> None:
        self.dim = dim
        self.n = n
        self.name = f"hash-{n}gram-{dim}"

    def embed(self, texts: list[str], kind: EmbedKind = "passage") -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            t = " ".join(normalize_for_matching(text).split())
            for i in range(max(len(t) - self.n + 1, 0)):
                out[row, zlib.crc32(t[i : i + self.n].encode()) % self.dim] += 1.0
        return l2_normalise(out)
