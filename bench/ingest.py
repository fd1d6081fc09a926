"""Ingest throughput against trafilatura's bare extraction of the same HTML, in one run.

    python bench/ingest.py                 # 2,000 generated HTML articles
    python bench/ingest.py --docs 4000

Each phase runs in its own child process, so peak memory and CPU time are its own. The baseline is
what any tool built on trafilatura pays at least (HTML -> text + metadata); claimmap adds
decoding checks, language ID per paragraph, sentence segmentation, content hashing and a
SQLite write (WAL, FTS5 index) per document. The ratio is claimmap time / baseline time.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

WORDS_EN = (
    "the council said on monday that police had seized computers in the camp near the river "
    "while officials denied any link to the group and critics called the decision a mistake "
    "according to local reports hundreds of members live in the compound and the ministry "
    "refused to comment on the figures which differ from those given by the opposition press "
    "last year the government announced an inquiry into the funding of the movement"
).split()
WORDS_IT = (
    "il consiglio ha detto lunedì che la polizia aveva sequestrato computer nel campo vicino "
    "al fiume mentre i funzionari negavano ogni legame con il gruppo e i critici hanno "
    "definito la decisione un errore secondo fonti locali centinaia di membri vivono nel "
    "complesso e il ministero si è rifiutato di commentare le cifre"
).split()
NAMES = ["Ana Petrel", "Tomas Varga", "Elena Marsh", "Ivo Kastrati", "Lena Ortiz", "Sam Okafor"]
OUTLETS = ["Veloria Herald", "Mavrik Daily", "Radio Sentinel", "Coastal Ledger", "North Wire"]


def sentence(rng: random.Random, words: list[str]) -> str:
    n = rng.randint(8, 24)
    ws = [rng.choice(words) for _ in range(n)]
    if rng.random() < 0.3:
        ws.insert(rng.randint(0, n - 1), f"{rng.randint(2, 9)},{rng.randint(100, 999)}")
    if rng.random() < 0.2:
        ws.insert(rng.randint(0, n - 1), rng.choice(NAMES))
    s = " ".join(ws)
    return s[0].upper() + s[1:] + rng.choice([".", ".", ".", "?"])


def published(rng: random.Random) -> str:
    return f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def page(rng: random.Random, i: int) -> str:
    italian = rng.random() < 0.15
    words = WORDS_IT if italian else WORDS_EN
    paras = [
        " ".join(sentence(rng, words) for _ in range(rng.randint(2, 5)))
        for _ in range(rng.randint(6, 14))
    ]
    outlet = rng.choice(OUTLETS)
    title = sentence(rng, words)[:80]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="{"it" if italian else "en"}"><head>
<meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta name="author" content="{rng.choice(NAMES)}">
<meta property="article:published_time" content="{published(rng)}">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/world">World</a></li></ul></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>{title}</h1><div class="byline">By {rng.choice(NAMES)}</div>
{body}
</article>
<aside><h3>Related posts</h3><ul><li><a href="/a{i}">Another story {i}</a></li></ul></aside>
<footer>Sign up for our newsletter. © {outlet} 2021. All rights reserved.</footer>
</body></html>"""


def generate(root: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        data = page(rng, i).encode("utf-8")
        (root / f"a{i:05d}.html").write_bytes(data)
        total += len(data)
    return total


def _peak_mb() -> float:
    """Peak resident memory of this process or of any of its (parser) children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def _cpu() -> float:
    """CPU seconds of this process and its finished children: what the work cost, whatever
    else the machine was doing."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_baseline(root: str, q: mp.Queue) -> None:
    import trafilatura

    files = sorted(Path(root).glob("*.html"))
    t, c = time.perf_counter(), _cpu()
    n = 0
    for f in files:
        doc = trafilatura.bare_extraction(
            f.read_bytes().decode("utf-8"), with_metadata=True, include_comments=False,
            include_tables=True,
        )  # fmt: skip
        n += doc is not None
    q.put(("trafilatura bare_extraction", time.perf_counter() - t, n, _peak_mb(), _cpu() - c))


def run_claimmap(root: str, db: str, workers: int | None, q: mp.Queue) -> None:
    from claimmap.config import Settings
    from claimmap.ingest.pipeline import ingest_paths
    from claimmap.store.sqlite import SQLiteStore

    store = SQLiteStore(db)
    settings = Settings()
    from claimmap.analyze.segment import _detector

    t0 = time.perf_counter()
    _detector(settings.languages)  # model loading is start-up, reported apart
    load = time.perf_counter() - t0
    t, c = time.perf_counter(), _cpu()
    summary = ingest_paths([root], store, settings, workers=workers)
    elapsed, cpu = time.perf_counter() - t, _cpu() - c
    t2 = time.perf_counter()
    again = ingest_paths([root], store, settings)
    rerun = time.perf_counter() - t2
    store.close()
    assert not summary.failed, summary.failed[:3]
    label = "claimmap ingest" + (" (1 process)" if workers == 1 else " (parser pool)")
    if workers != 1:
        q.put(("language models load (once per process)", load, 0, _peak_mb(), 0.0))
    q.put((label, elapsed, len(summary.stored), _peak_mb(), cpu))
    if workers != 1:
        q.put(("claimmap re-ingest (unchanged)", rerun, len(set(again.unchanged)), _peak_mb(), 0.0))


def in_child(target, *args) -> list[tuple]:  # type: ignore[no-untyped-def]
    # spawn, not fork: the language detector runs native threads that a fork would orphan
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=target, args=(*args, q))
    p.start()
    p.join()
    if p.exitcode != 0:
        sys.exit(f"{target.__name__} failed with exit code {p.exitcode}")
    out = []
    while not q.empty():
        out.append(q.get())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="claimmap-bench-"))
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        size = generate(corpus, args.docs, args.seed)
        mb = size / 1e6
        print(f"corpus: {args.docs} HTML articles, {mb:.1f} MB (seed {args.seed})")
        rows = in_child(run_baseline, str(corpus))
        rows += in_child(run_claimmap, str(corpus), str(tmp / "bench1.db"), 1)
        rows += in_child(run_claimmap, str(corpus), str(tmp / "bench.db"), None)
        base, base_cpu = rows[0][1], rows[0][4]
        print(
            f"{'phase':40} {'wall s':>7} {'docs/s':>7} {'MB/s':>6} {'ratio':>6} "
            f"{'CPU s':>7} {'CPU ratio':>9} {'peak MB':>8}"
        )
        for name, secs, n, peak, cpu in rows:
            if not n:
                print(f"{name:40} {secs:7.2f}")
                continue
            print(
                f"{name:40} {secs:7.2f} {n / secs:7.0f} {mb / secs:6.2f} {secs / base:6.2f} "
                f"{cpu:7.2f} {cpu / base_cpu:9.2f} {peak:8.0f}"
            )
        print(
            "ratio = wall time / trafilatura's; CPU ratio = CPU seconds (children included) / "
            "trafilatura's, which other load on the machine does not distort"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
