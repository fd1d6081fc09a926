"""Text-reuse alignment engine: which passages of which documents are copies of each other.

In the spirit of passim (n-gram anchors, an inverted index, alignment of candidate pairs), built
from pure functions over plain records so each step can be sharded:

1. map: :func:`prepare` one :class:`ReuseDoc` into tokens and n-gram hashes (:class:`Prepared`);
2. shuffle by n-gram: :class:`ReuseIndex` / :func:`candidates` yield :class:`Candidate` document
   pairs with their shared anchors, incrementally (only pairs involving new documents);
3. per pair: :func:`align_pair` chains anchors and aligns words into :class:`Passage` records,
   also inside a single document (``a == b``);
4. :func:`cluster_passages` groups passages into :class:`ReuseCluster` with earliest appearance.

:func:`find_reuse` runs 1-3 in one process.
"""

from __future__ import annotations

from collections.abc import Iterable

from .align import align_pair, local_alignments
from .cluster import cluster_passages, date_interval, earliest
from .config import DEFAULT, ReuseConfig
from .index import ReuseIndex, candidates
from .records import (
    Candidate,
    Earliest,
    Passage,
    Prepared,
    ReuseCluster,
    ReuseDoc,
)
from .tokens import fold, prepare, tokenize

__all__ = [
    "DEFAULT",
    "Candidate",
    "Earliest",
    "Passage",
    "Prepared",
    "ReuseCluster",
    "ReuseConfig",
    "ReuseDoc",
    "ReuseIndex",
    "align_candidates",
    "align_pair",
    "candidates",
    "cluster_passages",
    "date_interval",
    "earliest",
    "find_reuse",
    "fold",
    "local_alignments",
    "prepare",
    "tokenize",
]


def align_candidates(index: ReuseIndex, cands: Iterable[Candidate]) -> list[Passage]:
    """Align every candidate pair of ``index``."""
    out: list[Passage] = []
    for c in cands:
        out.extend(align_pair(index.get(c.a), index.get(c.b), c, index.cfg))
    return out


def find_reuse(
    docs: Iterable[ReuseDoc], cfg: ReuseConfig = DEFAULT, index: ReuseIndex | None = None
) -> list[Passage]:
    """All passages among ``docs`` (and between them and ``index``'s documents, if given).

    Pass the same ``index`` again with new documents to get only the new passages (the index's
    own config applies then, not ``cfg``).
    """
    index = index if index is not None else ReuseIndex(cfg)
    return align_candidates(index, index.add(docs))
