"""Which sentences to embed: the model does ~50-80 sentences/s on 2 cores, so a
10k-article corpus (~300k sentences) cannot be embedded whole on every run.

Each shortcut returns sentence indices; a policy is the union of shortcuts.
What each one costs in recall is measured by bench/xling.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

import numpy as np

from claimmap.analyze.xling.anchors import names, numbers
from claimmap.analyze.xling.records import XSentence
from claimmap.model import normalize_for_matching

SHORTCUTS = ("all", "lang", "anchored", "anchor_pairs", "chargram_pairs")


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


def select(sents: Sequence[XSentence], policy: Iterable[str] = ("all",)) -> list[int]:
    """Sorted indices of the sentences to embed under a union of shortcuts."""
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
        else:
            raise ValueError(f"unknown shortcut {name!r}; known: {SHORTCUTS}")
    return sorted(chosen)
