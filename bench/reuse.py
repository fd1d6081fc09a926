"""Benchmark of the text-reuse engine against a MinHash-LSH baseline on a synthetic corpus.

    python bench/reuse.py --docs 4000

Generates language-like text (Zipf-distributed pseudo-words put into sentence templates, one topic
per document so unrelated documents share vocabulary), outlets whose pages share a footer
(boilerplate, not reuse), and known reuse: passages of 2-6 sentences copied from one document into
another verbatim, with 10% and with 30% of words edited. A quarter of the documents take part in
no reuse. Each method runs in a fresh subprocess that loads the corpus from disk (so time and peak
memory include loading) and is scored with the PAN text-alignment measures (character precision,
recall, granularity, plagdet; Potthast et al. 2010), overall and per edit level.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

EDIT_LEVELS = (0.0, 0.1, 0.3)

# ----------------------------------------------------------------------------- corpus generation

FUNCTION = {
    k: v.split("|")
    for k, v in {
        "D": "the|a|this|that|its|their|our|every|some|another",
        "P": "of|in|to|for|on|with|at|by|from|about|after|over|under|into|against|between",
        "C": "and|but|while|because|although|as|since|so",
        "R": "said|told|added|noted|claimed|warned|argued|stated|insisted",
        "T": "on Monday|on Tuesday|last week|this year|in March|earlier this month|on Friday",
    }.items()
}
STOCK = [
    "according to officials",
    "in a statement on its website",
    "for the first time since",
    "it was not immediately clear",
    "speaking on condition of anonymity",
    "at the end of the day",
    "in the coming weeks",
]
TEMPLATES = [
    "D A N V D N P D N",
    "M R that D N V D A N P D N",
    "D N P D N V X P D N",
    "P D N , D N V D N C D N V D A N",
    "M , D A N P D N , R that D N V P D N T",
    "D A N V D N , M R",
    "D N V X C D N P D N V D N",
    "Q N V P D N P D N T",
    "M V D A N P Q N , R D N",
    "D N P M V D N C V D A N",
    "X , D A N V D N P D N",
    "D N R that D N P D N V X P Q N",
]
SYLL = [c + v for c in "bcdfghjklmnprstvwz" for v in "aeiou"] + ["an", "er", "in", "or", "st", "th"]


class Lexicon:
    """Pseudo-words with Zipf frequencies; each document draws content words partly from its
    topic so unrelated documents on one topic share vocabulary but not sentences."""

    def __init__(self, rng: np.random.Generator, n_topics: int = 60) -> None:
        words: set[str] = set()
        while len(words) < 40000:
            k = int(rng.integers(1, 4))
            words.add("".join(SYLL[int(i)] for i in rng.integers(0, len(SYLL), k)))
        pool = sorted(words)
        rng.shuffle(pool)
        self.cls = {
            "N": pool[:16000],
            "V": pool[16000:22000],
            "A": pool[22000:28000],
            "X": [w + "ly" for w in pool[28000:30000]],
            "M": [w.capitalize() for w in pool[30000:34000]],
        }
        self.cdf = {}
        for c, ws in self.cls.items():
            wgt = 1.0 / np.arange(1, len(ws) + 1) ** 1.05
            self.cdf[c] = np.cumsum(wgt) / wgt.sum()
        # per topic: a few hundred nouns/verbs/names taken out of the long tail
        self.topics = [
            {c: rng.integers(200, len(self.cls[c]), 250) for c in "NVAM"} for _ in range(n_topics)
        ]
        self.rng = rng
        self._buf: dict[str, list[int]] = {}

    def draw(self, c: str) -> int:
        buf = self._buf.get(c)
        if not buf:
            buf = np.searchsorted(self.cdf[c], self.rng.random(8192)).tolist()
            self._buf[c] = buf
        return buf.pop()

    def word(self, c: str, topic: int | None) -> str:
        if topic is not None and c in "NVAM" and self.rng.random() < 0.35:
            t = self.topics[topic][c]
            return self.cls[c][int(t[min(self.draw("N") % 250, 249)])]
        return self.cls[c][min(self.draw(c), len(self.cls[c]) - 1)]


def sentence(lex: Lexicon, topic: int | None, rng: random.Random) -> list[str]:
    out: list[str] = []
    for sym in rng.choice(TEMPLATES).split():
        if sym == ",":
            if out:
                out[-1] += ","
            continue
        if sym in FUNCTION:
            out.extend(rng.choice(FUNCTION[sym]).split())
        elif sym == "Q":
            out.append(str(rng.choice([2, 3, 5, 12, 40, 150, 2000, rng.randint(2, 900)])))
        elif sym == "M":
            out.append(lex.word("M", topic))
            if rng.random() < 0.5:
                out.append(lex.word("M", None))
        elif sym in lex.cls:
            out.append(lex.word(sym, topic))
        else:
            out.append(sym)
    if rng.random() < 0.12:
        out.extend(rng.choice(STOCK).split())
    out[0] = out[0][:1].upper() + out[0][1:]
    out[-1] = out[-1].rstrip(",") + "."
    return out


def edit(words: list[str], p: float, lex: Lexicon, rng: random.Random) -> list[str]:
    """Edit each word with probability p: substitute (60%), delete (20%) or insert after (20%)."""
    out: list[str] = []
    for w in words:
        if rng.random() >= p:
            out.append(w)
            continue
        tail = w[len(w.rstrip(".,")) :]
        r = rng.random()
        if r < 0.6:
            out.append(lex.word(rng.choice("NVAX"), None) + tail)
        elif r < 0.8:
            if tail and out:
                out[-1] = out[-1].rstrip(".,") + tail
        else:
            out.append(w)
            out.append(lex.word(rng.choice("NVA"), None))
            if tail:
                out[-2] = out[-2][: len(out[-2]) - len(tail)]
                out[-1] += tail
    if not out:
        out = [lex.word("N", None) + "."]
    out[0] = out[0][:1].upper() + out[0][1:]
    return out


def generate(n_docs: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    """Documents and ground-truth cases (src/dst doc and char spans, edit level)."""
    rng = random.Random(seed)
    lex = Lexicon(np.random.default_rng(seed))
    n_outlets = max(4, n_docs // 100)
    footers = []
    for o in range(n_outlets):
        blurb = " ".join(" ".join(sentence(lex, None, rng)) for _ in range(2))
        footers.append(
            (
                f"Home | World | Politics | Business | Opinion | Outlet{o} Live",
                f"{blurb} Sign up for the Outlet{o} morning newsletter and follow us.",
            )
        )
    docs = []
    for i in range(n_docs):
        topic = rng.randrange(len(lex.topics))
        r = rng.random()
        published = (
            f"2020-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if r < 0.8
            else (f"2020-{rng.randint(1, 12):02d}" if r < 0.9 else None)
        )
        docs.append(
            {
                "id": f"d{i:05d}",
                "outlet": rng.randrange(n_outlets),
                "published": published,
                # items are lists of sentences; an injected block is one item
                "body": [[" ".join(sentence(lex, topic, rng))] for _ in range(rng.randint(17, 34))],
                "footer": rng.random() < 0.75,
            }
        )
    original = {id(item) for d in docs for item in d["body"]}
    used: set[int] = set()  # original items already copied somewhere
    run_of: dict[int, int] = {}  # item -> source run, so no injection lands inside a run
    active = [d for d in docs if rng.random() < 0.75]  # the rest take part in no reuse
    cases = []
    seen: set[frozenset[str]] = set()
    for k in range(n_docs // 2):
        src, dst = rng.sample(active, 2)
        if frozenset((src["id"], dst["id"])) in seen:
            continue
        n = rng.randint(2, 6)
        body = src["body"]
        starts = [
            j
            for j in range(len(body) - n + 1)
            if all(id(body[x]) in original and id(body[x]) not in used for x in range(j, j + n))
        ]
        if not starts:
            continue
        j = rng.choice(starts)
        objs = body[j : j + n]
        for o in objs:
            used.add(id(o))
            run_of[id(o)] = k
        level = EDIT_LEVELS[k % 3]
        sents = [o[0] for o in objs]
        block = [" ".join(edit(" ".join(sents).split(), level, lex, rng))] if level else sents
        slots = [
            at
            for at in range(1, len(dst["body"]))
            if run_of.get(id(dst["body"][at - 1]), -1) != run_of.get(id(dst["body"][at]), -2)
        ] + [len(dst["body"])]
        dst["body"].insert(rng.choice(slots), block)
        seen.add(frozenset((src["id"], dst["id"])))
        cases.append({"src": src["id"], "dst": dst["id"], "level": level, "objs": (objs, block)})

    # render, remembering where every item landed
    spans: dict[int, tuple[int, int]] = {}
    out = []
    for d in docs:
        nav, foot = footers[d["outlet"]]
        text = nav + "\n\n" if d["footer"] else ""
        for idx, item in enumerate(d["body"]):
            if idx:
                text += "\n\n" if idx % 3 == 0 else " "
            chunk = " ".join(item)
            spans[id(item)] = (len(text), len(text) + len(chunk))
            text += chunk
        if d["footer"]:
            text += "\n\n" + foot
        out.append(
            {
                "id": d["id"],
                "outlet": f"outlet{d['outlet']}",
                "published": d["published"],
                "text": text,
            }
        )
    truth = []
    for c in cases:
        objs, block = c["objs"]
        truth.append(
            {
                "src": c["src"],
                "src_span": (spans[id(objs[0])][0], spans[id(objs[-1])][1]),
                "dst": c["dst"],
                "dst_span": spans[id(block)],
                "level": c["level"],
            }
        )
    return out, truth


# ----------------------------------------------------------------------------- methods


def _load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def run_engine(path: str, overrides: dict | None = None) -> dict:
    """Our engine: load, index, align, cluster. Returns detections (non-boilerplate passages)."""
    import dataclasses

    from claimmap.analyze.reuse import ReuseConfig, ReuseDoc, cluster_passages, find_reuse

    cfg = ReuseConfig()
    for k, v in (overrides or {}).items():
        cfg = dataclasses.replace(cfg, **{k: type(getattr(cfg, k))(v)})

    t0 = time.perf_counter()
    docs = [
        ReuseDoc(d["id"], d["text"], outlet=d["outlet"], published=d["published"])
        for d in _load(path)
    ]
    t1 = time.perf_counter()
    passages = find_reuse(docs, cfg)
    t2 = time.perf_counter()
    clusters = cluster_passages(passages, docs)
    t3 = time.perf_counter()
    det = [
        (p.a.doc, p.a.start, p.a.end, p.b.doc, p.b.start, p.b.end)
        for p in passages
        if not p.boilerplate
    ]
    return {
        "detections": det,
        "seconds": t3 - t0,
        "phases": {"load": t1 - t0, "find_reuse": t2 - t1, "cluster": t3 - t2},
        "boilerplate_passages": sum(p.boilerplate for p in passages),
        "clusters": len(clusters),
    }


_SENT = re.compile(r"[^.!?\n]+[.!?]?")
_WORD = re.compile(r"\w+")


def run_minhash(path: str, threshold: float = 0.4, num_perm: int = 64, max_hits: int = 4) -> dict:
    """Baseline: sentence-level MinHash LSH (datasketch) over word-bigram sets, candidates
    verified by their estimated Jaccard similarity (threshold 0.4 gave the baseline its best
    plagdet among 0.2-0.5). Matched sentences of a document pair are merged into passages when
    they follow each other (allowing one unmatched sentence); sentences matching more than
    ``max_hits`` other documents are treated as boilerplate and skipped."""
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    docs = _load(path)
    sents = []  # (doc index, start, end)
    shingles = []
    for i, d in enumerate(docs):
        for m in _SENT.finditer(d["text"]):
            words = _WORD.findall(m.group().lower())
            if len(words) < 5:
                continue
            lead = len(m.group()) - len(m.group().lstrip())
            sents.append((i, m.start() + lead, m.end()))
            shingles.append({f"{a} {b}".encode() for a, b in zip(words, words[1:], strict=False)})
    hashes = MinHash.bulk(shingles, num_perm=num_perm)
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for k, mh in enumerate(hashes):
        lsh.insert(k, mh, check_duplication=False)
    hits = defaultdict(list)  # (doc a, doc b) -> [(sent a, sent b)]
    for k, mh in enumerate(hashes):
        other = [
            x
            for x in lsh.query(mh)
            if sents[x][0] != sents[k][0] and mh.jaccard(hashes[x]) >= threshold
        ]
        if len({sents[x][0] for x in other}) > max_hits:
            continue
        for x in other:
            if sents[k][0] < sents[x][0]:
                hits[(sents[k][0], sents[x][0])].append((k, x))
    det = []
    for (da, db), pairs in hits.items():
        pairs.sort()
        run = [pairs[0]]
        for ka, kb in pairs[1:]:
            pa, pb = run[-1]
            if 0 < ka - pa <= 2 and 0 < kb - pb <= 2:
                run.append((ka, kb))
                continue
            det.append(_merge(run, sents, docs, da, db))
            run = [(ka, kb)]
        det.append(_merge(run, sents, docs, da, db))
    return {"detections": det, "seconds": time.perf_counter() - t0}


def _merge(run, sents, docs, da, db):
    a0 = min(sents[k][1] for k, _ in run)
    a1 = max(sents[k][2] for k, _ in run)
    b0 = min(sents[k][1] for _, k in run)
    b1 = max(sents[k][2] for _, k in run)
    return (docs[da]["id"], a0, a1, docs[db]["id"], b0, b1)


def _worker(method: str, path: str, overrides: dict) -> None:
    res = run_engine(path, overrides) if method == "engine" else run_minhash(path)
    res["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    json.dump(res, sys.stdout)


def run_method(method: str, path: str, sets: list[str]) -> dict:
    """Run one method in a fresh interpreter so time and memory are its own."""
    wall = time.perf_counter()
    extra = [x for kv in sets for x in ("--set", kv)]
    proc = subprocess.run(
        [sys.executable, os.path.abspath(__file__), "--worker", method, "--corpus", path, *extra],
        capture_output=True,
        text=True,
        check=True,
    )
    res = json.loads(proc.stdout)
    res["wall_seconds"] = time.perf_counter() - wall  # includes interpreter and import start-up
    return res


# ----------------------------------------------------------------------------- PAN measures


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _union_len(ivs: list[tuple[int, int]]) -> int:
    total, reach = 0, -1
    for lo, hi in sorted(ivs):
        lo = max(lo, reach)
        if hi > lo:
            total += hi - lo
            reach = hi
    return total


def _orient(x: tuple) -> tuple:
    """(doc, start, end, doc, start, end) with the smaller doc id first."""
    return x if x[0] <= x[3] else (x[3], x[4], x[5], x[0], x[1], x[2])


def pan_scores(truth: list[tuple], det: list[tuple]) -> dict:
    """Character-level precision, recall, granularity and plagdet (Potthast et al., 2010).

    A detection r detects a case s when both concern the same document pair and r overlaps s
    in both documents; |s ⊓ r| counts overlapping characters on both sides.
    """
    truth = [_orient(t) for t in truth]
    det = [_orient(d) for d in det]
    by_pair = defaultdict(list)
    for j, r in enumerate(det):
        by_pair[(r[0], r[3])].append(j)
    det_hits = defaultdict(list)  # detection -> cases it detects
    rec_sum, gran_sum, detected = 0.0, 0, 0
    for s in truth:
        rs = []
        for j in by_pair.get((s[0], s[3]), []):
            r = det[j]
            if _overlap(s[1], s[2], r[1], r[2]) and _overlap(s[4], s[5], r[4], r[5]):
                det_hits[j].append(s)
                rs.append(r)
        if rs:
            detected += 1
            gran_sum += len(rs)
            got = _union_len([(max(s[1], r[1]), min(s[2], r[2])) for r in rs]) + _union_len(
                [(max(s[4], r[4]), min(s[5], r[5])) for r in rs]
            )
            rec_sum += got / ((s[2] - s[1]) + (s[5] - s[4]))
    prec_sum = 0.0
    for j, r in enumerate(det):
        ss = det_hits.get(j, [])
        if ss:
            got = _union_len([(max(s[1], r[1]), min(s[2], r[2])) for s in ss]) + _union_len(
                [(max(s[4], r[4]), min(s[5], r[5])) for s in ss]
            )
            prec_sum += got / ((r[2] - r[1]) + (r[5] - r[4]))
    prec = prec_sum / len(det) if det else 0.0
    rec = rec_sum / len(truth) if truth else 0.0
    gran = gran_sum / detected if detected else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "precision": prec,
        "recall": rec,
        "granularity": gran,
        "plagdet": f1 / math.log2(1 + gran),
        "cases": len(truth),
        "detections": len(det),
    }


def score(truth: list[dict], det: list[tuple]) -> dict[str, dict]:
    """Overall scores, and per edit level (detections restricted to those touching that level's
    cases, so precision there is about boundaries; false alarms count in 'all')."""
    det = [tuple(d) for d in det]
    cases = [(t["src"], *t["src_span"], t["dst"], *t["dst_span"], t["level"]) for t in truth]
    out = {"all": pan_scores([c[:6] for c in cases], det)}
    for level in EDIT_LEVELS:
        sub = [c[:6] for c in cases if c[6] == level]
        keys = {_orient(c)[0::3] for c in sub}
        mine = [d for d in det if _orient(d)[0::3] in keys]
        out[f"edit {int(level * 100)}%"] = pan_scores(sub, mine)
    return out


# ----------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--worker", choices=["engine", "minhash"], help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="ReuseConfig override"
    )
    args = ap.parse_args()
    if args.worker:
        _worker(args.worker, args.corpus, dict(kv.split("=", 1) for kv in args.set))
        return

    t0 = time.perf_counter()
    docs, truth = generate(args.docs, args.seed)
    gen_s = time.perf_counter() - t0
    size = sum(len(d["text"].encode("utf-8")) for d in docs)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d) + "\n")
        path = f.name
    print(
        f"corpus: {len(docs)} docs, {size / 1e6:.1f} MB, {len(truth)} reuse cases "
        f"(generated in {gen_s:.1f} s, seed {args.seed}); {os.cpu_count()} CPUs"
    )
    try:
        results = {"engine": run_method("engine", path, args.set)}
        if not args.no_baseline:
            results["minhash-lsh"] = run_method("minhash", path, [])
    finally:
        os.unlink(path)

    scored = {m: score(truth, r["detections"]) for m, r in results.items()}
    for m, r in results.items():
        extra = ""
        if "phases" in r:
            extra = " (" + ", ".join(f"{k} {v:.1f} s" for k, v in r["phases"].items()) + ")"
        print(
            f"\n{m}: {r['seconds']:.1f} s in-process{extra}; {r['wall_seconds']:.1f} s wall "
            f"with interpreter start; peak RSS {r['peak_rss_mb']:.0f} MB"
        )
        if "boilerplate_passages" in r:
            n_bp, n_cl = r["boilerplate_passages"], r["clusters"]
            print(f"  {n_bp} boilerplate passages flagged, {n_cl} clusters")
        print(
            f"  {'':10} {'prec':>6} {'rec':>6} {'gran':>6} {'plagdet':>8} {'cases':>6} {'dets':>6}"
        )
        for level, s in scored[m].items():
            print(
                f"  {level:10} {s['precision']:6.3f} {s['recall']:6.3f} {s['granularity']:6.3f}"
                f" {s['plagdet']:8.3f} {s['cases']:6d} {s['detections']:6d}"
            )
    if "minhash-lsh" in results:
        e, b = results["engine"], results["minhash-lsh"]
        pe, pb = scored["engine"]["all"]["plagdet"], scored["minhash-lsh"]["all"]["plagdet"]
        print(
            f"\nengine / minhash-lsh: time x{e['seconds'] / b['seconds']:.2f}, "
            f"plagdet x{pe / pb if pb else float('inf'):.2f}"
        )


if __name__ == "__main__":
    main()
