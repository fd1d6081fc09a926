"""Cross-lingual and paraphrase alignment: the same passage translated or reworded.

Inputs are plain :class:`XSentence` records (from stored sentence segments);
output is :class:`XPassage` (kind, a, b, score). :func:`align` runs the steps
in order; each step is a pure function so other backends can shard them.
"""

from claimmap.analyze.xling.anchors import names, numbers
from claimmap.analyze.xling.chain import chain, compete
from claimmap.analyze.xling.config import XlingConfig
from claimmap.analyze.xling.knn import topk, topk_exact
from claimmap.analyze.xling.margin import Background, backgrounds, margin, neighbour_means
from claimmap.analyze.xling.mine import Units, copy_test, make_units, mine_pairs, score_pair
from claimmap.analyze.xling.pipeline import XResult, align, extend
from claimmap.analyze.xling.records import XKind, XPair, XPassage, XSentence, pair_kind
from claimmap.analyze.xling.restraint import restraint_factor
from claimmap.analyze.xling.select import (
    SHORTCUTS,
    anchor_pairs,
    char_tfidf,
    chargram_pairs,
    select,
    select_anchored,
    select_lang,
)
from claimmap.analyze.xling.vectors import embed_with_cache

__all__ = [
    "SHORTCUTS",
    "Background",
    "Units",
    "XKind",
    "XPair",
    "XPassage",
    "XResult",
    "XSentence",
    "XlingConfig",
    "align",
    "anchor_pairs",
    "backgrounds",
    "chain",
    "char_tfidf",
    "chargram_pairs",
    "compete",
    "copy_test",
    "embed_with_cache",
    "extend",
    "make_units",
    "margin",
    "mine_pairs",
    "names",
    "neighbour_means",
    "numbers",
    "pair_kind",
    "restraint_factor",
    "score_pair",
    "select",
    "select_anchored",
    "select_lang",
    "topk",
    "topk_exact",
]
