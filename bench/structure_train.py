"""Train and measure the learned line reader of the structure stage (``structure/lines.py``).

    python bench/structure_train.py          # leave-one-batch-out figures, then fit on all
    python bench/structure_train.py --write  # ... and write structure/line_weights.json
    python bench/structure_train.py --first-run  # rules as before each batch's fixes (git)

Labels come from the gold of the seen splits (``gold.jsonl``: dev, heldout..heldout4;
``gold_heldout5.jsonl`` … ``gold_heldout8.jsonl``): per paragraph, ``start`` = first paragraph of
a gold article,
``inside`` = inside one, ``author``/``outlet``/``date`` = the paragraph states that gold
article's value (folded author string, an outlet the table resolves to the gold outlet or
its folded name, a date the parser reads equal to the gold date) and lies within 3
paragraphs of the article. Deterministic: full-batch training, no sampling.

Leave-one-batch-out: for each batch, the heads are fitted on the other batches and used to
fill the empty fields of the rules' articles on that batch (``lines.fill_fields``); scored
as ``bench/structure.py`` scores (±1 paragraph boundaries; right / predicted / gold values).
With ``--first-run`` the rules on each held-out batch are the code as it was before that
batch's fixes (``FIRST_RUN``: the commits ``bench/structure.md`` names; ``git archive`` into a
temporary folder, run in a subprocess), so the learned fill is measured on the rules' gaps
of a first run; the dev batch is left out there (no commit before its rules).
Held-out 9 is never read.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from claimmap.analyze.segment import detect_languages, paragraph_spans  # noqa: E402
from claimmap.analyze.structure import OutletTable, analyze_structure  # noqa: E402
from claimmap.analyze.structure import lines as L  # noqa: E402
from claimmap.analyze.structure.names import fold  # noqa: E402
from claimmap.config import DEFAULT_LANGUAGES  # noqa: E402
from claimmap.ingest.dates import parse_date  # noqa: E402

DEV = Path(__file__).parent / "data" / "structure_dev"
GOLDS = (
    "gold.jsonl",
    "gold_heldout5.jsonl",
    "gold_heldout6.jsonl",
    "gold_heldout7.jsonl",
    "gold_heldout8.jsonl",
)  # never gold_heldout9
EXTRA_OUTLETS = tuple(f"outlets_heldout{n}.csv" for n in (5, 6, 7, 8))
FIELDS = ("author", "outlet", "published")
# the code each held-out batch first ran on (bench/structure.md)
FIRST_RUN = {
    "heldout": "8ae8b03",
    "heldout2": "343e831",
    "heldout3": "fc7f2e2",
    "heldout4": "4812dbe",
    "heldout5": "1465dc2",
    "heldout6": "b4189c2",
    "heldout7": "7e3025f",
    "heldout8": "45b2c7e",
}
_OLD_RUNNER = """
import json, sys
from claimmap.analyze.structure import OutletTable, analyze_structure
jobs = json.load(sys.stdin)
table = OutletTable.load(jobs["outlets"])
out = []
for p in jobs["pages"]:
    st = analyze_structure(p["text"], **p["meta"], paragraphs=[tuple(x) for x in p["spans"]],
                           paragraph_langs=p["langs"], outlets=table)
    out.append([dict(start=a.start, end=a.end, role=a.role, author=a.author, outlet=a.outlet,
                     published=a.published) for a in st.articles])
print(json.dumps(out))
"""


def first_run_rules(pages: list[dict], batch: str, commit: str) -> None:
    """Replace the rules' articles of ``batch`` by those of the code at ``commit``."""
    from claimmap.analyze.structure import Article

    todo = [r for r in pages if r["split"] == batch]
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "archive", commit, "claimmap"], cwd=root, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        base = (DEV / "outlets.csv").read_text("utf-8").rstrip("\n").splitlines()
        if batch in ("heldout5", "heldout6", "heldout7", "heldout8"):
            extra = (DEV / f"outlets_{batch}.csv").read_text("utf-8").splitlines()[1:]
            base += [x for x in extra if x.strip()]
        (Path(tmp) / "outlets.csv").write_text("\n".join(base) + "\n", "utf-8")
        jobs = {
            "outlets": str(Path(tmp) / "outlets.csv"),
            "pages": [
                {"text": r["text"], "meta": r["page"], "spans": r["spans"], "langs": r["langs"]}
                for r in todo
            ],
        }
        env = dict(os.environ, PYTHONPATH=tmp)
        got = subprocess.run(
            [sys.executable, "-c", _OLD_RUNNER],
            input=json.dumps(jobs),
            env=env,
            cwd=tmp,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    for r, arts in zip(todo, json.loads(got), strict=True):
        r["rules"] = [Article(**a) for a in arts]


BATCHES = ("dev", *(f"heldout{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8)))


def outlet_table() -> OutletTable:
    base = (DEV / "outlets.csv").read_text("utf-8").rstrip("\n").splitlines()
    for extra in EXTRA_OUTLETS:
        base += [x for x in (DEV / extra).read_text("utf-8").splitlines()[1:] if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        merged = Path(tmp) / "outlets.csv"
        merged.write_text("\n".join(base) + "\n", "utf-8")
        return OutletTable.load(merged)


def load_pages() -> list[dict]:
    out = []
    for g in GOLDS:
        for line in (DEV / g).read_text("utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            rec.setdefault("split", "dev")
            text = (DEV / "pages" / rec["file"]).read_text("utf-8")
            rec["text"] = text
            rec["spans"] = paragraph_spans(text)
            out.append(rec)
    return out


def labels(rec: dict, table: OutletTable) -> np.ndarray:
    text, spans = rec["text"], rec["spans"]
    paras = [text[s:e] for s, e in spans]
    y = np.zeros((len(paras), len(L.HEADS)))
    col = {h: k for k, h in enumerate(L.HEADS)}
    for g in rec["articles"]:
        gs, ge = g["paras"]
        y[gs, col["start"]] = 1
        y[gs : ge + 1, col["inside"]] = 1
        for i in range(max(0, gs - 3), min(len(paras), ge + 4)):
            p = paras[i]
            short = len(p.split()) <= 40
            if g["author"] and all(fold(a) in fold(p) for a in g["author"].split(" and ")):
                y[i, col["author"]] = 1
            if g["outlet"]:
                hit = fold(g["outlet"]) in fold(p)
                if not hit and short:
                    hit = table.same(L.known_outlet(p, table), g["outlet"])
                if hit:
                    y[i, col["outlet"]] = 1
            if g["published"] and short:
                got = parse_date(p)
                if got and got[0] == g["published"]:
                    y[i, col["date"]] = 1
    return y


class Tally:
    def __init__(self) -> None:
        self.b = [0, 0, 0]  # right, predicted, gold
        self.f = {f: [0, 0, 0] for f in FIELDS}

    def add(self, other: Tally) -> None:
        for k in range(3):
            self.b[k] += other.b[k]
            for f in FIELDS:
                self.f[f][k] += other.f[f][k]

    @staticmethod
    def pr(c: list[int]) -> str:
        p = c[0] / c[1] if c[1] else 1.0
        r = c[0] / c[2] if c[2] else 1.0
        return f"{p:.3f}/{r:.3f} ({c[0]}/{c[1]}/{c[2]})"


def score(
    rec: dict,
    arts: list,
    table: OutletTable,
    t: Tally,
    misses: list[str],
    before: list | None = None,
) -> None:
    spans = rec["spans"]

    def para_of(off: int) -> int:
        return next(i for i, (s, e) in enumerate(spans) if off <= e) if spans else 0

    pred = [(para_of(a.start), para_of(a.end - 1), a) for a in arts]
    t.b[1] += len(pred)
    t.b[2] += len(rec["articles"])
    free = list(range(len(pred)))
    for g in rec["articles"]:
        gs, ge = g["paras"]
        for f in FIELDS:
            t.f[f][2] += g[f] is not None
        k = next((k for k in free if abs(pred[k][0] - gs) <= 1 and abs(pred[k][1] - ge) <= 1), None)
        if k is None:
            continue
        free.remove(k)
        t.b[0] += 1
        a = pred[k][2]
        for f in FIELDS:
            v, gv = getattr(a, f), g[f]
            ok = (
                v is not None
                and gv is not None
                and (table.same(v, gv) if f == "outlet" else fold(v) == fold(gv))
            )
            t.f[f][0] += ok
            same = before is not None and len(before) == len(pred)
            was = getattr(before[k], f) if same else None
            if v is not None and not ok and was is None:
                misses.append(f"{rec['file']} {gs}-{ge} {f}: {v!r} != {gv!r}")
    for _, _, a in pred:
        for f in FIELDS:
            t.f[f][1] += getattr(a, f) is not None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="write line_weights.json (fit on all)")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--starts", type=float, default=0.5, help="lines.propose_starts bar")
    ap.add_argument(
        "--blind-names",
        action="store_true",
        help="drop the bench authors' given names from the given-name table (as if blind)",
    )
    ap.add_argument("--no-starts", action="store_true", help="fill fields only, split nothing")
    ap.add_argument("--first-run", action="store_true", help="rules as at each batch's first run")
    args = ap.parse_args()
    table = outlet_table()
    pages = load_pages()
    if args.blind_names:
        given = {
            fold(name.split()[0])
            for r in pages
            for g in r["articles"]
            if g["author"]
            for name in g["author"].split(" and ")
        }
        L._FIRST = L._FIRST - given
        print(f"given-name table without {len(given)} bench authors' given names")
    assert not any("heldout9" in r["split"] or "_h9_" in r["file"] for r in pages)
    flat = [r["text"][s:e] for r in pages for s, e in r["spans"]]
    langs = detect_languages(flat, DEFAULT_LANGUAGES)
    pos = 0
    t0 = time.perf_counter()
    for r in pages:
        pl = langs[pos : pos + len(r["spans"])]
        pos += len(r["spans"])
        st = analyze_structure(
            r["text"],
            **r["page"],
            paragraphs=r["spans"],
            paragraph_langs=pl,
            outlets=table,
            learned=False,
        )
        r["rules"] = st.articles
        r["langs"] = pl
    t_rules = time.perf_counter() - t0
    if args.first_run:
        for batch, commit in FIRST_RUN.items():
            first_run_rules(pages, batch, commit)
    t0 = time.perf_counter()
    xs = [L.features([r["text"][s:e] for s, e in r["spans"]], table) for r in pages]
    t_feat = time.perf_counter() - t0
    ys = [labels(r, table) for r in pages]
    print(
        f"{len(pages)} pages, {sum(len(x) for x in xs)} paragraphs; positives per head:",
        dict(zip(L.HEADS, np.vstack(ys).sum(axis=0).astype(int).tolist(), strict=True)),
    )
    print(
        f"rules {t_rules * 1000 / len(pages):.1f} ms/page, features "
        f"{t_feat * 1000 / len(pages):.1f} ms/page"
    )

    pooled_rules, pooled_learned = Tally(), Tally()
    held_rules, held_learned = Tally(), Tally()
    line_counts = {h: [0, 0, 0] for h in L.HEADS}  # right, predicted, gold on short lines
    misses: list[str] = []
    print("\nleave-one-batch-out: rules only -> rules + learned fill (right/predicted/gold)")
    for batch in BATCHES:
        if args.first_run and batch not in FIRST_RUN:
            continue
        train = [k for k, r in enumerate(pages) if r["split"] != batch]
        test = [k for k, r in enumerate(pages) if r["split"] == batch]
        model = L.fit(np.vstack([xs[k] for k in train]), np.vstack([ys[k] for k in train]))
        tr, tl = Tally(), Tally()
        filled = 0
        for k in test:
            r = pages[k]
            score(r, r["rules"], table, tr, [])
            arts = copy.deepcopy(r["rules"])
            own = {f: r["page"].get(f) for f in FIELDS}
            if not args.no_starts:
                arts = L.propose_starts(
                    r["text"], r["spans"], arts, table, model, threshold=args.starts
                )
            filled += L.fill_fields(
                r["text"], r["spans"], arts, table, model, page=own, threshold=args.threshold
            )
            score(r, arts, table, tl, misses, r["rules"])
            p = model.scores(xs[k]) >= args.threshold
            short = np.array([len(L._words(r["text"][s:e])) <= L.SHORT for s, e in r["spans"]])
            for c, h in enumerate(L.HEADS):
                gold = ys[k][:, c] > 0
                line_counts[h][0] += int((p[:, c] & gold & short).sum())
                line_counts[h][1] += int((p[:, c] & short).sum())
                line_counts[h][2] += int((gold & short).sum())
        print(f"  {batch:9} filled {filled:2}  boundaries {Tally.pr(tr.b)} -> {Tally.pr(tl.b)}")
        for f in FIELDS:
            print(f"      {f:9} {Tally.pr(tr.f[f])} -> {Tally.pr(tl.f[f])}")
        pooled_rules.add(tr)
        pooled_learned.add(tl)
        if batch.startswith("heldout"):
            held_rules.add(tr)
            held_learned.add(tl)
    for name, a, b in (
        ("all batches", pooled_rules, pooled_learned),
        ("held-out batches", held_rules, held_learned),
    ):
        print(f"\npooled, {name}: rules only -> rules + learned fill")
        print(f"  {'bounds':9} {Tally.pr(a.b)} -> {Tally.pr(b.b)}")
        for f in FIELDS:
            print(f"  {f:9} {Tally.pr(a.f[f])} -> {Tally.pr(b.f[f])}")
    print(
        "\nline-level, leave-one-batch-out, short lines (<= 25 words), threshold "
        f"{args.threshold}: P/R (right/predicted/gold)"
    )
    for h in L.HEADS:
        print(f"  {h:7} {Tally.pr(line_counts[h])}")
    if args.verbose:
        for m in misses:
            print("  wrong learned fill:", m)
    if args.write:
        model = L.fit(np.vstack(xs), np.vstack(ys))
        L.WEIGHTS.write_text(model.to_json() + "\n", "utf-8")
        print(f"\nwrote {L.WEIGHTS} ({L.WEIGHTS.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
