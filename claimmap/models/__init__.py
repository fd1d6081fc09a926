"""Embedding models behind one small interface (see :mod:`claimmap.models.base`)."""

from claimmap.models.base import (
    Embedder,
    EmbedKind,
    Progress,
    embed_batched,
    l2_normalise,
    vector_key,
)
from claimmap.models.registry import DEFAULT_SPEC, get_embedder, register

__all__ = [
    "DEFAULT_SPEC",
    "EmbedKind",
    "Embedder",
    "Progress",
    "embed_batched",
    "get_embedder",
    "l2_normalise",
    "register",
    "vector_key",
]
