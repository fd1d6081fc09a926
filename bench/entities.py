"""Entity bench: alias merging, labels and their voice, throughput, against baselines.

    python bench/entities.py            # run on bench/data/entities_dev/dev.jsonl
    python bench/entities.py --build    # regenerate dev.jsonl from the annotated docs.md
    python bench/entities.py --heldout  # build and score the held-out set (heldout_docs.md)
    python bench/entities.py --heldout2 # build and score held-out set 2 (heldout2_docs.md)
    python bench/entities.py --heldout3 # build and score held-out set 3 (heldout3_docs.md)

Metrics (gold mentions and labels are hand-annotated in docs.md):
* mentions: a predicted mention matches the gold mention it overlaps most;
* alias merging: pairwise over gold mentions, across the whole set: a pair is "same" in
  the prediction when both are matched and share an entity; precision over pairs the
  prediction calls same, recall over pairs the gold calls same;
* labels: a predicted label is right when it overlaps a gold label in the same document
  and its entity is the gold label's entity (an entity is mapped to the gold cluster most
  of its matched mentions belong to); voice accuracy over right labels; attribution: the
  attributed-to words overlap the gold ones.
Baselines in the same run: entities grouped by exact surface string (same mentions);
labels by apposition only, all in the outlet's own voice.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimmap.analyze.entities import DocInput, EntityConfig, analyze  # noqa: E402
from claimmap.analyze.entities.fold import words  # noqa: E402
from claimmap.analyze.segment import paragraph_spans, segment  # noqa: E402
from claimmap.model import Span  # noqa: E402

DEV = ROOT / "bench" / "data" / "entities_dev"
BLIND = (2, 3, 4, 5, 6, 7, 8, 9)
TYPES = {"p": "PERSON", "o": "ORG", "l": "PLACE", "n": "OUTLET"}
_LEAD = re.compile(
    r"^(?:(?:a|an|the|its|their|his|her|our|un|una|une|le|la|les|il|i|lo)\s+|un['’]|l['’]"
    r"|[\"“”«» ]+)+",
    re.I,
)


def parse_markup(src: str) -> list[dict]:
    """docs.md -> [{id, lang, outlet, text, mentions, labels, pairs}]."""
    docs: list[dict] = []
    pairs: list[tuple[str, int, str, int]] = []
    cur: list[str] | None = None
    for line in src.splitlines():
        if line.startswith("### "):
            head = line[4:].split()
            meta = dict(kv.split("=", 1) for kv in head[1:3])
            outlet = line.split("outlet=", 1)[1].strip()
            docs.append({"id": head[0], "lang": meta["lang"], "outlet": outlet, "raw": []})
            cur = docs[-1]["raw"]
        elif line.startswith("@@pair "):
            a, b = line.split()[1:3]
            pairs.append(
                (a.split(":")[0], int(a.split(":")[1]), b.split(":")[0], int(b.split(":")[1]))
            )
        elif cur is not None:
            cur.append(line)
    for d in docs:
        d.update(_strip("\n".join(d.pop("raw")).strip() + "\n"))
        d["pairs"] = []
    by_id = {d["id"]: d for d in docs}
    for a, na, b, nb in pairs:
        pa, pb = paragraph_spans(by_id[a]["text"]), paragraph_spans(by_id[b]["text"])
        by_id[a]["pairs"].append([a, *pa[na], b, *pb[nb]])
    return docs


def _strip(marked: str) -> dict:
    """Remove the markup; offsets of mentions and labels refer to the plain text."""
    buf: list[str] = []
    stack: list[tuple[str, int]] = []
    mentions, labels = [], []
    i = 0
    while i < len(marked):
        two = marked[i : i + 2]
        if two in ("[[", "{{"):
            stack.append((two, len(buf)))
            i += 2
            continue
        if two in ("]]", "}}") and stack:
            kind, start = stack.pop()
            inner = "".join(buf[start:])
            surface, *fields = inner.split("|")
            del buf[start + len(surface) :]  # the annotation fields are not text
            end = len(buf)
            if kind == "[[":
                cl = fields[0]
                mentions.append(
                    {
                        "start": start,
                        "end": end,
                        "text": surface,
                        "cluster": cl,
                        "type": TYPES.get(cl.split(":")[0], "ORG"),
                    }
                )
            else:
                lead = _LEAD.match(surface)
                s = start + (lead.end() if lead else 0)
                e = end
                while e > s and buf[e - 1] in '"“”»« ':
                    e -= 1
                labels.append(
                    {
                        "start": s,
                        "end": e,
                        "text": "".join(buf[s:e]),
                        "cluster": fields[0],
                        "voice": "attributed" if fields[1] == "att" else fields[1],
                        "attributed_to": fields[2] or None,
                    }
                )
            i += 2
            continue
        buf.append(marked[i])
        i += 1
    text = "".join(buf)
    for m in mentions + labels:
        assert text[m["start"] : m["end"]] == m["text"], m
    return {"text": text, "mentions": mentions, "labels": labels}


def build(source: str = "docs.md", target: str = "dev.jsonl") -> Path:
    docs = parse_markup((DEV / source).read_text(encoding="utf-8"))
    path = DEV / target
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


def load(name: str = "dev.jsonl") -> list[dict]:
    return [json.loads(x) for x in (DEV / name).read_text(encoding="utf-8").splitlines()]


def to_inputs(docs: list[dict]) -> list[DocInput]:
    out = []
    # the languages the set is written in, as a user would configure them
    langs = tuple(["en"] + sorted({d["lang"] for d in docs} - {"en"}))
    for d in docs:
        segs, _ = segment(d["id"], d["text"], langs)
        sents = tuple((s.start, s.end, s.lang) for s in segs if s.kind == "sentence")
        pairs = tuple((Span(a, sa, ea), Span(b, sb, eb)) for a, sa, ea, b, sb, eb in d["pairs"])
        out.append(DocInput(d["id"], d["text"], d["lang"], d["outlet"], sents, pairs))
    # pairs are listed on one side; the analysis reads them from either
    by_id = {x.doc_id: x for x in out}
    for x in list(out):
        for a, b in x.translation_pairs:
            other = by_id[b.doc]
            by_id[b.doc] = DocInput(
                other.doc_id,
                other.text,
                other.language,
                other.outlet,
                other.sentences,
                other.translation_pairs + ((a, b),),
            )
    return [by_id[x.doc_id] for x in out]


def _match(gold: list[dict], pred: list) -> dict[int, object]:
    """gold index -> predicted mention overlapping it most (one prediction per gold)."""
    out: dict[int, object] = {}
    by_doc: dict[str, list] = {}
    for p in pred:
        by_doc.setdefault(p.doc, []).append(p)
    used: set[int] = set()
    for i, g in enumerate(gold):
        best, size = None, 0
        for p in by_doc.get(g["doc"], []):
            ov = min(g["end"], p.end) - max(g["start"], p.start)
            if ov > size and id(p) not in used:
                best, size = p, ov
        if best is not None:
            out[i] = best
            used.add(id(best))
    return out


def pairwise(gold: list[dict], matched: dict[int, object], key) -> tuple[float, float]:
    tp = gold_same = pred_same = 0
    for i, j in combinations(range(len(gold)), 2):
        gs = gold[i]["cluster"] == gold[j]["cluster"]
        both = i in matched and j in matched
        ps = both and key(matched[i]) == key(matched[j])
        gold_same += gs
        pred_same += ps
        tp += gs and ps
    return (tp / pred_same if pred_same else 0.0), (tp / gold_same if gold_same else 0.0)


def label_scores(gold_labels, pred_labels, ent_cluster, own_only=False):
    right = voice_ok = att_ok = att_n = 0
    used = set()
    for p in pred_labels:
        cl = ent_cluster.get(p.entity)
        for k, g in enumerate(gold_labels):
            if k in used or g["doc"] != p.doc or g["cluster"] != cl:
                continue
            if min(g["end"], p.end) - max(g["start"], p.start) <= 0:
                continue
            used.add(k)
            right += 1
            voice = "own" if own_only else p.voice
            voice_ok += voice == g["voice"]
            if g["voice"] == "attributed" and g["attributed_to"]:
                att_n += 1
                gw = set(words(g["attributed_to"]))
                att_ok += bool(gw & set(words(p.attributed_to or "")))
            break
    prec = right / len(pred_labels) if pred_labels else 0.0
    rec = right / len(gold_labels) if gold_labels else 0.0
    return prec, rec, (voice_ok / right if right else 0.0), (att_ok / att_n if att_n else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true")
    ap.add_argument(
        "--heldout",
        action="store_true",
        help="build and score heldout_docs.md (written after the rules, not tuned on)",
    )
    # blind held-out sets 2..7: each written by an engineer who had not read the rule code
    for n in BLIND:
        ap.add_argument(
            f"--heldout{n}",
            action="store_true",
            help=f"build and score heldout{n}_docs.md (written blind to the rule code)",
        )
    ap.add_argument("--pipeline", default=EntityConfig().pipeline)
    ap.add_argument(
        "--default-aliases",
        action="store_true",
        help="also apply claimmap/data/aliases.yaml (off: measure the rules alone)",
    )
    ap.add_argument("--scale", type=int, default=10, help="copies for the throughput run")
    args = ap.parse_args()
    blind = next((n for n in BLIND if getattr(args, f"heldout{n}")), None)
    if blind is not None:
        print("wrote", build(f"heldout{blind}_docs.md", f"heldout{blind}.jsonl"))
        docs = load(f"heldout{blind}.jsonl")
    elif args.heldout:
        print("wrote", build("heldout_docs.md", "heldout.jsonl"))
        docs = load("heldout.jsonl")
    else:
        if args.build:
            print("wrote", build())
        docs = load()
    gold_m = [dict(m, doc=d["id"]) for d in docs for m in d["mentions"]]
    gold_l = [dict(x, doc=d["id"]) for d in docs for x in d["labels"]]
    inputs = to_inputs(docs)
    cfg = EntityConfig(pipeline=args.pipeline, default_aliases=args.default_aliases)
    outlets = sorted({d["outlet"] for d in docs})
    analyze(inputs[:1], cfg, outlets=outlets)  # warm-up: model load, caches
    t0 = time.perf_counter()
    res = analyze(inputs, cfg, outlets=outlets)
    wall = time.perf_counter() - t0
    matched = _match(gold_m, res.mentions)
    mp = len(matched) / len(res.mentions) if res.mentions else 0.0
    mr = len(matched) / len(gold_m)
    p, r = pairwise(gold_m, matched, key=lambda m: m.entity_id)
    bp, br = pairwise(gold_m, matched, key=lambda m: m.text)
    # entity -> gold cluster, by the majority of its matched mentions
    votes: dict[str, Counter] = {}
    for i, m in matched.items():
        votes.setdefault(m.entity_id, Counter())[gold_m[i]["cluster"]] += 1
    ent_cluster = {e: c.most_common(1)[0][0] for e, c in votes.items()}
    lp, lr, va, aa = label_scores(gold_l, res.labels, ent_cluster)
    base_labels = [x for x in res.labels if x.form == "apposition"]
    blp, blr, bva, _ = label_scores(gold_l, base_labels, ent_cluster, own_only=True)
    # throughput on a larger input: the dev documents repeated under new ids, against the
    # spaCy pipeline alone over the same English sentences (the floor of any spaCy design)
    big = [
        DocInput(f"{x.doc_id}#{k}", x.text, x.language, x.outlet, x.sentences)
        for k in range(args.scale)
        for x in inputs
    ]
    t0 = time.perf_counter()
    big_res = analyze(big, cfg, outlets=outlets)
    big_wall = time.perf_counter() - t0
    from claimmap.analyze.entities.nlp import load_pipeline

    nlp = load_pipeline(args.pipeline)
    en = [x.text[s:e] for x in big for s, e, lang in x.sentences if (lang or "en") == "en"]
    t0 = time.perf_counter()
    for _ in nlp.pipe(en, batch_size=64):
        pass
    spacy_wall = time.perf_counter() - t0
    n_sent = res.stats["sentences"]
    which = f"held-out {blind}" if blind is not None else None
    print(
        f"{which or ('held-out' if args.heldout else 'dev')} set: "
        f"{len(docs)} documents, "
        f"{len(gold_m)} gold mentions in "
        f"{len({m['cluster'] for m in gold_m})} entities, {len(gold_l)} gold labels "
        f"({sum(x['voice'] == 'attributed' for x in gold_l)} attributed); "
        f"pipeline {args.pipeline}, default aliases {'on' if args.default_aliases else 'off'}"
    )
    print(f"{'':34}{'claimmap':>10}{'baseline':>10}")
    print(f"{'mention detection P / R':34}{mp:>5.3f}/{mr:.3f}{'(same)':>10}")
    print(f"{'alias merge precision (pairwise)':34}{p:>10.3f}{bp:>10.3f}")
    print(f"{'alias merge recall (pairwise)':34}{r:>10.3f}{br:>10.3f}")
    print(f"{'label precision':34}{lp:>10.3f}{blp:>10.3f}")
    print(f"{'label recall':34}{lr:>10.3f}{blr:>10.3f}")
    print(f"{'voice accuracy (right labels)':34}{va:>10.3f}{bva:>10.3f}")
    print(f"{'attributed-to accuracy':34}{aa:>10.3f}{'-':>10}")
    print(
        f"throughput, this set: {n_sent} sentences in {wall:.2f} s = {n_sent / wall:.0f} "
        "sentences/s (model load excluded)"
    )
    nb = big_res.stats["sentences"]
    print(
        f"throughput, this set x{args.scale}: {nb} sentences in {big_wall:.2f} s = "
        f"{nb / big_wall:.0f} sentences/s; the spaCy pipeline alone on its {len(en)} English "
        f"sentences: {len(en) / spacy_wall:.0f} sentences/s"
    )


if __name__ == "__main__":
    main()
