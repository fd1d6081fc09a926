"""Sentence pairs from the k-NN graph: margin, restraint, copy and document rules.

Works on *units* (distinct texts): identical sentences (syndication) are
embedded and scored once and expanded back to every occurrence at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from claimmap.analyze.xling.config import XlingConfig
from claimmap.analyze.xling.margin import margin
from claimmap.analyze.xling.records import XPair, XSentence, pair_kind
from claimmap.analyze.xling.restraint import restraint_factor
from claimmap.model import normalize_for_matching

CopyTest = Callable[[str, str], bool]


@dataclass(slots=True)
class Units:
    texts: list[str]
    occurrences: list[list[int]]  # unit -> sentence indices


def make_units(sents: Sequence[XSentence], chosen: Sequence[int]) -> Units:
    """Group the chosen sentences by exact (whitespace-normalised) text."""
    by_text: dict[str, int] = {}
    texts: list[str] = []
    occ: list[list[int]] = []
    for i in chosen:
        t = " ".join(sents[i].text.split())
        u = by_text.get(t)
        if u is None:
            u = by_text[t] = len(texts)
            texts.append(t)
            occ.append([])
        occ[u].append(i)
    return Units(texts, occ)


def copy_test(ratio: float) -> CopyTest:
    """Near-verbatim copies belong to the lexical reuse engine, not to us."""

    def is_copy(a: str, b: str) -> bool:
        na = " ".join(normalize_for_matching(a).split())
        nb = " ".join(normalize_for_matching(b).split())
        return fuzz.ratio(na, nb) / 100.0 > ratio

    return is_copy


def allowed(a: XSentence, b: XSentence) -> bool:
    """Same-document pairs only across languages (a page carrying a translation)."""
    if a.doc != b.doc:
        return True
    return pair_kind(a.lang, b.lang) == "translation"


def score_pair(
    cos: float,
    mean_a: float,
    mean_b: float,
    a: XSentence,
    b: XSentence,
    config: XlingConfig,
    common: frozenset[str] | None = None,
) -> tuple[float, float]:
    """(margin, score): score is the margin after restraint."""
    m = float(margin(cos, mean_a, mean_b))
    return m, m * restraint_factor(a.text, b.text, config, a.lang, b.lang, common)


def mine_pairs(
    sents: Sequence[XSentence],
    units: Units,
    vectors: np.ndarray,
    nn_ids: np.ndarray,
    nn_sims: np.ndarray,
    means: np.ndarray,
    config: XlingConfig,
    is_copy: CopyTest | None = None,
    threshold_scale: float = 1.0,
    common: frozenset[str] | None = None,
) -> list[XPair]:
    """Accepted sentence pairs among each unit's ``k_candidates`` nearest units.

    ``threshold_scale`` lowers the bar, e.g. to collect candidates for tuning;
    ``common``: see :func:`restraint.restraint_factor`.
    """
    is_copy = is_copy or copy_test(config.copy_ratio)
    seen: set[tuple[int, int]] = set()
    out: list[XPair] = []
    for u in range(len(units.texts)):
        taken = 0
        for v, cos in zip(nn_ids[u], nn_sims[u], strict=True):
            if v < 0 or v == u:
                continue
            taken += 1
            if taken > config.k_candidates:
                break
            key = (min(u, int(v)), max(u, int(v)))
            if key in seen:
                continue
            seen.add(key)
            out.extend(
                _expand(
                    sents, units, key, float(cos), means, config, is_copy, threshold_scale, common
                )
            )
    return out


def _expand(sents, units, key, cos, means, config, is_copy, scale, common) -> list[XPair]:
    u, v = key
    ta, tb = units.texts[u], units.texts[v]
    if is_copy(ta, tb):
        return []
    out = []
    scored: dict[tuple[str | None, str | None], tuple[float, float]] = {}
    for i in units.occurrences[u]:
        for j in units.occurrences[v]:
            a, b = sents[i], sents[j]
            kind = pair_kind(a.lang, b.lang)
            # the same text may be tagged with different languages in different documents
            if (a.lang, b.lang) not in scored:
                scored[(a.lang, b.lang)] = score_pair(cos, means[u], means[v], a, b, config, common)
            m, score = scored[(a.lang, b.lang)]
            if score < config.threshold(kind) * scale or not allowed(a, b):
                continue
            out.append(XPair(min(i, j), max(i, j), cos, m, score, kind))
    return out
