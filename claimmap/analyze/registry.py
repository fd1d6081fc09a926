"""Analysis stages: plain functions over documents, registered by name.

A stage declares which settings it depends on; its bookkeeping key is its version plus a
fingerprint of those settings, so changing a setting re-runs exactly the stages it feeds
and ``claimmap analyze`` after ingest only touches new documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Protocol

from claimmap.config import Settings
from claimmap.store.base import Store


class Progress(Protocol):
    """``advance(n)`` moves the bar on; ``advance(0, total)`` first sets how long it is."""

    def __call__(self, n: int, total: int | None = None, /) -> None: ...


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    version: str
    settings: tuple[str, ...]
    # run(store, settings, doc_ids_to_process, progress_advance)
    run: Callable[[Store, Settings, list[str], Progress], None]
    help: str = ""

    def key(self, settings: Settings) -> str:
        return f"{self.version}:{settings.fingerprint(*self.settings)}"


STAGES: dict[str, Stage] = {}
# modules that register the built-in stages, in the order they run
BUILTIN = (
    "claimmap.analyze.structure.stage",
    "claimmap.analyze.reuse.stage",
    "claimmap.analyze.xling.stage",
    "claimmap.analyze.entities.stage",
    "claimmap.analyze.claims.stage",
)


def load_builtin() -> dict[str, Stage]:
    """Import the built-in stage modules (they register themselves) and return all stages."""
    for module in BUILTIN:
        import_module(module)
    return STAGES


def register(stage: Stage) -> Stage:
    STAGES[stage.name] = stage
    return stage


def _run_segments(store: Store, settings: Settings, doc_ids: list[str], advance: Progress) -> None:
    from claimmap.analyze.segment import segment

    for doc_id in doc_ids:
        doc = store.get_document(doc_id, with_segments=False)
        if doc is None:
            continue
        segs, _ = segment(doc_id, doc.text, settings.languages)
        with store.transaction():
            store.put_segments(doc_id, segs)
        advance(1)


SEGMENTS = register(
    Stage(
        "segments",
        "1",
        ("languages",),
        _run_segments,
        "paragraphs and sentences with their languages (also done at ingest)",
    )
)


@dataclass
class StagePlan:
    stage: Stage
    todo: list[str]


def plan(
    store: Store, settings: Settings, only: list[str] | None = None, force: bool = False
) -> list[StagePlan]:
    load_builtin()
    names = only or list(STAGES)
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise KeyError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(STAGES)}")
    all_ids = store.doc_ids()
    plans = []
    for name in names:
        st = STAGES[name]
        done = set() if force else store.stage_done(st.name, st.key(settings))
        plans.append(StagePlan(st, [d for d in all_ids if d not in done]))
    return plans


def run_plan(
    store: Store,
    settings: Settings,
    plans: list[StagePlan],
    progress_factory: Callable[[str, int], Progress] | None = None,
) -> dict[str, int]:
    """Run each stage on its documents; returns how many documents each stage processed."""
    counts = {}
    for p in plans:
        if not p.todo:
            counts[p.stage.name] = 0
            continue
        advance = progress_factory(p.stage.name, len(p.todo)) if progress_factory else _no_progress
        p.stage.run(store, settings, p.todo, advance)
        with store.transaction():
            store.mark_stage(p.stage.name, p.stage.key(settings), p.todo)
        counts[p.stage.name] = len(p.todo)
    return counts


def _no_progress(n: int, total: int | None = None, /) -> None:
    pass


def mark_ingested(store: Store, settings: Settings, doc_ids: list[str]) -> None:
    """Segments are computed at ingest: record that, so analyze does not redo them."""
    with store.transaction():
        store.mark_stage(SEGMENTS.name, SEGMENTS.key(settings), doc_ids)
