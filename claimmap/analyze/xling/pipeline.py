"""The whole alignment run on one machine; each step is a function of its own
(select -> embed -> k-NN -> margin -> restraint -> extend -> chain) so a Spark
backend can distribute the same steps: selection and embedding map over
sentences, k-NN maps over query shards against a broadcast index, mining and
extension map over pairs, chaining groups by document pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from claimmap.analyze.xling.anchors import lowercase_keys
from claimmap.analyze.xling.background import background, shipped_vectors
from claimmap.analyze.xling.chain import chain, ordinals
from claimmap.analyze.xling.config import XlingConfig
from claimmap.analyze.xling.edits import consistent
from claimmap.analyze.xling.margin import Background, backgrounds
from claimmap.analyze.xling.mine import (
    CopyTest,
    allowed,
    copy_test,
    make_units,
    mine_pairs,
    score_pair,
)
from claimmap.analyze.xling.records import XPair, XPassage, XSentence, pair_kind
from claimmap.analyze.xling.select import select
from claimmap.analyze.xling.vectors import embed_with_cache
from claimmap.models.base import Embedder, Progress


@dataclass(slots=True)
class XResult:
    passages: list[XPassage]
    pairs: list[XPair]
    stats: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class _Space:
    """Vectors and margin denominators of the sentences embedded so far."""

    index: np.ndarray  # unit vectors, the k-NN index
    index_langs: list[str]
    vec: dict[int, np.ndarray]
    bg: dict[int, tuple[Background, int]]  # sentence -> (denominators, row)

    def mean(self, i: int, partner_lang: str | None) -> float:
        b, row = self.bg[i]
        return b.of(row, partner_lang)


def _backgrounds(queries, query_langs, index, index_langs, config: XlingConfig, in_index: bool):
    return backgrounds(
        queries, query_langs, index, index_langs,
        k=config.k_margin, dup_cos=config.dup_cos, skip_same=config.margin_skip,
        skip_other=config.margin_skip_other, min_size=config.min_language_size,
        by_language=config.margin_by_language, in_index=in_index,
        ann_min_size=config.ann_min_size, extra=8 + config.k_candidates,
    )  # fmt: skip


def align(
    sents: Sequence[XSentence],
    embedder: Embedder,
    *,
    config: XlingConfig | None = None,
    policy: Sequence[str] = ("all",),
    cache: MutableMapping[str, np.ndarray] | None = None,
    progress: Progress | None = None,
    is_copy: CopyTest | None = None,
    static_marks: MutableMapping[str, np.ndarray] | None = None,
) -> XResult:
    """Translated and paraphrased passages among ``sents`` (several documents).

    ``policy`` names the selection shortcuts (see :mod:`select`); ``cache`` maps
    :func:`claimmap.models.vector_key` keys to vectors and is filled in place;
    ``is_copy(a, b)`` overrides the near-verbatim test; ``static_marks`` keeps the
    best static margins between runs (:func:`select.static_select`; the stage passes
    its store-backed cache).
    """
    config = config or XlingConfig()
    is_copy = is_copy or copy_test(config.copy_ratio)
    chosen = select(sents, policy, config, static_marks)
    units = make_units(sents, chosen)
    vecs = embed_with_cache(
        units.texts, embedder, cache, kind=config.embed_kind,
        batch_size=config.batch_size, progress=progress,
    )  # fmt: skip
    index, index_langs = vecs, list(units.langs)
    if config.background and len(units.texts):
        extra = background(config.background)
        bvecs = shipped_vectors(embedder.name, config.embed_kind, config.background)
        if bvecs is None:
            bvecs = embed_with_cache(
                [t for _, t in extra], embedder, cache, kind=config.embed_kind,
                batch_size=config.batch_size,
            )  # fmt: skip
        index, index_langs = np.vstack([vecs, bvecs]), index_langs + [lg for lg, _ in extra]
    bg, ids, sims = _backgrounds(vecs, units.langs, index, index_langs, config, in_index=True)
    ids = np.where(ids >= len(vecs), -1, ids)  # background rows are never partners
    common = lowercase_keys(s.text for s in sents)
    seeds = mine_pairs(sents, units, vecs, ids, sims, bg, config, is_copy, common=common)
    space = _Space(index, index_langs, {}, {})
    for u, occ in enumerate(units.occurrences):
        for i in occ:
            space.vec[i], space.bg[i] = vecs[u], (bg, u)
    before = len(space.vec)
    pairs = extend(sents, seeds, space, embedder, cache, config, is_copy, common)
    if config.consistent:
        pairs = consistent(pairs, sents, config, common)
    stats = {
        "sentences": len(sents),
        "selected": len(chosen),
        "embedded_units": len(units.texts),
        "extension_embedded": len(space.vec) - before,
        "seed_pairs": len(seeds),
        "pairs": len(pairs),
    }
    return XResult(chain(pairs, sents, config.max_gap), pairs, stats)


def extend(
    sents: Sequence[XSentence],
    seeds: Sequence[XPair],
    space: _Space,
    embedder: Embedder,
    cache: MutableMapping[str, np.ndarray] | None,
    config: XlingConfig,
    is_copy: CopyTest,
    common: frozenset[str] | None = None,
) -> list[XPair]:
    """Grow accepted pairs sentence by sentence at the lower extension bar (per kind).

    Sentences next to a seed that the selection skipped are embedded here, so a
    shortcut only has to find one sentence of a translated passage.
    """
    ords = ordinals(sents)
    at = {(s.doc, ords[i]): i for i, s in enumerate(sents) if not s.skip}
    have = {(p.i, p.j) for p in seeds}  # accepted or already tried
    out = list(seeds)
    # sentence -> language -> accepted partners: a sentence that already has a partner
    # in y's language pairs with y by extension only if y is that partner's copy (a
    # repost); otherwise the weaker neighbour of some other claim's translation
    # would ride on the lower bar
    partners: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for p in seeds:
        partners[p.i][sents[p.j].lang or ""].append(p.j)
        partners[p.j][sents[p.i].lang or ""].append(p.i)
    frontier = list(seeds)
    steps = [(da, db) for da in range(config.max_gap + 2) for db in range(config.max_gap + 2)]
    steps = [s for s in steps if s != (0, 0)]
    while frontier:
        cands: set[tuple[int, int]] = set()
        for p in frontier:
            a, b = (
                (p.i, p.j)
                if (sents[p.i].doc, ords[p.i]) <= (sents[p.j].doc, ords[p.j])
                else (p.j, p.i)
            )
            for sign in (1, -1):
                for da, db in steps:
                    x = at.get((sents[a].doc, ords[a] + sign * da))
                    y = at.get((sents[b].doc, ords[b] + sign * db))
                    if x is None or y is None or x == y:
                        continue
                    key = (min(x, y), max(x, y))
                    if key not in have and allowed(sents[x], sents[y]):
                        cands.add(key)
        have |= cands
        _ensure(sents, sorted({i for c in cands for i in c}), space, embedder, cache, config)
        frontier = []
        for i, j in sorted(cands):
            ta, tb = sents[i].text, sents[j].text
            cos = float(space.vec[i] @ space.vec[j])
            m, score = score_pair(
                cos,
                space.mean(i, sents[j].lang),
                space.mean(j, sents[i].lang),
                sents[i],
                sents[j],
                config,
                common,
            )
            kind = pair_kind(sents[i].lang, sents[j].lang)
            if score < config.extend_threshold(kind) or is_copy(ta, tb):
                continue
            if (
                config.extend_exclusive
                and kind == "translation"
                and (
                    _taken(i, j, sents, partners, space, config.dup_cos)
                    or _taken(j, i, sents, partners, space, config.dup_cos)
                )
            ):
                continue
            p = XPair(i, j, cos, m, score, kind)
            out.append(p)
            frontier.append(p)
            partners[i][sents[j].lang or ""].append(j)
            partners[j][sents[i].lang or ""].append(i)
    return out


def _taken(
    x: int,
    y: int,
    sents: Sequence[XSentence],
    partners: dict[int, dict[str, list[int]]],
    space: _Space,
    dup_cos: float,
) -> bool:
    """Whether ``x`` already has a partner in ``y``'s language that ``y`` does not copy."""
    have = partners[x].get(sents[y].lang or "", [])
    return any(float(space.vec[z] @ space.vec[y]) < dup_cos for z in have if z != y)


def _ensure(sents, idxs, space: _Space, embedder, cache, config: XlingConfig) -> None:
    """Embed sentences the selection skipped; their denominators come from the index."""
    new = [i for i in idxs if i not in space.vec]
    if not new:
        return
    v = embed_with_cache(
        [" ".join(sents[i].text.split()) for i in new], embedder, cache,
        kind=config.embed_kind, batch_size=config.batch_size,
    )  # fmt: skip
    # these queries are not in the index: no column is "self"
    langs = [sents[i].lang or "" for i in new]
    bg, _, _ = _backgrounds(v, langs, space.index, space.index_langs, config, in_index=False)
    for r, i in enumerate(new):
        space.vec[i], space.bg[i] = v[r], (bg, r)
