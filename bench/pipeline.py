"""Whole pipeline, stage by stage, on generated pages (a cost measurement, not a quality one).

    python bench/pipeline.py --docs 1000

Generates the same HTML pages as ``bench/ingest.py`` (fixed seed), stores them with
``claimmap ingest --no-analyze``, then runs each analysis stage alone in a fresh process
(``claimmap analyze --only STAGE``) and prints its wall time, peak memory and sentences per
second, with the sum. The text is generated word salad with figures and names, so the
stages' *outputs* mean nothing here; their *cost* per sentence is what is measured, except
where it depends on content (xling's static pre-filter selects little from text with no
translations; the claims stage groups what the extractor finds in it).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ingest import generate  # noqa: E402

STAGES = ("structure", "reuse", "xling", "entities", "claims")


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a child process."""
    t0 = time.perf_counter()
    out = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, check=True
    )
    wall = time.perf_counter() - t0
    kb = [int(x) for x in re.findall(r"^(\d+)$", out.stderr, re.M)]
    return wall, (kb[-1] / 1024 if kb else float("nan"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        size = generate(corpus, args.docs, args.seed)
        db = str(Path(tmp) / "p.db")
        claimmap = [sys.executable, "-m", "claimmap.cli.main"]
        rows = [("ingest (store only)", *timed([*claimmap, "ingest", "--db", db,
                                               "--no-analyze", str(corpus)]))]  # fmt: skip
        from claimmap.store.sqlite import open_store

        store = open_store(db)
        n_sent = sum(len(d.sentences()) for d in store.iter_documents(with_segments=True))
        store.close()
        for st in STAGES:
            rows.append((st, *timed([*claimmap, "analyze", "--db", db, "--only", st])))
    print(f"{args.docs} generated pages, {size / 1e6:.1f} MB, {n_sent} sentences")
    print(f"{'step':22} {'wall s':>8} {'peak MB':>8} {'sentences/s':>12}")
    for name, wall, mb in rows:
        print(f"{name:22} {wall:8.1f} {mb:8.0f} {n_sent / wall:12.0f}")
    total = sum(r[1] for r in rows)
    print(f"{'total':22} {total:8.1f} {'':>8} {n_sent / total:12.0f}")


if __name__ == "__main__":
    main()
