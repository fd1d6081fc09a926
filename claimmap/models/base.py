"""The embedding interface every model backend satisfies.

Callers depend on :class:`Embedder` only, so the bundled 4-bit model can be
swapped for a bigger local one through configuration, without code changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Literal, Protocol, runtime_checkable

import numpy as np

EmbedKind = Literal["passage", "query"]
# progress(done, total): called after every batch, so a CLI can draw a bar
Progress = Callable[[int, int], None]


@runtime_checkable
class Embedder(Protocol):
    """A sentence encoder returning L2-normalised float32 rows."""

    name: str
    dim: int

    def embed(self, texts: list[str], kind: EmbedKind = "passage") -> np.ndarray: ...


def l2_normalise(x: np.ndarray) -> np.ndarray:
    """Row-normalise to unit length (zero rows stay zero) as float32."""
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 1:
        x = x[None, :]
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


def embed_batched(
    embedder: Embedder,
    texts: Sequence[str],
    kind: EmbedKind = "passage",
    batch_size: int = 64,
    progress: Progress | None = None,
) -> np.ndarray:
    """Embed in batches so memory stays bounded and progress can be reported."""
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for lo in range(0, len(texts), batch_size):
        chunk = list(texts[lo : lo + batch_size])
        out[lo : lo + len(chunk)] = embedder.embed(chunk, kind=kind)
        if progress is not None:
            progress(lo + len(chunk), len(texts))
    return out


def vector_key(text: str, model_name: str, kind: EmbedKind = "passage") -> str:
    """Cache key of a text's vector: vectors differ per model and per e5 prefix."""
    h = hashlib.sha256()
    h.update(f"{model_name}\x00{kind}\x00".encode())
    h.update(text.encode("utf-8"))
    return h.hexdigest()
