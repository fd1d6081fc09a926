"""A local sentence-transformers model (e.g. a LaBSE directory) as an Embedder.

Loaded lazily, only if sentence-transformers is installed: it is an optional,
heavy dependency (torch) and nothing may be downloaded at run time, so the
path must be a local directory.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from claimmap.models.base import EmbedKind, l2_normalise


class SentenceTransformerEmbedder:
    def __init__(self, path: str, query_prefix: str = "", passage_prefix: str = "") -> None:
        if not Path(path).is_dir():
            raise FileNotFoundError(f"sentence-transformers model directory not found: {path}")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError(
                "spec 'sentence-transformers:PATH' needs the sentence-transformers package"
            ) from e
        self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        self.name = f"st:{Path(path).resolve().name}"
        self.dim = int(self._model.get_sentence_embedding_dimension())
        # e5-family models want prefixes; LaBSE does not: configurable
        self._prefix = {"query": query_prefix, "passage": passage_prefix}

    def embed(self, texts: list[str], kind: EmbedKind = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        p = self._prefix[kind]
        vecs = self._model.encode([p + t for t in texts], normalize_embeddings=True)
        return l2_normalise(np.asarray(vecs))
