"""Sentence pairs from the k-NN graph: margin, restraint, copy and document rules.

Works on *units* (distinct texts): identical sentences (syndication) are
embedded and scored once and expanded back to every occurrence at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from claimmap.analyze.xling.config import XlingConfig
from claimmap.analyze.xling.edits import substituted
from claimmap.analyze.xling.margin import Background, margin
from claimmap.analyze.xling.records import XPair, XSentence, pair_kind
from claimmap.analyze.xling.restraint import restraint_factor
from claimmap.model import normalize_for_matching

CopyTest = Callable[[str, str], bool]


@dataclass(slots=True)
class Units:
    texts: list[str]
    occurrences: list[list[int]]  # unit -> sentence indices
    # language of the unit's first occurrence ("" unknown); a text tagged with
    # several languages is scored per occurrence all the same
    langs: list[str] = field(default_factory=list)
    mixed: set[int] = field(default_factory=set)  # units tagged with several languages


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
    langs = [sents[o[0]].lang or "" for o in occ]
    mixed = {u for u, o in enumerate(occ) if len({sents[i].lang or "" for i in o}) > 1}
    return Units(texts, occ, langs, mixed)


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
    paraphrase = pair_kind(a.lang, b.lang) == "paraphrase"
    if paraphrase and config.edit_kept and substituted(a.text, b.text, config.edit_kept):
        return m, 0.0  # an edited copy that says something else: see edits.py
    return m, m * restraint_factor(a.text, b.text, config, a.lang, b.lang, common)


def mine_pairs(
    sents: Sequence[XSentence],
    units: Units,
    vectors: np.ndarray,
    nn_ids: np.ndarray,
    nn_sims: np.ndarray,
    means: np.ndarray | Background,
    config: XlingConfig,
    is_copy: CopyTest | None = None,
    threshold_scale: float = 1.0,
    common: frozenset[str] | None = None,
) -> list[XPair]:
    """Accepted sentence pairs among each unit's nearest units.

    Candidates: each unit's ``k_candidates`` nearest units, per partner language
    when ``config.candidates_per_language`` (English neighbours crowd out the
    Albanian translation otherwise). ``means``: margin denominators, a
    :class:`Background` or one pooled value per unit. ``threshold_scale`` lowers
    the bar, e.g. to collect candidates for tuning; ``common``: see
    :func:`restraint.restraint_factor`.
    """
    is_copy = is_copy or copy_test(config.copy_ratio)
    bg = means if isinstance(means, Background) else Background([], np.asarray(means)[:, None])
    ulangs = units.langs or [""] * len(units.texts)
    cand = _candidates(nn_ids, ulangs, config.k_candidates, config.candidates_per_language)
    if not len(cand):
        return []
    u, v = cand[:, 0], cand[:, 1]
    cos = np.einsum("ij,ij->i", vectors[u], vectors[v])
    # restraint only lowers a score: pairs whose bare margin misses the lowest bar
    # are dropped here, in bulk, before the per-pair text checks
    cu = np.array([bg.column(ulangs[x]) for x in range(len(ulangs))], dtype=np.int64)
    m = cos / ((bg.table[u, cu[v]] + bg.table[v, cu[u]]) / 2.0)
    floor = min(config.threshold_translation, config.threshold_paraphrase) * threshold_scale
    mixed = np.isin(u, list(units.mixed)) | np.isin(v, list(units.mixed))
    keep = (m * config.max_restraint_factor() >= floor) | mixed
    out: list[XPair] = []
    for a, b, c in zip(u[keep].tolist(), v[keep].tolist(), cos[keep].tolist(), strict=True):
        out.extend(_expand(sents, units, (a, b), c, bg, config, is_copy, threshold_scale, common))
    return out


def _candidates(nn_ids: np.ndarray, ulangs: list[str], k: int, per_language: bool) -> np.ndarray:
    """Distinct (u, v), u < v: each row's first ``k`` neighbours (per language)."""
    seen: set[tuple[int, int]] = set()
    for u in range(nn_ids.shape[0]):
        taken: dict[str, int] = {}
        for v in nn_ids[u].tolist():
            if v < 0 or v == u:
                continue
            lang = ulangs[v] if per_language else ""
            n = taken.get(lang, 0)
            if n >= k:
                if not per_language:
                    break
                continue
            taken[lang] = n + 1
            seen.add((min(u, v), max(u, v)))
    return np.array(sorted(seen), dtype=np.int64).reshape(-1, 2)


def _expand(sents, units, key, cos, bg: Background, config, is_copy, scale, common) -> list[XPair]:
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
                scored[(a.lang, b.lang)] = score_pair(
                    cos, bg.of(u, b.lang), bg.of(v, a.lang), a, b, config, common
                )
            m, score = scored[(a.lang, b.lang)]
            if score < config.threshold(kind) * scale or not allowed(a, b):
                continue
            out.append(XPair(min(i, j), max(i, j), cos, m, score, kind))
    return out
