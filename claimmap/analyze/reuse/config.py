"""Tuning knobs of the reuse engine, in one frozen record (picklable for workers)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReuseConfig:
    # Anchors: word n-grams over the folded text. 4 keeps ~24% of n-grams alive under 30% word
    # edits (0.7**4) while staying rare enough between unrelated texts.
    ngram: int = 4
    # n-grams in more documents than this are ordinary language ("one of the most"): dropped.
    max_df: int = 1000
    # Up to this many documents an n-gram pairs every document with every other; above it each
    # document is paired with the group's oldest document only (a star), so a story syndicated to
    # hundreds of pages costs linear, not quadratic, work and still ends up in one cluster.
    clique_df: int = 16
    # Shared anchors a document pair needs before it is aligned at all; if none of them is in at
    # most clique_df documents, min_common_anchors (a common phrase shares a few, a copied
    # sentence more).
    min_anchors: int = 2
    min_common_anchors: int = 4

    # Chaining runs of anchors into candidate regions (in tokens).
    max_gap: int = 60
    max_drift: int = 25
    # Context aligned beyond the outermost anchors, so edited passage edges are recovered.
    flank: int = 40
    # Longer chains are aligned in pieces of this many tokens (alignment memory is quadratic).
    max_region: int = 2000

    # Word-level local alignment: +match per equal word, -mismatch per substituted word,
    # -gap per inserted/deleted word; a region ends once it falls xdrop below its best score.
    # Lenient enough to carry a passage across 30% edited words; unrelated text (a few function
    # words in common) still scores downhill and falls off.
    match: float = 1.0
    mismatch: float = 0.5
    gap: float = 0.7
    xdrop: float = 8.0

    # Reported passages: at least this many words on both sides (about one short sentence: a
    # reused sentence counts, a stock phrase does not), a word-level similarity of min_score...
    min_words: int = 10
    min_score: float = 0.5
    # ... and this much information in the words both sides share: the sum over those words of
    # log2((N + bits_prior) / (df + 1)), df the number of documents with the word. Sharing "said
    # earlier this month for the first time since" is language, not reuse; a sentence with a name
    # or two in it is. The prior keeps small corpora, which have no word statistics, permissive.
    min_bits: float = 30.0
    bits_prior: int = 1000

    # Boilerplate: an n-gram found in at least this many documents of one outlet, and mostly in
    # that outlet (a common phrase is in every outlet), is furniture of that outlet; text made of
    # such n-grams is aligned apart and reported flagged.
    boilerplate_min_docs: int = 5
    boilerplate_share: float = 0.5


DEFAULT = ReuseConfig()
